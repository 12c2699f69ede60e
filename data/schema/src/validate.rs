//! The rules a data file must meet, each reported with the file, line and field it concerns.

use crate::{chinese_numerals, raw};
use report_model::{ChartKind, Kind, Level, Qualifier, Theme, Unit};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::ops::Range;
use toml::Spanned;

/// One thing wrong with the data file, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    /// The entry and field concerned, e.g. `indicator "sme-fund", field "unit"`.
    pub field: String,
    /// What is wrong and what to do about it.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}: {}",
            self.file, self.line, self.field, self.message
        )
    }
}

/// The checked data, ready to be written out as constants.
#[derive(Debug)]
pub struct Data {
    pub report: raw::Report,
    pub themes: Vec<ThemeData>,
    pub indicators: Vec<IndicatorData>,
    pub charts: Vec<ChartData>,
    pub milestones: Vec<MilestoneData>,
}

#[derive(Debug)]
pub struct ThemeData {
    pub theme: Theme,
    pub zh: String,
    pub en: String,
    pub cards: Vec<String>,
}

#[derive(Debug)]
pub struct IndicatorData {
    pub id: String,
    pub theme: Theme,
    pub zh: String,
    pub en: String,
    pub value: f64,
    pub unit: Unit,
    pub kind: Kind,
    pub qualifier: Option<Qualifier>,
    pub year: u16,
    pub quote: String,
    pub derived: Option<String>,
}

#[derive(Debug)]
pub struct ChartData {
    pub id: String,
    pub theme: Theme,
    pub zh: String,
    pub en: String,
    pub kind: ChartKind,
    pub members: Vec<String>,
}

#[derive(Debug)]
pub struct MilestoneData {
    pub id: String,
    pub theme: Theme,
    pub level: Option<Level>,
    pub zh: String,
    pub en: String,
    pub quote: String,
}

/// Parses and checks a data file. `file` is the name messages give it; `text` its contents.
/// Returns every problem found, not just the first, so one build shows them all.
pub fn load(file: &str, text: &str) -> Result<Data, Vec<Diagnostic>> {
    let raw: raw::File = toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(1, |span| line_of(text, span.start));
        vec![Diagnostic {
            file: file.to_owned(),
            line,
            field: "syntax".to_owned(),
            message: format!(
                "{} Fix the TOML at this line; see the rules at the top of the data file.",
                e.message().trim_end_matches('.')
            ),
        }]
    })?;
    let mut checker = Checker {
        file,
        text,
        problems: Vec::new(),
        declared: BTreeSet::new(),
    };
    let data = checker.check(raw);
    if checker.problems.is_empty() {
        Ok(data)
    } else {
        checker.problems.sort_by_key(|d| d.line);
        Err(checker.problems)
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

struct Checker<'a> {
    file: &'a str,
    text: &'a str,
    problems: Vec<Diagnostic>,
    /// Ids of every indicator in the file, valid or not.
    declared: BTreeSet<String>,
}

impl Checker<'_> {
    fn report(&mut self, span: Range<usize>, field: String, message: String) {
        self.problems.push(Diagnostic {
            file: self.file.to_owned(),
            line: line_of(self.text, span.start),
            field,
            message,
        });
    }

    /// Looks a key up in a closed vocabulary, reporting an unknown one with the keys allowed.
    fn vocabulary<T: Copy>(
        &mut self,
        value: &Spanned<String>,
        what: &str,
        owner: &str,
        all: &[T],
        key: impl Fn(T) -> &'static str,
    ) -> Option<T> {
        let found = all.iter().copied().find(|v| key(*v) == value.get_ref());
        if found.is_none() {
            let allowed: Vec<&str> = all.iter().map(|v| key(*v)).collect();
            self.report(
                value.span(),
                format!("{owner}, field \"{what}\""),
                format!(
                    "unknown {what} \"{}\"; use one of: {}",
                    value.get_ref(),
                    allowed.join(", ")
                ),
            );
        }
        found
    }

    fn theme(&mut self, value: &Spanned<String>, owner: &str) -> Option<Theme> {
        self.vocabulary(value, "theme", owner, Theme::ALL, Theme::key)
    }

    fn check(&mut self, raw: raw::File) -> Data {
        let mut ids: BTreeMap<String, usize> = BTreeMap::new();
        let mut all_ids = raw
            .indicator
            .iter()
            .map(|i| &i.id)
            .chain(raw.chart.iter().map(|c| &c.id))
            .chain(raw.milestone.iter().map(|m| &m.id))
            .map(|id| (id.get_ref().clone(), id.span()))
            .collect::<Vec<_>>();
        all_ids.sort_by_key(|(_, span)| span.start);
        for (id, span) in all_ids {
            let line = line_of(self.text, span.start);
            if !is_kebab_case(&id) {
                self.report(
                    span.clone(),
                    format!("id \"{id}\""),
                    "an id must be kebab-case: lower-case ASCII letters and digits joined by single hyphens, e.g. \"signed-investment\"".to_owned(),
                );
            }
            if let Some(first) = ids.get(&id) {
                self.report(
                    span,
                    format!("id \"{id}\""),
                    format!(
                        "duplicate id, already used on line {first}; give each entry its own id"
                    ),
                );
            } else {
                ids.insert(id, line);
            }
        }

        let indicators: Vec<IndicatorData> = raw
            .indicator
            .iter()
            .filter_map(|i| self.indicator(i))
            .collect();
        let by_id: BTreeMap<&str, &IndicatorData> =
            indicators.iter().map(|i| (i.id.as_str(), i)).collect();
        // An indicator refused above is reported there; lookups of it stay silent.
        self.declared = raw
            .indicator
            .iter()
            .map(|i| i.id.get_ref().clone())
            .collect();
        let charts: Vec<ChartData> = raw
            .chart
            .iter()
            .filter_map(|c| self.chart(c, &by_id))
            .collect();
        let milestones: Vec<MilestoneData> = raw
            .milestone
            .iter()
            .filter_map(|m| self.milestone(m))
            .collect();
        let themes = self.themes(&raw.themes, &by_id);
        self.every_indicator_shown(&raw);
        self.report_fields(&raw.report);

        Data {
            report: raw.report,
            themes,
            indicators,
            charts,
            milestones,
        }
    }

    fn report_fields(&mut self, report: &raw::Report) {
        if !is_kebab_case(report.slug.get_ref()) {
            self.report(
                report.slug.span(),
                "report, field \"slug\"".to_owned(),
                "the slug names downloaded files; write it in kebab-case, e.g. \"xiangdong-2022\""
                    .to_owned(),
            );
        }
        let date = report.source.date.get_ref();
        let is_iso = date.len() == 10
            && date.char_indices().all(|(i, c)| {
                if i == 4 || i == 7 {
                    c == '-'
                } else {
                    c.is_ascii_digit()
                }
            });
        if !is_iso {
            self.report(
                report.source.date.span(),
                "report.source, field \"date\"".to_owned(),
                format!("\"{date}\" is not a date; write it as YYYY-MM-DD"),
            );
        }
    }

    fn indicator(&mut self, raw: &raw::Indicator) -> Option<IndicatorData> {
        let owner = format!("indicator \"{}\"", raw.id.get_ref());
        let theme = self.theme(&raw.theme, &owner);
        let unit = self.vocabulary(&raw.unit, "unit", &owner, Unit::ALL, Unit::key);
        let kind = self.vocabulary(&raw.kind, "kind", &owner, Kind::ALL, Kind::key);
        let qualifier = match &raw.qualifier {
            Some(q) => {
                Some(self.vocabulary(q, "qualifier", &owner, Qualifier::ALL, Qualifier::key)?)
            }
            None => None,
        };
        let value = self.value(&raw.value, &owner);
        let quote = raw.quote.get_ref();
        if quote.trim().is_empty() {
            self.report(
                raw.quote.span(),
                format!("{owner}, field \"quote\""),
                "the quote is empty; copy the clause of the report that states this figure"
                    .to_owned(),
            );
        } else if let Some(value) = value {
            self.quote_states_value(raw, value, &owner);
        }
        if let Some(q) = qualifier {
            if !quote.contains(q.key()) {
                self.report(
                    raw.qualifier.as_ref().map_or(raw.quote.span(), Spanned::span),
                    format!("{owner}, field \"qualifier\""),
                    format!(
                        "the qualifier \"{}\" is not in the quote; keep only the qualifiers the report states",
                        q.key()
                    ),
                );
            }
        }
        if let Some(derived) = &raw.derived {
            if derived.get_ref().trim().is_empty() {
                self.report(
                    derived.span(),
                    format!("{owner}, field \"derived\""),
                    "say how the figure follows from the quote, e.g. \"31 − 7: the 2022 count less the increase\"".to_owned(),
                );
            }
        }
        Some(IndicatorData {
            id: raw.id.get_ref().clone(),
            theme: theme?,
            zh: raw.zh.clone(),
            en: raw.en.clone(),
            value: value?,
            unit: unit?,
            kind: kind?,
            qualifier,
            year: raw.year,
            quote: quote.clone(),
            derived: raw.derived.as_ref().map(|d| d.get_ref().clone()),
        })
    }

    fn value(&mut self, value: &Spanned<toml::Value>, owner: &str) -> Option<f64> {
        let number = match value.get_ref() {
            toml::Value::Integer(i) => Some(*i as f64),
            toml::Value::Float(f) if f.is_finite() => Some(*f),
            _ => None,
        };
        if number.is_none() {
            self.report(
                value.span(),
                format!("{owner}, field \"value\""),
                format!(
                    "{} is not a finite number; write the figure as the report prints it, e.g. 223.64",
                    value.get_ref()
                ),
            );
        }
        number
    }

    /// The quote is the citation: it must show the figure, in digits or in the Chinese numeral
    /// given as `written`. A derived figure is not printed, so its quote need not show it.
    fn quote_states_value(&mut self, raw: &raw::Indicator, value: f64, owner: &str) {
        let quote = raw.quote.get_ref();
        if let Some(written) = &raw.written {
            if chinese_numerals::parse(written.get_ref()).map(f64::from) != Some(value) {
                self.report(
                    written.span(),
                    format!("{owner}, field \"written\""),
                    format!(
                        "\"{}\" does not read as {value}; give the Chinese numeral of the value as the quote writes it",
                        written.get_ref()
                    ),
                );
            } else if !quote.contains(written.get_ref().as_str()) {
                self.report(
                    raw.quote.span(),
                    format!("{owner}, field \"quote\""),
                    format!(
                        "the quote does not contain the value as written, \"{}\"; copy the clause that states it",
                        written.get_ref()
                    ),
                );
            }
        } else if raw.derived.is_none() {
            let digits = format!("{value}");
            if !contains_number(quote, &digits) {
                self.report(
                    raw.quote.span(),
                    format!("{owner}, field \"quote\""),
                    format!(
                        "the quote does not contain the value as written, {digits}; copy the clause that states it, or check the value"
                    ),
                );
            }
        }
    }

    fn chart(
        &mut self,
        raw: &raw::Chart,
        indicators: &BTreeMap<&str, &IndicatorData>,
    ) -> Option<ChartData> {
        let owner = format!("chart \"{}\"", raw.id.get_ref());
        let theme = self.theme(&raw.theme, &owner);
        let kind = self.vocabulary(&raw.kind, "kind", &owner, ChartKind::ALL, ChartKind::key);
        if raw.members.get_ref().is_empty() {
            self.report(
                raw.members.span(),
                format!("{owner}, field \"members\""),
                "a chart needs at least one member; list the ids of the indicators it draws"
                    .to_owned(),
            );
        }
        let mut first: Option<&IndicatorData> = None;
        for member in raw.members.get_ref() {
            let Some(indicator) = indicators.get(member.get_ref().as_str()) else {
                if self.declared.contains(member.get_ref()) {
                    continue;
                }
                self.report(
                    member.span(),
                    format!("{owner}, field \"members\""),
                    format!(
                        "no indicator has the id \"{}\"; check the spelling or add the indicator",
                        member.get_ref()
                    ),
                );
                continue;
            };
            if Some(indicator.theme) != theme && theme.is_some() {
                self.report(
                    member.span(),
                    format!("{owner}, field \"members\""),
                    format!(
                        "\"{}\" belongs to the theme \"{}\", not to this chart's; a chart shows figures of its own theme",
                        indicator.id,
                        indicator.theme.key()
                    ),
                );
            }
            match first {
                None => first = Some(indicator),
                Some(first) if first.unit != indicator.unit => self.report(
                    member.span(),
                    format!("{owner}, field \"members\""),
                    format!(
                        "mixes units: \"{}\" is in {} but \"{}\" is in {}; put figures of another unit in a chart of their own",
                        first.id,
                        first.unit.key(),
                        indicator.id,
                        indicator.unit.key()
                    ),
                ),
                Some(first) if first.kind != indicator.kind => self.report(
                    member.span(),
                    format!("{owner}, field \"members\""),
                    format!(
                        "mixes kinds: \"{}\" is a {} but \"{}\" is a {}; put figures of another kind in a chart of their own",
                        first.id,
                        first.kind.key(),
                        indicator.id,
                        indicator.kind.key()
                    ),
                ),
                Some(_) => {}
            }
        }
        Some(ChartData {
            id: raw.id.get_ref().clone(),
            theme: theme?,
            zh: raw.zh.clone(),
            en: raw.en.clone(),
            kind: kind?,
            members: raw
                .members
                .get_ref()
                .iter()
                .map(|m| m.get_ref().clone())
                .collect(),
        })
    }

    fn milestone(&mut self, raw: &raw::Milestone) -> Option<MilestoneData> {
        let owner = format!("milestone \"{}\"", raw.id.get_ref());
        let theme = self.theme(&raw.theme, &owner);
        let level = match &raw.level {
            Some(l) => Some(self.vocabulary(l, "level", &owner, Level::ALL, Level::key)?),
            None => None,
        };
        if raw.quote.get_ref().trim().is_empty() {
            self.report(
                raw.quote.span(),
                format!("{owner}, field \"quote\""),
                "the quote is empty; copy the clause of the report that states this fact"
                    .to_owned(),
            );
        }
        Some(MilestoneData {
            id: raw.id.get_ref().clone(),
            theme: theme?,
            level,
            zh: raw.zh.clone(),
            en: raw.en.clone(),
            quote: raw.quote.get_ref().clone(),
        })
    }

    fn themes(
        &mut self,
        raw: &BTreeMap<String, raw::Theme>,
        indicators: &BTreeMap<&str, &IndicatorData>,
    ) -> Vec<ThemeData> {
        for (key, theme) in raw {
            if Theme::from_key(key).is_none() {
                let keys: Vec<&str> = Theme::ALL.iter().map(|t| t.key()).collect();
                self.report(
                    theme.zh.span(),
                    format!("themes.{key}"),
                    format!("unknown theme \"{key}\"; use one of: {}", keys.join(", ")),
                );
            }
        }
        let mut out = Vec::new();
        for &theme in Theme::ALL {
            let Some(entry) = raw.get(theme.key()) else {
                self.problems.push(Diagnostic {
                    file: self.file.to_owned(),
                    line: 1,
                    field: format!("themes.{}", theme.key()),
                    message: format!(
                        "the theme \"{}\" has no title; add a [themes.{}] table with zh and en",
                        theme.key(),
                        theme.key()
                    ),
                });
                continue;
            };
            let cards = entry.cards.as_deref().unwrap_or_default();
            for card in cards {
                match indicators.get(card.get_ref().as_str()) {
                    None if self.declared.contains(card.get_ref()) => {}
                    None => self.report(
                        card.span(),
                        format!("themes.{}, field \"cards\"", theme.key()),
                        format!(
                            "no indicator has the id \"{}\"; check the spelling or add the indicator",
                            card.get_ref()
                        ),
                    ),
                    Some(i) if i.theme != theme => self.report(
                        card.span(),
                        format!("themes.{}, field \"cards\"", theme.key()),
                        format!(
                            "\"{}\" belongs to the theme \"{}\"; list it among that theme's cards",
                            i.id,
                            i.theme.key()
                        ),
                    ),
                    Some(_) => {}
                }
            }
            out.push(ThemeData {
                theme,
                zh: entry.zh.get_ref().clone(),
                en: entry.en.clone(),
                cards: cards.iter().map(|c| c.get_ref().clone()).collect(),
            });
        }
        out
    }

    /// Counts what the file declares, valid or not, so a chart refused for another reason does
    /// not also report its members as unshown.
    fn every_indicator_shown(&mut self, raw: &raw::File) {
        let shown: BTreeSet<&str> = raw
            .themes
            .values()
            .flat_map(|t| t.cards.iter().flatten())
            .chain(raw.chart.iter().flat_map(|c| c.members.get_ref()))
            .map(|id| id.get_ref().as_str())
            .collect();
        for indicator in &raw.indicator {
            let id = indicator.id.get_ref();
            if !shown.contains(id.as_str()) {
                self.report(
                    indicator.id.span(),
                    format!("indicator \"{id}\""),
                    format!(
                        "no chart or card shows this figure; add it to a chart's members or to the cards of [themes.{}]",
                        indicator.theme.get_ref()
                    ),
                );
            }
        }
    }
}

/// Whether `text` holds the number `digits` on its own: 18.9 is not in "18.92", nor 5 in "35".
fn contains_number(text: &str, digits: &str) -> bool {
    let is_part = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || c == '.');
    text.match_indices(digits).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let mut after = text[at + digits.len()..].chars();
        let next = after.next();
        let decimal_follows = next == Some('.') && after.next().is_some_and(|c| c.is_ascii_digit());
        !(is_part(before) || next.is_some_and(|c| c.is_ascii_digit()) || decimal_follows)
    })
}

fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}
