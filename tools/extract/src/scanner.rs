//! Finds each number on a line and reads it as a figure (value, qualifier, multiplier, unit) or
//! leaves it out with a reason. Works on the characters of one line; `lib.rs` adds clauses.

use crate::exclusions::{self, Reason};
use crate::numerals::{self, ascii_digit, starts_numeral};
use crate::words::{self, unit_at, word_at, word_before};

/// A number found on a line: where it is printed (character indices, from 第 or 前 when they
/// belong to it, to the end of its unit) and what it is.
#[derive(Debug)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub outcome: Outcome,
}

#[derive(Debug)]
pub enum Outcome {
    Figure(Reading),
    LeftOut { printed: String, reason: Reason },
}

/// A figure as read from the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    /// In ASCII digits: "223.64", or "3" for 三 and 第三.
    pub value: String,
    /// The upper bound of a range (3至5个) and the separator printed.
    pub high: Option<(char, String)>,
    /// The numeral as printed when it is not in digits: "三", "第三".
    pub written: Option<String>,
    /// Multiplier and unit as printed: "亿元", "万户", "个百分点"; empty when none.
    pub unit: String,
    /// 近, 余, 超, 以上…; empty when none.
    pub qualifier: String,
    /// A place in a ranking (全省第三, 前五名).
    pub rank: bool,
}

/// One number token: digits (with a decimal part) or a run of Chinese numerals.
struct Number {
    start: usize,
    end: usize,
    /// ASCII digits, or the numeral's value; `None` for numerals that read as no number.
    value: Option<String>,
    /// The numeral as printed, for Chinese numerals.
    chinese: Option<String>,
    integer_digits: usize,
    decimal: bool,
}

fn read_number(chars: &[char], at: usize) -> Option<Number> {
    let first = *chars.get(at)?;
    if ascii_digit(first).is_some() {
        let (mut end, mut value, mut decimal) = (at, String::new(), false);
        while let Some(&c) = chars.get(end) {
            let digit_follows = chars.get(end + 1).and_then(|&c| ascii_digit(c)).is_some();
            if let Some(d) = ascii_digit(c) {
                value.push(d);
            } else if matches!(c, '.' | '．') && digit_follows && !decimal {
                value.push('.');
                decimal = true;
            } else if c == ',' && !decimal && is_thousands_group(chars, end + 1) {
                // 14,500: the comma groups thousands and is not printed in the value.
            } else {
                break;
            }
            end += 1;
        }
        let integer_digits = value.split('.').next().map_or(0, str::len);
        return Some(Number {
            start: at,
            end,
            value: Some(value),
            chinese: None,
            integer_digits,
            decimal,
        });
    }
    if !starts_numeral(first) {
        return None;
    }
    let mut end = at;
    while let Some(&c) = chars.get(end) {
        let inner_multiplier =
            matches!(c, '万' | '亿') && chars.get(end + 1).is_some_and(|&n| starts_numeral(n));
        if starts_numeral(c) || inner_multiplier {
            end += 1;
        } else {
            break;
        }
    }
    let printed: String = chars[at..end].iter().collect();
    Some(Number {
        start: at,
        end,
        value: numerals::parse(&printed).map(|v| v.to_string()),
        integer_digits: printed.chars().count(),
        chinese: Some(printed),
        decimal: false,
    })
}

fn is_thousands_group(chars: &[char], at: usize) -> bool {
    (at..at + 3).all(|i| chars.get(i).is_some_and(|c| c.is_ascii_digit()))
        && !chars.get(at + 3).is_some_and(|c| c.is_ascii_digit())
}

/// Every number on the line, in order.
pub fn scan(chars: &[char]) -> Vec<Found> {
    let mut found = Vec::new();
    let (mut quoted, mut ascii_quote) = (0usize, false);
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '“' | '《' | '「' | '『' | '‘' | '〈' => quoted += 1,
            '”' | '》' | '」' | '』' | '’' | '〉' => quoted = quoted.saturating_sub(1),
            '"' => ascii_quote = !ascii_quote,
            _ => {}
        }
        if let Some(len) = exclusions::word_with_numeral(chars, i) {
            i += len;
            continue;
        }
        match read_number(chars, i) {
            Some(number) => {
                let next = number.end;
                let f = classify(chars, number, quoted > 0 || ascii_quote);
                // A left-out number ends where its digits do, so quotation marks after it
                // are still counted.
                i = f.end.max(next);
                found.push(f);
            }
            None => i += 1,
        }
    }
    found
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{3000}' || c == '\u{a0}'
}

/// The index of the last character before `at` that is not a space.
fn previous(chars: &[char], at: usize) -> Option<usize> {
    (0..at).rev().find(|&i| !is_space(chars[i]))
}

/// A hedge printed just before the number (近2.8亿元), if any, and where it starts.
fn hedge_before(chars: &[char], at: usize) -> Option<(&'static str, usize)> {
    let end = previous(chars, at).map_or(0, |p| p + 1);
    let hedge = word_before(chars, end, words::QUALIFIERS_BEFORE)?;
    let start = end - hedge.chars().count();
    let part_of_word = words::NOT_A_HEDGE_BEFORE.iter().any(|(h, before)| {
        hedge.chars().eq([*h]) && start > 0 && before.contains(chars[start - 1])
    });
    (!part_of_word).then_some((hedge, start))
}

/// What comes after a number: range, qualifier, multiplier and unit.
struct Tail {
    high: Option<(char, Number)>,
    /// Where the printed number (or range) ends.
    number_end: usize,
    qualifier: String,
    multiplier: &'static str,
    unit: &'static str,
    end: usize,
}

fn read_tail(chars: &[char], number: &Number) -> Tail {
    let mut high = None;
    let mut number_end = number.end;
    if let Some(&sep) = chars.get(number.end) {
        if matches!(sep, '至' | '到' | '~' | '～' | '-' | '－' | '—') {
            if let Some(h) = read_number(chars, number.end + 1) {
                // 2023-03-26 is a date, not a range: its parts go on, or start with 0.
                let leading_zero = |n: &Number| n.chinese.is_none() && chars[n.start] == '0';
                let date_part = chars.get(h.end) == Some(&sep)
                    || leading_zero(&h)
                    || (leading_zero(number) && number.integer_digits > 1);
                if h.chinese.is_some() == number.chinese.is_some()
                    && h.value.is_some()
                    && !date_part
                {
                    number_end = h.end;
                    high = Some((sep, h));
                }
            }
        }
    }
    let mut k = number_end;
    // A space may stand between a number and its unit (394.8 亿元), not before anything else.
    let after_spaces = (k..chars.len())
        .find(|&i| !is_space(chars[i]))
        .unwrap_or(chars.len());
    if after_spaces > k
        && (word_at(chars, after_spaces, words::MULTIPLIERS).is_some()
            || unit_at(chars, after_spaces).is_some())
    {
        k = after_spaces;
    }
    let mut qualifier = String::new();
    let inside_hedge = |k: &mut usize, qualifier: &mut String| {
        if let Some(q) = word_at(chars, *k, words::QUALIFIERS_INSIDE) {
            let next = *k + 1;
            if qualifier.is_empty()
                && (word_at(chars, next, words::MULTIPLIERS).is_some()
                    || unit_at(chars, next).is_some())
            {
                qualifier.push_str(q);
                *k = next;
            }
        }
    };
    inside_hedge(&mut k, &mut qualifier);
    let multiplier = word_at(chars, k, words::MULTIPLIERS).unwrap_or("");
    k += multiplier.chars().count();
    inside_hedge(&mut k, &mut qualifier);
    let unit = unit_at(chars, k).unwrap_or("");
    k += unit.chars().count();
    if qualifier.is_empty() && !(unit.is_empty() && multiplier.is_empty()) {
        if let Some(q) = word_at(chars, k, words::QUALIFIERS_AFTER) {
            qualifier.push_str(q);
            k += q.chars().count();
        }
    }
    Tail {
        high,
        number_end,
        qualifier,
        multiplier,
        unit,
        end: k,
    }
}

fn classify(chars: &[char], number: Number, quoted: bool) -> Found {
    let before = previous(chars, number.start);
    let prev_char = before.map(|p| chars[p]);
    let tail = read_tail(chars, &number);
    let next = chars.get(tail.number_end).copied();
    let start = match prev_char {
        Some('第' | '前') => before.unwrap_or(number.start),
        _ => number.start,
    };
    let printed: String = chars[start..tail.number_end].iter().collect();
    let left = |reason: Reason| Found {
        start,
        end: tail.number_end,
        outcome: Outcome::LeftOut {
            printed: printed.clone(),
            reason,
        },
    };
    let is_letter = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
    let touches = |c: Option<char>| c.is_some_and(|c| matches!(c, '+' | '×' | '*' | '/'));
    let immediately_before = number.start.checked_sub(1).map(|i| chars[i]);

    if quoted {
        return left(Reason::Quoted);
    }
    if is_letter(immediately_before)
        || is_letter(chars.get(number.end).copied())
        || touches(immediately_before)
        || touches(chars.get(number.end).copied())
    {
        return left(Reason::Code);
    }
    let Some(value) = number.value.clone() else {
        return left(Reason::NotANumber);
    };
    if is_time_or_date(chars, &number, &tail, immediately_before) {
        return left(Reason::Date);
    }
    if next == Some('号') {
        return left(Reason::Designation);
    }
    if number.chinese.is_some()
        && (prev_char == Some('周') || word_before(chars, number.start, &["星期"]).is_some())
    {
        return left(Reason::Weekday);
    }
    let is_year_number = match &number.chinese {
        None => {
            !number.decimal
                && number.integer_digits == 4
                && value
                    .parse::<u32>()
                    .is_ok_and(|y| (1900..=2100).contains(&y))
        }
        Some(printed) => printed.chars().count() == 4 && printed.contains(['〇', '零']),
    };
    let bare = tail.unit.is_empty() && tail.multiplier.is_empty();
    if is_year_number && (tail.unit == "年" || bare) {
        return left(Reason::Year);
    }
    if is_list_marker(chars, &number, start, next) {
        return left(Reason::ListMarker);
    }
    let after_unit = tail.end;
    let is_event = word_at(chars, after_unit, exclusions::EVENT_WORDS).is_some();
    if tail.unit == "次" && is_event {
        return left(Reason::EventName);
    }
    if tail.unit == "年" && word_at(chars, after_unit, exclusions::PLAN_WORDS).is_some() {
        return left(Reason::PlanName);
    }
    let looked_back = matches!(tail.unit, "年" | "个月")
        && (number.chinese.as_deref() == Some("一")
            || prev_char == Some('前')
            || hedge_before(chars, start).is_some_and(|(h, _)| h == "近")
            || word_at(chars, after_unit, exclusions::PERIOD_AFTER).is_some()
            || word_before(chars, start, exclusions::PERIOD_BEFORE).is_some());
    if looked_back {
        return left(Reason::Period);
    }

    let mut reading = Reading {
        value,
        high: tail
            .high
            .as_ref()
            .map(|(sep, h)| (*sep, h.value.clone().unwrap_or_default())),
        written: number.chinese.clone(),
        unit: format!("{}{}", tail.multiplier, tail.unit),
        qualifier: tail.qualifier.clone(),
        rank: false,
    };
    if reading.unit.contains('％') {
        reading.unit = reading.unit.replace('％', "%");
    }
    match prev_char {
        Some('第') => {
            let ranked = matches!(tail.unit, "名" | "位")
                || (bare && exclusions::is_rank_context(chars, start));
            if !ranked {
                return left(Reason::Ordinal);
            }
            reading.rank = true;
            reading.written = number.chinese.as_ref().map(|c| format!("第{c}"));
            if reading.unit.is_empty() {
                reading.unit = "名".to_owned();
            }
            return figure(start, tail.end, reading);
        }
        Some('前') if matches!(tail.unit, "名" | "位") => {
            reading.rank = true;
            return figure(start, tail.end, reading);
        }
        _ => {}
    }
    if let Some((hedge, _)) = hedge_before(chars, number.start) {
        if reading.qualifier.is_empty() {
            reading.qualifier = hedge.to_owned();
        }
    }
    if !bare {
        if number.chinese.as_deref() == Some("一") && tail.multiplier.is_empty() {
            return left(Reason::Article);
        }
        if number.chinese.is_some() && tail.unit.is_empty() {
            // 百亿产业: a numeral with only a multiplier describes a class, it counts nothing.
            return left(Reason::NoUnit);
        }
        return figure(number.start, tail.end, reading);
    }
    if number.chinese.is_some() {
        // 七大领域: "seven major fields" counts fields, as 七个 would; 党的二十大 names a congress.
        if next == Some('大') {
            let event = prev_char == Some('的')
                || word_at(chars, tail.number_end + 1, exclusions::EVENT_WORDS).is_some();
            if event {
                return left(Reason::EventName);
            }
            reading.unit = "个".to_owned();
            return figure(number.start, tail.number_end, reading);
        }
        return left(Reason::NoUnit);
    }
    let end_before = previous(chars, number.start).map_or(0, |p| p + 1);
    let stated = word_before(chars, end_before, words::DIRECTIONS).is_some()
        || word_before(chars, end_before, exclusions::BARE_FIGURE_AFTER).is_some();
    if stated {
        figure(number.start, tail.number_end, reading)
    } else {
        left(Reason::NoUnit)
    }
}

fn figure(start: usize, end: usize, reading: Reading) -> Found {
    Found {
        start,
        end,
        outcome: Outcome::Figure(reading),
    }
}

/// 3月26日, 20:45, 8时30分, 2023-03-26, 一季度.
fn is_time_or_date(chars: &[char], number: &Number, tail: &Tail, before: Option<char>) -> bool {
    let next = chars.get(tail.number_end).copied();
    let digit_after = |at: usize| chars.get(at).and_then(|&c| ascii_digit(c)).is_some();
    let small_integer = !number.decimal && number.integer_digits <= 2;
    matches!(next, Some('月' | '日' | '时'))
        || (next == Some('号') && before == Some('月'))
        || (matches!(before, Some('时' | ':')) && number.chinese.is_none())
        || (matches!(before, Some('-' | '/'))
            && number.chinese.is_none()
            && number.start >= 2
            && ascii_digit(chars[number.start - 2]).is_some())
        || (next == Some(':') && small_integer && digit_after(tail.number_end + 1))
        || (number.integer_digits == 4
            && number.chinese.is_none()
            && matches!(next, Some('-' | '/' | '.'))
            && digit_after(tail.number_end + 1)
            && tail.high.is_none())
        || word_at(chars, tail.number_end, &["季度"]).is_some()
}

/// 一、 1. （三） 二是: a number that starts a list item.
fn is_list_marker(chars: &[char], number: &Number, start: usize, next: Option<char>) -> bool {
    let line_start = chars[..start]
        .iter()
        .all(|&c| is_space(c) || matches!(c, '(' | '（'));
    let marker_after = matches!(next, Some('、' | '.' | '．' | ')' | '）'));
    (line_start && marker_after)
        || (number.chinese.is_some() && next == Some('是'))
        || (matches!(chars.get(start.wrapping_sub(1)), Some('(' | '（'))
            && matches!(next, Some(')' | '）'))
            && number.chinese.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        scan(&chars)
            .into_iter()
            .map(|f| match f.outcome {
                Outcome::Figure(r) => format!(
                    "{}{}|{}|{}{}",
                    r.value,
                    r.high.map(|(s, h)| format!("{s}{h}")).unwrap_or_default(),
                    r.unit,
                    r.qualifier,
                    if r.rank { "|rank" } else { "" }
                ),
                Outcome::LeftOut { printed, reason } => format!("-{printed}: {reason:?}"),
            })
            .collect()
    }

    #[test]
    fn reads_value_qualifier_multiplier_and_unit() {
        assert_eq!(read("签约资金223.64亿元"), ["223.64|亿元|"]);
        assert_eq!(read("惠及居民14500余户"), ["14500|户|余"]);
        assert_eq!(read("挽回经济损失2337万余元"), ["2337|万元|余"]);
        assert_eq!(read("投入 400余万元"), ["400|万元|余"]);
        assert_eq!(read("带动消费近2.8亿元"), ["2.8|亿元|近"]);
        assert_eq!(read("新增市场主体1.2万户"), ["1.2|万户|"]);
        assert_eq!(read("提高0.7个百分点"), ["0.7|个百分点|"]);
        assert_eq!(read("建设3至5个基地"), ["3至5|个|"]);
        assert_eq!(read("节约3000万元"), ["3000|万元|"]);
    }

    #[test]
    fn reads_numerals_and_ranks() {
        assert_eq!(read("出台三个政策"), ["3|个|"]);
        assert_eq!(read("七大领域"), ["7|个|"]);
        assert_eq!(read("县域创新能力列全省第三"), ["3|名||rank"]);
        assert_eq!(read("进入全省县区前五名"), ["5|名||rank"]);
        assert_eq!(
            read("位居六区两县第1位"),
            ["-六: NoUnit", "-两: NoUnit", "1|位||rank"]
        );
    }

    #[test]
    fn leaves_out_names_dates_and_ordinals() {
        assert_eq!(read("2022年以来"), ["-2022: Year"]);
        assert_eq!(read("3月26日"), ["-3: Date", "-26: Date"]);
        assert_eq!(read("第十三届东桥油菜花节"), ["-第十三: Ordinal"]);
        assert_eq!(read("“5020”项目5个"), ["-5020: Quoted", "5|个|"]);
        assert_eq!(read("国家3A级景区"), ["-3: Code"]);
        assert_eq!(read("7号阀室"), ["-7: Designation"]);
        assert_eq!(read("党的二十大精神"), ["-二十: EventName"]);
        assert_eq!(read("一是加快发展"), ["-一: ListMarker"]);
        assert_eq!(read("统一部署一批项目"), Vec::<String>::new());
    }
}
