//! Which lines of a captured page are the report: its paragraphs and section headings, apart
//! from the title, dateline and captions before it and the headline lists after it.

use std::fmt;

/// What a line of the page is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// A paragraph of the report.
    Paragraph,
    /// A section heading: a short line of the report with no sentence punctuation.
    Heading,
    /// Page noise: nothing on it is a figure of the report.
    Noise(Noise),
}

/// The kinds of page noise, each a reason for leaving out the numbers on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Noise {
    /// Title, dateline, byline and photo captions before the first paragraph.
    BeforeArticle,
    /// A source, editor or copyright line.
    Metadata,
    /// A photo caption inside the article.
    Caption,
    /// The timestamped list of other headlines that follows the article on the page.
    Headlines,
}

impl fmt::Display for Noise {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Noise::BeforeArticle => {
                "page noise: the title, dateline or captions before the article"
            }
            Noise::Metadata => "page noise: a source, editor or copyright line",
            Noise::Caption => "page noise: a photo caption",
            Noise::Headlines => "page noise: the list of other headlines after the article",
        })
    }
}

/// One line of the page and what it is.
#[derive(Clone, Copy, Debug)]
pub struct Line<'a> {
    /// 1-based, as editors count.
    pub number: usize,
    /// Byte offset of the line in the text.
    pub start: usize,
    pub text: &'a str,
    pub role: Role,
}

/// Splits the text into lines and tells the report from the page around it.
pub fn lines(text: &str) -> Vec<Line<'_>> {
    let mut lines: Vec<Line> = Vec::new();
    let mut start = 0;
    for (i, raw) in text.split_inclusive('\n').enumerate() {
        let line = raw.trim_end_matches(['\n', '\r']);
        lines.push(Line {
            number: i + 1,
            start,
            text: line,
            role: Role::Paragraph,
        });
        start += raw.len();
    }
    let body_start = body_start(&lines);
    let tail_start = tail_start(&lines, body_start);
    for (i, line) in lines.iter_mut().enumerate() {
        let trimmed = line.text.trim();
        line.role = if i < body_start {
            if is_list_heading(trimmed) {
                Role::Heading
            } else {
                Role::Noise(Noise::BeforeArticle)
            }
        } else if i >= tail_start {
            Role::Noise(Noise::Headlines)
        } else if is_metadata(trimmed) {
            Role::Noise(Noise::Metadata)
        } else if is_caption(trimmed) {
            Role::Noise(Noise::Caption)
        } else if is_heading(trimmed) {
            Role::Heading
        } else {
            Role::Paragraph
        };
    }
    lines
}

/// The first line of the report: the first paragraph, or the line after a byline.
fn body_start(lines: &[Line]) -> usize {
    for (i, line) in lines.iter().enumerate() {
        let text = line.text.trim();
        if is_byline(text) {
            return i + 1;
        }
        if is_paragraph(text) && !is_metadata(text) && !is_caption(text) {
            return i;
        }
    }
    lines.len()
}

/// The first line of the headline list after the report: the first timestamped line, or the
/// teaser just before it when the page prints each headline's time on the next line.
fn tail_start(lines: &[Line], body_start: usize) -> usize {
    let Some(first) = (body_start..lines.len()).find(|&i| has_timestamp(lines[i].text)) else {
        return lines.len();
    };
    let teaser = first > body_start && {
        let before = lines[first - 1].text.trim_end();
        before.ends_with("...") || before.ends_with('…')
    };
    if teaser {
        first - 1
    } else {
        first
    }
}

fn is_byline(text: &str) -> bool {
    text.starts_with(['■', '●', '◆', '□']) && text.chars().count() <= 20
}

/// Prose: a sentence that ends, or a long line with a comma or full stop in it.
fn is_paragraph(text: &str) -> bool {
    let ends = text.ends_with(['。', '!', '！', '?', '？', ';', '；']);
    (ends || text.chars().count() >= 25) && text.contains(['。', ',', '，', ';', '；'])
}

fn is_metadata(text: &str) -> bool {
    const STARTS: &[&str] = &[
        "发稿时间",
        "发布时间",
        "来源:",
        "来源：",
        "责任编辑",
        "编辑:",
        "编辑：",
        "审核",
        "校对",
        "原标题",
        "版权所有",
        "主办:",
        "主办：",
    ];
    STARTS.iter().any(|s| text.starts_with(s))
}

fn is_caption(text: &str) -> bool {
    text.starts_with("图为")
        || text.starts_with(['▲', '△', '↑'])
        || ["摄", "摄)", "摄）", "供图"]
            .iter()
            .any(|end| text.ends_with(end))
}

/// A short line with no sentence punctuation, e.g. 工业发展做大做强 or 一、综合.
fn is_heading(text: &str) -> bool {
    let n = text.chars().count();
    n > 0 && n <= 30 && !text.contains(['。', ',', '，', ';', '；', '!', '！', '?', '？'])
}

/// A numbered heading (一、综合, （二）农业), the one kind of heading that can come before the
/// first paragraph: a report without a title block starts with one, a caption never does.
fn is_list_heading(text: &str) -> bool {
    let chars: Vec<char> = text.chars().take(2).collect();
    let numeral = |at: usize| {
        chars
            .get(at)
            .is_some_and(|&c| crate::numerals::starts_numeral(c))
    };
    is_heading(text)
        && ((numeral(0) && text.chars().nth(1) == Some('、'))
            || (matches!(chars.first(), Some('(' | '（')) && numeral(1)))
}

/// `YYYY-MM-DD HH:MM`, as pages stamp their headline lists.
fn has_timestamp(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let pattern = "dddd-dd-dd dd:dd";
    let fits = |at: usize| {
        pattern.chars().enumerate().all(|(k, p)| {
            chars
                .get(at + k)
                .is_some_and(|&c| if p == 'd' { c.is_ascii_digit() } else { c == p })
        })
    };
    (0..chars.len()).any(fits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(text: &str) -> Vec<Role> {
        lines(text).iter().map(|l| l.role).collect()
    }

    #[test]
    fn tells_title_captions_headings_and_headlines_apart() {
        let text = "某区:产业兴\n发稿时间:2023-03-26 20:45:00 来源: 某报\n试验田\n■记者\n\
                    2022年以来,某区上下紧紧围绕目标任务,书写了高质量发展新答卷,获得多项荣誉。\n\
                    工业发展\n全年招引项目46个,签约资金223.64亿元,利用外资同比增长1051%。\n\
                    另一条新闻的开头,有8人...\n2023-03-26 20:14:003月26日,推介会在北京举办。\n";
        use Noise::*;
        assert_eq!(
            roles(text),
            [
                Role::Noise(BeforeArticle),
                Role::Noise(BeforeArticle),
                Role::Noise(BeforeArticle),
                Role::Noise(BeforeArticle),
                Role::Paragraph,
                Role::Heading,
                Role::Paragraph,
                Role::Noise(Headlines),
                Role::Noise(Headlines),
            ]
        );
    }

    #[test]
    fn a_report_without_a_title_block_keeps_its_first_heading() {
        let text =
            "一、工业经济\n全年规模以上工业增加值增长8.5%,新增规上企业12家,工业投资增长20%。\n";
        assert_eq!(roles(text), [Role::Heading, Role::Paragraph]);
    }

    #[test]
    fn captions_and_editor_lines_inside_the_article_are_noise() {
        let text = "全年招引项目46个,签约资金223.64亿元,利用外资同比增长1051%。\n\
                    图为工人在园区施工。张三 摄\n责任编辑:李四\n";
        assert_eq!(
            roles(text),
            [
                Role::Paragraph,
                Role::Noise(Noise::Caption),
                Role::Noise(Noise::Metadata)
            ]
        );
    }
}
