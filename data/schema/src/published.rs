//! The chart ids and theme keys links have used. Embeds and links pasted into other sites name
//! them for years, so the build refuses a data file that drops one without saying, through an
//! `aliases` field, which entry took its place.

use crate::raw;
use crate::validate::{line_of, parse_toml, Diagnostic};

/// Every chart id and theme key published so far, each with the line of the list naming it.
#[derive(Debug)]
pub struct Published {
    pub(crate) file: String,
    pub(crate) charts: Vec<(String, usize)>,
    pub(crate) themes: Vec<(String, usize)>,
}

impl Published {
    /// Reads the list of published ids; `file` is the name messages give it.
    pub fn parse(file: &str, text: &str) -> Result<Self, Vec<Diagnostic>> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let raw: raw::Published = parse_toml(file, text)?;
        let lines = |ids: Vec<toml::Spanned<String>>| {
            ids.into_iter()
                .map(|id| (id.get_ref().clone(), line_of(text, id.span().start)))
                .collect()
        };
        Ok(Published {
            file: file.to_owned(),
            charts: lines(raw.charts),
            themes: lines(raw.themes),
        })
    }
}
