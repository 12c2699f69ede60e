//! The dashboard embedded in a portal page's iframes, as a government portal would: the iframe's
//! height follows the content through the resize messages, in both the pym.js and the Datawrapper
//! format, with the parent-side snippet the README documents (`docs/embed-resize.js`).

#![cfg(not(target_arch = "wasm32"))] // Native: drives the browser from outside.

mod support;

use indicators_dashboard::render::chart_svg::{DRAWING_MAX_WIDTH, PAGE_WIDTH};
use std::collections::BTreeSet;
use support::{Browser, Server, BASE};

const RESIZE_SNIPPET: &str = include_str!("../docs/embed-resize.js");

/// Records every message the parent receives, with the id of the iframe that sent it.
const RECORDER: &str = r#"
window.__messages = [];
window.addEventListener("message", function (event) {
  var from = null, frames = document.getElementsByTagName("iframe");
  for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === event.source) from = frames[i].id;
  window.__messages.push({ from: from, data: event.data });
});
"#;

fn portal(width: u32) -> String {
    format!(
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal</title>
<link rel="stylesheet" href="/portal/portal.css">
<script src="/portal/record.js"></script><script src="/portal/embed-resize.js"></script></head>
<body><h1>A portal page</h1>
<iframe id="chart" title="Investment" src="{BASE}embed-chart-industry-investment.zh.html" width="{width}" height="150" scrolling="no" frameborder="0"></iframe>
<iframe id="theme" title="Town and country" src="{BASE}?embed=1&amp;theme=rural&amp;lang=en&amp;childId=coop" width="{width}" height="150" scrolling="no" frameborder="0"></iframe>
</body></html>"#
    )
}

fn server() -> Server {
    Server::start(vec![
        ("/portal/wide.html", portal(640)),
        ("/portal/narrow.html", portal(280)),
        (
            "/portal/plain.html",
            r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A portal without scripts</title>
<link rel="stylesheet" href="/portal/portal.css"></head><body><div id="box"></div></body></html>"#
                .to_owned(),
        ),
        ("/portal/record.js", RECORDER.to_owned()),
        ("/portal/embed-resize.js", RESIZE_SNIPPET.to_owned()),
        (
            "/portal/portal.css",
            "iframe { display: block; border: 0; }".to_owned(),
        ),
    ])
}

/// A browser on the portal page `page` (`wide` or `narrow`), with the server behind it.
async fn open_portal(page: &str) -> (Server, Browser) {
    let server = server();
    let b = Browser::start(900, 900).await;
    let url = format!("{}/portal/{page}.html", server.origin);
    b.client.goto(&url).await.unwrap();
    (server, b)
}

/// The content height of the page inside an iframe (same origin, so the test can look).
async fn content_height(b: &Browser, frame: &str) -> u64 {
    b.js(&format!(
        "return document.getElementById('{frame}').contentDocument.body.offsetHeight"
    ))
    .await
    .as_u64()
    .unwrap()
}

async fn frame_height(b: &Browser, frame: &str) -> u64 {
    b.js(&format!(
        "return Math.round(document.getElementById('{frame}').getBoundingClientRect().height)"
    ))
    .await
    .as_u64()
    .unwrap()
}

/// Waits until the iframe's height equals its content's, which only the messages can achieve.
async fn height_follows(b: &Browser, frame: &str, what: &str) -> u64 {
    b.until(
        what,
        &format!(
            "var f = document.getElementById('{frame}'); var h = f.contentDocument && f.contentDocument.body && f.contentDocument.body.offsetHeight;
             return h > 200 && Math.round(f.getBoundingClientRect().height) === h;"
        ),
    )
    .await;
    let height = frame_height(b, frame).await;
    assert_eq!(height, content_height(b, frame).await);
    height
}

/// The last height the iframe `frame` posted in each format: (Datawrapper, pym).
async fn posted(b: &Browser, frame: &str, id: &str) -> (Option<u64>, Option<u64>) {
    let dw = b
        .js(&format!(
            "var m = window.__messages.filter(m => m.from === '{frame}' && m.data && m.data['datawrapper-height']);
             return m.length ? m[m.length - 1].data['datawrapper-height']['{id}'] : null;"
        ))
        .await
        .as_u64();
    let pym = b
        .js(&format!(
            "var m = window.__messages.filter(m => m.from === '{frame}' && typeof m.data === 'string' && m.data.indexOf('pymxPYMx{id}xPYMxheightxPYMx') === 0);
             return m.length ? Number(m[m.length - 1].data.split('xPYMx')[3]) : null;"
        ))
        .await
        .as_u64();
    (dw, pym)
}

#[tokio::test]
async fn iframe_heights_follow_the_content_in_both_protocols() {
    let (_server, b) = open_portal("wide").await;

    // A single chart, through Datawrapper's message (no childId, so no pym message).
    let chart_height = height_follows(&b, "chart", "the chart iframe to take its height").await;
    assert_eq!(
        posted(&b, "chart", "industry-investment").await,
        (Some(chart_height), None)
    );

    // A theme, with pym's childId: both formats, the same height.
    let theme_height = height_follows(&b, "theme", "the theme iframe to take its height").await;
    assert_eq!(
        posted(&b, "theme", "coop").await.1,
        Some(theme_height),
        "pym message"
    );
    assert_eq!(
        posted(&b, "theme", "rural").await.0,
        Some(theme_height),
        "Datawrapper message"
    );
    assert!(
        theme_height > chart_height,
        "a theme is taller than one chart"
    );

    // Showing a chart's table changes the height, and the iframe follows.
    b.js("document.getElementById('chart').contentDocument.querySelector('.table-details > summary').click()")
        .await;
    b.until(
        "the chart iframe to follow the table",
        &format!("return Math.round(document.getElementById('chart').getBoundingClientRect().height) !== {chart_height}"),
    )
    .await;
    let with_table = height_follows(&b, "chart", "the chart iframe to settle").await;
    assert_eq!(
        posted(&b, "chart", "industry-investment").await.0,
        Some(with_table)
    );

    b.js("document.getElementById('theme').contentDocument.querySelector('.table-details > summary').click()")
        .await;
    b.until(
        "the theme iframe to follow the table",
        &format!("return Math.round(document.getElementById('theme').getBoundingClientRect().height) !== {theme_height}"),
    )
    .await;
    let with_table = height_follows(&b, "theme", "the theme iframe to settle").await;
    assert_eq!(posted(&b, "theme", "coop").await.1, Some(with_table));
    b.close().await;
}

/// Datawrapper's older embed script, as portals still carry it: it finds the iframe by the id
/// the message names, in the iframe's `id` or in its `src`.
const SRC_MATCHING_RESIZE: &str = r#"
window.addEventListener("message", function (event) {
  var heights = event.data && event.data["datawrapper-height"];
  if (!heights) return;
  for (var id in heights) {
    var frame = document.getElementById("datawrapper-chart-" + id) || document.querySelector("iframe[src*='" + id + "']");
    if (frame) frame.style.height = heights[id] + "px";
  }
});
"#;

#[tokio::test]
async fn a_dropped_chart_s_embed_shows_its_figures_and_is_resized_by_its_old_id() {
    // The figures of these two charts became cards of a theme: their old embeds show that theme,
    // and report their height under the id the portal's iframe was given.
    let page = format!(
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal</title>
<link rel="stylesheet" href="/portal/portal.css"><script src="/portal/record.js"></script><script src="/portal/old-resize.js"></script></head>
<body><iframe id="file" title="Services" src="{BASE}embed-chart-cooperation-services.zh.html" width="640" height="150" scrolling="no" frameborder="0"></iframe>
<iframe id="query" title="Funds" src="{BASE}?embed=1&amp;chart=livelihood-funds" width="640" height="150" scrolling="no" frameborder="0"></iframe>
</body></html>"#
    );
    let server = Server::start(vec![
        ("/portal/old.html", page),
        ("/portal/record.js", RECORDER.to_owned()),
        ("/portal/old-resize.js", SRC_MATCHING_RESIZE.to_owned()),
        (
            "/portal/portal.css",
            "iframe { display: block; border: 0; }".to_owned(),
        ),
    ]);
    let b = Browser::start(1280, 900).await;
    b.client
        .goto(&format!("{}/portal/old.html", server.origin))
        .await
        .unwrap();
    for (frame, old, theme, figure) in [
        (
            "file",
            "cooperation-services",
            "cooperation",
            "cross-province-items",
        ),
        (
            "query",
            "livelihood-funds",
            "livelihood",
            "losses-recovered",
        ),
    ] {
        let height = height_follows(&b, frame, &format!("{frame}: resized by {old}")).await;
        assert_eq!(posted(&b, frame, old).await.0, Some(height), "{frame}");
        assert_eq!(
            b.js(&inside(
                frame,
                &format!("return [d.querySelector('.theme-panel').dataset.theme, !!d.querySelector('.card[data-indicator={figure}]')]")
            ))
            .await,
            serde_json::json!([theme, true]),
            "{frame} shows the theme holding {old}'s figures"
        );
    }
    b.close().await;
}

/// A script run on the document inside the iframe `frame` (same origin), bound to `d`.
fn inside(frame: &str, script: &str) -> String {
    format!(
        "return (function (d) {{ {script} }})(document.getElementById('{frame}').contentDocument)"
    )
}

#[tokio::test]
async fn an_embed_shows_one_chart_or_one_theme_without_the_page_chrome() {
    let (_server, b) = open_portal("wide").await;
    height_follows(&b, "chart", "chart embed").await;
    height_follows(&b, "theme", "theme embed").await;
    for frame in ["chart", "theme"] {
        assert_eq!(
            b.js(&inside(
                frame,
                "return d.querySelectorAll('header, nav, [role=tablist]').length"
            ))
            .await,
            0
        );
        let back = b
            .js(&inside(
                frame,
                "return d.querySelector('.embed-back a').getAttribute('href')",
            ))
            .await;
        let back = back.as_str().unwrap();
        assert!(
            !back.contains(':') && !back.starts_with('/'),
            "relative link back: {back}"
        );
        assert_eq!(
            b.js(&inside(
                frame,
                "return getComputedStyle(d.documentElement).backgroundColor"
            ))
            .await,
            "rgba(0, 0, 0, 0)",
            "transparent without a scheme"
        );
    }
    assert_eq!(
        b.js(&inside(
            "chart",
            "return d.querySelectorAll('figure.chart').length"
        ))
        .await,
        1
    );
    assert_eq!(
        b.js(&inside(
            "chart",
            "return d.querySelector('figure.chart').dataset.chart"
        ))
        .await,
        "industry-investment"
    );
    assert_eq!(
        b.js(&inside(
            "theme",
            "return d.querySelector('.theme-title').textContent"
        ))
        .await,
        "Town and country"
    );
    assert_eq!(
        b.js(&inside(
            "theme",
            "return d.querySelector('.embed-back a').getAttribute('href')"
        ))
        .await,
        "rural.en.html"
    );
    assert_eq!(
        b.js(&inside(
            "chart",
            "return d.querySelector('.embed-back a').getAttribute('href')"
        ))
        .await,
        "industry.zh.html#chart-industry-investment"
    );

    // Messages the embed does not recognise change nothing.
    b.js("var w = document.getElementById('chart').contentWindow; w.postMessage('<img src=x onerror=alert(1)>', '*'); w.postMessage({'datawrapper-height': {'x': -1}}, '*'); w.postMessage('pymxPYMxcoopxPYMxwidthxPYMx1', '*');").await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(
        b.js(&inside("chart", "return d.querySelectorAll('img').length"))
            .await,
        0
    );
    assert_eq!(
        b.js(&inside(
            "chart",
            "return [...d.querySelectorAll('figure.chart svg.chart-svg')].filter(s => s.checkVisibility()).length"
        ))
        .await,
        1,
        "one drawing of the chart on screen"
    );
    b.close().await;
}

/// Messages a hostile or careless portal could post: pym.js's own commands and forged heights,
/// Datawrapper-shaped objects, markup, a 1 MB string and key, and `__proto__` payloads that
/// would pollute prototypes if the embed merged them into an object.
const HOSTILE_MESSAGES: &str = r#"
var big = new Array((1 << 20) + 1).join('x');
var forgedKey = {}; forgedKey[big] = 1;
return [
  'pymxPYMxcoopxPYMxheightxPYMx99999',
  'pymxPYMxcoopxPYMxnavigateToxPYMxjavascript:alert(1)',
  'pymxPYMxcoopxPYMxscrollToChildPosxPYMx-9999',
  'pymxPYMxcoopxPYMxparentPositionInfoxPYMx0 0 0 0',
  'pymxPYMxcoopxPYMxwidthxPYMx1',
  'pymxPYMx<img src=x onerror=alert(1)>xPYMxheightxPYMx1',
  'pymxPYMx' + big,
  big,
  {'datawrapper-height': {'industry-investment': 1, 'rural': 99999}},
  {'datawrapper-height': {'industry-investment': '<img src=x onerror=alert(1)>'}},
  {'datawrapper-height': null},
  {'datawrapper-height': forgedKey},
  {type: 'datawrapper:resize', height: 1},
  JSON.parse('{"__proto__": {"polluted": "yes"}, "datawrapper-height": {"__proto__": {"polluted": 1}}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  null, 0, true, [1, 2, 3]
];
"#;

/// What must not change in an embed: its markup, its height, its address, and its prototypes.
async fn embed_snapshot(b: &Browser, frame: &str) -> serde_json::Value {
    b.js(&inside(
        frame,
        "var w = d.defaultView; return [d.body.innerHTML, d.body.offsetHeight, w.location.href,          w.Object.prototype.polluted === undefined && ({}).polluted === undefined,          d.querySelectorAll('img, script:not([src])').length];",
    ))
    .await
}

#[tokio::test]
async fn hostile_messages_change_neither_the_embed_nor_its_height_messages() {
    let (_server, b) = open_portal("wide").await;
    let heights = [
        height_follows(&b, "chart", "chart embed").await,
        height_follows(&b, "theme", "theme embed").await,
    ];
    let before = [
        embed_snapshot(&b, "chart").await,
        embed_snapshot(&b, "theme").await,
    ];
    let from_embeds = "return window.__messages.filter(m => m.from !== null).length";
    let sent = b.js(from_embeds).await;

    // Into each embed, and into the portal page itself: the parent snippet trusts only messages
    // from its iframes, so a forged height posted on the page must not resize one either.
    b.js(&format!(
        "var messages = (function () {{ {HOSTILE_MESSAGES} }})();
         var targets = [document.getElementById('chart').contentWindow,
                        document.getElementById('theme').contentWindow, window];
         targets.forEach(function (w) {{ messages.forEach(function (m) {{ w.postMessage(m, '*'); }}); }});"
    ))
    .await;
    // Let every message be delivered, and any layout or resize observer they could trigger run.
    tokio::time::sleep(std::time::Duration::from_millis(1000)).await;

    for (i, frame) in ["chart", "theme"].into_iter().enumerate() {
        assert_eq!(embed_snapshot(&b, frame).await, before[i], "{frame}");
        assert_eq!(frame_height(&b, frame).await, heights[i], "{frame}");
    }
    assert_eq!(
        posted(&b, "chart", "industry-investment").await,
        (Some(heights[0]), None)
    );
    assert_eq!(
        posted(&b, "theme", "coop").await,
        (None, Some(heights[1])),
        "pym height of the theme embed"
    );
    assert_eq!(
        posted(&b, "theme", "rural").await.0,
        Some(heights[1]),
        "Datawrapper height of the theme embed"
    );
    assert_eq!(
        b.js(from_embeds).await,
        sent,
        "the embeds posted no message in reply"
    );
    b.close().await;
}

/// Most portals take an `<iframe>` and no script: the snippet's own height must show the whole
/// chart, from a phone's width up, and not leave much empty below it where the chart is at its
/// widest.
#[tokio::test]
async fn every_snippet_shows_its_whole_chart_on_a_page_without_scripts() {
    let (server, b) = open_portal("plain").await;
    // Each theme that has a chart, from its own document.
    let themes: BTreeSet<&str> = report_data::CHARTS.iter().map(|c| c.theme.key()).collect();
    let mut snippets = Vec::new();
    for lang in ["zh", "en"] {
        for theme in &themes {
            b.open(&server.page(&format!("{theme}.{lang}.html"))).await;
            let found = b
                .js("return [...document.querySelectorAll('[role=tabpanel]:not([hidden]) pre.share-text')].map(p => p.textContent)")
                .await;
            snippets.extend(
                found
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|s| s.as_str().unwrap().to_owned()),
            );
        }
    }
    assert_eq!(snippets.len(), 2 * report_data::CHARTS.len());
    b.client
        .goto(&format!("{}/portal/plain.html", server.origin))
        .await
        .unwrap();
    for snippet in &snippets {
        b.js(&format!(
            "document.getElementById('box').innerHTML = {}",
            serde_json::to_string(snippet).unwrap()
        ))
        .await;
        b.until(
            "the embed has loaded",
            "const d = document.querySelector('iframe').contentDocument; \
             return !!d && d.readyState === 'complete' && !!d.querySelector('svg.chart-svg')",
        )
        .await;
        for width in [320, 360, 414, 480, 640, 960] {
            let measured = b
                .js(&format!(
                    "document.getElementById('box').style.width = '{width}px'; \
                     const f = document.querySelector('iframe'); \
                     const frame = f.getBoundingClientRect(); \
                     return [f.contentWindow.innerWidth, f.contentDocument.body.offsetHeight, Math.round(frame.height)]"
                ))
                .await;
            let [inner, content, frame] = [0, 1, 2].map(|n| measured[n].as_u64().unwrap());
            assert_eq!(inner, width, "the embed is laid out at the iframe's width");
            assert!(
                content <= frame,
                "at {width} px, {snippet} cuts off {} px of its chart",
                content - frame
            );
            if width >= 360 {
                assert!(
                    frame - content <= 64,
                    "at {width} px, {snippet} leaves {} px empty",
                    frame - content
                );
            }
        }
    }
    b.close().await;
}

#[tokio::test]
async fn embeds_fit_a_280_px_iframe_without_scrolling_sideways() {
    let (_server, b) = open_portal("narrow").await;
    for frame in ["chart", "theme"] {
        height_follows(&b, frame, "narrow embed").await;
        let fits = b
            .js(&format!(
                "var d = document.getElementById('{frame}').contentDocument.documentElement; return [d.scrollWidth, d.clientWidth];"
            ))
            .await;
        let [scroll, client] = [&fits[0], &fits[1]].map(|v| v.as_u64().unwrap());
        assert_eq!(client, 280);
        assert!(
            scroll <= client,
            "{frame}: content is {scroll} px wide in a 280 px iframe"
        );
        // The drawing is scaled to the iframe; its smallest text must stay legible on screen.
        let smallest = b
            .js(&format!(
                "var d = document.getElementById('{frame}').contentDocument; return Math.min(...[...d.querySelectorAll('svg.chart-svg')].filter(s => s.checkVisibility()).flatMap(s => [...s.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * s.getScreenCTM().a)));"
            ))
            .await;
        let smallest = smallest.as_f64().unwrap();
        assert!(
            (11.5..100.0).contains(&smallest),
            "{frame}: chart text as small as {smallest} px"
        );
    }
    b.close().await;
}

/// A portal's article column is often twice a phone's width: a chart embed, or a theme's,
/// there fills most of it, its text at the size it has at its widest in a narrow iframe, not
/// larger; at any width each chart shows one drawing, with one tab stop.
#[tokio::test]
async fn embeds_fill_a_wide_iframe_with_their_text_at_the_same_size() {
    let measure = |frame: &str| {
        inside(
            frame,
            "var s = [...d.querySelectorAll('figure.chart')].map(f => {
               var shown = [...f.querySelectorAll('svg.chart-svg')].filter(s => s.checkVisibility());
               var text = [...shown[0].querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * shown[0].getScreenCTM().a);
               return [shown.length, shown[0].getBoundingClientRect().width, f.clientWidth, Math.max(...text),
                       [...f.querySelectorAll('.hit[tabindex=\"0\"]')].filter(h => h.checkVisibility()).length];
             });
             return s.length === 1 ? s[0] : null;",
        )
    };
    let mut largest_text = Vec::new();
    for (page, iframe) in [("narrow", 280.0), ("wide", 640.0)] {
        let (_server, b) = open_portal(page).await;
        for frame in ["chart", "theme"] {
            height_follows(&b, frame, "embed").await;
            let m = b.js(&measure(frame)).await;
            let [shown, drawing, room, text, stops] =
                [0, 1, 2, 3, 4].map(|n| m[n].as_f64().unwrap());
            assert_eq!(shown, 1.0, "{frame} at {iframe} px: one drawing on screen");
            assert_eq!(
                stops, 1.0,
                "{frame} at {iframe} px: one tab stop among the bars"
            );
            assert!(
                drawing >= 0.85 * room,
                "{frame} at {iframe} px: the drawing is {drawing} px of {room} px"
            );
            largest_text.push(text);
        }
        b.close().await;
    }
    // In a 280 px iframe the narrow drawing is shown at its own size, its narrowest.
    for (narrow, wide) in [(0, 2), (1, 3)] {
        let at_its_widest = largest_text[narrow] * DRAWING_MAX_WIDTH / PAGE_WIDTH;
        assert!(
            (largest_text[wide] - at_its_widest).abs() < 0.5,
            "largest text {} px at 640 px, {at_its_widest} px for the narrow drawing at its widest",
            largest_text[wide]
        );
    }
}

#[tokio::test]
async fn an_embed_with_a_scheme_has_that_background() {
    let server = server();
    let b = Browser::start(600, 900).await;
    b.open(&server.page("?embed=1&chart=industry-growth&scheme=dark"))
        .await;
    assert_eq!(
        b.js("return getComputedStyle(document.documentElement).backgroundColor")
            .await,
        "rgb(22, 27, 34)"
    );
    b.close().await;
}

#[test]
fn the_readme_documents_the_tested_parent_snippet() {
    let readme = include_str!("../README.md");
    assert!(
        readme.contains(RESIZE_SNIPPET.trim()),
        "README.md must show docs/embed-resize.js as it is"
    );
}
