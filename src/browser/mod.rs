//! What needs a browser: the app's start and takeover, the address, height messages, the
//! clipboard and the PNG download.

pub mod app;
pub mod dom;
pub mod embed_height;
pub mod save_file;
