//! Why a number is not a figure, and the words that are not numbers at all although they are
//! written with numerals (一切, 统一, 千家万户).

use crate::article::Noise;
use crate::words::word_at;
use std::fmt;

/// Why a printed number was left out; `--explain` prints these.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// On a line that is not part of the report.
    Noise(Noise),
    Year,
    Date,
    /// A span the report looks back over (三年来, 近5年), not a measured figure.
    Period,
    /// Inside quotation marks or a title: “5020”项目, 《…》, “十四五”.
    Quoted,
    /// Attached to Latin letters or a formula: 3A级, 5G, PM2.5, 1+1+9.
    Code,
    /// A number that names a thing: 7号阀室.
    Designation,
    /// 第十三届, 第二批: an edition or batch, not a count.
    Ordinal,
    /// 一、 二是 （三）: numbers a list item.
    ListMarker,
    /// 党的二十大, 七次会议: names a meeting.
    EventName,
    /// 三年行动: names a plan.
    PlanName,
    /// 十四五, 一二线: numerals that do not read as one number.
    NotANumber,
    /// No unit or measure word follows: 两级, 百亿产业, 乐购618.
    NoUnit,
    /// 一 before a measure word reads as "a" (一条路, 一个平台), not as a count.
    Article,
    /// A day of the week (周六, 星期五).
    Weekday,
    /// The bound that defines a category (10亿元以上的项目有5个): the figure is the count.
    Threshold,
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Noise(noise) => noise.fmt(f),
            Reason::Year => f.write_str("a year"),
            Reason::Date => f.write_str("a date or time"),
            Reason::Period => {
                f.write_str("a period looked back over (三年来, 近5年), not a figure")
            }
            Reason::Quoted => {
                f.write_str("inside quotation marks or a title: part of a name or slogan")
            }
            Reason::Code => f.write_str("part of a code, rating or formula (3A级, 5G, 1+1+9)"),
            Reason::Designation => f.write_str("a number that names a thing (7号阀室)"),
            Reason::Ordinal => {
                f.write_str("an ordinal (第十三届, 第二批): an edition or batch, not a count")
            }
            Reason::ListMarker => f.write_str("numbers a list item (一、, 二是)"),
            Reason::EventName => f.write_str("part of a meeting's name (党的二十大, 七次会议)"),
            Reason::PlanName => f.write_str("part of a plan's name (三年行动)"),
            Reason::NotANumber => {
                f.write_str("the numerals do not read as one number (十四五): a name")
            }
            Reason::NoUnit => f.write_str(
                "no unit or measure word follows: part of a word or name (两级, 乐购618)",
            ),
            Reason::Article => f.write_str(
                "一 with a measure word reads as \"a\" (一条路, 一个平台), not as a count",
            ),
            Reason::Weekday => f.write_str("a day of the week (周六)"),
            Reason::Threshold => f.write_str(
                "the bound of a category (10亿元以上的项目有5个): the count is the figure",
            ),
        }
    }
}

/// Words written with numerals that are not numbers. Only those that would otherwise be read
/// as a figure (a numeral before a measure word, 一批, 一起) or that are common enough to
/// crowd `--explain` need to be here.
const WORDS: &[&str] = &[
    "一切",
    "一些",
    "一批",
    "一大批",
    "一系列",
    "一体",
    "一线",
    "一流",
    "一致",
    "一直",
    "一定",
    "一般",
    "一起",
    "一同",
    "一道",
    "一律",
    "一度",
    "一举",
    "一带一路",
    "一站式",
    "一网通办",
    "一件事",
    "一次性",
    "一把手",
    "一心",
    "一贯",
    "一方面",
    "一旦",
    "一样",
    "一下",
    "一手",
    "一揽子",
    "一条龙",
    "一张网",
    "一张图",
    "一盘棋",
    "一口气",
    "一窗",
    "统一",
    "唯一",
    "之一",
    "进一步",
    "第一时间",
    "万一",
    "十分",
    "百姓",
    "千方百计",
    "四面八方",
    "五湖四海",
    "千家万户",
    "百年",
    "千年",
    "三农",
    "零售",
    "零部件",
    "零距离",
    "零件",
];

/// How many characters at `at` form a word that only looks like a number, if any: a listed
/// word, or a 一X一Y slogan (一乡一中心, 一户一策).
pub fn word_with_numeral(chars: &[char], at: usize) -> Option<usize> {
    if let Some(word) = WORDS
        .iter()
        .filter(|w| word_at(chars, at, &[w]).is_some())
        .max_by_key(|w| w.chars().count())
    {
        return Some(word.chars().count());
    }
    let slogan = chars.get(at) == Some(&'一')
        && chars.get(at + 2) == Some(&'一')
        && chars.get(at + 1).is_some_and(|c| !c.is_ascii());
    slogan.then_some(3)
}

/// Words before 第 that make it a ranking (列全省第三, 排名全市第一) rather than an ordinal.
const RANK_CONTEXT: &[&str] = &[
    "全省", "全市", "全国", "全区", "全县", "全州", "排名", "排位", "位列", "位居", "名列", "居",
    "列", "总量", "增速",
];

/// Whether the few characters before 第 (at `at`), within the clause, set up a ranking.
pub fn is_rank_context(chars: &[char], at: usize) -> bool {
    let from = at.saturating_sub(10);
    let window: String = chars[from..at]
        .iter()
        .rev()
        .take_while(|c| !matches!(c, '。' | ',' | '，' | ';' | '；' | '、'))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    RANK_CONTEXT.iter().any(|w| window.contains(w))
}

/// What follows a number and unit when they name a meeting (七次会议, 二十大精神).
pub const EVENT_WORDS: &[&str] = &[
    "会议",
    "全会",
    "党代会",
    "代表大会",
    "精神",
    "报告",
    "胜利",
    "召开",
    "以来",
    "开幕",
    "闭幕",
];

/// What follows N年 when it names a plan (三年行动).
pub const PLAN_WORDS: &[&str] = &["行动", "计划", "规划", "攻坚", "方案", "工程"];

/// What follows N年 when it is a span looked back over (三年来, 五年间).
pub const PERIOD_AFTER: &[&str] = &["以来", "来", "间", "内", "前"];

/// What comes before N年 when it is a span looked back over (过去五年).
pub const PERIOD_BEFORE: &[&str] = &["过去", "最近", "这"];

/// Words after which a number with no unit is still a figure (增长8.5, 指数为102.3).
pub const BARE_FIGURE_AFTER: &[&str] = &["为", "达", "达到", "是", "至", "到", "共", "计"];
