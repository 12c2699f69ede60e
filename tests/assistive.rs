//! What a screen reader and a keyboard meet, in headless Chromium: each bar of a chart said
//! once, in words; every theme reached with the Tab key without JavaScript and one tab stop with
//! it; Chinese on English pages marked as Chinese; focus rings whole; every ARIA reference
//! pointing at an element that is there; share controls named apart and their fields copied
//! from the keyboard; the honours' disclosure saying what is shown.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::key::Key;
use indicators_dashboard::render::documents;
use indicators_dashboard::render::locale::Lang;
use indicators_dashboard::render::url_state::NAV_THEMES;
use report_data::{theme_info, Theme};
use support::{Browser, Server};

#[tokio::test]
async fn a_screen_reader_meets_each_bar_once_as_its_label_and_value() {
    let server = Server::start(vec![]);
    let b = Browser::start(700, 900).await;
    for lang in Lang::ALL {
        // A chart with a broken axis: the drawing's text has labels, ticks, the unit and a note.
        let name = format!("embed-chart-industry-growth.{}.html", lang.key());
        b.open(&server.page(&name)).await;
        let shown = "const svg = [...document.querySelectorAll('svg.chart-svg')].find(s => s.checkVisibility());";
        let bars = b
            .strings(&format!(
                "{shown} return [...svg.querySelectorAll('.hit title')].map(t => t.textContent)"
            ))
            .await;
        let drawn = b
            .strings(&format!(
                "{shown} return [...svg.querySelectorAll('text')].map(t => t.textContent.trim())"
            ))
            .await;
        assert_eq!(bars.len(), 4, "{name}");
        let tree = b.read_aloud().await;
        let images: Vec<&String> = tree
            .iter()
            .filter(|(role, ..)| role == "image")
            .map(|(_, name, _)| name)
            .collect();
        assert_eq!(
            images,
            bars.iter().collect::<Vec<_>>(),
            "{name}: each bar once, in order"
        );
        for (role, said, description) in &tree {
            assert!(
                description.is_empty() || description != said,
                "{name}: {role} {said:?} is said twice, as its name and its description"
            );
            assert!(
                role != "StaticText" || !drawn.contains(said),
                "{name}: the drawing's text {said:?} is read out beside its bars"
            );
        }
    }
    b.close().await;
}

/// The ids of the elements the Tab key reaches from the selected tab, `steps` presses on.
async fn tab_from_selected_tab(b: &Browser, steps: usize) -> Vec<String> {
    b.js("document.querySelector('[role=tab][aria-selected=true]').focus()")
        .await;
    let mut reached = Vec::new();
    for _ in 0..steps {
        b.press(Key::Tab).await;
        reached.push(
            b.js(
                "return document.activeElement.id || document.activeElement.getAttribute('class')",
            )
            .await
            .as_str()
            .unwrap_or("")
            .to_owned(),
        );
    }
    reached
}

#[tokio::test]
async fn without_javascript_the_tab_key_reaches_every_theme_and_with_it_the_arrow_keys_do() {
    let server = Server::start(vec![]);
    let tabs_after_first: Vec<String> = NAV_THEMES[1..]
        .iter()
        .map(|t| format!("tab-{}", t.key()))
        .collect();
    let b = Browser::start(1280, 900).await;
    b.without_javascript().await;
    b.client
        .goto(&server.page("industry.en.html"))
        .await
        .unwrap();
    b.wait_for("main#main").await;
    assert_eq!(
        tab_from_selected_tab(&b, tabs_after_first.len()).await,
        tabs_after_first,
        "without script, each theme's tab is a link the Tab key reaches"
    );
    b.close().await;

    let b = Browser::start(1280, 900).await;
    b.open(&server.page("industry.en.html")).await;
    let reached = tab_from_selected_tab(&b, 1).await;
    assert!(
        !reached[0].starts_with("tab-"),
        "with the app, the tab list is one stop (arrow keys move in it): Tab went to {reached:?}"
    );
    b.js("document.getElementById('tab-industry').focus()")
        .await;
    b.press(Key::Right).await;
    b.until(
        "the next theme shown",
        "return document.querySelector('[role=tab][aria-selected=true]').id === 'tab-cooperation'",
    )
    .await;
    assert_eq!(
        b.js("return [...document.querySelectorAll('[role=tab]')].filter(t => t.tabIndex === 0).map(t => t.id)")
            .await,
        serde_json::json!(["tab-cooperation"]),
        "the selected tab is the list's one stop"
    );
    b.close().await;
}

/// Opens each of `names` without JavaScript and asserts that `script`, which lists what is
/// wrong in a document, lists nothing; `what` says what it lists.
async fn nothing_found_in(server: &Server, names: &[String], script: &str, what: &str) {
    let b = Browser::start(1280, 900).await;
    b.without_javascript().await;
    for name in names {
        b.client.goto(&server.page(name)).await.unwrap();
        b.wait_for("main#main").await;
        assert_eq!(b.js(script).await, serde_json::json!([]), "{name}: {what}");
    }
    b.close().await;
}

#[tokio::test]
async fn english_documents_mark_their_chinese_as_chinese() {
    // A screen reader reads text in the voice of its language: Chinese marked as English is
    // read as letters, or not at all.
    let server = Server::start(vec![]);
    let unmarked = "const out = []; \
        const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); \
        while (walk.nextNode()) { const t = walk.currentNode; \
          if (/\\p{Script=Han}/u.test(t.data) && !t.parentElement.closest('[lang]').lang.startsWith('zh')) \
            out.push(t.data.trim()); } \
        return out";
    let mut documents: Vec<String> = documents::all().into_iter().map(|(n, _)| n).collect();
    documents.extend(documents::aliases().into_iter().map(|(n, _)| n));
    documents.retain(|n| n.ends_with(".en.html"));
    assert!(documents.len() > 10);
    nothing_found_in(
        &server,
        &documents,
        unmarked,
        "Chinese text not marked lang=zh-CN",
    )
    .await;
}

#[tokio::test]
async fn every_aria_reference_names_an_element_of_its_document() {
    let server = Server::start(vec![]);
    let missing = "const out = []; \
        for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls']) \
          for (const el of document.querySelectorAll('[' + attr + ']')) \
            for (const id of el.getAttribute(attr).split(/\\s+/)) \
              if (!document.getElementById(id)) out.push(attr + '=' + id); \
        return out";
    let all: Vec<String> = documents::all().into_iter().map(|(n, _)| n).collect();
    nothing_found_in(
        &server,
        &all,
        missing,
        "references to elements it does not hold",
    )
    .await;

    // With the app, a tab names its panel once the panel is there.
    let b = Browser::start(1280, 900).await;
    b.open(&server.page("industry.en.html")).await;
    b.until(
        "every theme's panel brought in",
        &format!(
            "return document.querySelectorAll('.theme-panel').length === {}",
            NAV_THEMES.len()
        ),
    )
    .await;
    assert_eq!(
        b.js("return [...document.querySelectorAll('[role=tab]')].map(t => !!document.getElementById(t.getAttribute('aria-controls')))")
            .await,
        serde_json::json!(vec![true; NAV_THEMES.len()]),
    );
    b.close().await;
}

#[tokio::test]
async fn a_theme_embed_is_a_section_named_by_its_title_not_a_tab_panel_without_tabs() {
    let server = Server::start(vec![]);
    let b = Browser::start(700, 900).await;
    b.open(&server.page("embed-rural.en.html")).await;
    let tree = b.read_aloud().await;
    assert!(
        !tree.iter().any(|(role, ..)| role == "tabpanel"),
        "no tab panel where there are no tabs"
    );
    let title = theme_info(Theme::Rural).title.en;
    assert!(
        tree.iter()
            .any(|(role, name, _)| role == "region" && name == title),
        "a region named {title:?}: {tree:?}"
    );
    b.close().await;
}

#[tokio::test]
async fn a_tab_s_focus_ring_is_drawn_whole() {
    let server = Server::start(vec![]);
    let b = Browser::start(1280, 900).await;
    b.open(&server.page("industry.en.html")).await;
    b.viewport(390, 800).await;
    // Focus by keyboard (the ring is for keyboard focus): from the first bar back to the tabs.
    b.js("document.querySelector('.hit').focus()").await;
    for _ in 0..20 {
        if b.js("return document.activeElement.getAttribute('role') === 'tab'")
            .await
            == true
        {
            break;
        }
        b.client
            .active_element()
            .await
            .unwrap()
            .send_keys(&format!("{}{}", Key::Shift, Key::Tab))
            .await
            .unwrap();
    }
    // The ring's outer edge, against the box of the tab list, which cuts off what overflows it.
    let cut = b
        .js("const t = document.activeElement, s = getComputedStyle(t); \
             if (t.getAttribute('role') !== 'tab' || !t.matches(':focus-visible')) return 'no tab in keyboard focus'; \
             const out = parseFloat(s.outlineOffset) + parseFloat(s.outlineWidth); \
             const r = t.getBoundingClientRect(), l = t.parentElement.getBoundingClientRect(); \
             return [r.left - out < l.left - 0.5, r.right + out > l.right + 0.5, r.top - out < l.top - 0.5, r.bottom + out > l.bottom + 0.5]")
        .await;
    assert_eq!(
        cut,
        serde_json::json!([false, false, false, false]),
        "sides of the ring cut off (left, right, top, bottom)"
    );
    b.close().await;
}

#[tokio::test]
async fn share_controls_are_named_apart_and_their_fields_copied_from_the_keyboard() {
    let server = Server::start(vec![]);
    let b = Browser::start(1280, 900).await;
    b.open(&server.page("industry.en.html")).await;
    let figure = "figure[data-chart=industry-funds]";
    b.click(&format!("{figure} .share summary")).await;
    b.wait_for(&format!("{figure} .share .copy")).await;
    let names: Vec<String> = b
        .read_aloud()
        .await
        .into_iter()
        .filter(|(role, name, _)| role == "button" && name.starts_with("Copy"))
        .map(|(_, name, _)| name)
        .collect();
    assert_eq!(names, ["Copy Link", "Copy Embed code"]);
    // Tab from the first copy button reaches the snippet, selected whole: Ctrl+C copies it.
    b.js(&format!(
        "document.querySelector('{figure} .share .copy').focus()"
    ))
    .await;
    b.press(Key::Tab).await;
    assert_eq!(
        b.js("const f = document.activeElement; return f.matches('pre.share-text') && getSelection().toString() === f.textContent && f.textContent.startsWith('<iframe')")
            .await,
        true,
        "the embed code, selected"
    );
    b.close().await;
}

#[tokio::test]
async fn the_honours_disclosure_says_what_is_shown() {
    let server = Server::start(vec![]);
    let b = Browser::start(1280, 900).await;
    let state = "const d = document.querySelector('.honours details'), s = d.querySelector('summary'); \
                 return [d.open, s.tabIndex, document.querySelector('.honours .badges').checkVisibility()]";
    // Wide: the list is always shown, so the disclosure is open and no stop of the Tab key.
    b.open(&server.page("industry.en.html")).await;
    assert_eq!(b.js(state).await, serde_json::json!([true, -1, true]));
    b.js("document.getElementById('lang-switch').focus()").await;
    for _ in 0..3 {
        b.press(Key::Tab).await;
    }
    assert_eq!(
        b.js("return document.activeElement.getAttribute('role')")
            .await,
        "tab",
        "from the language switch past the two downloads to the tabs"
    );
    // And after the language is switched in place, the new page's disclosure too.
    b.click("#lang-switch").await;
    b.until(
        "the Chinese page",
        "return document.documentElement.lang === 'zh-CN'",
    )
    .await;
    assert_eq!(b.js(state).await, serde_json::json!([true, -1, true]));
    b.close().await;

    // A phone: a closed toggle the keyboard reaches, which opens the list.
    let b = Browser::start(1280, 900).await;
    b.viewport(390, 800).await;
    b.open(&server.page("industry.en.html")).await;
    assert_eq!(b.js(state).await, serde_json::json!([false, 0, false]));
    b.click(".honours summary").await;
    assert_eq!(b.js(state).await, serde_json::json!([true, 0, true]));
    b.close().await;
}
