//! Lists the statistical figures of a report given as UTF-8 text: each with its value, unit,
//! qualifier and direction, the shortest clause that states it (copied exactly) and the section
//! heading it falls under; and every other number with why it is not a figure.
//!
//! It serves the data editors of `data/report.toml`: `scripts/extract` prints the figures of a
//! new report, as TSV or as `[[indicator]]` skeletons, and checks a data file against them.

mod article;
pub mod check;
mod clause;
mod exclusions;
pub mod files;
mod guess;
pub mod output;
mod scanner;
mod words;

pub use article::Noise;
pub use exclusions::Reason;

use article::Role;
use report_schema::chinese_numerals as numerals;
use scanner::Outcome;
use std::collections::BTreeMap;
use std::ops::Range;

/// A statistical figure of the report.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// In ASCII digits as printed, or as the numeral reads: "223.64", "3" for 三, "3至5".
    pub value: String,
    /// The numeral as printed when it is not in digits: "三", "第三" (the lower bound's, for a
    /// range).
    pub written: Option<String>,
    /// Multiplier and unit as printed: "亿元", "万户", "%", "个百分点"; empty when none.
    pub unit: String,
    /// 近, 余, 超, 逾, 约, 以上…; empty when none.
    pub qualifier: String,
    /// The direction word just before it (增长, 下降, 压缩, 增加…), if any.
    pub direction: Option<&'static str>,
    /// A place in a ranking (全省第三, 排名全市第一, 前五名).
    pub rank: bool,
    /// The shortest clause that states it, copied exactly.
    pub clause: String,
    /// The section heading it falls under, if the report has one above it.
    pub heading: Option<String>,
    /// The year it is about: one printed in its clause (2022年新建…), else the year the
    /// report names most.
    pub year: Option<u16>,
    /// 1-based line of the text.
    pub line: usize,
    /// Byte offset in the text where the figure is printed (from 第 for a rank).
    pub at: usize,
}

impl Figure {
    /// The value as a number: the lower bound of a range.
    pub fn number(&self) -> Option<f64> {
        self.bounds().0.parse().ok()
    }

    /// The upper bound of a range, if it is one.
    pub fn high(&self) -> Option<f64> {
        self.bounds().1.and_then(|h| h.parse().ok())
    }

    fn bounds(&self) -> (&str, Option<&str>) {
        match self.value.find(|c: char| !(c.is_ascii_digit() || c == '.')) {
            Some(i) => {
                let sep = self.value[i..].chars().next().map_or(1, char::len_utf8);
                (&self.value[..i], Some(&self.value[i + sep..]))
            }
            None => (&self.value, None),
        }
    }
}

/// A printed number that is not a figure, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct LeftOut {
    /// As printed: "2022", "第十三", "5020".
    pub printed: String,
    pub reason: Reason,
    /// The clause around it (on a page-noise line, the start of the line).
    pub context: String,
    pub line: usize,
    pub at: usize,
}

/// Everything found in one text.
#[derive(Debug, Default)]
pub struct Extraction {
    pub figures: Vec<Figure>,
    pub left_out: Vec<LeftOut>,
    /// Byte ranges of the report's own lines (paragraphs and headings), without page noise:
    /// where a data file's quotes must be found.
    pub report_lines: Vec<Range<usize>>,
}

impl Extraction {
    /// Whether `quote` is printed on one of the report's own lines, and where.
    pub fn find_quote(&self, text: &str, quote: &str) -> Vec<Range<usize>> {
        self.report_lines
            .iter()
            .flat_map(|line| {
                text[line.clone()]
                    .match_indices(quote)
                    .map(move |(i, q)| line.start + i..line.start + i + q.len())
            })
            .collect()
    }
}

/// Reads the figures of a report's text.
pub fn extract(text: &str) -> Extraction {
    let mut out = Extraction::default();
    let mut heading: Option<String> = None;
    for line in article::lines(text) {
        if line.role == Role::Heading {
            heading = Some(line.text.trim().to_owned());
        }
        if matches!(line.role, Role::Heading | Role::Paragraph) {
            out.report_lines
                .push(line.start..line.start + line.text.len());
        }
        let indexed: Vec<(usize, char)> = line.text.char_indices().collect();
        let chars: Vec<char> = indexed.iter().map(|&(_, c)| c).collect();
        let byte = |i: usize| line.start + indexed.get(i).map_or(line.text.len(), |&(b, _)| b);
        let mut found = scanner::scan(&chars);
        let breaks = clause::Breaks::of(&chars);
        mark_thresholds(&mut found, &chars, &breaks);
        let starts: Vec<usize> = found
            .iter()
            .filter(|f| matches!(f.outcome, Outcome::Figure(_)))
            .map(|f| f.start)
            .collect();
        for f in found {
            let range = breaks.clause(&chars, f.start..f.end, &starts);
            let clause: String = chars[range.clone()].iter().collect();
            match (line.role, f.outcome) {
                (Role::Noise(noise), outcome) => out.left_out.push(LeftOut {
                    printed: match outcome {
                        Outcome::Figure(_) => chars[f.start..f.end].iter().collect(),
                        Outcome::LeftOut { printed, .. } => printed,
                    },
                    reason: Reason::Noise(noise),
                    context: line.text.chars().take(30).collect(),
                    line: line.number,
                    at: byte(f.start),
                }),
                (_, Outcome::LeftOut { printed, reason }) => out.left_out.push(LeftOut {
                    printed,
                    reason,
                    context: clause,
                    line: line.number,
                    at: byte(f.start),
                }),
                (_, Outcome::Figure(reading)) => out.figures.push(Figure {
                    value: match &reading.high {
                        Some((sep, high)) => format!("{}{sep}{high}", reading.value),
                        None => reading.value,
                    },
                    written: reading.written,
                    unit: reading.unit,
                    qualifier: reading.qualifier,
                    direction: clause::direction(&chars, &range, f.start),
                    rank: reading.rank,
                    year: year_in(&clause),
                    clause,
                    heading: heading.clone(),
                    line: line.number,
                    at: byte(f.start),
                }),
            }
        }
    }
    let main_year = main_year(&out.left_out);
    for figure in &mut out.figures {
        figure.year = figure.year.or(main_year);
    }
    out
}

/// Turns a figure that bounds a category into a left-out number: one followed by 的
/// (10亿元以上的项目), or an amount of money followed in its clause by another figure
/// (5000万元以上在建内资项目80个), which is the count of the category.
fn mark_thresholds(found: &mut [scanner::Found], chars: &[char], breaks: &clause::Breaks) {
    let starts: Vec<usize> = found
        .iter()
        .filter(|f| matches!(f.outcome, Outcome::Figure(_)))
        .map(|f| f.start)
        .collect();
    for f in found.iter_mut() {
        let Outcome::Figure(reading) = &f.outcome else {
            continue;
        };
        if !words::BOUNDS.contains(&reading.qualifier.as_str()) {
            continue;
        }
        let clause = breaks.clause(chars, f.start..f.end, &starts);
        let counted_after =
            reading.unit.ends_with('元') && starts.iter().any(|&s| s >= f.end && s < clause.end);
        if chars.get(f.end) == Some(&'的') || counted_after {
            f.outcome = Outcome::LeftOut {
                printed: chars[f.start..f.end].iter().collect(),
                reason: Reason::Threshold,
            };
        }
    }
}

/// A year printed in the clause (2022年), the first if several.
fn year_in(clause: &str) -> Option<u16> {
    let chars: Vec<char> = clause.chars().collect();
    chars.windows(5).enumerate().find_map(|(i, w)| {
        let digits = w[..4].iter().all(|c| c.is_ascii_digit());
        let before_is_digit = i > 0 && chars[i - 1].is_ascii_digit();
        let year: String = w[..4].iter().collect();
        (digits && w[4] == '年' && !before_is_digit)
            .then(|| year.parse().ok())
            .flatten()
            .filter(|y| (1900..=2100).contains(y))
    })
}

/// The year the report names most often, read from the years it left out.
fn main_year(left_out: &[LeftOut]) -> Option<u16> {
    let mut counts: BTreeMap<u16, usize> = BTreeMap::new();
    for l in left_out.iter().filter(|l| l.reason == Reason::Year) {
        if let Ok(year) = l.printed.parse() {
            *counts.entry(year).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(year, n)| (n, year))
        .map(|(year, _)| year)
}
