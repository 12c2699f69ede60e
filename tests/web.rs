//! Components mounted on their own in a real browser (wasm-bindgen-test), checked in the DOM:
//! `cargo test --target wasm32-unknown-unknown --test web` (scripts/test runs it).

#![cfg(target_arch = "wasm32")]

use indicators_dashboard::chart_figure::ChartFigure;
use indicators_dashboard::chart_svg::LIGHT;
use indicators_dashboard::locale::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `view` in a fresh element of its own and returns that element.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    let document = gloo_utils::document();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), view).forget();
    host
}

/// The text of the first element matching `css` inside `host`.
fn text(host: &web_sys::HtmlElement, css: &str) -> String {
    let element = host
        .query_selector(css)
        .unwrap()
        .unwrap_or_else(|| panic!("no {css}"));
    element.text_content().unwrap_or_default()
}

async fn next_tick() {
    let promise = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_chart_figure_draws_its_bars_and_toggles_to_its_table() {
    let chart = report_data::chart("industry-projects").unwrap();
    let lang = RwSignal::new(Lang::Zh);
    let host = mount(move || {
        view! { <ChartFigure chart lang=lang.into() palette=Signal::stored(&LIGHT) shareable=false/> }
    });
    let count = |css: &str| host.query_selector_all(css).unwrap().length() as usize;
    assert_eq!(count("svg.chart-svg .hit"), chart.members.len());
    assert_eq!(text(&host, "h3"), "项目建设");

    let toggle: web_sys::HtmlElement = host
        .query_selector(".table-toggle")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(
        toggle.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    toggle.click();
    next_tick().await;
    assert_eq!(
        toggle.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert!(!host
        .query_selector(".table-wrap")
        .unwrap()
        .unwrap()
        .class_list()
        .contains("hidden"));
    assert!(host
        .query_selector(".chart-body")
        .unwrap()
        .unwrap()
        .class_list()
        .contains("hidden"));
    assert_eq!(count("tbody tr"), chart.members.len());

    lang.set(Lang::En);
    next_tick().await;
    assert_eq!(text(&host, "h3"), "Projects");
    assert_eq!(toggle.text_content().unwrap(), "Show chart");
    host.remove();
}
