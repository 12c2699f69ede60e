//! The built dashboard in headless Chromium, served under a sub-path with a strict CSP: what a
//! person sees and does on it.

#![cfg(not(target_arch = "wasm32"))] // Native: drives the browser from outside.

mod support;

use fantoccini::key::Key;
use fantoccini::Locator;
use indicators_dashboard::render::chart_svg::PAGE_WIDTH;
use report_data::{theme_info, Level, Theme, INDICATORS, MILESTONES};
use std::collections::BTreeSet;
use std::time::Duration;
use support::{Browser, Delays, Server, LINE_OF};

/// The themes' keys as links and embed snippets already handed out name them, written out as
/// such a link does (`data/published-ids.toml` keeps the build from dropping one).
const THEMES: [&str; 5] = ["industry", "cooperation", "rural", "tourism", "livelihood"];

async fn selected_theme(b: &Browser) -> String {
    let tab = b.wait_for("[role=tab][aria-selected=true]").await;
    tab.attr("data-theme").await.unwrap().unwrap_or_default()
}

/// Waits until the app has brought in every theme's panel, as it does once it runs.
async fn every_panel_brought_in(b: &Browser) {
    b.until(
        "every theme's panel",
        &format!(
            "return document.querySelectorAll('[role=tabpanel]').length === {}",
            THEMES.len()
        ),
    )
    .await;
}

#[tokio::test]
async fn shows_the_themes_a_chart_and_its_figures() {
    let server = Server::start(vec![]);
    let b = Browser::start(1280, 900).await;
    b.open(&server.page("")).await;
    let tabs = b.client.find_all(Locator::Css("[role=tab]")).await.unwrap();
    let mut names = Vec::new();
    for tab in tabs {
        names.push(tab.text().await.unwrap());
    }
    assert_eq!(
        names,
        ["工业发展", "赣湘合作", "城乡融合", "文旅消费", "民生福祉"]
    );
    b.wait_for("figure.chart svg.chart-svg rect").await;
    let page_text = b.text("body").await;
    assert!(
        page_text.contains("223.64亿元"),
        "the signed investment shows"
    );
    assert!(page_text.contains("萍乡日报"), "the source is named");
    assert!(
        !page_text.contains("Loading"),
        "the loading line is gone once the app runs"
    );
    // The honours band marks each honour national or provincial, as the data has it.
    for (level, class, word) in [
        (Level::National, "level-national", "国家级"),
        (Level::Provincial, "level-provincial", "省级"),
    ] {
        let expected = MILESTONES
            .iter()
            .filter(|m| m.theme == Theme::Overview && m.level == Some(level))
            .count();
        let tags = b
            .js(&format!(
                "return [...document.querySelectorAll('header .badge .{class}')].map(t => t.textContent)"
            ))
            .await;
        assert_eq!(tags, serde_json::json!(vec![word; expected]), "{class}");
    }
    assert_eq!(
        b.js("return document.querySelectorAll('[style]').length")
            .await,
        0,
        "no inline styles"
    );
    b.close().await;
}

#[tokio::test]
async fn every_indicator_and_milestone_is_on_the_page() {
    let server = Server::start(vec![]);
    let b = Browser::start(1280, 900).await;
    b.open(&server.page("")).await;
    let mut indicators = BTreeSet::new();
    let mut milestones = BTreeSet::new();
    for theme in THEMES {
        b.click(&format!("[role=tab][data-theme={theme}]")).await;
        b.until(&format!("{theme} selected"), &format!(
            "return document.querySelector('[role=tab][aria-selected=true]').dataset.theme === '{theme}'"
        )).await;
        let ids = b.js("return [...document.querySelectorAll('[role=tabpanel]:not([hidden]) [data-indicator]')].map(e => e.dataset.indicator)").await;
        indicators.extend(
            ids.as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_owned()),
        );
        let ids = b.js("return [...document.querySelectorAll('header [data-milestone], [role=tabpanel]:not([hidden]) [data-milestone]')].map(e => e.dataset.milestone)").await;
        milestones.extend(
            ids.as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_owned()),
        );
    }
    let expected: BTreeSet<String> = INDICATORS.iter().map(|i| i.id.to_owned()).collect();
    assert_eq!(
        indicators, expected,
        "indicators rendered vs the data crate"
    );
    let expected: BTreeSet<String> = MILESTONES.iter().map(|m| m.id.to_owned()).collect();
    assert_eq!(
        milestones, expected,
        "milestones rendered vs the data crate"
    );
    b.close().await;
}

#[tokio::test]
async fn themes_switch_by_click_and_keyboard_and_live_in_the_url() {
    let server = Server::start(vec![]);
    let b = Browser::start(1280, 900).await;
    b.open(&server.page("")).await;
    assert_eq!(selected_theme(&b).await, "industry");

    b.click("[role=tab][data-theme=rural]").await;
    b.until(
        "rural panel",
        "return location.pathname.endsWith('/rural.zh.html') && location.search === ''",
    )
    .await;
    assert_eq!(
        b.text("[role=tabpanel]:not([hidden]) .theme-title").await,
        theme_info(report_data::Theme::Rural).title.zh
    );

    // Keyboard: the selected tab has focus; arrows move and select, End jumps to the last.
    let tab = b.wait_for("[role=tab][aria-selected=true]").await;
    tab.send_keys(&Key::Right.to_string()).await.unwrap();
    b.until(
        "tourism by arrow key",
        "return location.pathname.endsWith('/tourism.zh.html')",
    )
    .await;
    assert_eq!(
        b.js("return document.activeElement.dataset.theme").await,
        "tourism",
        "focus follows the selected tab"
    );
    b.press(Key::End).await;
    b.until(
        "livelihood by End",
        "return location.pathname.endsWith('/livelihood.zh.html')",
    )
    .await;
    b.press(Key::Right).await;
    b.until(
        "wraps to industry",
        "return location.pathname.endsWith('/industry.zh.html')",
    )
    .await;
    assert_eq!(selected_theme(&b).await, "industry");

    // Back and Forward walk the same history.
    b.client.back().await.unwrap();
    b.until("back to livelihood", "return document.querySelector('[role=tab][aria-selected=true]').dataset.theme === 'livelihood'").await;
    b.client.back().await.unwrap();
    b.until("back to tourism", "return document.querySelector('[role=tab][aria-selected=true]').dataset.theme === 'tourism'").await;
    b.client.forward().await.unwrap();
    b.until("forward to livelihood", "return document.querySelector('[role=tab][aria-selected=true]').dataset.theme === 'livelihood'").await;

    // A link opens on its theme: the theme's own document, and a link handed out before the
    // documents existed, which now shows that document's address.
    b.open(&server.page("cooperation.zh.html")).await;
    assert_eq!(selected_theme(&b).await, "cooperation");
    b.open(&server.page("?theme=cooperation")).await;
    assert_eq!(selected_theme(&b).await, "cooperation");
    assert_eq!(
        b.js("return location.pathname.split('/').pop() + location.search")
            .await,
        "cooperation.zh.html"
    );
    assert!(b
        .text("[role=tabpanel]:not([hidden])")
        .await
        .contains("醴陵"));
    b.close().await;
}

#[tokio::test]
async fn arrow_keys_faster_than_the_documents_count_from_the_tab_in_focus() {
    // Another theme's document takes a second and a half to arrive (a slow network): two
    // quick presses of the right arrow go two themes on, not the first one twice.
    let server = Server::start_with_delays(
        vec![],
        Delays {
            fetched_documents: Duration::from_millis(1500),
            ..Delays::default()
        },
    );
    let b = Browser::start(1280, 900).await;
    b.open(&server.page("industry.zh.html")).await;
    b.js("document.querySelector('[role=tab][aria-selected=true]').focus()")
        .await;
    for _ in 0..2 {
        b.press(Key::Right).await;
    }
    assert_eq!(
        b.js("return [document.activeElement.dataset.theme, location.pathname.endsWith('/industry.zh.html')]")
            .await,
        serde_json::json!([THEMES[2], true]),
        "focus moved twice while the first document was still on the way"
    );
    b.until(
        "the theme two steps on, shown",
        &format!("return location.pathname.endsWith('/{}.zh.html') && [...document.querySelectorAll('[role=tabpanel]')].filter(p => p.offsetHeight > 0).map(p => p.dataset.theme).join() === '{}'", THEMES[2], THEMES[2]),
    )
    .await;
    b.close().await;
}

#[tokio::test]
async fn every_theme_is_reachable_by_keyboard_alone() {
    let server = Server::start(vec![]);
    let b = Browser::start(1280, 900).await;
    b.open(&server.page("")).await;
    b.js("document.querySelector('[role=tab][aria-selected=true]').focus()")
        .await;
    for (n, theme) in THEMES.iter().enumerate().skip(1).chain([(0, &THEMES[0])]) {
        b.press(Key::Right).await;
        b.until(
            &format!("{theme} by the right arrow"),
            &format!("return document.activeElement.dataset.theme === '{theme}' && document.activeElement.getAttribute('aria-selected') === 'true'"),
        )
        .await;
        let visible = b
            .js("return [...document.querySelectorAll('[role=tabpanel]')].filter(p => p.offsetHeight > 0).map(p => p.dataset.theme)")
            .await;
        assert_eq!(
            visible,
            serde_json::json!([theme]),
            "step {n}: only {theme}'s panel shows"
        );
    }
    b.press(Key::Left).await;
    b.until(
        "left wraps to the last theme",
        "return document.activeElement.dataset.theme === 'livelihood'",
    )
    .await;
    b.press(Key::Home).await;
    b.until(
        "Home goes to the first theme",
        "return document.activeElement.dataset.theme === 'industry'",
    )
    .await;
    b.close().await;
}

#[tokio::test]
async fn a_chart_opens_its_table_beside_it_and_closes_it() {
    let server = Server::start(vec![]);
    let b = Browser::start(1280, 900).await;
    b.open(&server.page("")).await;
    let chart = report_data::chart("industry-investment").unwrap();
    let figure = format!("figure[data-chart={}]", chart.id);
    let table_shown = format!("return document.querySelector('{figure} table').checkVisibility()");
    assert_eq!(b.js(&table_shown).await, false, "closed at first");
    let toggle = b
        .wait_for(&format!("{figure} .table-details > summary"))
        .await;
    assert_eq!(toggle.text().await.unwrap(), "显示数据表");
    toggle.click().await.unwrap();
    b.until("table shown", &table_shown).await;
    let rows = b
        .client
        .find_all(Locator::Css(&format!("{figure} table tbody tr")))
        .await
        .unwrap();
    assert_eq!(rows.len(), chart.members.len());
    assert_eq!(rows[0].text().await.unwrap(), "债券项目资金 18.92亿元 2022");
    assert!(
        b.js(&format!(
            "return document.querySelector('{figure} .chart-body').offsetHeight"
        ))
        .await
        .as_u64()
        .unwrap()
            > 50,
        "the chart stays beside its table"
    );
    toggle.click().await.unwrap();
    b.until("table gone", &format!("{table_shown} === false"))
        .await;
    b.close().await;
}

#[tokio::test]
async fn pointing_at_a_bar_reads_out_its_exact_value_at_once() {
    let server = Server::start(vec![]);
    let b = Browser::start(1280, 900).await;
    b.open(&server.page("?lang=en")).await;
    let figure = "figure[data-chart=industry-investment]";
    b.js(&format!(
        "document.querySelector('{figure}').scrollIntoView()"
    ))
    .await;
    for (bar, value) in [
        (
            1,
            "Central budget project funds secured: CNY\u{a0}1.262\u{a0}bn",
        ),
        (0, "Bond project funds secured: CNY\u{a0}1.892\u{a0}bn"),
    ] {
        let centre = b
            .js(&format!(
                "const r = document.querySelectorAll('{figure} .hit')[{bar}].getBoundingClientRect(); \
                 return [r.left + r.width / 2, r.top + r.height / 2]"
            ))
            .await;
        b.cdp(
            "Input.dispatchMouseEvent",
            serde_json::json!({ "type": "mouseMoved", "x": centre[0], "y": centre[1] }),
        )
        .await;
        b.until(
            "the read-out names the bar under the pointer",
            &format!(
                "return document.querySelector('{figure} .readout').textContent === '{value}'"
            ),
        )
        .await;
    }
    b.close().await;
}

#[tokio::test]
async fn focusing_a_bar_reads_out_its_exact_value() {
    let server = Server::start(vec![]);
    let b = Browser::start(1280, 900).await;
    b.open(&server.page("?lang=en")).await;
    let figure = "figure[data-chart=industry-enterprises]";
    let bar = b.wait_for(&format!("{figure} .hit")).await;
    assert_eq!(
        bar.attr("tabindex").await.unwrap().as_deref(),
        Some("0"),
        "bars take keyboard focus"
    );
    // Tab from the chart's title lands on the first bar of the drawing on screen.
    b.js(&format!(
        "const h = document.querySelector('{figure} h3'); h.tabIndex = -1; h.focus()"
    ))
    .await;
    b.press(Key::Tab).await;
    b.until("read-out", &format!("return document.querySelector('{figure} .readout').textContent === 'New provincial specialised and innovative enterprises: 14'")).await;
    let title = b
        .js(&format!(
            "return document.querySelector('{figure} .hit title').textContent"
        ))
        .await;
    assert_eq!(
        title, "New provincial specialised and innovative enterprises: 14",
        "hover shows the same value"
    );
    // Arrow keys move between the bars; End goes to the last; Tab leaves the chart.
    let readout = |text: &str| {
        format!("return document.querySelector('{figure} .readout').textContent === '{text}'")
    };
    b.press(Key::Down).await;
    b.until(
        "the second bar",
        &readout("New national high-tech enterprises: 5"),
    )
    .await;
    b.press(Key::End).await;
    b.until(
        "the last bar",
        &readout("New national specialised and innovative “little giant” enterprises: 1"),
    )
    .await;
    b.press(Key::Tab).await;
    b.until(
        "focus leaves the chart",
        &format!("return !document.activeElement.closest('{figure} .chart-body')"),
    )
    .await;
    // Shift+Tab comes back to the bar the reader left, not to the first.
    b.client
        .active_element()
        .await
        .unwrap()
        .send_keys(&format!("{}{}", Key::Shift, Key::Tab))
        .await
        .unwrap();
    assert_eq!(
        b.js("return document.activeElement.textContent").await,
        "New national specialised and innovative “little giant” enterprises: 1",
        "the bar last focused is the chart's tab stop"
    );
    assert_eq!(
        b.js(&format!(
            "return document.querySelectorAll('{figure} .hit[tabindex=\"0\"]').length"
        ))
        .await,
        1,
        "one tab stop per chart"
    );
    // The read-out follows the language.
    b.click(".lang-switch").await;
    b.until(
        "read-out in Chinese",
        &format!("return document.querySelector('{figure} .readout').textContent === '新增国家专精特新“小巨人”企业：1家'"),
    )
    .await;
    b.close().await;
}

#[tokio::test]
async fn language_follows_the_switch_and_the_url() {
    let server = Server::start(vec![]);
    let b = Browser::start(1280, 900).await;
    b.open(&server.page("")).await;
    assert_eq!(b.js("return document.documentElement.lang").await, "zh-CN");
    b.click(".lang-switch").await;
    b.until("English", "return document.documentElement.lang === 'en'")
        .await;
    assert_eq!(
        b.js("return location.pathname.split('/').pop()").await,
        "industry.en.html"
    );
    assert_eq!(
        b.text("[role=tab][data-theme=cooperation]").await,
        "Jiangxi–Hunan cooperation"
    );
    let text = b.text("[role=tabpanel]:not([hidden])").await;
    assert!(text.contains("CNY 22.364 bn"), "English money format");
    assert!(
        text.contains("完成营业收入35.65亿元"),
        "quotes stay in Chinese"
    );
    assert_eq!(b.text(".lang-switch").await, "中文");

    // A value too long for its card wraps before its amount, never between amount and unit.
    b.open(&server.page("tourism.en.html")).await;
    let unit_line = b
        .js(&format!(
            "{LINE_OF} const text = document.querySelector('[data-indicator=festival-spending] .card-value').firstChild; \
             return lineOf(text, text.data.indexOf('CNY')) === lineOf(text, text.data.length - 1)"
        ))
        .await;
    assert_eq!(unit_line, true, "“CNY 280 m” is on one line");

    b.open(&server.page("livelihood.en.html")).await;
    assert_eq!(b.js("return document.documentElement.lang").await, "en");
    b.open(&server.page("?lang=en&theme=livelihood")).await;
    assert_eq!(b.js("return document.documentElement.lang").await, "en");
    assert_eq!(
        b.text("[role=tabpanel]:not([hidden]) .theme-title").await,
        "Livelihood"
    );
    b.open(&server.page("?lang=zh")).await;
    assert_eq!(
        b.text("[role=tabpanel]:not([hidden]) .theme-title").await,
        "工业发展"
    );
    b.close().await;
}

#[tokio::test]
async fn unknown_link_settings_fall_back_politely_and_inject_nothing() {
    let server = Server::start(vec![]);
    let b = Browser::start(1280, 900).await;
    b.open(&server.page(
        "?theme=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=fr&scheme=blue&chart=nope&embed=maybe",
    ))
    .await;
    assert_eq!(selected_theme(&b).await, "industry");
    let notice = b.text(".notice").await;
    assert!(
        notice.contains("theme = “<img src=x onerror=alert(1)>”"),
        "{notice}"
    );
    assert!(
        notice.contains("lang = “fr”") && notice.contains("scheme = “blue”"),
        "{notice}"
    );
    assert!(
        notice.contains("chart = “nope”") && notice.contains("embed = “maybe”"),
        "{notice}"
    );
    assert!(
        b.js("return !!document.querySelector('header.masthead')")
            .await
            == true,
        "a malformed embed flag keeps the full page"
    );
    assert_eq!(
        b.js("return document.querySelectorAll('img').length").await,
        0,
        "no markup injected"
    );
    // With a setting that is understood and opens another document, the notice is said there.
    b.open(&server.page("?theme=bogus&lang=en")).await;
    assert_eq!(b.js("return document.documentElement.lang").await, "en");
    let notice = b.text(".notice").await;
    assert!(notice.contains("theme = “bogus”"), "{notice}");
    b.close().await;
}

#[tokio::test]
async fn the_dark_scheme_follows_the_url() {
    let server = Server::start(vec![]);
    let b = Browser::start(1280, 900).await;
    b.open(&server.page("?scheme=dark")).await;
    b.wait_for(".chart-svg").await;
    assert_eq!(
        b.js("return document.documentElement.dataset.scheme").await,
        "dark"
    );
    let background = b
        .js("return getComputedStyle(document.documentElement).backgroundColor")
        .await;
    assert_eq!(background, "rgb(22, 27, 34)");
    let bar = b
        .js("return getComputedStyle(document.querySelector('.chart-svg rect:not(.hit)')).fill")
        .await;
    assert_eq!(
        bar, "rgb(108, 180, 228)",
        "charts switch to their dark palette"
    );
    b.open(&server.page("?scheme=light")).await;
    let background = b
        .js("return getComputedStyle(document.documentElement).backgroundColor")
        .await;
    assert_eq!(background, "rgb(255, 255, 255)");
    b.close().await;
}

#[tokio::test]
async fn without_a_scheme_the_page_follows_the_system_as_it_changes() {
    let server = Server::start(vec![]);
    let b = Browser::start(1280, 900).await;
    b.prefer_scheme("dark").await;
    b.open(&server.page("")).await;
    b.wait_for(".chart-svg").await;
    let background = "return getComputedStyle(document.documentElement).backgroundColor";
    let bar = "return getComputedStyle(document.querySelector('.chart-svg rect:not(.hit)')).fill";
    assert_eq!(b.js(background).await, "rgb(22, 27, 34)");
    assert_eq!(b.js(bar).await, "rgb(108, 180, 228)");
    b.prefer_scheme("light").await;
    b.until(
        "the light scheme",
        &format!("return (function () {{ {background} }})() === 'rgb(255, 255, 255)'"),
    )
    .await;
    b.until(
        "light charts",
        &format!("return (function () {{ {bar} }})() === 'rgb(31, 111, 168)'"),
    )
    .await;
    b.close().await;
}

#[tokio::test]
async fn in_forced_colours_only_the_selected_tab_is_underlined() {
    let server = Server::start(vec![]);
    let b = Browser::start(1280, 900).await;
    b.media_feature("forced-colors", "active").await;
    b.open(&server.page("")).await;
    b.wait_for("html[data-app]").await;
    // Each tab's line against the page's background, which a contrast theme sets (Canvas).
    let lines = r#"const canvas = getComputedStyle(document.documentElement).backgroundColor;
        return [...document.querySelectorAll('[role=tab]')].map(t => {
            const s = getComputedStyle(t);
            return [t.dataset.theme, t.getAttribute('aria-selected') === 'true',
                    s.borderBottomWidth !== '0px' && s.borderBottomColor !== canvas];
        });"#;
    for theme in ["industry", "rural"] {
        let tab = format!("[role=tab][data-theme={theme}]");
        if selected_theme(&b).await != theme {
            b.click(&tab).await;
            b.wait_for(&format!("{tab}[aria-selected=true]")).await;
        }
        let tabs: Vec<(String, bool, bool)> = serde_json::from_value(b.js(lines).await).unwrap();
        assert_eq!(tabs.len(), THEMES.len(), "{tabs:?}");
        for (key, selected, underlined) in &tabs {
            assert_eq!(
                selected, underlined,
                "on {theme}: tab {key} (selected: {selected}) is underlined: {underlined}; {tabs:?}"
            );
        }
    }
    b.close().await;
}

#[tokio::test]
async fn nothing_overflows_sideways_at_320_px() {
    let server = Server::start(vec![]);
    let b = Browser::start(320, 800).await;
    for lang in ["zh", "en"] {
        for theme in THEMES {
            b.open(&server.page(&format!("?theme={theme}&lang={lang}")))
                .await;
            b.until("layout", "return document.readyState === 'complete'")
                .await;
            let (scroll, inner) = (
                b.js("return document.documentElement.scrollWidth").await,
                b.js("return window.innerWidth").await,
            );
            assert_eq!(inner, 320, "the viewport is 320 px");
            assert!(
                scroll.as_u64() <= inner.as_u64(),
                "{theme}/{lang}: page is {scroll} px wide"
            );
            let widest = b.js("return Math.max(0, ...[...document.querySelectorAll('.chart-svg')].map(s => s.getBoundingClientRect().right))").await;
            assert!(
                widest.as_f64().unwrap() <= 320.0,
                "{theme}/{lang}: a chart reaches {widest} px"
            );
        }
    }
    b.close().await;
}

#[tokio::test]
async fn charts_fill_their_cards_on_tablets_and_desktops() {
    // How many charts stand in the industry theme's first row, how much of each card's width
    // its drawing takes (the least of them), and the narrowest drawing, in px.
    const ROW_AND_FILL: &str = "const charts = [...document.querySelectorAll('[role=tabpanel]:not([hidden]) .chart')]; \
        const top = charts[0].getBoundingClientRect().top; \
        const fill = charts.map(c => { const s = getComputedStyle(c); \
          const inner = c.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight); \
          return c.querySelector('.chart-svg').getBoundingClientRect().width / inner; }); \
        const narrowest = Math.min(...charts.map(c => c.querySelector('.chart-svg').getBoundingClientRect().width)); \
        return [charts.filter(c => c.getBoundingClientRect().top === top).length, Math.min(...fill), narrowest]";
    let server = Server::start(vec![]);
    let b = Browser::start(768, 1000).await;
    // A small tablet, a tablet held upright, a small laptop, a desktop, a wide screen.
    for (width, per_row) in [(640, 2), (768, 2), (1024, 3), (1280, 3), (1440, 3)] {
        b.viewport(width, 1000).await;
        b.open(&server.page("industry.en.html")).await;
        let seen = b.js(ROW_AND_FILL).await;
        assert_eq!(seen[0], per_row, "{width} px: charts in a row");
        let fill = seen[1].as_f64().unwrap();
        assert!(
            fill >= 0.85,
            "{width} px: a chart's drawing takes {:.0} % of its card's width",
            fill * 100.0
        );
        // Never below the drawing's own size, where its text would shrink.
        let narrowest = seen[2].as_f64().unwrap();
        assert!(
            narrowest >= PAGE_WIDTH,
            "{width} px: a drawing shown {narrowest} px wide"
        );
    }
    b.close().await;
}

#[tokio::test]
async fn hidden_themes_take_no_room_and_cannot_be_seen_or_reached() {
    // The panels the app brings in stay rendered while hidden (the stylesheet's
    // `content-visibility: hidden`), so that showing one is quick; to a reader they are not
    // there at all.
    let server = Server::start(vec![]);
    let b = Browser::start(1280, 900).await;
    b.open(&server.page("")).await;
    every_panel_brought_in(&b).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let hidden = b
        .js("return [...document.querySelectorAll('[role=tabpanel][hidden]')].map(p => [p.dataset.theme, p.getBoundingClientRect().height, [...p.querySelectorAll('*')].filter(e => e.checkVisibility()).length])")
        .await;
    let hidden = hidden.as_array().unwrap();
    assert_eq!(hidden.len(), THEMES.len() - 1);
    for panel in hidden {
        assert_eq!(panel[1], 0, "{panel:?}: no room taken");
        assert_eq!(panel[2], 0, "{panel:?}: nothing in it seen");
    }
    assert_eq!(
        b.js("const m = document.getElementById('main').getBoundingClientRect().height, p = document.querySelector('[role=tabpanel]:not([hidden])').getBoundingClientRect().height; return Math.abs(m - p) < 1")
            .await,
        true,
        "the page is as tall as the theme shown"
    );
    // Nor are they there for a screen reader: the accessibility tree has one theme's panel.
    let panels: Vec<String> = b
        .read_aloud()
        .await
        .into_iter()
        .filter(|(role, ..)| role == "tabpanel")
        .map(|(_, name, _)| name)
        .collect();
    assert_eq!(
        panels,
        [theme_info(Theme::Industry).title.zh],
        "panels a screen reader finds"
    );
    // Tab from the last control of the theme shown goes on past the hidden ones.
    b.js("const all = [...document.querySelectorAll('[role=tabpanel]:not([hidden]) :is(a[href], button, summary, [tabindex=\"0\"])')].filter(e => e.checkVisibility()); all[all.length - 1].focus()")
        .await;
    b.press(Key::Tab).await;
    assert_eq!(
        b.js("return !document.activeElement.closest('[role=tabpanel][hidden]')")
            .await,
        true,
        "Tab skips the hidden themes"
    );
    b.close().await;
}

#[tokio::test]
async fn printing_gives_every_theme_with_charts_and_tables_and_no_navigation() {
    let server = Server::start(vec![]);
    let b = Browser::start(1280, 900).await;
    // Even a reader on the dark scheme prints dark-on-white charts.
    b.open(&server.page("?scheme=dark")).await;
    b.wait_for(".chart-svg").await;
    every_panel_brought_in(&b).await;
    let bar = "return getComputedStyle(document.querySelector('.chart-svg rect:not(.hit)')).fill";
    assert_eq!(b.js(bar).await, "rgb(108, 180, 228)");
    b.media("print").await;
    b.until(
        "light charts for paper",
        &format!("return (function () {{ {bar} }})() === 'rgb(31, 111, 168)'"),
    )
    .await;
    assert_eq!(
        b.js("return getComputedStyle(document.documentElement).backgroundColor")
            .await,
        "rgb(255, 255, 255)",
        "white paper"
    );
    assert_eq!(
        b.js("return getComputedStyle(document.querySelector('.theme-nav')).display")
            .await,
        "none"
    );
    assert_eq!(
        b.js("return getComputedStyle(document.querySelector('.lang-switch')).display")
            .await,
        "none"
    );
    for theme in THEMES {
        let height = b
            .js(&format!(
                "return document.querySelector('[role=tabpanel][data-theme={theme}]').offsetHeight"
            ))
            .await;
        assert!(height.as_u64().unwrap() > 100, "{theme} prints");
    }
    let shown = b.js("return [...document.querySelectorAll('figure.chart')].every(f => f.querySelector('table').checkVisibility() && [...f.querySelectorAll('svg.chart-svg')].some(s => s.getBoundingClientRect().height > 0))").await;
    assert_eq!(shown, true, "every chart prints with its table");
    b.media("").await;
    assert_eq!(
        b.js("return document.querySelectorAll('[role=tabpanel]:not([hidden])').length")
            .await,
        1,
        "one theme on screen"
    );
    b.close().await;
}

/// The theme bar stays on screen as the page scrolls; what passes under it must not show beside
/// it, in the page's margins (a bold "J" of a title reached a pixel past its left end).
#[tokio::test]
async fn what_scrolls_under_the_stuck_theme_bar_stays_hidden_in_the_margins() {
    let server = Server::start(vec![]);
    for width in [1280, 375] {
        let b = Browser::start(width, 800).await;
        b.open(&server.page("cooperation.en.html")).await;
        // Scrolled until the bar is stuck, a red block in each margin beside the bar's ends,
        // from the top of the window down past the bar.
        let bar = b
            .js("const nav = document.querySelector('.theme-nav'); \
                 scrollTo(0, scrollY + nav.getBoundingClientRect().top + 300); \
                 const bar = nav.getBoundingClientRect(); \
                 for (const x of [bar.left - 6, bar.right + 2]) { \
                   const mark = document.body.appendChild(document.createElement('div')); \
                   Object.assign(mark.style, { position: 'absolute', left: x + 'px', top: scrollY + 'px', \
                     width: '4px', height: bar.bottom + 40 + 'px', background: 'rgb(255, 0, 0)' }); } \
                 return [bar.left, bar.right, bar.top, bar.bottom]")
            .await;
        let bar: Vec<f64> = serde_json::from_value(bar).unwrap();
        assert_eq!(bar[2], 0.0, "the bar is stuck at the top at {width} px");
        tokio::time::sleep(Duration::from_millis(200)).await;
        let (w, _, rgb) = b.pixels().await;
        let red = |x: f64, y: f64| {
            let at = ((y as u32 * w + x as u32) * 3) as usize;
            rgb[at] > 200 && rgb[at + 1] < 80 && rgb[at + 2] < 80
        };
        let middle = (bar[2] + bar[3]) / 2.0;
        for x in [bar[0] - 4.0, bar[1] + 4.0] {
            assert!(
                !red(x, middle),
                "at {width} px, what scrolls under the bar shows beside it at x = {x}"
            );
            assert!(
                red(x, bar[3] + 10.0),
                "at {width} px, the mark shows below the bar (the check sees it)"
            );
        }
        b.close().await;
    }
}

/// Screenshots of every theme in both languages and schemes, at desktop and phone widths, for
/// people to look at (README: "Screenshots").
#[tokio::test]
async fn screenshots_of_every_theme() {
    let server = Server::start(vec![]);
    for (device, width) in [("desktop", 1280), ("mobile", 375)] {
        let b = Browser::start(width, 900).await;
        for scheme in ["light", "dark"] {
            for lang in ["zh", "en"] {
                for theme in THEMES {
                    b.viewport(width, 900).await;
                    b.open(&server.page(&format!("?theme={theme}&lang={lang}&scheme={scheme}")))
                        .await;
                    b.wait_for("[role=tabpanel]:not([hidden]) .theme-title")
                        .await;
                    let png = b
                        .screenshot(&format!("{theme}-{lang}-{scheme}-{device}"), width)
                        .await;
                    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
                    let png_width = u32::from_be_bytes(png[16..20].try_into().unwrap());
                    assert_eq!(
                        png_width, width,
                        "{theme}-{lang}-{scheme}-{device} is {width} px wide"
                    );
                }
            }
        }
        b.close().await;
    }
}
