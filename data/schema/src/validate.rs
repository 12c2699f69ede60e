//! The rules a data file must meet, each reported with the file, line and field it concerns.

use crate::{chinese_numerals, raw, Published};
use report_model::{Basis, ChartKind, Kind, Level, Qualifier, Theme, Unit};
use serde::de::DeserializeOwned;
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
    /// Published theme keys that now open this theme.
    pub aliases: Vec<String>,
    /// Published ids of dropped charts whose figures are now this theme's cards.
    pub retired_charts: Vec<String>,
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
    /// How a derived figure follows, in Chinese and in English.
    pub derived: Option<(String, String)>,
    /// What the figure measures, for the chart rule; `None` for a figure shown as a card only.
    pub measure: Option<String>,
    pub basis: Option<Basis>,
}

#[derive(Debug)]
pub struct ChartData {
    pub id: String,
    pub theme: Theme,
    pub zh: String,
    pub en: String,
    pub subtitle_zh: String,
    pub subtitle_en: String,
    pub kind: ChartKind,
    pub members: Vec<String>,
    /// Published chart ids that now open this chart.
    pub aliases: Vec<String>,
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

/// The most characters a label (an entry's `zh` or `en`) may have: it is drawn beside a bar.
pub const MAX_LABEL: usize = 200;
/// The most characters a chart's subtitle may have: one line under its title.
pub const MAX_SUBTITLE: usize = 80;

/// Examples of a derived figure's `derived` and `derived_zh`, as the build's messages give them.
const DERIVED_EN_EXAMPLE: &str = "\"31 − 7: the 2022 count less the increase\"";
const DERIVED_ZH_EXAMPLE: &str = "\"31 − 7：2022年总数减去比上年增加数\"";

/// The most characters a `quote` or `derived` may have: a clause, not a paragraph.
pub const MAX_QUOTE: usize = 300;

/// Parses and checks a data file. `file` is the name messages give it; `text` its contents (a
/// byte-order mark and CRLF line ends are accepted); `published` the ids links may already use.
/// Returns every problem found, not just the first, so one build shows them all.
pub fn load(file: &str, text: &str, published: &Published) -> Result<Data, Vec<Diagnostic>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(vec![Diagnostic {
            file: file.to_owned(),
            line: 1,
            field: "file".to_owned(),
            message: "the file is empty; restore it from version control, or start from data/schema/tests/fixtures/minimal.toml, the smallest valid data file".to_owned(),
        }]);
    }
    let raw: raw::File = parse_toml(file, text)?;
    let mut checker = Checker {
        file,
        text,
        published,
        problems: Vec::new(),
        declared: BTreeSet::new(),
    };
    let data = checker.check(raw);
    if checker.problems.is_empty() {
        Ok(data)
    } else {
        // The data file's problems first, then those found against the published ids.
        checker.problems.sort_by_key(|d| (d.file != file, d.line));
        Err(checker.problems)
    }
}

/// Parses TOML into `T`, turning an error into a diagnostic with its line and, for a figure
/// typed the way people write numbers (`22,364`, `２２３.６４`, `"2022"`) or a string left
/// open, the exact fix.
pub(crate) fn parse_toml<T: DeserializeOwned>(
    file: &str,
    text: &str,
) -> Result<T, Vec<Diagnostic>> {
    toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(1, |span| line_of(text, span.start));
        let fix = text
            .lines()
            .nth(line - 1)
            .and_then(|l| number_fix(l).or_else(|| unclosed_string(l)));
        let message = match fix {
            Some(fix) => fix,
            None => format!(
                "{}; fix the TOML at this line, following the rules at the top of the data file",
                e.message().trim_end_matches('.').replace('\n', "; ")
            ),
        };
        vec![Diagnostic {
            file: file.to_owned(),
            line,
            field: "syntax".to_owned(),
            message,
        }]
    })
}

/// For a line `key = value` whose value is a number written as TOML does not read one, what to
/// write instead.
fn number_fix(line: &str) -> Option<String> {
    let (key, value) = line.split_once('=')?;
    let (key, value) = (key.trim(), value.trim());
    let number = meant_number(value)?;
    (number != value).then(|| {
        format!(
            "{} is not a number as TOML writes one; write {key} = {number}: ASCII digits, without quotes or thousands separators",
            excerpt(value)
        )
    })
}

/// For a line whose last string has no closing quote, what to do.
fn unclosed_string(line: &str) -> Option<String> {
    let quotes = line
        .char_indices()
        .filter(|&(at, c)| c == '"' && !line[..at].ends_with('\\'))
        .count();
    (quotes % 2 == 1 && !line.contains("\"\"\"")).then(|| {
        "a string on this line has no closing \"; end it on the same line, e.g. zh = \"两项专项资金\"".to_owned()
    })
}

/// The number a person meant by `text`, written with ASCII digits and no quotes or thousands
/// separators, if `text` is a number apart from those (`"22,364"`, `２２３．６４`).
fn meant_number(text: &str) -> Option<String> {
    let text = text
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .unwrap_or(text);
    let ascii: String = text
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_digit(c as u32 - '０' as u32, 10).unwrap_or(c),
            '．' => '.',
            '，' => ',',
            '－' => '-',
            c => c,
        })
        .collect();
    let unsigned = ascii.strip_prefix('-').unwrap_or(&ascii);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, "0"));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let groups: Vec<&str> = whole.split(',').collect();
    let whole_ok = groups.iter().all(|g| digits(g))
        && (groups.len() == 1
            || (groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3)));
    (whole_ok && digits(fraction)).then(|| ascii.replace(',', ""))
}

/// The start of a value for a message: enough to recognise it, never a whole 5 MB string.
fn excerpt(text: &str) -> String {
    const SHOWN: usize = 40;
    if text.chars().count() <= SHOWN {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(SHOWN).collect::<String>())
    }
}

pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    let before = &text.as_bytes()[..offset.min(text.len())];
    before.iter().filter(|&&b| b == b'\n').count() + 1
}

struct Checker<'a> {
    file: &'a str,
    text: &'a str,
    published: &'a Published,
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
        self.aliases(&raw, &ids);
        self.published(&raw);
        self.labels(&raw);

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
        let basis = match &raw.basis {
            Some(b) => Some(self.vocabulary(b, "basis", &owner, Basis::ALL, Basis::key)?),
            None => None,
        };
        if let Some(measure) = &raw.measure {
            if measure.get_ref().trim().is_empty() {
                self.report(
                    measure.span(),
                    format!("{owner}, field \"measure\""),
                    "the measure is empty; say what the figure counts, e.g. \"enterprises newly recognised\"".to_owned(),
                );
            }
        }
        if let (Some(unit), Some(kind)) = (unit, kind) {
            if !fits(kind, unit) {
                let units: Vec<&str> = Unit::ALL
                    .iter()
                    .filter(|u| fits(kind, **u))
                    .map(|u| u.key())
                    .collect();
                self.report(
                    raw.unit.span(),
                    format!("{owner}, field \"unit\""),
                    format!(
                        "the unit {} does not fit the kind \"{}\", which is in one of: {}; correct the unit or the kind",
                        unit.key(),
                        kind.key(),
                        units.join(", ")
                    ),
                );
            }
        }
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
        Some(IndicatorData {
            id: raw.id.get_ref().clone(),
            theme: theme?,
            zh: raw.zh.get_ref().clone(),
            en: raw.en.get_ref().clone(),
            value: value?,
            unit: unit?,
            kind: kind?,
            qualifier,
            year: raw.year,
            quote: quote.clone(),
            derived: self.derived(raw, &owner),
            measure: raw.measure.as_ref().map(|m| m.get_ref().trim().to_owned()),
            basis,
        })
    }

    /// How a derived figure follows, in both languages: `derived` (English) and `derived_zh`
    /// come together, each saying something.
    fn derived(&mut self, raw: &raw::Indicator, owner: &str) -> Option<(String, String)> {
        let (en, zh) = match (&raw.derived, &raw.derived_zh) {
            (None, None) => return None,
            (Some(en), Some(zh)) => (en, zh),
            (Some(en), None) => {
                self.report(
                    en.span(),
                    format!("{owner}, field \"derived\""),
                    format!(
                        "add derived_zh: how the figure follows, in Chinese, for the Chinese \
                         page, e.g. {DERIVED_ZH_EXAMPLE}"
                    ),
                );
                return None;
            }
            (None, Some(zh)) => {
                self.report(
                    zh.span(),
                    format!("{owner}, field \"derived_zh\""),
                    "derived_zh is the Chinese of derived; add derived (in English), or remove \
                     both if the report prints the figure"
                        .to_owned(),
                );
                return None;
            }
        };
        for (field, text, example) in [
            ("derived", en, DERIVED_EN_EXAMPLE),
            ("derived_zh", zh, DERIVED_ZH_EXAMPLE),
        ] {
            if text.get_ref().trim().is_empty() {
                self.report(
                    text.span(),
                    format!("{owner}, field \"{field}\""),
                    format!("say how the figure follows from the quote, e.g. {example}"),
                );
            }
        }
        Some((zh.get_ref().clone(), en.get_ref().clone()))
    }

    fn value(&mut self, value: &Spanned<toml::Value>, owner: &str) -> Option<f64> {
        let number = match value.get_ref() {
            toml::Value::Integer(i) => Some(*i as f64),
            toml::Value::Float(f) if f.is_finite() => Some(*f),
            _ => None,
        };
        if number.is_none() {
            let message = match value.get_ref() {
                toml::Value::String(text) => match meant_number(text) {
                    Some(number) => format!(
                        "\"{}\" is text, not a number; write value = {number}: ASCII digits, without quotes or thousands separators",
                        excerpt(text)
                    ),
                    None => format!(
                        "\"{}\" is text, not a number; write the figure as the report prints it, e.g. 223.64",
                        excerpt(text)
                    ),
                },
                other => format!(
                    "{} is not a finite number; write the figure as the report prints it, e.g. 223.64",
                    excerpt(&other.to_string())
                ),
            };
            self.report(value.span(), format!("{owner}, field \"value\""), message);
        }
        number
    }

    /// The quote is the citation: it must show the figure, in digits or in the Chinese numeral
    /// given as `written`. A derived figure is not printed, so its quote need not show it.
    fn quote_states_value(&mut self, raw: &raw::Indicator, value: f64, owner: &str) {
        let quote = raw.quote.get_ref();
        if let Some(written) = &raw.written {
            if chinese_numerals::parse(ordinal_stripped(written.get_ref())).map(|v| v as f64)
                != Some(value)
            {
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
            if indicator.measure.is_none() || indicator.basis.is_none() {
                self.report(
                    member.span(),
                    format!("{owner}, field \"members\""),
                    format!(
                        "\"{}\" has no measure or basis, so nothing shows it compares with the rest; give the indicator measure = \"what it counts\" (the same words as the figures it is charted with) and basis = \"stock\" or \"flow\"",
                        indicator.id
                    ),
                );
                continue;
            }
            match first {
                None => first = Some(indicator),
                Some(first) => {
                    if let Some(problem) = unlike(kind, first, indicator) {
                        self.report(
                            member.span(),
                            format!("{owner}, field \"members\""),
                            problem,
                        );
                    }
                }
            }
        }
        if kind == Some(ChartKind::Change) && raw.members.get_ref().len() < 2 {
            self.report(
                raw.members.span(),
                format!("{owner}, field \"members\""),
                "a change chart needs one subject's figures for at least two years; list them earliest first, or show a lone figure as a headline card".to_owned(),
            );
        }
        let mut subtitle = |text: &Option<Spanned<String>>, field: &str, example: &str| match text {
            Some(t) if !t.get_ref().trim().is_empty() => t.get_ref().clone(),
            _ => {
                self.report(
                    text.as_ref().map_or(raw.id.span(), Spanned::span),
                    format!("{owner}, field \"{field}\""),
                    format!("a chart needs a one-line subtitle saying what it compares; write {field} = \"{example}\""),
                );
                String::new()
            }
        };
        let subtitle_zh = subtitle(
            &raw.subtitle_zh,
            "subtitle_zh",
            "2022年新增认定企业，按类别",
        );
        let subtitle_en = subtitle(
            &raw.subtitle_en,
            "subtitle_en",
            "Enterprises newly recognised in 2022, by kind",
        );
        Some(ChartData {
            id: raw.id.get_ref().clone(),
            theme: theme?,
            zh: raw.zh.get_ref().clone(),
            en: raw.en.get_ref().clone(),
            subtitle_zh,
            subtitle_en,
            kind: kind?,
            members: raw
                .members
                .get_ref()
                .iter()
                .map(|m| m.get_ref().clone())
                .collect(),
            aliases: raw.aliases.iter().map(|a| a.get_ref().clone()).collect(),
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
            zh: raw.zh.get_ref().clone(),
            en: raw.en.get_ref().clone(),
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
                en: entry.en.get_ref().clone(),
                cards: cards.iter().map(|c| c.get_ref().clone()).collect(),
                aliases: entry.aliases.iter().map(|a| a.get_ref().clone()).collect(),
                retired_charts: entry
                    .retired_charts
                    .iter()
                    .map(|a| a.get_ref().clone())
                    .collect(),
            });
        }
        out
    }

    /// An alias keeps a published id working: it must name an id no entry has any more, lead
    /// to one entry only, and be an id that was published (else it is likely misspelt).
    fn aliases(&mut self, raw: &raw::File, ids: &BTreeMap<String, usize>) {
        let published = self.published;
        let live_entry = |id: &Spanned<String>| {
            ids.get(id.get_ref())
                .map(|line| format!("the id of the entry on line {line}"))
        };
        let mut charts: BTreeMap<String, String> = BTreeMap::new();
        for chart in &raw.chart {
            let owner = format!("chart \"{}\"", chart.id.get_ref());
            for alias in &chart.aliases {
                self.alias(
                    alias,
                    (&owner, "aliases"),
                    live_entry(alias),
                    &mut charts,
                    ("charts", &published.charts),
                );
            }
        }
        let mut themes: BTreeMap<String, String> = BTreeMap::new();
        for (key, theme) in &raw.themes {
            let owner = format!("themes.{key}");
            for alias in &theme.aliases {
                let live =
                    Theme::from_key(alias.get_ref()).map(|_| "the key of a theme".to_owned());
                self.alias(
                    alias,
                    (&owner, "aliases"),
                    live,
                    &mut themes,
                    ("themes", &published.themes),
                );
            }
            for retired in &theme.retired_charts {
                if Theme::from_key(key) == Some(Theme::Overview) {
                    self.report(
                        retired.span(),
                        format!("{owner}, field \"retired_charts\""),
                        "the honours have no page of their own to open; list the chart under the theme whose cards now hold its figures".to_owned(),
                    );
                    continue;
                }
                self.alias(
                    retired,
                    (&owner, "retired_charts"),
                    live_entry(retired),
                    &mut charts,
                    ("charts", &published.charts),
                );
            }
        }
    }

    fn alias(
        &mut self,
        alias: &Spanned<String>,
        (owner, list_field): (&str, &str),
        live: Option<String>,
        seen: &mut BTreeMap<String, String>,
        (list, published): (&str, &[(String, usize)]),
    ) {
        let name = alias.get_ref();
        let field = format!("{owner}, field \"{list_field}\"");
        let message = if let Some(live) = live {
            let what = if list_field == "aliases" {
                "an alias"
            } else {
                "a retired chart"
            };
            format!("\"{name}\" is {live}; {what} names an id no entry has any more, so remove it from {list_field}")
        } else if let Some(other) = seen.get(name) {
            format!("\"{name}\" is already an alias of {other}; an old id can open one entry only, so keep it on one of them")
        } else if !published.iter().any(|(id, _)| id == name) {
            format!(
                "\"{name}\" was never published (it is not in the {list} of {}); write the published id this entry replaces",
                self.published.file
            )
        } else {
            seen.insert(name.clone(), owner.to_owned());
            return;
        };
        self.report(alias.span(), field, message);
    }

    /// Every chart id and theme key in use is published, and every published one still opens
    /// something: its entry, or the entry that names it among its aliases.
    fn published(&mut self, raw: &raw::File) {
        let published = self.published;
        let list = &published.file;
        let listed = |ids: &[(String, usize)], id: &str| ids.iter().any(|(p, _)| p == id);
        for chart in &raw.chart {
            let id = chart.id.get_ref();
            if !listed(&published.charts, id) {
                self.report(
                    chart.id.span(),
                    format!("chart \"{id}\""),
                    format!("\"{id}\" is not in {list}; add it to charts there, so that the build keeps links to it working"),
                );
            }
        }
        for (key, theme) in &raw.themes {
            if Theme::from_key(key).is_some() && !listed(&published.themes, key) {
                self.report(
                    theme.zh.span(),
                    format!("themes.{key}"),
                    format!("the theme key \"{key}\" is not in {list}; add it to themes there, so that the build keeps links to it working"),
                );
            }
        }

        let open_charts: BTreeSet<&str> = raw
            .chart
            .iter()
            .flat_map(|c| std::iter::once(&c.id).chain(&c.aliases))
            .chain(raw.themes.values().flat_map(|t| &t.retired_charts))
            .map(|id| id.get_ref().as_str())
            .collect();
        let open_themes: BTreeSet<&str> = Theme::ALL
            .iter()
            .map(|t| t.key())
            .chain(
                raw.themes
                    .values()
                    .flat_map(|t| &t.aliases)
                    .map(|a| a.get_ref().as_str()),
            )
            .collect();
        for (id, line) in &published.charts {
            if !open_charts.contains(id.as_str()) {
                self.problems.push(Diagnostic {
                    file: list.clone(),
                    line: *line,
                    field: format!("chart id \"{id}\""),
                    message: format!("was published, but no chart in {} has it; add aliases = [\"{id}\"] to the chart that replaces it (or, if its figures are now cards, retired_charts = [\"{id}\"] to their [themes.*] table), or restore the id", self.file),
                });
            }
        }
        for (key, line) in &published.themes {
            if !open_themes.contains(key.as_str()) {
                self.problems.push(Diagnostic {
                    file: list.clone(),
                    line: *line,
                    field: format!("theme key \"{key}\""),
                    message: format!("was published, but no theme in {} has it; add aliases = [\"{key}\"] to the [themes.*] table that replaces it, or restore the key", self.file),
                });
            }
        }
    }

    /// Labels and quotes are shown whole, and ship in the wasm: a runaway paste is refused.
    fn labels(&mut self, raw: &raw::File) {
        let mut texts: Vec<(String, &Spanned<String>, usize)> = Vec::new();
        for (key, theme) in &raw.themes {
            let owner = format!("themes.{key}");
            texts.push((format!("{owner}, field \"zh\""), &theme.zh, MAX_LABEL));
            texts.push((format!("{owner}, field \"en\""), &theme.en, MAX_LABEL));
        }
        for i in &raw.indicator {
            let owner = format!("indicator \"{}\"", i.id.get_ref());
            texts.push((format!("{owner}, field \"zh\""), &i.zh, MAX_LABEL));
            texts.push((format!("{owner}, field \"en\""), &i.en, MAX_LABEL));
            texts.push((format!("{owner}, field \"quote\""), &i.quote, MAX_QUOTE));
            for (field, text) in [("derived", &i.derived), ("derived_zh", &i.derived_zh)] {
                if let Some(text) = text {
                    texts.push((format!("{owner}, field \"{field}\""), text, MAX_QUOTE));
                }
            }
        }
        for c in &raw.chart {
            let owner = format!("chart \"{}\"", c.id.get_ref());
            texts.push((format!("{owner}, field \"zh\""), &c.zh, MAX_LABEL));
            texts.push((format!("{owner}, field \"en\""), &c.en, MAX_LABEL));
            for (field, text) in [
                ("subtitle_zh", &c.subtitle_zh),
                ("subtitle_en", &c.subtitle_en),
            ] {
                if let Some(text) = text {
                    texts.push((format!("{owner}, field \"{field}\""), text, MAX_SUBTITLE));
                }
            }
        }
        for m in &raw.milestone {
            let owner = format!("milestone \"{}\"", m.id.get_ref());
            texts.push((format!("{owner}, field \"zh\""), &m.zh, MAX_LABEL));
            texts.push((format!("{owner}, field \"en\""), &m.en, MAX_LABEL));
            texts.push((format!("{owner}, field \"quote\""), &m.quote, MAX_QUOTE));
        }
        for (field, text, limit) in texts {
            let length = text.get_ref().chars().count();
            if length > limit {
                self.report(
                    text.span(),
                    field,
                    format!("{length} characters, more than the page has room for; shorten it to at most {limit}"),
                );
            }
        }
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

/// Why `other` cannot be drawn in one chart with `first`, if it cannot: a chart holds one unit,
/// one kind, stocks or flows, one measure, and (a bar chart) one year or (a change chart) each
/// year once, earliest first.
fn unlike(
    chart: Option<ChartKind>,
    first: &IndicatorData,
    other: &IndicatorData,
) -> Option<String> {
    let (a, b) = (&first.id, &other.id);
    if first.unit != other.unit {
        return Some(format!(
            "mixes units: \"{a}\" is in {} but \"{b}\" is in {}; put figures of another unit in a chart of their own",
            first.unit.key(),
            other.unit.key()
        ));
    }
    if first.kind != other.kind {
        return Some(format!(
            "mixes kinds: \"{a}\" is a {} but \"{b}\" is a {}; put figures of another kind in a chart of their own",
            first.kind.key(),
            other.kind.key()
        ));
    }
    let (Some(first_measure), Some(first_basis), Some(measure), Some(basis)) =
        (&first.measure, first.basis, &other.measure, other.basis)
    else {
        return None; // A member without either is reported on its own.
    };
    if first_basis != basis {
        let (stock, flow) = if first_basis == Basis::Stock {
            (a, b)
        } else {
            (b, a)
        };
        return Some(format!(
            "mixes stocks with flows: \"{stock}\" is a stock (what there is at a date) but \"{flow}\" is a flow (what happened in the year); chart them apart, or show one as a headline card"
        ));
    }
    match chart {
        Some(ChartKind::Change) if other.year <= first.year => {
            return Some(format!(
                "\"{a}\" is for {} and \"{b}\" for {}; a change chart gives one subject each year once, earliest first, so reorder the members or drop the repeated year",
                first.year, other.year
            ));
        }
        Some(ChartKind::Bar) if first.year != other.year => {
            return Some(format!(
                "mixes years: \"{a}\" is for {} but \"{b}\" for {}; a bar chart compares subjects in one year, so draw one subject across years as kind = \"change\"",
                first.year, other.year
            ));
        }
        _ => {}
    }
    (first_measure != measure).then(|| {
        format!(
            "mixes measures: \"{a}\" measures \"{first_measure}\" but \"{b}\" measures \"{measure}\"; a chart compares one measure across subjects, so chart them apart or show the lone figure as a headline card (cards in its [themes.*] table)"
        )
    })
}

/// Whether a figure of this kind can be in this unit: money for amounts, a percentage for growth
/// and reduction, 名 for ranks, a counting word for counts, money or a count for increases.
fn fits(kind: Kind, unit: Unit) -> bool {
    let money = matches!(unit, Unit::WanYuan | Unit::YiYuan);
    let count = !money && !matches!(unit, Unit::Percent | Unit::Ming);
    match kind {
        Kind::Amount => money,
        Kind::Growth | Kind::Reduction => unit == Unit::Percent,
        Kind::Rank => unit == Unit::Ming,
        Kind::Count => count,
        Kind::Increase => money || count,
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

/// A numeral without the 第 of an ordinal (第三 is written for the rank 3).
fn ordinal_stripped(written: &str) -> &str {
    written.strip_prefix('第').unwrap_or(written)
}
