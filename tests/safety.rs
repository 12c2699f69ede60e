//! What a portal that frames the dashboard for years can rely on, in headless Chromium: hostile
//! addresses never break a document or inject anything, and a whole session of reading,
//! switching, embedding and downloading asks nothing of another origin or of the host above the
//! dashboard's own path, with no error logged.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use indicators_dashboard::render::documents;
use report_data::CHARTS;
use std::time::Duration;
use support::{errors, Browser, Server, BASE, PROBE};

/// Query strings and fragments a careless or hostile link could carry.
fn hostile_queries() -> Vec<String> {
    vec![
        "?theme=%3Cscript%3Ealert(1)%3C/script%3E".into(),
        "?lang=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E".into(),
        "?chart=javascript:alert(1)".into(),
        "?theme=javascript%3Aalert(document.cookie)&lang=en".into(),
        "?embed=1&chart=%E0%A4%A&theme=%".into(),
        "?%ff%fe=%ff&lang=%C0%AF".into(),
        "?theme=rural&theme=tourism&theme=&&&=&lang".into(),
        "?scheme=dark%0D%0ASet-Cookie:x=1".into(),
        "?lang=%E2%80%AEne&theme=%E2%80%8B".into(),
        format!("?chart={}", "a".repeat(6000)),
        "?childId=%3C/script%3E%3Cscript%3Ealert(1)%3C/script%3E&embed=1".into(),
        "?theme=__proto__&lang=constructor&chart=toString".into(),
        "#%3Cimg%20src=x%20onerror=alert(1)%3E".into(),
        "?embed=1&amp;chart=%3Csvg%20onload%3Dalert(1)%3E".into(),
    ]
}

/// Elements and attributes that would mean markup got in.
const INJECTED: &str = "return document.querySelectorAll('img, iframe, object, embed, script:not([src]), [onerror], [onload], a[href^=\"javascript:\"]').length";

#[tokio::test]
async fn hostile_addresses_show_a_theme_inject_nothing_and_log_no_error() {
    let server = Server::start(vec![]);
    let b = Browser::start(1280, 900).await;
    b.before_each_page(PROBE).await;
    let kinds = [
        "",
        "rural.en.html",
        "embed-tourism.zh.html",
        "embed-chart-industry-growth.en.html",
    ];
    let mut loads = 0;
    for kind in kinds {
        for query in hostile_queries() {
            let address = format!("{kind}{query}");
            b.open(&server.page(&address)).await;
            loads += 1;
            let shown = b
                .js("return [...document.querySelectorAll('.theme-title, figure.chart')].some(e => e.checkVisibility())")
                .await;
            assert_eq!(shown, true, "{address}: a theme or chart is shown");
            assert_eq!(b.js(INJECTED).await, 0, "{address}: nothing injected");
            assert_eq!(errors(&b).await, serde_json::json!([]), "{address}");
            let scripts = b
                .js("return [...document.scripts].every(s => s.src.startsWith(location.origin + '/portal/data/dashboard/'))")
                .await;
            assert_eq!(scripts, true, "{address}: only our own scripts");
        }
    }
    assert!(loads >= 30);
    b.close().await;
}

/// Every resource the current page loaded, by address.
async fn resources(b: &Browser) -> Vec<String> {
    b.strings("return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).map(e => e.name)")
        .await
}

#[tokio::test]
async fn a_whole_session_stays_within_the_dashboards_path_and_logs_no_error() {
    let server = Server::start(vec![]);
    let downloads = support::TempDir::new("session");
    let b = Browser::start_saving_to(1280, 900, Some(downloads.path())).await;
    b.before_each_page(PROBE).await;
    let own = format!("{}{BASE}", server.origin);
    let mut seen = Vec::new();

    // Every theme in both languages, switched in place.
    b.open(&server.page("")).await;
    for lang in ["zh", "en"] {
        for (_, state) in documents::all().into_iter().filter(|(_, s)| !s.embed) {
            if state.lang.key() == lang {
                b.click(&format!("[role=tab][data-theme={}]", state.theme.key()))
                    .await;
            }
        }
        if lang == "zh" {
            b.click(".lang-switch").await;
            b.until("English", "return document.documentElement.lang === 'en'")
                .await;
        }
    }
    // Every download the page offers: the whole data set, and each chart's files (in English,
    // where the session now is).
    b.click("[data-format=all-csv]").await;
    b.click("[data-format=all-json]").await;
    for chart in CHARTS {
        b.click(&format!("[role=tab][data-theme={}]", chart.theme.key()))
            .await;
        let figure = format!("figure[data-chart={}]", chart.id);
        b.click(&format!("{figure} details.share summary")).await;
        for format in ["csv", "svg", "png"] {
            b.click(&format!("{figure} .download[data-format={format}]"))
                .await;
        }
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    seen.extend(resources(&b).await);
    assert_eq!(errors(&b).await, serde_json::json!([]), "the full page");

    // Every embed, and every document.
    for (name, _) in documents::all() {
        b.open(&server.page(&name)).await;
        seen.extend(resources(&b).await);
        assert_eq!(errors(&b).await, serde_json::json!([]), "{name}");
    }
    for address in &seen {
        assert!(
            address.starts_with(&own)
                || address.starts_with("blob:")
                || address.starts_with("data:"),
            "{address} is outside {own}"
        );
    }
    let requests = server.requests.lock().unwrap().clone();
    assert!(
        requests.len() > 40,
        "the session made its requests: {}",
        requests.len()
    );
    for request in &requests {
        assert!(
            request.starts_with(BASE),
            "{request} was asked of the host, outside {BASE}"
        );
    }
    assert!(
        requests.iter().any(|r| r.ends_with("/xiangdong-2022.json")),
        "downloads were requested from the dashboard's own folder"
    );
    b.close().await;
}
