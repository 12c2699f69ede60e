//! The shape of the report's data, with no dependencies, so that the build script that reads
//! the data file and the wasm app that shows it agree on one set of types.
//!
//! Each closed vocabulary (theme, unit, kind…) is an enum with `ALL` and `key()`: the validator
//! accepts exactly the keys listed here, and the generated constants name the variants.

/// Declares a closed vocabulary: the enum, the list of its variants and the key each has in the
/// data file or URL. One list, so the validator and the app cannot drift apart. Exported for the
/// app's own vocabularies (language, colour scheme).
#[macro_export]
macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $key:literal,)+ }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vdoc])* $variant,)+
        }

        impl $name {
            /// Every variant, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The key that stands for this variant in the data file and in URLs.
            pub const fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key,)+
                }
            }

            /// The variant a data-file key or URL value names, if any.
            pub fn from_key(key: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.key() == key)
            }
        }
    };
}

vocabulary! {
    /// The sections of the report. `Overview` holds the opening list of honours.
    Theme {
        Overview = "overview",
        Industry = "industry",
        Cooperation = "cooperation",
        Rural = "rural",
        Tourism = "tourism",
        Livelihood = "livelihood",
    }
}

vocabulary! {
    /// Units as the report writes them.
    Unit {
        /// 万元: ten thousand yuan.
        WanYuan = "万元",
        /// 亿元: a hundred million yuan.
        YiYuan = "亿元",
        Percent = "%",
        /// 个: a generic count (projects, cities, villages…).
        Ge = "个",
        /// 家: enterprises.
        Jia = "家",
        /// 所: schools.
        Suo = "所",
        /// 项: items, procedures.
        Xiang = "项",
        /// 户: households.
        Hu = "户",
        /// 起: cases.
        Qi = "起",
        /// 年: years.
        Nian = "年",
        /// 名: a place in a ranking.
        Ming = "名",
    }
}

vocabulary! {
    /// What a figure measures; a chart never mixes kinds.
    Kind {
        Amount = "amount",
        Count = "count",
        Growth = "growth",
        Reduction = "reduction",
        Increase = "increase",
        Rank = "rank",
    }
}

vocabulary! {
    /// Hedges the report puts on a figure.
    Qualifier {
        /// 近: nearly.
        Nearly = "近",
        /// 余: more than.
        MoreThan = "余",
    }
}

vocabulary! {
    /// The level of an honour or rating.
    Level {
        National = "national",
        Provincial = "provincial",
    }
}

vocabulary! {
    /// How a chart draws its members.
    ChartKind {
        /// Horizontal bars, one per member, labelled with their values: one measure across
        /// comparable subjects, in one year.
        Bar = "bar",
        /// One subject across years: a bar per year, earliest first, the later bars split at
        /// the earlier value so that the change itself is drawn and labelled.
        Change = "change",
    }
}

vocabulary! {
    /// Whether a figure is a level at a date or what happened over a period. A chart never
    /// mixes the two.
    Basis {
        /// What there is at a date: enterprises in total, service stations in place.
        Stock = "stock",
        /// What happened over the period: money signed or invested, things added, growth.
        Flow = "flow",
    }
}

/// Text in the two languages of the dashboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub zh: &'static str,
    pub en: &'static str,
}

/// One figure of the report.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Indicator {
    pub id: &'static str,
    pub theme: Theme,
    pub label: Text,
    /// The number as printed: 223.64 for 223.64亿元.
    pub value: f64,
    pub unit: Unit,
    pub kind: Kind,
    pub qualifier: Option<Qualifier>,
    pub year: u16,
    /// The clause of the report that states the figure, copied exactly.
    pub quote: &'static str,
    /// For a figure the report implies but does not print: how it follows.
    pub derived: Option<Text>,
}

/// A chart: one measure across comparable subjects (or one subject across years), of one
/// unit and one kind, drawn together.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Chart {
    pub id: &'static str,
    pub theme: Theme,
    pub title: Text,
    /// One line under the title saying what the chart compares.
    pub subtitle: Text,
    pub kind: ChartKind,
    /// Ids of the member indicators, in drawing order.
    pub members: &'static [&'static str],
}

/// A fact without a figure: an honour, a rating, an agreement.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Milestone {
    pub id: &'static str,
    pub theme: Theme,
    pub level: Option<Level>,
    pub text: Text,
    pub quote: &'static str,
}

/// A theme's title and the indicators shown as headline cards.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ThemeInfo {
    pub theme: Theme,
    pub title: Text,
    pub cards: &'static [&'static str],
}

/// The publication every figure is cited from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Source {
    pub publication: Text,
    /// ISO date, e.g. 2023-03-26.
    pub date: &'static str,
    pub author: Text,
    pub headline: &'static str,
}

/// What the dashboard is about.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Report {
    /// Stem of download file names, e.g. `xiangdong-2022`.
    pub slug: &'static str,
    pub district: Text,
    pub region: Text,
    pub title: Text,
    pub period: u16,
    pub source: Source,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_unknown_keys_are_refused() {
        for theme in Theme::ALL {
            assert_eq!(Theme::from_key(theme.key()), Some(*theme));
        }
        assert_eq!(Unit::from_key("亿元"), Some(Unit::YiYuan));
        assert_eq!(Theme::from_key("Industry"), None);
        assert_eq!(Unit::from_key("元"), None);
    }
}
