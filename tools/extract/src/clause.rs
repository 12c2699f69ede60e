//! The shortest clause that states a figure, and the direction word it carries.
//!
//! A clause runs between commas, full stops, semicolons and colons; within one, an enumeration
//! comma (、) separates list items, so 新增国家高新技术企业5家、国家专精特新企业1家 gives
//! each figure its own item. Items before a figure that hold no figure of their own are what it
//! counts (工业倍增、产业招商、科技创新三个“政策十条”) and stay with it. Punctuation
//! inside quotation marks and brackets never ends a clause.

use crate::numerals::ascii_digit;
use crate::words::{self, word_before};
use std::ops::Range;

/// Where clauses and list items end on a line, outside quotation marks and brackets.
pub struct Breaks {
    hard: Vec<usize>,
    list: Vec<usize>,
}

impl Breaks {
    pub fn of(chars: &[char]) -> Breaks {
        let (mut hard, mut list) = (Vec::new(), Vec::new());
        let (mut depth, mut ascii_quote) = (0usize, false);
        let digit = |i: Option<usize>| {
            i.and_then(|i| chars.get(i))
                .is_some_and(|&c| ascii_digit(c).is_some())
        };
        for (i, &c) in chars.iter().enumerate() {
            match c {
                '“' | '‘' | '《' | '(' | '（' | '「' | '『' | '【' | '〈' => depth += 1,
                '”' | '’' | '》' | ')' | '）' | '」' | '』' | '】' | '〉' => {
                    depth = depth.saturating_sub(1)
                }
                '"' => ascii_quote = !ascii_quote,
                _ if depth > 0 || ascii_quote => {}
                '。' | '，' | ';' | '；' | '!' | '！' | '?' | '？' | '：' => hard.push(i),
                // ASCII commas and colons also group thousands (14,500) and tell the time (20:45).
                ',' | ':' if !(digit(i.checked_sub(1)) && digit(Some(i + 1))) => hard.push(i),
                '、' => list.push(i),
                _ => {}
            }
        }
        Breaks { hard, list }
    }

    /// The clause of the figure printed at `figure`, given where every figure on the line
    /// starts.
    pub fn clause(&self, chars: &[char], figure: Range<usize>, figures: &[usize]) -> Range<usize> {
        let left = self
            .hard
            .iter()
            .rev()
            .find(|&&b| b < figure.start)
            .map_or(0, |b| b + 1);
        let right = self
            .hard
            .iter()
            .find(|&&b| b >= figure.end)
            .copied()
            .unwrap_or(chars.len());
        let items: Vec<usize> = self
            .list
            .iter()
            .copied()
            .filter(|&b| b >= left && b < right)
            .collect();
        let mut start = items
            .iter()
            .rev()
            .find(|&&b| b < figure.start)
            .map_or(left, |b| b + 1);
        let end = items
            .iter()
            .find(|&&b| b >= figure.end)
            .copied()
            .unwrap_or(right);
        while start > left {
            let item_start = items
                .iter()
                .rev()
                .find(|&&b| b + 1 < start)
                .map_or(left, |b| b + 1);
            if figures.iter().any(|&f| f >= item_start && f < start) {
                break;
            }
            start = item_start;
        }
        trim(chars, start..end)
    }
}

fn trim(chars: &[char], mut range: Range<usize>) -> Range<usize> {
    while range.start < range.end && chars[range.start].is_whitespace() {
        range.start += 1;
    }
    while range.end > range.start && chars[range.end - 1].is_whitespace() {
        range.end -= 1;
    }
    range
}

/// The direction word nearest before the figure in its clause (增长 in 利用外资同比增长1051%),
/// at most a few characters away so that it is about this figure.
pub fn direction(chars: &[char], clause: &Range<usize>, at: usize) -> Option<&'static str> {
    const REACH: usize = 12;
    let from = clause.start.max(at.saturating_sub(REACH));
    (from..=at).rev().find_map(|end| {
        word_before(chars, end, words::DIRECTIONS).filter(|w| end - w.chars().count() >= from)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clause_of(line: &str, figure: &str, figures: &[&str]) -> String {
        let chars: Vec<char> = line.chars().collect();
        let index = |s: &str| line[..line.find(s).unwrap()].chars().count();
        let at = index(figure);
        let starts: Vec<usize> = figures.iter().map(|f| index(f)).collect();
        let range = Breaks::of(&chars).clause(&chars, at..at + figure.chars().count(), &starts);
        chars[range].iter().collect()
    }

    #[test]
    fn list_items_split_figures_but_keep_what_a_count_counts() {
        let line = "新增国家高新技术企业5家、国家专精特新“小巨人”企业1家,省两化融合示范企业4家。";
        let all = ["5家", "1家", "4家"];
        assert_eq!(clause_of(line, "1家", &all), "国家专精特新“小巨人”企业1家");
        assert_eq!(clause_of(line, "4家", &all), "省两化融合示范企业4家");
        let line = "出台工业倍增、产业招商、科技创新三个“政策十条”,节能环保产业增长23%。";
        assert_eq!(
            clause_of(line, "三个", &["三个", "23%"]),
            "出台工业倍增、产业招商、科技创新三个“政策十条”"
        );
    }

    #[test]
    fn punctuation_inside_brackets_and_numbers_does_not_end_a_clause() {
        let line = "健康江西行动重点建设县(市、区)共12个,惠及14,500户。";
        assert_eq!(
            clause_of(line, "12个", &["12个", "14,500户"]),
            "健康江西行动重点建设县(市、区)共12个"
        );
        assert_eq!(
            clause_of(line, "14,500户", &["12个", "14,500户"]),
            "惠及14,500户"
        );
    }

    #[test]
    fn finds_the_direction_word_before_a_figure() {
        let chars: Vec<char> = "利用外资同比增长1051%".chars().collect();
        assert_eq!(direction(&chars, &(0..chars.len()), 8), Some("增长"));
        let chars: Vec<char> = "全年招引项目46个".chars().collect();
        assert_eq!(direction(&chars, &(0..chars.len()), 6), None);
    }
}
