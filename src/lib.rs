//! A dashboard of a district's development indicators. Everything district-specific comes from
//! the data crate (`data/report.toml`); this crate lays it out and draws it.
//!
//! Three layers, by where they run:
//! - `render`: pure Rust, no browser and no Leptos: chart layout and SVG, number formats, URLs
//!   and document names, embed snippets, download files. Unit-tested natively.
//! - `view`: the Leptos components of the page. The build renders them natively into the
//!   pre-rendered documents (tools/prerender); the app renders the same views in the browser.
//! - `browser`: what needs a browser: starting the app and taking over the pre-rendered page,
//!   the address and history, the embed's height messages, the clipboard, the PNG download.

pub mod browser;
pub mod render;
pub mod view;
