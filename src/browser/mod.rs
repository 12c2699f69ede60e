//! What needs a browser: the app's start, moving between views in place, the address, chart
//! read-outs, the honours' disclosure, height messages, the clipboard and the PNG download.

pub mod app;
pub mod chart_events;
pub mod dom;
pub mod embed_height;
pub mod honours;
pub mod navigation;
pub mod save_file;
pub mod share;
