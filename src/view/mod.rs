//! The page's Leptos components, rendered natively at build time and in the browser.

pub mod chart_figure;
pub mod masthead;
pub mod page;
pub mod share_panel;
pub mod theme_nav;
pub mod theme_panel;
