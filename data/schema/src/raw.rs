//! The data file as written, before any check: strings where the app has enums, and spans so
//! that every message can name its line.

use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct File {
    pub report: Report,
    pub themes: BTreeMap<String, Theme>,
    #[serde(default)]
    pub indicator: Vec<Indicator>,
    #[serde(default)]
    pub chart: Vec<Chart>,
    #[serde(default)]
    pub milestone: Vec<Milestone>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    pub slug: Spanned<String>,
    pub district_zh: String,
    pub district_en: String,
    pub region_zh: String,
    pub region_en: String,
    pub period: u16,
    pub title_zh: String,
    pub title_en: String,
    pub source: Source,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub publication_zh: String,
    pub publication_en: String,
    pub date: Spanned<String>,
    pub author_zh: String,
    pub author_en: String,
    pub headline: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    pub zh: Spanned<String>,
    pub en: Spanned<String>,
    pub cards: Option<Vec<Spanned<String>>>,
    /// Published theme keys this theme replaces, so that links naming them keep working.
    #[serde(default)]
    pub aliases: Vec<Spanned<String>>,
    /// Published ids of charts dropped whose figures are now this theme's cards: their links
    /// and embeds open this theme.
    #[serde(default)]
    pub retired_charts: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: Spanned<String>,
    pub theme: Spanned<String>,
    pub zh: Spanned<String>,
    pub en: Spanned<String>,
    pub value: Spanned<toml::Value>,
    pub written: Option<Spanned<String>>,
    pub unit: Spanned<String>,
    pub kind: Spanned<String>,
    pub qualifier: Option<Spanned<String>>,
    pub year: u16,
    pub quote: Spanned<String>,
    pub derived: Option<Spanned<String>>,
    /// `derived` in Chinese: required with it, so a Chinese page does not explain in English.
    pub derived_zh: Option<Spanned<String>>,
    /// What the figure measures, the same words for every figure it may be charted with,
    /// e.g. "enterprises newly recognised". Required of chart members.
    pub measure: Option<Spanned<String>>,
    /// `stock` or `flow`. Required of chart members.
    pub basis: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chart {
    pub id: Spanned<String>,
    pub theme: Spanned<String>,
    pub zh: Spanned<String>,
    pub en: Spanned<String>,
    /// One line under the title saying what the chart compares.
    pub subtitle_zh: Option<Spanned<String>>,
    pub subtitle_en: Option<Spanned<String>>,
    pub kind: Spanned<String>,
    pub members: Spanned<Vec<Spanned<String>>>,
    /// Published chart ids this chart replaces, so that links and embeds naming them keep
    /// working.
    #[serde(default)]
    pub aliases: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub id: Spanned<String>,
    pub theme: Spanned<String>,
    pub level: Option<Spanned<String>>,
    pub zh: Spanned<String>,
    pub en: Spanned<String>,
    pub quote: Spanned<String>,
}

/// The list of published ids (`data/published-ids.toml`): every chart id and theme key a link
/// may name, kept after the entry is renamed or removed.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Published {
    #[serde(default)]
    pub charts: Vec<Spanned<String>>,
    #[serde(default)]
    pub themes: Vec<Spanned<String>>,
}
