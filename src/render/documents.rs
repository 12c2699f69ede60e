//! The pre-rendered documents of `dist/`: one per language and theme, one per embedded chart and
//! embedded theme, each under a stable relative file name. A static host serves the same file
//! whatever the query string, so a view that must paint before any script runs needs a document
//! of its own. These names are handed out in links and embed snippets: they are a public
//! interface, like the ids they are made of.
//!
//! - `industry.zh.html`, `rural.en.html`: the full page on one theme (`index.html` is
//!   `industry.zh.html`, the default view);
//! - `embed-rural.en.html`: one theme, embedded;
//! - `embed-chart-industry-growth.zh.html`: one chart, embedded.

use crate::render::locale::Lang;
use crate::render::url_state::{UrlState, NAV_THEMES};
use report_data::{CHART_ALIASES, RETIRED_CHARTS, THEME_ALIASES};

/// The document the host serves for the dashboard's directory.
pub const INDEX: &str = "index.html";

/// The file name of the pre-rendered document that shows `state` (its scheme is left to the
/// query string: it needs no document of its own, the stylesheet follows the system).
pub fn file_for(state: &UrlState) -> String {
    let lang = state.lang.key();
    match (state.embed, state.chart) {
        (true, Some(chart)) => format!("embed-chart-{chart}.{lang}.html"),
        (true, None) => format!("embed-{}.{lang}.html", state.theme.key()),
        (false, _) => format!("{}.{lang}.html", state.theme.key()),
    }
}

/// A link to the full page on a chart: its theme's document, scrolled to the chart by the
/// fragment, which browsers honour without any script.
pub fn chart_link(state: &UrlState) -> String {
    let page = file_for(&UrlState {
        embed: false,
        chart: None,
        ..*state
    });
    match state.chart {
        Some(chart) => format!("{page}#{}", chart_anchor(chart)),
        None => page,
    }
}

/// The id of a chart's figure element, which links scroll to.
pub fn chart_anchor(chart_id: &str) -> String {
    format!("chart-{chart_id}")
}

/// The view a document name stands for; `None` for a name that is not one of ours. The
/// directory itself and `index.html` are the default view.
pub fn state_of(file: &str) -> Option<UrlState> {
    if file.is_empty() || file == INDEX {
        return Some(UrlState::default());
    }
    let stem = file.strip_suffix(".html")?;
    let (view, lang) = stem.rsplit_once('.')?;
    let lang = Lang::from_key(lang)?;
    let base = UrlState {
        lang,
        ..UrlState::default()
    };
    if let Some(chart) = view.strip_prefix("embed-chart-") {
        if let Some(theme) = report_data::retired_chart(chart) {
            return Some(UrlState {
                theme,
                embed: true,
                ..base
            });
        }
        let (chart, theme) = report_data::chart_in_address(chart)?;
        return Some(UrlState {
            theme,
            chart: Some(chart),
            embed: true,
            ..base
        });
    }
    let (embed, theme) = match view.strip_prefix("embed-") {
        Some(theme) => (true, theme),
        None => (false, view),
    };
    let theme = report_data::theme_key(theme).filter(|t| NAV_THEMES.contains(t))?;
    Some(UrlState {
        theme,
        embed,
        ..base
    })
}

/// Every document the build writes, with the state each shows; `index.html` comes first.
pub fn all() -> Vec<(String, UrlState)> {
    let mut documents = vec![(INDEX.to_owned(), UrlState::default())];
    for lang in Lang::ALL.iter().copied() {
        let base = UrlState {
            lang,
            ..UrlState::default()
        };
        for &theme in NAV_THEMES {
            for embed in [false, true] {
                let state = UrlState {
                    theme,
                    embed,
                    ..base
                };
                documents.push((file_for(&state), state));
            }
        }
        for chart in report_data::CHARTS {
            let state = UrlState {
                theme: chart.theme,
                chart: Some(chart.id),
                embed: true,
                ..base
            };
            documents.push((file_for(&state), state));
        }
    }
    documents
}

/// The documents of ids that were published and have since been renamed or dropped: each
/// shows the view of the chart or theme that replaced it (see `aliases` in data/report.toml),
/// or, for a chart whose figures became cards, the theme holding them (`retired_charts`), so a
/// link or embed pasted years ago keeps working. The app then shows the replacement's address.
pub fn aliases() -> Vec<(String, UrlState)> {
    let mut documents = Vec::new();
    for lang in Lang::ALL.iter().copied() {
        for (alias, live) in CHART_ALIASES {
            if let Some(chart) = report_data::chart(live) {
                let state = UrlState {
                    lang,
                    theme: chart.theme,
                    chart: Some(chart.id),
                    embed: true,
                    ..UrlState::default()
                };
                documents.push((format!("embed-chart-{alias}.{}.html", lang.key()), state));
            }
        }
        for (retired, theme) in RETIRED_CHARTS {
            let state = UrlState {
                lang,
                theme: *theme,
                embed: true,
                ..UrlState::default()
            };
            documents.push((format!("embed-chart-{retired}.{}.html", lang.key()), state));
        }
        for (alias, theme) in THEME_ALIASES {
            let state = UrlState {
                lang,
                theme: *theme,
                ..UrlState::default()
            };
            if !NAV_THEMES.contains(theme) {
                continue;
            }
            documents.push((format!("{alias}.{}.html", lang.key()), state));
            let embed = UrlState {
                embed: true,
                ..state
            };
            documents.push((format!("embed-{alias}.{}.html", lang.key()), embed));
        }
    }
    documents
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_data::Theme;

    #[test]
    fn names_are_stable() {
        let rural_en = UrlState {
            theme: Theme::Rural,
            lang: Lang::En,
            ..UrlState::default()
        };
        assert_eq!(file_for(&rural_en), "rural.en.html");
        assert_eq!(file_for(&UrlState::default()), "industry.zh.html");
        let embed = UrlState {
            embed: true,
            ..rural_en
        };
        assert_eq!(file_for(&embed), "embed-rural.en.html");
        let chart = UrlState {
            chart: Some("industry-growth"),
            theme: Theme::Industry,
            embed: true,
            ..UrlState::default()
        };
        assert_eq!(file_for(&chart), "embed-chart-industry-growth.zh.html");
        assert_eq!(chart_link(&chart), "industry.zh.html#chart-industry-growth");
    }

    #[test]
    fn every_document_name_reads_back_as_its_view() {
        let documents = all();
        let themes = NAV_THEMES.len();
        let charts = report_data::CHARTS.len();
        assert_eq!(documents.len(), 1 + Lang::ALL.len() * (2 * themes + charts));
        for (name, state) in &documents {
            assert_eq!(state_of(name).as_ref(), Some(state), "{name}");
        }
        assert_eq!(state_of(""), Some(UrlState::default()));
        for (name, state) in aliases() {
            assert_eq!(state_of(&name), Some(state), "{name} opens its replacement");
        }
    }

    #[test]
    fn names_that_are_not_ours_are_refused() {
        for name in [
            "overview.zh.html",
            "rural.fr.html",
            "rural.html",
            "embed-chart-no-such-chart.zh.html",
            "embed-.zh.html",
            "foo",
            "rural.zh.htm",
            "%3Cscript%3E.zh.html",
        ] {
            assert_eq!(state_of(name), None, "{name}");
        }
    }
}
