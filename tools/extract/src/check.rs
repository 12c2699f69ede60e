//! A data file against the article it cites: which of the article's figures it has (by quote
//! and value), which it lacks, and which of its quotes the article does not print.

use crate::{Extraction, Figure};
use report_schema::Data;

/// What `--check` found.
#[derive(Debug)]
pub struct Checked<'a> {
    /// Figures of the article that an indicator states: the figure and the indicator's id.
    pub has: Vec<(&'a Figure, String)>,
    /// Figures of the article that no indicator states.
    pub lacks: Vec<&'a Figure>,
    /// Indicators and milestones whose quote is not on a line of the article: id and quote.
    pub quotes_not_in_article: Vec<(String, String)>,
    /// Printed (not derived) indicators whose quote is in the article but where no figure
    /// found there has their value: the extractor missed it, or the value is mistyped.
    pub unmatched: Vec<String>,
}

impl Checked<'_> {
    /// Whether the data file and the article agree entirely.
    pub fn is_clean(&self) -> bool {
        self.lacks.is_empty() && self.quotes_not_in_article.is_empty() && self.unmatched.is_empty()
    }
}

/// Compares `data` with the figures `extraction` found in `text`. A figure is the data file's
/// when an indicator has its value and a quote that, where the article prints it, covers the
/// figure.
pub fn check<'a>(text: &str, extraction: &'a Extraction, data: &Data) -> Checked<'a> {
    let mut checked = Checked {
        has: Vec::new(),
        lacks: Vec::new(),
        quotes_not_in_article: Vec::new(),
        unmatched: Vec::new(),
    };
    let quotes = data
        .indicators
        .iter()
        .map(|i| (&i.id, &i.quote))
        .chain(data.milestones.iter().map(|m| (&m.id, &m.quote)));
    for (id, quote) in quotes {
        if extraction.find_quote(text, quote).is_empty() {
            checked
                .quotes_not_in_article
                .push((id.clone(), quote.clone()));
        }
    }
    // The schema's indicator type is not exported, so the rule takes the fields it reads.
    let states = |value: f64, quote: &str, figure: &Figure| {
        let same = |v: Option<f64>| v.is_some_and(|v| (v - value).abs() < 1e-9);
        (same(figure.number()) || same(figure.high()))
            && extraction
                .find_quote(text, quote)
                .iter()
                .any(|q| q.contains(&figure.at))
    };
    for figure in &extraction.figures {
        let stated_by = data
            .indicators
            .iter()
            .find(|i| i.derived.is_none() && states(i.value, &i.quote, figure));
        match stated_by {
            Some(indicator) => checked.has.push((figure, indicator.id.clone())),
            None => checked.lacks.push(figure),
        }
    }
    for indicator in &data.indicators {
        let printed = indicator.derived.is_none()
            && !extraction.find_quote(text, &indicator.quote).is_empty();
        if printed && !checked.has.iter().any(|(_, id)| *id == indicator.id) {
            checked.unmatched.push(indicator.id.clone());
        }
    }
    checked
}
