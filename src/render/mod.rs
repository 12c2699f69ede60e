//! Pure Rust that runs natively and in the browser: what the page says and draws.

pub mod chart_layout;
pub mod chart_svg;
pub mod citation;
pub mod documents;
pub mod embed_code;
pub mod files;
pub mod head;
pub mod locale;
pub mod number_format;
pub mod url_state;
pub mod xml_escape;
