//! Reading what the user names: a report as UTF-8 text, and a data file with the list of
//! published ids beside it. Errors say what happened and what to do.

use report_schema::{Data, Diagnostic, Published};
use std::path::Path;

/// The file beside a data file that lists every published chart id and theme key; the build
/// reads both, and so does `--check`.
const PUBLISHED_FILE: &str = "published-ids.toml";

/// Reads a file as UTF-8 text. `what` names it in the message when it cannot be read.
pub fn read_text(path: &str, what: &str) -> Result<String, String> {
    let bytes = std::fs::read(path)
        .map_err(|e| format!("cannot read {what} {path}: {e}; check the path"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{path} is not UTF-8 text (invalid bytes at offset {}); convert it first, \
             e.g. iconv -f GBK -t UTF-8 {path} > article.txt",
            e.utf8_error().valid_up_to()
        )
    })
}

/// Reads and checks a data file exactly as the build does, with the `published-ids.toml`
/// beside it.
pub fn read_data_file(path: &str) -> Result<Data, String> {
    let text = read_text(path, "the data file")?;
    let published_path = Path::new(path).with_file_name(PUBLISHED_FILE);
    let published_path = published_path.to_string_lossy();
    let published_text = read_text(&published_path, "the list of published ids")?;
    let published = Published::parse(&published_path, &published_text)
        .map_err(|problems| problem_list(&published_path, &problems))?;
    report_schema::load(path, &text, &published).map_err(|problems| problem_list(path, &problems))
}

fn problem_list(file: &str, problems: &[Diagnostic]) -> String {
    let list: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
    format!(
        "{file} has {} problem(s); fix them first:\n{}",
        problems.len(),
        list.join("\n")
    )
}
