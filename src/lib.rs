//! A dashboard of a district's development indicators. Everything district-specific comes from
//! the data crate (`data/report.toml`); this crate lays it out and draws it.
//!
//! Layout and chart drawing are pure Rust (`chart_layout`, `chart_svg`, `number_format`,
//! `url_state`) and run natively as well as in the browser.

pub mod chart_layout;
pub mod chart_svg;
pub mod citation;
pub mod downloads;
pub mod embed;
pub mod locale;
pub mod number_format;
pub mod share_panel;
pub mod url_state;
pub mod xml_escape;

pub mod app;
pub mod browser;
pub mod chart_figure;
pub mod masthead;
pub mod theme_nav;
pub mod theme_panel;
