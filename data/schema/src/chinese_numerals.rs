//! Reads the small Chinese numerals the report writes in words (三个, 第三, 连续六年).

/// The value of a Chinese numeral from 1 to 99, optionally an ordinal with 第 (第三 → 3).
pub fn parse(text: &str) -> Option<u32> {
    let text = text.strip_prefix('第').unwrap_or(text);
    let digits: Vec<u32> = text.chars().map(digit).collect::<Option<_>>()?;
    match digits.as_slice() {
        [d] if *d > 0 => Some(*d),
        [10] => Some(10),
        [10, units] if *units > 0 && *units < 10 => Some(10 + units),
        [tens, 10] if *tens > 1 && *tens < 10 => Some(tens * 10),
        [tens, 10, units] if (2..10).contains(tens) && (1..10).contains(units) => {
            Some(tens * 10 + units)
        }
        _ => None,
    }
}

fn digit(c: char) -> Option<u32> {
    Some(match c {
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        '十' => 10,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn reads_units_tens_and_ordinals() {
        assert_eq!(parse("三"), Some(3));
        assert_eq!(parse("第一"), Some(1));
        assert_eq!(parse("十"), Some(10));
        assert_eq!(parse("十四"), Some(14));
        assert_eq!(parse("二十"), Some(20));
        assert_eq!(parse("九十九"), Some(99));
    }

    #[test]
    fn refuses_what_is_not_a_numeral() {
        assert_eq!(parse(""), None);
        assert_eq!(parse("第"), None);
        assert_eq!(parse("3"), None);
        assert_eq!(parse("十十"), None);
        assert_eq!(parse("三百"), None);
    }
}
