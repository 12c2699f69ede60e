//! What a document says of itself in its `<head>`: its title and description in its language,
//! and the same view in the other language. Search engines and link previews read these, and
//! the app sets the same title when the view changes.

use crate::render::documents;
use crate::render::locale::Lang;
use crate::render::url_state::{UrlState, NAV_THEMES};
use report_data::{theme_info, REPORT};

/// "工业发展 · 湘东区2022年发展指标": the view first, so tabs and results tell documents apart.
pub fn title(state: &UrlState) -> String {
    let lang = state.lang;
    let view = match state.chart.and_then(report_data::chart) {
        Some(chart) if state.embed => lang.pick(&chart.title),
        _ => lang.pick(&theme_info(state.theme).title),
    };
    format!("{view} · {}", lang.pick(&REPORT.title))
}

/// One sentence on what the dashboard holds and where its figures come from.
pub fn description(lang: Lang) -> String {
    let src = &REPORT.source;
    let themes: Vec<&str> = NAV_THEMES
        .iter()
        .map(|&t| lang.pick(&theme_info(t).title))
        .collect();
    match lang {
        Lang::Zh => format!(
            "{}{}{}年发展数据：{}，以图表和数据表呈现，每项数据注明出处（{}，{}）。",
            REPORT.region.zh,
            REPORT.district.zh,
            REPORT.period,
            themes.join("、"),
            src.publication.zh,
            src.date
        ),
        // The themes as their tabs write them: lowercased, "Jiangxi–Hunan" would lose its
        // capitals.
        Lang::En => format!(
            "{}, {}: {} development figures as charts and tables, each cited from the {} ({}). \
             Themes: {}.",
            REPORT.district.en,
            REPORT.region.en,
            REPORT.period,
            src.publication.en,
            src.date,
            themes.join(", ")
        ),
    }
}

/// The `<head>` lines a document adds to the page's own: description, and the document in
/// each language, for `hreflang`. An embed asks search engines not to list it on its own (a
/// result would open one chart without the page around it), but to index it where a page
/// embeds it.
pub fn head_lines(state: &UrlState) -> String {
    use crate::render::xml_escape::escape;
    let mut lines = format!(
        "<meta name=\"description\" content=\"{}\">",
        escape(&description(state.lang))
    );
    if state.embed {
        lines.push_str("\n  <meta name=\"robots\" content=\"noindex, indexifembedded\">");
    }
    for lang in Lang::ALL.iter().copied() {
        let file = documents::file_for(&UrlState { lang, ..*state });
        lines.push_str(&format!(
            "\n  <link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
            lang.tag(),
            escape(&file)
        ));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::url_state::parse;

    #[test]
    fn titles_name_the_view_then_the_report() {
        assert_eq!(title(&parse("").0), "工业发展 · 湘东区2022年发展指标");
        assert_eq!(
            title(&parse("theme=rural&lang=en").0),
            "Town and country · Xiangdong District: 2022 in figures"
        );
        assert_eq!(
            title(&parse("embed=1&chart=industry-funds&lang=en").0),
            "Two special funds · Xiangdong District: 2022 in figures"
        );
    }

    #[test]
    fn descriptions_are_in_the_page_language() {
        let zh = description(Lang::Zh);
        assert!(zh.starts_with("江西省萍乡市湘东区2022年发展数据：工业发展、赣湘合作"));
        let en = description(Lang::En);
        assert!(en.starts_with("Xiangdong District, Pingxiang, Jiangxi: 2022 development figures"));
        assert!(en.is_ascii() || en.contains('–'), "{en}");
        for &lang in Lang::ALL {
            let text = description(lang);
            for &theme in NAV_THEMES {
                let title = lang.pick(&theme_info(theme).title);
                assert!(text.contains(title), "{text} names {title} as its tab does");
            }
        }
    }

    #[test]
    fn embeds_are_indexed_where_they_are_embedded_not_on_their_own() {
        let robots = r#"<meta name="robots" content="noindex, indexifembedded">"#;
        for query in [
            "embed=1&chart=industry-funds",
            "embed=1&theme=rural&lang=en",
        ] {
            assert!(head_lines(&parse(query).0).contains(robots), "{query}");
        }
        for query in ["", "theme=rural&lang=en", "chart=industry-funds"] {
            assert!(!head_lines(&parse(query).0).contains("robots"), "{query}");
        }
    }

    #[test]
    fn each_document_names_itself_and_its_other_language() {
        let lines = head_lines(&parse("theme=tourism&lang=en").0);
        assert!(lines.contains(r#"<link rel="alternate" hreflang="zh-CN" href="tourism.zh.html">"#));
        assert!(lines.contains(r#"<link rel="alternate" hreflang="en" href="tourism.en.html">"#));
        assert!(lines.starts_with(r#"<meta name="description" content="Xiangdong"#));
    }
}
