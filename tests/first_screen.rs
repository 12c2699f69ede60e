//! The first screen on a phone (375 × 667) leads with figures: on every theme, in both
//! languages, headline figures are whole on screen before any scrolling, with the theme tabs
//! (the selected one in sight) above them and the honours kept to one line that opens their list.

#![cfg(not(target_arch = "wasm32"))] // Native: drives the browser from outside.

mod support;

use indicators_dashboard::render::citation::cite;
use indicators_dashboard::render::locale::Lang;
use report_data::{theme_info, Theme};
use std::time::Duration;
use support::{Browser, Server, LINE_OF, ON_ONE_LINE};

const PHONE: (u32, u32) = (375, 667);

const THEMES: [Theme; 5] = [
    Theme::Industry,
    Theme::Cooperation,
    Theme::Rural,
    Theme::Tourism,
    Theme::Livelihood,
];

/// How many of the open theme's headline cards lie entirely inside the viewport.
const CARDS_ON_SCREEN: &str = "return [...document.querySelectorAll('[role=tabpanel]:not([hidden]) .card')].filter(c => { const r = c.getBoundingClientRect(); return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth; }).length";

/// Whether the selected tab lies whole inside the tab list's box (the list scrolls sideways).
const SELECTED_TAB_IN_SIGHT: &str = "const l = document.querySelector('[role=tablist]').getBoundingClientRect(); const t = document.querySelector('[role=tab][aria-selected=true]').getBoundingClientRect(); return t.left >= l.left - 1 && t.right <= l.right + 1";

#[tokio::test]
async fn a_phone_sees_headline_figures_without_scrolling_on_every_theme() {
    let server = Server::start(vec![]);
    let b = Browser::start(PHONE.0, PHONE.1).await;
    for lang in ["zh", "en"] {
        for theme in THEMES {
            let view = format!("{}.{lang}.html", theme.key());
            b.open(&server.page(&view)).await;
            b.wait_for("[role=tabpanel]:not([hidden]) .card").await;
            assert_eq!(b.js("return innerHeight").await, PHONE.1, "{view}");
            assert_eq!(b.js("return scrollY").await, 0, "{view} opens at the top");
            // Two figures, or all a theme has (culture and tourism prints one).
            let wanted = theme_info(theme).cards.len().min(2) as u64;
            let on_screen = b.js(CARDS_ON_SCREEN).await.as_u64().unwrap();
            assert!(
                on_screen >= wanted,
                "{view}: {on_screen} headline figure(s) entirely on the first screen, want {wanted}"
            );
            // The tabs are whole above them, and the honours take one line, closed.
            let tabs = b
                .js("const r = document.querySelector('.theme-nav').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight")
                .await;
            assert_eq!(tabs, true, "{view}: the theme tabs are on the first screen");
            // The tab list is wider than a phone; the selected tab is scrolled into sight.
            let selected = b.js(SELECTED_TAB_IN_SIGHT).await;
            assert_eq!(selected, true, "{view}: the selected tab is in sight");
            let honours = b
                .js("const d = document.querySelector('header .honours details'); const s = d.querySelector('summary').getBoundingClientRect(); return [d.open, s.top >= 0 && s.bottom <= innerHeight, s.height < 48]")
                .await;
            assert_eq!(
                honours,
                serde_json::json!([false, true, true]),
                "{view}: the honours are one line on screen, their list closed"
            );
        }
    }
    b.close().await;
}

#[tokio::test]
async fn the_honours_count_opens_their_list_on_a_phone_and_is_open_on_a_desktop() {
    let server = Server::start(vec![]);
    let b = Browser::start(PHONE.0, PHONE.1).await;
    b.open(&server.page("industry.en.html")).await;
    let summary = b.wait_for("header .honours summary").await;
    assert_eq!(
        summary.text().await.unwrap(),
        "Honours: 10 (6 national, 4 provincial)"
    );
    let badges_shown =
        "return [...document.querySelectorAll('header .badge')].filter(e => e.checkVisibility()).length";
    assert_eq!(b.js(badges_shown).await, 0, "closed on a phone");
    summary.click().await.unwrap();
    b.until(
        "the list opens",
        &format!("return (function () {{ {badges_shown} }})() === 10"),
    )
    .await;

    b.viewport(1280, 900).await;
    b.open(&server.page("industry.zh.html")).await;
    assert_eq!(
        b.text("header .honours summary").await,
        "所获荣誉10项（国家级6项、省级4项）"
    );
    assert_eq!(b.js(badges_shown).await, 10, "always shown on a desktop");
    b.close().await;
}

/// The app puts the other language's page in place (the switch, or an old link naming a
/// language); its tabs are set in another face, so they are scrolled once that face applies.
#[tokio::test]
async fn the_selected_tab_stays_in_sight_when_the_language_changes() {
    let server = Server::start(vec![]);
    let b = Browser::start(PHONE.0, PHONE.1).await;
    for theme in ["rural", "livelihood"] {
        for (from, to) in [("zh", "en"), ("en", "zh")] {
            b.open(&server.page(&format!("{theme}.{from}.html"))).await;
            b.click("#lang-switch").await;
            b.until(
                &format!("{theme}.{to}.html in place"),
                &format!("return document.documentElement.lang.startsWith('{to}') && location.pathname.endsWith('{theme}.{to}.html')"),
            )
            .await;
            assert_eq!(
                b.js(SELECTED_TAB_IN_SIGHT).await,
                true,
                "{theme}: switched from {from} to {to}, the selected tab is in sight"
            );
        }
        b.open(&server.page(&format!("?theme={theme}&lang=en")))
            .await;
        assert_eq!(
            b.js(SELECTED_TAB_IN_SIGHT).await,
            true,
            "?theme={theme}&lang=en: the selected tab is in sight"
        );
    }
    b.close().await;
}

/// Whether each end of the tab list, as the screen shows it, is shaded: a phone scrolls the list
/// sideways, and a shade is the reader's one cue that more tabs lie beyond that end.
async fn tab_list_shaded_ends(b: &Browser) -> [bool; 2] {
    let list = b
        .js(
            "const r = document.querySelector('[role=tablist]').getBoundingClientRect(); \
             return [r.left, r.right, (r.top + r.bottom) / 2]",
        )
        .await;
    let [left, right, middle]: [f64; 3] = serde_json::from_value(list).unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let (w, _, rgb) = b.pixels().await;
    // Above the tabs' words, where only the list's own background shows.
    let y = (middle - 12.0) as u32;
    let at = |x: f64| {
        let i = ((y * w + x as u32) * 3) as usize;
        rgb[i..i + 3]
            .iter()
            .map(|&c| i32::from(c))
            .collect::<Vec<_>>()
    };
    let paper = at((left + right) / 2.0);
    let shaded = |x: f64| {
        let diff: i32 = at(x).iter().zip(&paper).map(|(a, b)| (a - b).abs()).sum();
        diff > 24
    };
    [shaded(left + 1.0), shaded(right - 2.0)]
}

#[tokio::test]
async fn the_tab_list_shades_each_end_with_tabs_beyond_it() {
    let server = Server::start(vec![]);
    let b = Browser::start(320, PHONE.1).await;
    for (view, shaded) in [
        ("industry.zh.html", [false, true]),
        ("rural.en.html", [true, true]),
        ("livelihood.en.html", [true, false]),
    ] {
        b.open(&server.page(view)).await;
        assert_eq!(
            tab_list_shaded_ends(&b).await,
            shaded,
            "{view} at 320 px: [left end shaded, right end shaded]"
        );
    }
    for scheme in ["light", "dark"] {
        b.prefer_scheme(scheme).await;
        b.open(&server.page("industry.en.html")).await;
        b.js("document.querySelector('[role=tablist]').scrollLeft = 1e6")
            .await;
        assert_eq!(
            tab_list_shaded_ends(&b).await,
            [true, false],
            "industry.en.html, {scheme}, the tabs scrolled to their end by the reader"
        );
    }
    b.viewport(1280, 900).await;
    b.open(&server.page("rural.en.html")).await;
    assert_eq!(
        tab_list_shaded_ends(&b).await,
        [false, false],
        "on a desktop every tab is in sight, and neither end is shaded"
    );
    b.close().await;
}

/// Runs `script` on the industry page in each language at every `step`th width from 320 to
/// 480 px, with what it returned at each: for tests of where lines break on a phone.
async fn at_phone_widths(script: &str, step: usize) -> Vec<(&'static str, u32, serde_json::Value)> {
    let server = Server::start(vec![]);
    let b = Browser::start(PHONE.0, PHONE.1).await;
    let mut seen = Vec::new();
    for lang in ["zh", "en"] {
        b.viewport(PHONE.0, PHONE.1).await;
        b.open(&server.page(&format!("industry.{lang}.html"))).await;
        for width in (320..=480).step_by(step) {
            b.viewport(width, PHONE.1).await;
            seen.push((lang, width, b.js(script).await));
        }
    }
    b.close().await;
    seen
}

#[tokio::test]
async fn the_byline_splits_neither_the_date_nor_the_authors_name() {
    // Whether the date is on one line, and the author's name with the "·" after it.
    let source = &report_data::REPORT.source;
    let whole = format!(
        "{LINE_OF} {ON_ONE_LINE} const names = {{ zh: {zh:?}, en: {en:?} }}; \
         const name = names[document.documentElement.lang.slice(0, 2)]; \
         const chars = charsOf(document.querySelector('.byline')); const text = chars.map(c => c[0]).join(''); \
         const date = text.indexOf({date:?}); const at = text.indexOf(name); \
         if (date < 0 || at < 0) return 'the byline lacks the date or the name ' + name; \
         return [onOneLine(chars, date, date + {date_length}), onOneLine(chars, at, text.indexOf('·', at) + 1)]",
        zh = source.author.zh,
        en = source.author.en,
        date = source.date,
        date_length = source.date.encode_utf16().count(),
    );
    for (lang, width, whole) in at_phone_widths(&whole, 1).await {
        assert_eq!(
            whole,
            serde_json::json!([true, true]),
            "{lang} at {width} px: [the date, the author's name and “·”] each on one line"
        );
    }
}

#[tokio::test]
async fn no_headline_figure_splits_its_source_and_date() {
    // The cards whose "——萍乡日报，2023-03-26" after the quotation is not on one line.
    let split = format!(
        "{LINE_OF} {ON_ONE_LINE} const cites = {{ zh: {zh:?}, en: {en:?} }}; \
         const cite = cites[document.documentElement.lang.slice(0, 2)]; \
         return [...document.querySelectorAll('[role=tabpanel]:not([hidden]) .card-source')].filter(el => {{ \
           const chars = charsOf(el); const text = chars.map(c => c[0]).join(''); \
           const from = text.lastIndexOf(cite); \
           return from < 0 || !onOneLine(chars, from, from + cite.length); }}).map(el => el.closest('.card').dataset.indicator)",
        zh = cite(Lang::Zh),
        en = cite(Lang::En),
    );
    for (lang, width, split) in at_phone_widths(&split, 1).await {
        assert_eq!(
            split,
            serde_json::json!([]),
            "{lang} at {width} px: these cards split their source and date across lines"
        );
    }
}

#[tokio::test]
async fn tables_keep_headings_and_figures_whole_and_lined_up() {
    // The data tables, opened: the headings ("Value" broke as "Val" over "ue" on a phone) and
    // the cells of figures and years that are not each on one line; and the headings of those
    // columns not lined up on the right with their figures, as the figures are with each other.
    let check = format!(
        "{LINE_OF} {ON_ONE_LINE} \
         const panel = document.querySelector('[role=tabpanel]:not([hidden])'); \
         panel.querySelectorAll('.table-details').forEach(d => d.open = true); \
         const tables = [...panel.querySelectorAll('.figure-table')]; \
         if (tables.length === 0) return 'no table'; \
         const cells = tables.flatMap(t => [...t.querySelectorAll('thead th, td.num')]); \
         const split = cells.filter(el => {{ const chars = charsOf(el); return !onOneLine(chars, 0, chars.length); }}) \
           .map(el => el.textContent); \
         const right = (el) => {{ const r = document.createRange(); r.selectNodeContents(el); \
           return Math.round(r.getBoundingClientRect().right); }}; \
         const apart = tables.flatMap(t => [...t.querySelectorAll('thead th')].slice(1).filter((th, n) => \
           [...t.querySelectorAll(`tbody tr > td:nth-of-type(${{n + 1}})`)].some(td => Math.abs(right(td) - right(th)) > 1)) \
           .map(th => th.textContent)); \
         return {{ split, apart }}"
    );
    for (lang, width, found) in at_phone_widths(&check, 1).await {
        assert_eq!(
            found,
            serde_json::json!({ "split": [], "apart": [] }),
            "{lang} at {width} px: these table headings or figures break across lines (split) \
             or do not line up with their column's figures (apart)"
        );
    }
}

#[tokio::test]
async fn no_chart_hint_ends_on_a_lone_character() {
    // The last line of the first chart's hint, without its punctuation.
    let last_line = format!(
        "{LINE_OF} const text = document.querySelector('[role=tabpanel]:not([hidden]) .readout').firstChild; \
         const chars = text.data.split(''); const tops = chars.map((_, i) => lineOf(text, i)); \
         const last = Math.max(...tops); \
         return chars.filter((c, i) => tops[i] === last && /[\\p{{L}}\\p{{N}} ]/u.test(c)).join('').trim()"
    );
    for (lang, width, last) in at_phone_widths(&last_line, 4).await {
        let last = last.as_str().unwrap();
        // One character of Chinese, one word of English.
        let alone = match lang {
            "zh" => last.chars().count() < 2,
            _ => !last.contains(' '),
        };
        assert!(
            !alone,
            "{lang} at {width} px: the hint's last line is {last:?}"
        );
    }
}
