//! The command's output formats: the listing by section, `--tsv`, `--toml`, `--explain` and
//! the `--check` report. Each returns the whole text, so tests compare exact lines.

use crate::check::Checked;
use crate::{guess, Extraction, Figure};
use report_model::{Qualifier, Unit};
use std::fmt::Write;

/// The value, unit, numeral as printed, qualifier and direction: "14500 户 余", "3 名 (第三)".
fn figure_words(f: &Figure) -> String {
    let written = f.written.as_ref().map(|w| format!("({w})"));
    [
        Some(f.value.clone()),
        Some(f.unit.clone()),
        written,
        Some(f.qualifier.clone()),
        f.direction.map(str::to_owned),
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" ")
}

/// One line per figure, `l.LINE  VALUE UNIT … · CLAUSE`, under the heading of its section.
pub fn listing(ex: &Extraction) -> String {
    let mut out = String::new();
    let mut heading: Option<&str> = None;
    for f in &ex.figures {
        if f.heading.as_deref() != heading {
            heading = f.heading.as_deref();
            let _ = writeln!(out, "{}", heading.unwrap_or_default());
        }
        let _ = writeln!(out, "  l.{}  {} · {}", f.line, figure_words(f), f.clause);
    }
    out
}

/// Exactly `value<TAB>unit<TAB>qualifier<TAB>clause` per figure.
pub fn tsv(ex: &Extraction) -> String {
    ex.figures
        .iter()
        .map(|f| format!("{}\t{}\t{}\t{}\n", f.value, f.unit, f.qualifier, f.clause))
        .collect()
}

/// Every number left out, `l.LINE  PRINTED: REASON · CONTEXT`.
pub fn explain(ex: &Extraction) -> String {
    ex.left_out
        .iter()
        .map(|l| {
            format!(
                "  l.{}  {}: {} · {}\n",
                l.line, l.printed, l.reason, l.context
            )
        })
        .collect()
}

/// `[[indicator]]` skeletons in data/report.toml's format. The editor fills `id`, `zh`, `en`
/// (and `theme` where no rule guessed it), checks `kind` and `year`, and shows each figure in a
/// chart or a theme's cards.
pub fn toml(ex: &Extraction, source: &str) -> String {
    let mut out = format!(
        "# The figures of {source}, as [[indicator]] entries for data/report.toml.\n\
         # Fill in id, zh and en (and theme where it is empty), check kind and year, and show\n\
         # each figure in a chart's members or in its theme's cards.\n"
    );
    for f in &ex.figures {
        out.push('\n');
        let _ = writeln!(
            out,
            "# l.{}{}",
            f.line,
            f.heading
                .as_ref()
                .map(|h| format!(", under {h}"))
                .unwrap_or_default()
        );
        if let Some(high) = &f.high() {
            let _ = writeln!(
                out,
                "# printed as a range, {}; the value is its lower bound (the upper is {high})",
                f.value
            );
        }
        if Unit::from_key(&f.unit).is_none() {
            let _ = writeln!(
                out,
                "# the data file has no unit \"{}\" yet: add it to Unit in data/model, or restate the figure",
                f.unit
            );
        }
        if !f.qualifier.is_empty() && Qualifier::from_key(&f.qualifier).is_none() {
            let _ = writeln!(
                out,
                "# the data file has no qualifier \"{}\" yet: add it to Qualifier in data/model, or drop it",
                f.qualifier
            );
        }
        let theme = f
            .heading
            .as_deref()
            .and_then(guess::theme)
            .map_or("", |t| t.key());
        let _ = writeln!(out, "[[indicator]]");
        let _ = writeln!(out, "id = \"\"");
        let _ = writeln!(out, "theme = \"{theme}\"");
        let _ = writeln!(out, "zh = \"\"");
        let _ = writeln!(out, "en = \"\"");
        let (low, _) = f.bounds();
        let _ = writeln!(out, "value = {low}");
        if let Some(written) = &f.written {
            let low_written = written
                .split(['至', '到', '~', '～', '-', '－', '—'])
                .next();
            let _ = writeln!(out, "written = {}", string(low_written.unwrap_or(written)));
        }
        if !f.qualifier.is_empty() {
            let _ = writeln!(out, "qualifier = {}", string(&f.qualifier));
        }
        let _ = writeln!(out, "unit = {}", string(&f.unit));
        let _ = writeln!(out, "kind = \"{}\"", guess::kind(f).key());
        match f.year {
            Some(year) => {
                let _ = writeln!(out, "year = {year}");
            }
            None => {
                let _ = writeln!(
                    out,
                    "year = 0  # the report names no year: give the figure's"
                );
            }
        }
        let _ = writeln!(out, "quote = {}", string(&f.clause));
    }
    out
}

/// A TOML basic string.
fn string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The `--check` report: a summary line, then what the data file lacks, quotes not in the
/// article, indicators not found, and the figures it has.
pub fn checked(c: &Checked, data_file: &str) -> String {
    let total = c.has.len() + c.lacks.len();
    let mut out = format!(
        "{data_file} has {} of the article's {total} figures.\n",
        c.has.len()
    );
    if !c.lacks.is_empty() {
        let _ = writeln!(
            out,
            "\nFigures of the article {data_file} lacks ({}):",
            c.lacks.len()
        );
        for f in &c.lacks {
            let _ = writeln!(out, "  l.{}  {} · {}", f.line, figure_words(f), f.clause);
        }
    }
    if !c.quotes_not_in_article.is_empty() {
        let _ = writeln!(
            out,
            "\nQuotes of {data_file} the article does not print ({}):",
            c.quotes_not_in_article.len()
        );
        for (id, quote) in &c.quotes_not_in_article {
            let _ = writeln!(out, "  {id}: {quote}");
        }
    }
    if !c.unmatched.is_empty() {
        let _ = writeln!(
            out,
            "\nIndicators whose quote the article prints but with no figure of their value there ({}):",
            c.unmatched.len()
        );
        for id in &c.unmatched {
            let _ = writeln!(out, "  {id}");
        }
    }
    if !c.has.is_empty() {
        let _ = writeln!(
            out,
            "\nFigures of the article {data_file} has ({}):",
            c.has.len()
        );
        for (f, id) in &c.has {
            let _ = writeln!(out, "  l.{}  {} · {id}", f.line, figure_words(f));
        }
    }
    out
}
