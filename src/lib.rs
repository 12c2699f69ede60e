//! A dashboard of a district's development indicators. Everything district-specific comes from
//! the data crate (`data/report.toml`); this crate lays it out and draws it.
//!
//! Three layers, by where they run:
//! - `render`: pure Rust, no browser and no Leptos: chart layout and SVG, number formats, URLs
//!   and document names, embed snippets, download files. Unit-tested natively.
//! - `view`: the Leptos components of the page. The build renders them natively into the
//!   pre-rendered documents (tools/prerender); in the browser only the link-settings notice is
//!   rendered by them, the rest arrives rendered.
//! - `browser`: what needs a browser: moving between views in place by bringing in their
//!   documents, the address and history, chart read-outs and keys, the embed's height
//!   messages, the clipboard, the PNG download. It carries no content and no drawing code.

pub mod browser;
pub mod render;
pub mod view;
