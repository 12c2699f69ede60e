//! How the dashboard cites its one source, in each language.

use crate::render::locale::Lang;
use report_data::{Indicator, REPORT};

/// The source's words as shown between quotation marks: its own double quotes become single
/// ones, as a quotation inside a quotation is written (“‘项目大会战’七大领域64个项目”), where
/// they would stand beside the outer marks (““项目大会战”…”). The data and the downloads keep
/// the words as printed.
pub fn as_quoted(quote: &str) -> String {
    quote.replace('“', "‘").replace('”', "’")
}

/// "Source: Pingxiang Daily, 2023-03-26": the line a standalone picture carries.
pub fn source_line(lang: Lang) -> String {
    let s = lang.strings();
    let src = &REPORT.source;
    match lang {
        Lang::Zh => format!("{}：{}，{}", s.source, src.publication.zh, src.date),
        Lang::En => format!(
            "{}: {} ({}), {}",
            s.source, src.publication.en, src.publication.zh, src.date
        ),
    }
}

/// The masthead's full citation in parts, so the page can keep the date and the author each
/// on one line: Chinese breaks between any two characters and English after a hyphen, and a
/// narrow screen split "谢晨" and "2023-03-26" (and started a line with the "·"). The comma
/// between them is a part of its own: a line may break after it. The source's own Chinese
/// words are parts of their own too, so that an English page can mark them as Chinese (a
/// screen reader then reads them in a Chinese voice).
pub struct Byline {
    /// "来源：萍乡日报，", or "Source: Pingxiang Daily (".
    pub source: String,
    /// In English, the publication's name as printed and what follows it: ("萍乡日报", "), ").
    pub original: Option<(&'static str, &'static str)>,
    /// "2023-03-26".
    pub date: &'static str,
    /// "，" or ", ".
    pub comma: &'static str,
    /// "记者 谢晨 ·": the author, with the separator before the headline.
    pub author: String,
    /// The headline as printed, between its marks: ("《", "萍乡湘东区:景美人和产业兴", "》").
    pub headline: (&'static str, &'static str, &'static str),
}

pub fn byline(lang: Lang) -> Byline {
    let s = lang.strings();
    let src = &REPORT.source;
    let author = format!("{} {} ·", s.by, lang.pick(&src.author));
    match lang {
        Lang::Zh => Byline {
            source: format!("{}：{}，", s.source, src.publication.zh),
            original: None,
            date: src.date,
            comma: "，",
            author,
            headline: ("《", src.headline, "》"),
        },
        Lang::En => Byline {
            source: format!("{}: {} (", s.source, src.publication.en),
            original: Some((src.publication.zh, "), ")),
            date: src.date,
            comma: ", ",
            author,
            headline: (" “", src.headline, "”"),
        },
    }
}

/// Where every figure was printed, as it follows a quotation in the page's language:
/// "——萍乡日报，2023-03-26" or "— Pingxiang Daily, 2023-03-26". Apart from `derived_note`, so
/// the page can keep it on one line: English breaks after the hyphens of a date, and a card on a
/// phone ended a line with "2023-".
pub fn cite(lang: Lang) -> String {
    let src = &REPORT.source;
    match lang {
        Lang::Zh => format!("——{}，{}", src.publication.zh, src.date),
        Lang::En => format!("— {}, {}", src.publication.en, src.date),
    }
}

/// How a derived figure follows, after its cite: "（推算：31 − 7：…）" or " (derived: 31 − 7: …)";
/// nothing for a printed figure.
pub fn derived_note(i: &Indicator, lang: Lang) -> String {
    let word = lang.strings().derived;
    let Some(how) = i.derived.map(|how| lang.pick(&how)) else {
        return String::new();
    };
    match lang {
        Lang::Zh => format!("（{word}：{how}）"),
        Lang::En => format!(" ({word}: {how})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byline_names_publication_date_author_and_headline() {
        let whole = |lang| {
            let b = byline(lang);
            let (name, after) = b.original.unwrap_or_default();
            let (open, headline, close) = b.headline;
            format!(
                "{}{name}{after}{}{}{}{open}{headline}{close}",
                b.source, b.date, b.comma, b.author
            )
        };
        assert_eq!(
            whole(Lang::Zh),
            "来源：萍乡日报，2023-03-26，记者 谢晨 ·《萍乡湘东区:景美人和产业兴》"
        );
        assert_eq!(
            whole(Lang::En),
            "Source: Pingxiang Daily (萍乡日报), 2023-03-26, by Xie Chen · “萍乡湘东区:景美人和产业兴”"
        );
        assert_eq!(byline(Lang::Zh).author, "记者 谢晨 ·");
    }

    #[test]
    fn a_quotation_inside_a_quotation_takes_single_marks() {
        assert_eq!(
            as_quoted("出台工业倍增、产业招商、科技创新三个“政策十条”"),
            "出台工业倍增、产业招商、科技创新三个‘政策十条’"
        );
        assert_eq!(as_quoted("完成营业收入35.65亿元"), "完成营业收入35.65亿元");
    }

    #[test]
    fn a_derived_figure_says_how_it_follows_in_the_page_s_language() {
        assert_eq!(cite(Lang::En), "— Pingxiang Daily, 2023-03-26");
        assert_eq!(cite(Lang::Zh), "——萍乡日报，2023-03-26");
        let derived = report_data::indicator("digital-economy-enterprises-2021").unwrap();
        assert_eq!(
            derived_note(derived, Lang::En),
            " (derived: 31 − 7: the 2022 count less the increase over 2021)"
        );
        assert_eq!(
            derived_note(derived, Lang::Zh),
            "（推算：31 − 7：2022年的总数减去比上年增加的数）"
        );
        let printed = report_data::indicator("sme-fund").unwrap();
        assert_eq!(derived_note(printed, Lang::Zh), "");
    }
}
