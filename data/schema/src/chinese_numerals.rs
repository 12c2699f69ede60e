//! Digits and Chinese numerals as reports print them: ASCII or full-width digits, and numerals
//! in words (三, 十七, 两, 一万二千, 二〇二二). The validator reads a figure's `written` form with
//! it, and scripts/extract reads whole reports with it, so both read numerals the same way.

/// The ASCII digit a printed digit stands for: full-width ０–９ read as 0–9.
pub fn ascii_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
        _ => None,
    }
}

/// Whether a Chinese numeral can start with `c`. 万 and 亿 cannot: after a number they are the
/// multiplier of its unit (1.2万户), and alone they are words (万家灯火).
pub fn starts_numeral(c: char) -> bool {
    digit_value(c).is_some() || matches!(c, '十' | '百' | '千')
}

fn digit_value(c: char) -> Option<u64> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn place_value(c: char) -> Option<u64> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => return None,
    })
}

fn section_value(c: char) -> Option<u64> {
    Some(match c {
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => return None,
    })
}

/// The value of a Chinese numeral, or `None` when the characters do not read as one number
/// (十四五, 一二线 are names). Digit-by-digit numerals with 〇 read positionally (二〇二二).
pub fn parse(text: &str) -> Option<u64> {
    let chars: Vec<char> = text.chars().collect();
    if chars.is_empty() {
        return None;
    }
    if chars.len() > 2 && chars.iter().all(|&c| digit_value(c).is_some()) {
        return chars
            .iter()
            .try_fold(0u64, |n, &c| Some(n * 10 + digit_value(c)?));
    }
    let (mut total, mut section) = (0u64, 0u64);
    let mut digit: Option<u64> = None;
    // The place just written within the section, so places only go down (十百 is no number).
    let mut last_place = u64::MAX;
    let mut last_section = u64::MAX;
    for &c in &chars {
        if let Some(d) = digit_value(c) {
            if digit.is_some_and(|d| d != 0) {
                return None;
            }
            digit = Some(d);
        } else if let Some(place) = place_value(c) {
            if place >= last_place || digit == Some(0) {
                return None;
            }
            // 十 alone stands for 一十 (十七 is 17).
            section += digit.unwrap_or(1) * place;
            digit = None;
            last_place = place;
        } else if let Some(unit) = section_value(c) {
            if unit >= last_section {
                return None;
            }
            total += (section + digit.unwrap_or(0)) * unit;
            section = 0;
            digit = None;
            last_place = u64::MAX;
            last_section = unit;
        } else {
            return None;
        }
    }
    Some(total + section + digit.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numerals_as_reports_write_them() {
        assert_eq!(parse("三"), Some(3));
        assert_eq!(parse("两"), Some(2));
        assert_eq!(parse("十"), Some(10));
        assert_eq!(parse("十七"), Some(17));
        assert_eq!(parse("二十"), Some(20));
        assert_eq!(parse("一百零五"), Some(105));
        assert_eq!(parse("三千二百"), Some(3200));
        assert_eq!(parse("一万二千"), Some(12_000));
        assert_eq!(parse("二〇二二"), Some(2022));
    }

    #[test]
    fn refuses_names_that_are_not_one_number() {
        assert_eq!(parse("十四五"), None);
        assert_eq!(parse("一二"), None);
        assert_eq!(parse("十百"), None);
        assert_eq!(parse(""), None);
    }

    #[test]
    fn reads_full_width_digits() {
        assert_eq!(ascii_digit('７'), Some('7'));
        assert_eq!(ascii_digit('0'), Some('0'));
        assert_eq!(ascii_digit('七'), None);
    }
}
