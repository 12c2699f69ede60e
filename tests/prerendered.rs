//! The pre-rendered documents in headless Chromium: complete without JavaScript, their charts'
//! text whole, and started on by the app without a visible change (no layout shift, focus and
//! scroll kept), whatever form of address opened them, with no error on any document.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use indicators_dashboard::render::chart_svg::{PAGE_WIDTH, WIDE_WIDTH};
use indicators_dashboard::render::locale::Lang;
use indicators_dashboard::render::url_state::{UrlState, NAV_THEMES};
use indicators_dashboard::render::{documents, files};
use report_data::{theme_info, CHARTS, INDICATORS, MILESTONES};
use std::collections::BTreeSet;
use std::time::Duration;
use support::{errors, Browser, Server, BASE, PROBE};

fn visible_drawings(figure: &str) -> String {
    format!("return [...document.querySelectorAll('{figure} svg.chart-svg')].filter(s => s.checkVisibility()).length")
}

#[tokio::test]
async fn without_javascript_every_figure_chart_and_link_is_there() {
    let server = Server::start(vec![]);
    let b = Browser::start(1280, 900).await;
    b.without_javascript().await;
    b.client.goto(&server.page("")).await.unwrap();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        b.js("return document.documentElement.hasAttribute('data-app')")
            .await,
        false,
        "the app never starts"
    );
    let mut indicators = BTreeSet::new();
    let mut milestones = BTreeSet::new();
    for (name, state) in documents::all() {
        b.client.goto(&server.page(&name)).await.unwrap();
        b.wait_for("main#main").await;
        let found = |attr: &'static str| {
            let b = &b;
            async move {
                let ids = b.js(&format!("return [...document.querySelectorAll('[data-{attr}]')].map(e => e.dataset.{attr})")).await;
                ids.as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_str().unwrap().to_owned())
                    .collect::<Vec<_>>()
            }
        };
        indicators.extend(found("indicator").await);
        milestones.extend(found("milestone").await);
        // Every chart the document holds is drawn, once, at the width that fits.
        let charts: Vec<_> = CHARTS
            .iter()
            .filter(|c| match state.chart {
                Some(id) => c.id == id,
                None => c.theme == state.theme,
            })
            .collect();
        for chart in charts {
            let figure = format!("figure[data-chart={}]", chart.id);
            assert_eq!(
                b.js(&visible_drawings(&figure)).await,
                1,
                "{name}: {figure}"
            );
        }
        if state.embed {
            assert_eq!(
                b.js("return document.querySelectorAll('header, nav').length")
                    .await,
                0,
                "{name}"
            );
        }
    }
    let all_indicators: BTreeSet<String> = INDICATORS.iter().map(|i| i.id.to_owned()).collect();
    assert_eq!(indicators, all_indicators, "every figure is on a document");
    let all_milestones: BTreeSet<String> = MILESTONES.iter().map(|m| m.id.to_owned()).collect();
    assert_eq!(
        milestones, all_milestones,
        "every milestone is on a document"
    );

    // Themes and the other language are plain links.
    b.client.goto(&server.page("")).await.unwrap();
    b.click("[role=tab][data-theme=rural]").await;
    b.until(
        "the rural document",
        "return location.pathname.endsWith('/rural.zh.html')",
    )
    .await;
    assert_eq!(
        b.text(".theme-title").await,
        theme_info(report_data::Theme::Rural).title.zh
    );
    b.click(".lang-switch").await;
    b.until(
        "the English rural document",
        "return location.pathname.endsWith('/rural.en.html')",
    )
    .await;
    assert_eq!(
        b.text(".theme-title").await,
        theme_info(report_data::Theme::Rural).title.en
    );
    assert_eq!(b.js("return document.documentElement.lang").await, "en");
    // A table opens without script.
    b.click(".table-details > summary").await;
    assert_eq!(
        b.js("return document.querySelector('.table-details table').checkVisibility()")
            .await,
        true
    );
    b.close().await;
}

/// How far each text of each drawing on screen reaches past its drawing's left or right edge,
/// in the drawing's px (negative: room to spare), the widest first: `[overrun, text, width]`.
const TEXT_OVERRUNS: &str = r#"return [...document.querySelectorAll('svg')]
    .filter(s => s.checkVisibility()).flatMap(s => {
        const width = s.viewBox.baseVal.width;
        return [...s.querySelectorAll('text')].map(t => {
            const box = t.getBBox();
            return [Math.max(box.x + box.width - width, -box.x), t.textContent.trim(), width];
        });
    }).sort((a, b) => b[0] - a[0]);"#;

#[tokio::test]
async fn no_chart_text_is_cut_at_its_drawings_edges() {
    // The layout estimates text widths (`chart_layout::text_width`) and sets figures up to the
    // drawing's edge; here the browser measures them in its own fonts. The theme embeds hold
    // every chart, in its narrow drawing at 300 px and its wide one at 560; the downloaded
    // pictures are drawings of their own.
    let server = Server::start(vec![]);
    let b = Browser::start(1280, 900).await;
    b.without_javascript().await;
    let mut seen = BTreeSet::new();
    let embeds: Vec<_> = documents::all()
        .into_iter()
        .filter(|(_, state)| state.embed && state.chart.is_none())
        .collect();
    for width in [300, 560] {
        b.viewport(width, 900).await;
        for (name, _) in &embeds {
            b.client.goto(&server.page(name)).await.unwrap();
            b.wait_for("main#main").await;
            let drawn = b.js("return [...document.querySelectorAll('svg.chart-svg')].filter(s => s.checkVisibility()).map(s => s.closest('figure').dataset.chart + ' ' + s.viewBox.baseVal.width)").await;
            seen.extend(
                drawn
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|d| d.as_str().unwrap().to_owned()),
            );
            let overruns = b.js(TEXT_OVERRUNS).await;
            if let Some(widest) = overruns.as_array().unwrap().first() {
                assert!(
                    widest[0].as_f64().unwrap() <= 0.0,
                    "{name} at {width} px: {widest}"
                );
            }
        }
    }
    let drawings: BTreeSet<String> = CHARTS
        .iter()
        .flat_map(|c| [PAGE_WIDTH, WIDE_WIDTH].map(|w| format!("{} {w}", c.id)))
        .collect();
    assert_eq!(seen, drawings, "both drawings of every chart measured");
    for chart in CHARTS {
        for lang in [Lang::Zh, Lang::En] {
            let picture = files::static_path(Some((chart, lang)), "svg");
            b.client.goto(&server.page(&picture)).await.unwrap();
            let overruns = b.js(TEXT_OVERRUNS).await;
            let widest = &overruns.as_array().unwrap()[0];
            assert!(widest[0].as_f64().unwrap() <= 0.0, "{picture}: {widest}");
        }
    }
    b.close().await;
}

/// The first chart of the rural theme, not the first theme of the navigation.
fn rural_chart() -> &'static str {
    CHARTS
        .iter()
        .find(|c| c.theme == report_data::Theme::Rural)
        .expect("the rural theme has a chart")
        .id
}

#[tokio::test]
async fn the_app_starts_without_a_shift_keeping_focus_and_scroll() {
    // The wasm is held back, so the reader acts on the pre-rendered page before the app runs.
    let server = Server::start_with_app_delay(vec![], Duration::from_millis(2500));
    for (width, height) in [(1280, 900), (375, 667)] {
        let b = Browser::start(width, height).await;
        b.before_each_page(PROBE).await;
        b.client
            .goto(&server.page("industry.zh.html"))
            .await
            .unwrap();
        b.wait_for("main#main").await;
        b.js("document.querySelector('[role=tab][data-theme=rural]').focus(); scrollTo(0, 300)")
            .await;
        assert_eq!(
            b.js("return document.documentElement.hasAttribute('data-app')")
                .await,
            false,
            "before the app"
        );
        b.wait_for("html[data-app]").await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(
            b.js("return document.activeElement.matches('#page [role=tab][data-theme=rural]')")
                .await,
            true,
            "{width} px: focus stays on the same tab"
        );
        assert_eq!(
            b.js("return scrollY").await,
            300,
            "{width} px: scroll stays"
        );
        assert_eq!(
            b.js("return window.__probe.shift").await,
            0,
            "{width} px: no layout shift"
        );
        assert_eq!(errors(&b).await, serde_json::json!([]), "{width} px");

        // Focus deep in a theme that is not the first, past controls only the app adds: the
        // sources of a chart, then one of its bars.
        for (target, what) in [
            (".sources > summary", "the chart's sources"),
            ("svg.chart-svg .hit", "a bar"),
        ] {
            b.client.goto(&server.page("rural.en.html")).await.unwrap();
            b.wait_for("main#main").await;
            let chart = format!("figure[data-chart={}]", rural_chart());
            let focus = format!(
                "var e = [...document.querySelectorAll('{chart} {target}')].find(e => e.checkVisibility()); e.focus(); return document.activeElement === e"
            );
            assert_eq!(b.js(&focus).await, true, "{width} px: {what} takes focus");
            assert_eq!(
                b.js("return document.documentElement.hasAttribute('data-app')")
                    .await,
                false,
                "before the app"
            );
            b.wait_for("html[data-app]").await;
            let kept = format!("return document.activeElement.matches('#page {chart} {target}') && document.activeElement.checkVisibility()");
            assert_eq!(b.js(&kept).await, true, "{width} px: focus stays on {what}");
        }

        b.client
            .goto(&server.page("embed-chart-industry-growth.en.html"))
            .await
            .unwrap();
        b.wait_for("html[data-app]").await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(
            b.js("return window.__probe.shift").await,
            0,
            "{width} px embed: no layout shift"
        );
        assert_eq!(errors(&b).await, serde_json::json!([]), "{width} px embed");
        b.close().await;
    }
}

#[tokio::test]
async fn a_link_to_a_chart_far_down_lands_on_it_and_scrolling_shifts_nothing() {
    // Charts out of sight are laid out only as they come near (the stylesheet's
    // `content-visibility`), so the page's height is estimated until then: a link to the last
    // chart of the theme with the most must still land on it and stay there while the charts
    // above it are drawn, and scrolling through the page must move nothing in view.
    let server = Server::start(vec![]);
    let theme = NAV_THEMES
        .iter()
        .copied()
        .max_by_key(|t| CHARTS.iter().filter(|c| c.theme == *t).count())
        .unwrap();
    let last = CHARTS.iter().rfind(|c| c.theme == theme).unwrap().id;
    let b = Browser::start(375, 667).await;
    b.before_each_page(PROBE).await;
    let document = documents::file_for(&UrlState {
        theme,
        ..UrlState::default()
    });
    b.open(&server.page(&format!("{document}#chart-{last}")))
        .await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let top = format!(
        "return Math.round(document.getElementById('chart-{last}').getBoundingClientRect().top)"
    );
    assert_eq!(b.js(&top).await, 0, "the linked chart is at the top");
    for step in ["-400", "400"] {
        for _ in 0..25 {
            b.js(&format!("scrollBy(0, {step})")).await;
            tokio::time::sleep(Duration::from_millis(40)).await;
        }
    }
    assert_eq!(
        b.js("return window.__probe.shift").await,
        0,
        "no layout shift"
    );
    assert_eq!(errors(&b).await, serde_json::json!([]));
    b.close().await;
}

#[tokio::test]
async fn the_page_paints_before_the_app_is_asked_for() {
    // The documents are complete: their first paint shares the connection with nothing but
    // the stylesheet, and the app's code (glue and wasm) is requested once it is on screen.
    let server = Server::start(vec![]);
    let b = Browser::start(1280, 900).await;
    for document in ["industry.zh.html", "embed-chart-industry-growth.en.html"] {
        b.client.goto(&server.page(document)).await.unwrap();
        b.wait_for("html[data-app]").await;
        let order = b
            .js("const paint = performance.getEntriesByType('paint').find(e => e.name === 'first-contentful-paint'); return performance.getEntriesByType('resource').filter(r => /indicators-dashboard-[0-9a-f]+(_bg\\.wasm|\\.js)$/.test(r.name)).map(r => [r.name.split('/').pop(), r.startTime > paint.startTime, r.startTime, paint.startTime])")
            .await;
        let order = order.as_array().unwrap();
        assert_eq!(
            order.len(),
            2,
            "{document}: the glue and the wasm, once each: {order:?}"
        );
        for entry in order {
            assert_eq!(
                entry[1], true,
                "{document}: {} requested before the first paint ({entry:?})",
                entry[0]
            );
        }
    }
    b.close().await;
}

#[tokio::test]
async fn the_stylesheet_ships_minified_and_means_what_style_main_css_says() {
    // The build strips comments and spaces from the stylesheet and renames it; the browser
    // must apply it (its integrity hash matches) and read the same rules as from the source.
    let source =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css")).unwrap();
    let server = Server::start(vec![]);
    let b = Browser::start(1280, 900).await;
    b.open(&server.page("index.html")).await;
    // Browsers keep some values as written (custom properties, values with var(), @supports
    // conditions), so spaces after commas and colons, which no CSS grammar reads, are dropped
    // from both sides before they are compared.
    let script = format!(
        "const rules = (sheet) => [...sheet.cssRules].map(r => r.cssText.replace(/([,:])\\s+/g, '$1')); \
         const source = new CSSStyleSheet(); source.replaceSync({}); \
         const applied = [...document.styleSheets].filter(s => s.ownerNode.matches('link[rel=stylesheet]')); \
         const shipped = await (await fetch(applied[0].href)).text(); \
         return [applied.length, shipped.length, rules(applied[0]), rules(source)];",
        serde_json::to_string(&source).unwrap()
    );
    let [count, length, shipped, wanted] = b
        .js(&format!("return (async () => {{ {script} }})()"))
        .await
        .as_array()
        .unwrap()
        .clone()
        .try_into()
        .unwrap();
    assert_eq!(count, 1, "one stylesheet, applied");
    let length = length.as_u64().unwrap();
    assert!(
        length * 4 < source.len() as u64 * 3,
        "the stylesheet ships at {length} of {} bytes: not minified",
        source.len()
    );
    assert!(
        wanted.as_array().unwrap().len() > 50,
        "the source's rules were read: {wanted}"
    );
    let (shipped, wanted) = (shipped.as_array().unwrap(), wanted.as_array().unwrap());
    let differing: Vec<_> = shipped.iter().zip(wanted).filter(|(s, w)| s != w).collect();
    assert!(
        differing.is_empty() && shipped.len() == wanted.len(),
        "the shipped stylesheet's rules differ from style/main.css's ({} against {} rules): {differing:#?}",
        shipped.len(),
        wanted.len()
    );
    b.close().await;
}

/// What a reader sees of a view: language, title, whether embedded, the charts on screen and
/// the selected theme.
const VIEW: &str = "return [document.documentElement.lang, document.title, document.documentElement.hasAttribute('data-embed'), [...document.querySelectorAll('figure.chart')].filter(f => f.checkVisibility()).map(f => f.dataset.chart).join(' '), (document.querySelector('[role=tab][aria-selected=true]') || {dataset: {}}).dataset.theme || '']";

#[tokio::test]
async fn every_address_form_opens_the_same_view_without_errors() {
    let server = Server::start(vec![]);
    let b = Browser::start(1280, 900).await;
    b.before_each_page(PROBE).await;
    // Links handed out before the documents existed, and the document each now shows.
    let forms = [
        ("", "industry.zh.html"),
        ("?theme=rural&lang=en", "rural.en.html"),
        ("?lang=en", "industry.en.html"),
        (
            "?embed=1&chart=industry-growth",
            "embed-chart-industry-growth.zh.html",
        ),
        (
            "?embed=1&amp;chart=industry-growth&amp;lang=en",
            "embed-chart-industry-growth.en.html",
        ),
        (
            "?embed=1&theme=tourism&lang=en&childId=t",
            "embed-tourism.en.html?childId=t",
        ),
        (
            "?theme=livelihood&scheme=dark",
            "livelihood.zh.html?scheme=dark",
        ),
        // A chart named in the query of another chart's embed document.
        (
            "embed-chart-industry-growth.zh.html?chart=industry-funds",
            "embed-chart-industry-funds.zh.html",
        ),
    ];
    for (legacy, document) in forms {
        b.open(&server.page(legacy)).await;
        let old = b.js(VIEW).await;
        let address = b
            .js("return location.pathname.split('/').pop() + location.search")
            .await;
        assert_eq!(address, document, "{legacy} shows its document's address");
        assert_eq!(errors(&b).await, serde_json::json!([]), "{legacy}");
        b.open(&server.page(document)).await;
        assert_eq!(
            b.js(VIEW).await,
            old,
            "{legacy} and {document} show the same"
        );
    }
    // Ids that were published and then renamed open their replacement, in every form, and the
    // address then shows the replacement's document.
    for (alias, live) in report_data::CHART_ALIASES {
        let replacement = format!("embed-chart-{live}.zh.html");
        for form in [
            format!("embed-chart-{alias}.zh.html"),
            format!("?embed=1&chart={alias}"),
        ] {
            b.open(&server.page(&form)).await;
            let address = b.js("return location.pathname.split('/').pop()").await;
            assert_eq!(address, replacement.as_str(), "{form}");
            let shown = b
                .js("return document.querySelector('figure.chart').dataset.chart")
                .await;
            assert_eq!(shown, *live, "{form} shows its replacement");
        }
        b.open(&server.page(&format!("?chart={alias}"))).await;
        let figure = format!("return !!document.getElementById('chart-{live}')");
        assert_eq!(b.js(&figure).await, true, "?chart={alias}");
    }
    // Ids of charts dropped, their figures now cards, open the theme holding those cards.
    for (retired, theme) in report_data::RETIRED_CHARTS {
        let key = theme.key();
        for (form, document) in [
            (
                format!("embed-chart-{retired}.zh.html"),
                format!("embed-{key}.zh.html"),
            ),
            (
                format!("?embed=1&chart={retired}"),
                format!("embed-{key}.zh.html"),
            ),
            (format!("?chart={retired}"), format!("{key}.zh.html")),
        ] {
            b.open(&server.page(&form)).await;
            let address = b.js("return location.pathname.split('/').pop()").await;
            assert_eq!(address, document.as_str(), "{form}");
            let shown = b
                .js("return [...document.querySelectorAll('.theme-panel')].filter(p => !p.hidden).map(p => p.dataset.theme)")
                .await;
            assert_eq!(shown, serde_json::json!([key]), "{form} shows its theme");
            assert_eq!(errors(&b).await, serde_json::json!([]), "{form}");
        }
    }
    // Every document, with the app running on it, with no error.
    for (name, state) in documents::all() {
        b.open(&server.page(&name)).await;
        assert_eq!(errors(&b).await, serde_json::json!([]), "{name}");
        if !state.embed {
            let expected = UrlState {
                chart: None,
                ..state
            };
            assert_eq!(
                b.js(
                    "return document.querySelector('[role=tab][aria-selected=true]').dataset.theme"
                )
                .await,
                expected.theme.key(),
                "{name}"
            );
            assert!(NAV_THEMES.contains(&expected.theme));
        }
    }
    assert!(BASE.ends_with('/'));
    b.close().await;
}

#[tokio::test]
async fn tabs_switch_in_place_once_the_app_runs() {
    let server = Server::start(vec![]);
    let b = Browser::start(1280, 900).await;
    b.open(&server.page("")).await;
    b.js("window.__sameDocument = true").await;
    b.click("[role=tab][data-theme=tourism]").await;
    b.until(
        "tourism",
        "return location.pathname.endsWith('/tourism.zh.html')",
    )
    .await;
    assert_eq!(
        b.js("return window.__sameDocument").await,
        true,
        "no new document loaded"
    );
    b.close().await;
}
