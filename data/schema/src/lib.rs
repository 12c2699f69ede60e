//! Reads the dashboard's data file, checks every rule the app relies on, and writes the data as
//! typed Rust constants.
//!
//! This runs in the data crate's build script, so a mistake in the data file fails the build
//! with a message naming the file, the line and the field, and no parser ships in the wasm.

pub mod chinese_numerals;
mod codegen;
mod published;
mod raw;
mod validate;

pub use codegen::generate;
pub use published::Published;
pub use validate::{load, Data, Diagnostic, MAX_LABEL, MAX_QUOTE, MAX_SUBTITLE};
