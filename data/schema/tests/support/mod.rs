//! The real data file and list of published ids, and edited copies of them, checked as the
//! build checks them.

use report_schema::{load, Data, Diagnostic, Published};

pub const DATA_FILE: &str = "data/report.toml";
pub const DATA: &str = include_str!("../../../report.toml");
pub const PUBLISHED_FILE: &str = "data/published-ids.toml";
pub const PUBLISHED: &str = include_str!("../../../published-ids.toml");

/// `text` with `from` replaced by `to`; panics if `from` is not there, so that a test never
/// silently checks an unedited file.
pub fn edited(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "no {from:?} to edit");
    text.replacen(from, to, 1)
}

/// The line of the first `needle` in `text`.
pub fn line_of(text: &str, needle: &str) -> usize {
    let at = text.find(needle).expect("needle in text");
    text[..at].matches('\n').count() + 1
}

/// Checks a data file against a list of published ids, as `data/build.rs` does.
pub fn check_with(data: &str, published: &str) -> Result<Data, Vec<Diagnostic>> {
    load(
        DATA_FILE,
        data,
        &Published::parse(PUBLISHED_FILE, published).expect("a valid list of published ids"),
    )
}

/// Checks a data file against the real list of published ids.
pub fn check(data: &str) -> Result<Data, Vec<Diagnostic>> {
    check_with(data, PUBLISHED)
}

/// Every problem found in `data`, as the build prints them.
pub fn problems(data: &str) -> Vec<String> {
    check(data)
        .expect_err("the edited file must be refused")
        .iter()
        .map(Diagnostic::to_string)
        .collect()
}
