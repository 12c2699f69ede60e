//! The data set as CSV and JSON: what the export command prints and the page offers to download.
//! Written by hand rather than with serde_json, so the wasm carries no serialiser it can do
//! without.

use crate::{Indicator, INDICATORS, REPORT};
use std::fmt::Write;

/// Column names of [`csv`], in order.
pub const CSV_COLUMNS: &[&str] = &[
    "id",
    "theme",
    "label_zh",
    "label_en",
    "value",
    "unit",
    "kind",
    "qualifier",
    "year",
    "quote",
    "derived",
    "source",
    "derived_zh",
];

/// The indicators as CSV, one row each, with every column of [`CSV_COLUMNS`].
pub fn csv(indicators: &[&Indicator]) -> String {
    let rows = indicators.iter().map(|i| {
        vec![
            i.id.to_owned(),
            i.theme.key().to_owned(),
            i.label.zh.to_owned(),
            i.label.en.to_owned(),
            i.value.to_string(),
            i.unit.key().to_owned(),
            i.kind.key().to_owned(),
            i.qualifier.map(|q| q.key()).unwrap_or_default().to_owned(),
            i.year.to_string(),
            i.quote.to_owned(),
            i.derived.map(|d| d.en).unwrap_or_default().to_owned(),
            citation(),
            i.derived.map(|d| d.zh).unwrap_or_default().to_owned(),
        ]
    });
    csv_table(CSV_COLUMNS, rows)
}

/// A CSV table (RFC 4180: cells quoted where needed, CRLF line ends) with a header row.
pub fn csv_table(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = header.join(",");
    out.push_str("\r\n");
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The report and the indicators as one JSON document.
pub fn json(indicators: &[&Indicator]) -> String {
    let r = &REPORT;
    let mut out = String::from("{\n");
    let _ = writeln!(
        out,
        "  \"report\": {{\"district_zh\": {}, \"district_en\": {}, \"period\": {}, \"source\": {{\"publication_zh\": {}, \"publication_en\": {}, \"date\": {}, \"author_zh\": {}, \"headline\": {}}}}},",
        json_string(r.district.zh),
        json_string(r.district.en),
        r.period,
        json_string(r.source.publication.zh),
        json_string(r.source.publication.en),
        json_string(r.source.date),
        json_string(r.source.author.zh),
        json_string(r.source.headline),
    );
    out.push_str("  \"indicators\": [");
    for (n, i) in indicators.iter().enumerate() {
        out.push_str(if n == 0 { "\n" } else { ",\n" });
        let _ = write!(
            out,
            "    {{\"id\": {}, \"theme\": {}, \"label_zh\": {}, \"label_en\": {}, \"value\": {}, \"unit\": {}, \"kind\": {}, \"qualifier\": {}, \"year\": {}, \"quote\": {}, \"derived\": {}, \"derived_zh\": {}}}",
            json_string(i.id),
            json_string(i.theme.key()),
            json_string(i.label.zh),
            json_string(i.label.en),
            i.value,
            json_string(i.unit.key()),
            json_string(i.kind.key()),
            i.qualifier.map_or("null".to_owned(), |q| json_string(q.key())),
            i.year,
            json_string(i.quote),
            i.derived.map_or("null".to_owned(), |d| json_string(d.en)),
            i.derived.map_or("null".to_owned(), |d| json_string(d.zh)),
        );
    }
    out.push_str("\n  ]\n}\n");
    out
}

/// Every indicator, for the whole-data-set export.
pub fn all() -> Vec<&'static Indicator> {
    INDICATORS.iter().collect()
}

/// "萍乡日报 2023-03-26": the publication every figure is cited from.
pub fn citation() -> String {
    format!("{} {}", REPORT.source.publication.zh, REPORT.source.date)
}

fn csv_cell(cell: &str) -> String {
    if cell.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_owned()
    }
}

fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            // Keeps the JSON safe to inline in HTML and valid as JavaScript.
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_cells_with_commas_and_quotes() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    }

    #[test]
    fn json_strings_escape_control_and_markup_characters() {
        assert_eq!(json_string("a\"b\\c\n"), "\"a\\\"b\\\\c\\n\"");
        assert_eq!(json_string("<script>"), "\"\\u003cscript\\u003e\"");
        assert_eq!(json_string("“5020”项目"), "\"“5020”项目\"");
    }
}
