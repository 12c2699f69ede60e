//! Embedding in other pages: the `<iframe>` snippet and permalink offered to portal editors, and
//! the messages by which an embed reports its height to its parent, in the two formats existing
//! responsive-embed parents understand:
//!
//! - pym.js: the string `pym` `xPYMx` <childId> `xPYMx` `height` `xPYMx` <px>, where pym's parent
//!   passes `childId` in the iframe's URL;
//! - Datawrapper: the object `{"datawrapper-height": {"<id>": <px>}}`, matched by its parent to
//!   the iframe through `event.source`, or, by Datawrapper's older script, by the id in the
//!   iframe's `src`.
//!
//! Links point at the pre-rendered documents (see `documents`), so a pasted embed paints its
//! chart before any script runs. `base` is the dashboard's directory, e.g.
//! `https://example.gov.cn/dashboard/`; natively, at build time, it is empty and links stay
//! relative.

use crate::render::chart_svg;
use crate::render::documents;
use crate::render::locale::Lang;
use crate::render::url_state::{query_value, UrlState};
use crate::render::xml_escape::escape;
use report_data::Chart;

const PYM_DELIMITER: &str = "xPYMx";

/// What a chart's embed holds besides its drawing, in px: title, subtitle, the hint, the closed
/// table and sources, the link back and the margins, with room for a title or hint that wraps
/// once more on a phone. tests/embed.rs measures every embed against it from 320 to 960 px.
const EMBED_CHROME: f64 = 250.0;

/// The snippet's height: the whole embed from a phone's width up, so a page that has no resize
/// script still shows all of it, and one that has starts close to the height it gets.
fn snippet_height(chart: &Chart, lang: Lang) -> u32 {
    (chart_svg::embed_drawing_height(chart, lang) + EMBED_CHROME).ceil() as u32
}

/// pym.js's height message for the child `child_id`.
pub fn pym_height_message(child_id: &str, height: u32) -> String {
    let d = PYM_DELIMITER;
    format!("pym{d}{child_id}{d}height{d}{height}")
}

/// The id the Datawrapper message carries: the one the embed's address names (its document
/// `file` and `query`), as the portal's iframe `src` writes it, an old id of a renamed or
/// dropped chart too; Datawrapper's older embed script finds the iframe by that id in its
/// `src`. The id of the view `shown` when the address names none.
pub fn embed_id(file: &str, query: &str, shown: &UrlState) -> &'static str {
    let in_file = file
        .strip_prefix("embed-")
        .map(|view| view.strip_prefix("chart-").unwrap_or(view))
        .and_then(|view| view.split('.').next())
        .unwrap_or_default();
    let in_query = query_value(query, "chart").or_else(|| query_value(query, "theme"));
    report_data::published_id(in_query.as_deref().unwrap_or(in_file))
        .unwrap_or(shown.chart.unwrap_or(shown.theme.key()))
}

/// The full page opened on a chart.
pub fn permalink(base: &str, chart: &Chart, lang: Lang) -> String {
    format!(
        "{base}{}",
        documents::chart_link(&chart_state(chart, lang, false))
    )
}

/// The state that shows one chart, on the full page or embedded.
fn chart_state(chart: &Chart, lang: Lang, embed: bool) -> UrlState {
    UrlState {
        lang,
        chart: Some(chart.id),
        theme: chart.theme,
        embed,
        ..UrlState::default()
    }
}

/// A ready `<iframe>` for one chart, its title set for screen readers.
pub fn iframe_snippet(base: &str, chart: &Chart, lang: Lang) -> String {
    let src = format!(
        "{base}{}",
        documents::file_for(&chart_state(chart, lang, true))
    );
    format!(
        r#"<iframe title="{}" src="{}" width="100%" height="{}" scrolling="no" frameborder="0"></iframe>"#,
        escape(lang.pick(&chart.title)),
        escape(&src),
        snippet_height(chart, lang)
    )
}

/// A snippet written at build time (`base` empty, its `src` relative) as `iframe_snippet`
/// writes it for a page at `base`.
pub fn snippet_at(snippet: &str, base: &str) -> String {
    snippet.replacen(" src=\"", &format!(" src=\"{}", escape(base)), 1)
}

/// The full dashboard, for an embed's "view the full dashboard" link: the same view, not
/// embedded.
pub fn full_page_link(state: &UrlState) -> String {
    documents::chart_link(&UrlState {
        embed: false,
        ..*state
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::url_state::parse;

    #[test]
    fn pym_messages_follow_pym_js() {
        assert_eq!(
            pym_height_message("dash", 612),
            "pymxPYMxdashxPYMxheightxPYMx612"
        );
    }

    #[test]
    fn the_embed_id_is_the_chart_or_the_theme_its_address_names() {
        let query = "?embed=1&chart=industry-growth";
        assert_eq!(embed_id("", query, &parse(query).0), "industry-growth");
        let query = "?embed=1&theme=rural";
        assert_eq!(embed_id("index.html", query, &parse(query).0), "rural");
        let view = |file: &str| documents::state_of(file).unwrap();
        let file = "embed-chart-industry-funds.en.html";
        assert_eq!(embed_id(file, "", &view(file)), "industry-funds");
        assert_eq!(
            embed_id("embed-rural.zh.html", "", &view("embed-rural.zh.html")),
            "rural"
        );
        // An old id as the portal's iframe has it, not the id of what it opens now.
        let aliases = report_data::CHART_ALIASES.iter().map(|(old, _)| *old);
        let retired = report_data::RETIRED_CHARTS.iter().map(|(old, _)| *old);
        for old in aliases.chain(retired) {
            let file = format!("embed-chart-{old}.zh.html");
            assert_eq!(embed_id(&file, "", &view(&file)), old);
            let query = format!("?embed=1&chart={old}");
            assert_eq!(embed_id("", &query, &parse(&query).0), old);
        }
        // Nothing of the address is echoed unless it is an id of the dashboard.
        let query = "?embed=1&chart=%3Cscript%3E&theme=rural";
        assert_eq!(embed_id("", query, &parse(query).0), "rural");
    }

    #[test]
    fn the_snippet_is_a_titled_full_width_iframe_of_one_pre_rendered_chart() {
        let chart = report_data::chart("industry-funds").unwrap();
        let snippet = iframe_snippet("https://example.org/data/", chart, Lang::En);
        assert_eq!(
            snippet,
            format!(
                r#"<iframe title="Two special funds" src="https://example.org/data/embed-chart-industry-funds.en.html" width="100%" height="{}" scrolling="no" frameborder="0"></iframe>"#,
                snippet_height(chart, Lang::En)
            )
        );
        assert_eq!(
            permalink("https://example.org/data/", chart, Lang::Zh),
            "https://example.org/data/industry.zh.html#chart-industry-funds"
        );
    }

    #[test]
    fn a_taller_chart_gets_a_taller_snippet_by_its_drawing_at_its_widest() {
        let short = report_data::chart("industry-funds").unwrap();
        let tall = report_data::chart("industry-enterprises").unwrap();
        for lang in [Lang::Zh, Lang::En] {
            let widest = |chart| chart_svg::embed_drawing_height(chart, lang);
            let taller = f64::from(snippet_height(tall, lang) - snippet_height(short, lang));
            assert!((taller - (widest(tall) - widest(short))).abs() <= 1.0);
            assert!(taller > 100.0, "{lang:?}: {taller} px");
        }
    }

    #[test]
    fn a_snippet_written_at_build_time_is_made_whole_in_the_browser() {
        let chart = &report_data::CHARTS[0];
        let base = "https://example.org/a&b/";
        assert_eq!(
            snippet_at(&iframe_snippet("", chart, Lang::Zh), base),
            iframe_snippet(base, chart, Lang::Zh)
        );
    }

    #[test]
    fn the_way_back_is_the_same_view_on_the_full_page() {
        let (state, _) = parse("embed=1&theme=rural&lang=en");
        assert_eq!(full_page_link(&state), "rural.en.html");
        let (state, _) = parse("embed=1&chart=industry-growth");
        assert_eq!(
            full_page_link(&state),
            "industry.zh.html#chart-industry-growth"
        );
    }
}
