//! Figures as people read them in each language: Chinese keeps the report's 万元 and 亿元;
//! English converts money to CNY millions or billions ("CNY 22.364 bn", "CNY 30 m"), its
//! words joined by no-break spaces.

use crate::render::locale::Lang;
use report_data::{Indicator, Kind, Qualifier, Unit, REPORT};

/// A figure with its unit and qualifier: "近2.8亿元", "nearly CNY 280 m", "14500余户".
pub fn figure(indicator: &Indicator, lang: Lang) -> String {
    let (value, unit, qualifier) = (indicator.value, indicator.unit, indicator.qualifier);
    match lang {
        Lang::Zh => {
            let number = plain(value, lang);
            let (before, after) = match qualifier {
                Some(Qualifier::Nearly) => ("近", ""),
                Some(Qualifier::MoreThan) => ("", "余"),
                None => ("", ""),
            };
            match unit {
                Unit::Ming => format!("{before}第{number}{after}名"),
                _ => format!("{before}{number}{after}{}", unit.key()),
            }
        }
        Lang::En => {
            let hedge = match qualifier {
                Some(Qualifier::Nearly) => "nearly ",
                Some(Qualifier::MoreThan) => "more than ",
                None => "",
            };
            format!("{hedge}{}", english_amount(value, unit))
        }
    }
}

/// "债券项目资金：18.92亿元": a figure with its label, as a bar's tooltip and read-out give it.
pub fn labelled_figure(indicator: &Indicator, lang: Lang) -> String {
    format!(
        "{}{}{}",
        lang.pick(&indicator.label),
        lang.strings().colon,
        figure(indicator, lang)
    )
}

/// The change from one year's figure to a later one's, as the report words it: "比2021年增加7家",
/// "+7 since 2021".
pub fn change(before: &Indicator, after: &Indicator, lang: Lang) -> String {
    let difference = after.value - before.value;
    let size = difference.abs();
    match lang {
        Lang::Zh => {
            let word = if difference < 0.0 { "减少" } else { "增加" };
            let unit = after.unit.key();
            format!("比{}年{word}{}{unit}", before.year, plain(size, lang))
        }
        Lang::En => {
            let sign = if difference < 0.0 { "−" } else { "+" };
            format!(
                "{sign}{} since {}",
                english_amount(size, after.unit),
                before.year
            )
        }
    }
}

/// A bare number in the reader's convention (thousands grouped in English), for axis ticks
/// and figures whose unit is said elsewhere.
pub fn plain(value: f64, lang: Lang) -> String {
    let text = decimal(value, 4);
    match lang {
        Lang::Zh => text,
        Lang::En => group_thousands(&text),
    }
}

/// A chart axis in the reader's terms: the factor from the report's unit to the axis's, and
/// the caption naming it: "单位：亿元" (factor 1); "Unit: CNY bn" (亿元 × 0.1), so that
/// English ticks agree with the English bar labels.
pub fn axis_unit(unit: Unit, lang: Lang) -> (f64, String) {
    let s = lang.strings();
    let (factor, name) = match lang {
        Lang::Zh => (1.0, unit.key()),
        Lang::En => match unit {
            Unit::WanYuan => (0.01, "CNY m"),
            Unit::YiYuan => (0.1, "CNY bn"),
            Unit::Percent => (1.0, "%"),
            Unit::Nian => (1.0, "years"),
            Unit::Ming => (1.0, "rank"),
            Unit::Ge | Unit::Jia | Unit::Suo | Unit::Xiang | Unit::Hu | Unit::Qi => (1.0, "count"),
        },
    };
    (factor, format!("{}{}{name}", s.unit, s.colon))
}

/// Where a figure's tag stands: after a card's label, or in a table, whose Year column gives the
/// year already.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TagPlace {
    Card,
    Table,
}

/// A figure's direction (growth, reduction…), and on a card a year that differs from the
/// report's. Each is left out where the label already says it, as labels usually do: "比上年
/// 增加" would be followed by a tag "增加", "…, average cut" by "reduction", "企业(2021年)" by
/// "2021".
pub fn figure_marker(i: &Indicator, lang: Lang, place: TagPlace) -> Option<String> {
    let label = lang.pick(&i.label);
    let words = direction_words(i.kind, lang);
    let kind = words
        .first()
        .filter(|_| !words.iter().any(|word| says(label, word, lang)));
    let year = (place == TagPlace::Card && i.year != REPORT.period)
        .then(|| i.year.to_string())
        .filter(|year| !label.contains(year.as_str()));
    let parts: Vec<String> = kind
        .map(|w| w.to_string())
        .into_iter()
        .chain(year)
        .collect();
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// The words saying a figure's direction, its tag first; none for a figure without one.
fn direction_words(kind: Kind, lang: Lang) -> &'static [&'static str] {
    let s = lang.strings();
    match kind {
        Kind::Growth => s.growth,
        Kind::Reduction => s.reduction,
        Kind::Increase => s.increase,
        Kind::Amount | Kind::Count | Kind::Rank => &[],
    }
}

/// Whether `label` has `word`: in English as a whole word ("cut", not "executive"), in Chinese
/// anywhere, as Chinese writes no spaces.
fn says(label: &str, word: &str, lang: Lang) -> bool {
    match lang {
        Lang::Zh => label.contains(word),
        Lang::En => label
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case(word)),
    }
}

/// Joins a number to its currency and unit ("CNY 280 m"), so a line never ends between them:
/// a card's value would otherwise wrap as "nearly CNY 280" over a lone "m".
const NO_BREAK: char = '\u{a0}';

fn english_amount(value: f64, unit: Unit) -> String {
    let money = |yuan: f64| {
        let (amount, scale) = if yuan >= 1e9 {
            (yuan / 1e9, "bn")
        } else {
            (yuan / 1e6, "m")
        };
        let amount = group_thousands(&decimal(amount, 6));
        format!("CNY{NO_BREAK}{amount}{NO_BREAK}{scale}")
    };
    let n = plain(value, Lang::En);
    match unit {
        Unit::WanYuan => money(value * 1e4),
        Unit::YiYuan => money(value * 1e8),
        Unit::Percent => format!("{n}%"),
        Unit::Nian => format!(
            "{n}{NO_BREAK}{}",
            if value == 1.0 { "year" } else { "years" }
        ),
        Unit::Ming => format!("No.{NO_BREAK}{n}"),
        Unit::Ge | Unit::Jia | Unit::Suo | Unit::Xiang | Unit::Hu | Unit::Qi => n,
    }
}

/// At most `places` decimals, without trailing zeros, so that float noise from unit
/// conversion (223.64 × 10⁸ ÷ 10⁹) never shows.
fn decimal(value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    }
}

fn group_thousands(number: &str) -> String {
    let (int, frac) = number
        .split_once('.')
        .map_or((number, None), |(i, f)| (i, Some(f)));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut grouped = String::new();
    for (n, c) in digits.chars().enumerate() {
        if n > 0 && (digits.len() - n) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_data::{Text, Theme};

    fn fig(value: f64, unit: Unit, qualifier: Option<Qualifier>) -> Indicator {
        Indicator {
            id: "x",
            theme: Theme::Industry,
            label: Text { zh: "", en: "" },
            value,
            unit,
            kind: Kind::Amount,
            qualifier,
            year: 2022,
            quote: "",
            derived: None,
        }
    }

    #[test]
    fn chinese_keeps_the_units_of_the_report() {
        assert_eq!(
            figure(&fig(223.64, Unit::YiYuan, None), Lang::Zh),
            "223.64亿元"
        );
        assert_eq!(
            figure(&fig(3000.0, Unit::WanYuan, None), Lang::Zh),
            "3000万元"
        );
        assert_eq!(
            figure(&fig(2.8, Unit::YiYuan, Some(Qualifier::Nearly)), Lang::Zh),
            "近2.8亿元"
        );
        assert_eq!(
            figure(&fig(14500.0, Unit::Hu, Some(Qualifier::MoreThan)), Lang::Zh),
            "14500余户"
        );
        assert_eq!(figure(&fig(49.8, Unit::Percent, None), Lang::Zh), "49.8%");
        assert_eq!(figure(&fig(3.0, Unit::Ming, None), Lang::Zh), "第3名");
    }

    #[test]
    fn english_converts_money_to_millions_and_billions() {
        assert_eq!(
            figure(&fig(223.64, Unit::YiYuan, None), Lang::En),
            "CNY\u{a0}22.364\u{a0}bn"
        );
        assert_eq!(
            figure(&fig(3000.0, Unit::WanYuan, None), Lang::En),
            "CNY\u{a0}30\u{a0}m"
        );
        assert_eq!(
            figure(
                &fig(2337.0, Unit::WanYuan, Some(Qualifier::MoreThan)),
                Lang::En
            ),
            "more than CNY\u{a0}23.37\u{a0}m"
        );
        assert_eq!(
            figure(&fig(2.8, Unit::YiYuan, Some(Qualifier::Nearly)), Lang::En),
            "nearly CNY\u{a0}280\u{a0}m"
        );
        assert_eq!(
            figure(&fig(12.62, Unit::YiYuan, None), Lang::En),
            "CNY\u{a0}1.262\u{a0}bn"
        );
    }

    #[test]
    fn english_figures_can_break_only_after_their_hedge() {
        for i in report_data::INDICATORS {
            let text = figure(i, Lang::En);
            let amount = text
                .trim_start_matches("nearly ")
                .trim_start_matches("more than ");
            assert!(
                !amount.contains(' '),
                "{text:?} could end a line between a number and its unit"
            );
        }
    }

    #[test]
    fn english_groups_thousands_and_names_ranks_and_years() {
        assert_eq!(figure(&fig(14500.0, Unit::Hu, None), Lang::En), "14,500");
        assert_eq!(
            figure(&fig(1051.0, Unit::Percent, None), Lang::En),
            "1,051%"
        );
        assert_eq!(figure(&fig(1.0, Unit::Ming, None), Lang::En), "No.\u{a0}1");
        assert_eq!(
            figure(&fig(6.0, Unit::Nian, None), Lang::En),
            "6\u{a0}years"
        );
        assert_eq!(plain(1051.0, Lang::Zh), "1051");
        assert_eq!(plain(223.64, Lang::En), "223.64");
    }

    /// An indicator of `kind` labelled `zh` and `en`, of `year`.
    fn labelled(kind: Kind, zh: &'static str, en: &'static str, year: u16) -> Indicator {
        Indicator {
            kind,
            label: Text { zh, en },
            year,
            ..fig(49.8, Unit::Percent, None)
        }
    }

    #[test]
    fn markers_name_the_direction_and_a_year_other_than_the_report_s() {
        let fraud = labelled(
            Kind::Reduction,
            "电信网络诈骗案件",
            "Telecom fraud cases",
            2023,
        );
        assert_eq!(
            figure_marker(&fraud, Lang::En, TagPlace::Card).as_deref(),
            Some("reduction · 2023")
        );
        assert_eq!(
            figure_marker(&fraud, Lang::Zh, TagPlace::Card).as_deref(),
            Some("下降 · 2023")
        );
        let added = labelled(
            Kind::Increase,
            "数字经济核心产业企业",
            "Digital enterprises",
            2022,
        );
        assert_eq!(
            figure_marker(&added, Lang::En, TagPlace::Card).as_deref(),
            Some("increase")
        );
        let count = report_data::indicator("projects-attracted").unwrap();
        assert_eq!(figure_marker(count, Lang::En, TagPlace::Card), None);
    }

    #[test]
    fn a_marker_does_not_repeat_what_its_label_states() {
        let fraud = report_data::indicator("telecom-fraud-reduction").unwrap();
        assert!(fraud.label.zh.contains("下降") && fraud.label.en.contains("year-on-year fall"));
        for lang in [Lang::Zh, Lang::En] {
            assert_eq!(
                figure_marker(fraud, lang, TagPlace::Card).as_deref(),
                Some("2023")
            );
        }
        let added = report_data::indicator("digital-economy-enterprises-added").unwrap();
        assert!(added.label.zh.contains("增加") && added.label.en.contains("added since 2021"));
        assert_eq!(figure_marker(added, Lang::Zh, TagPlace::Card), None);
        assert_eq!(figure_marker(added, Lang::En, TagPlace::Card), None);
        let growth = report_data::indicator("foreign-investment-growth").unwrap();
        assert!(growth.label.en.ends_with("year-on-year growth"));
        assert_eq!(figure_marker(growth, Lang::En, TagPlace::Card), None);
        let earlier = report_data::indicator("digital-economy-enterprises-2021").unwrap();
        assert!(earlier.label.zh.contains("2021") && earlier.label.en.contains("2021"));
        assert_eq!(figure_marker(earlier, Lang::Zh, TagPlace::Card), None);
        assert_eq!(figure_marker(earlier, Lang::En, TagPlace::Card), None);
        // In other words than the tag's: "压缩" and "cut" say "reduction".
        let cut = labelled(
            Kind::Reduction,
            "平均办理时间压缩",
            "Processing time, average cut",
            2022,
        );
        assert_eq!(figure_marker(&cut, Lang::Zh, TagPlace::Card), None);
        assert_eq!(figure_marker(&cut, Lang::En, TagPlace::Card), None);
        // English matches whole words: "executive" does not say "cut".
        let executive = labelled(Kind::Reduction, "", "Executive approvals", 2022);
        assert_eq!(
            figure_marker(&executive, Lang::En, TagPlace::Card).as_deref(),
            Some("reduction")
        );
    }

    #[test]
    fn a_table_s_tags_leave_the_year_to_its_year_column() {
        let fraud = labelled(
            Kind::Reduction,
            "电信网络诈骗案件",
            "Telecom fraud cases",
            2023,
        );
        assert_eq!(
            figure_marker(&fraud, Lang::En, TagPlace::Table).as_deref(),
            Some("reduction")
        );
        let fraud = report_data::indicator("telecom-fraud-reduction").unwrap();
        assert_eq!(figure_marker(fraud, Lang::Zh, TagPlace::Table), None);
        assert_eq!(figure_marker(fraud, Lang::En, TagPlace::Table), None);
    }

    #[test]
    fn axes_name_their_unit_and_agree_with_the_bar_labels() {
        assert_eq!(
            axis_unit(Unit::YiYuan, Lang::Zh),
            (1.0, "单位：亿元".to_owned())
        );
        assert_eq!(
            axis_unit(Unit::YiYuan, Lang::En),
            (0.1, "Unit: CNY bn".to_owned())
        );
        assert_eq!(
            axis_unit(Unit::WanYuan, Lang::En),
            (0.01, "Unit: CNY m".to_owned())
        );
        assert_eq!(
            axis_unit(Unit::Percent, Lang::En),
            (1.0, "Unit: %".to_owned())
        );
        // 3000万元 is CNY 30 m on the bar; its tick reads 30 on a CNY m axis.
        assert_eq!(
            plain(3000.0 * axis_unit(Unit::WanYuan, Lang::En).0, Lang::En),
            "30"
        );
    }
}
