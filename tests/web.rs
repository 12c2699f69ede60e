//! Components mounted on their own in a real browser (wasm-bindgen-test), checked in the DOM:
//! `cargo test --target wasm32-unknown-unknown --test web` (scripts/test runs it).

#![cfg(target_arch = "wasm32")]

use indicators_dashboard::render::chart_svg::PAGE_WIDTHS;
use indicators_dashboard::render::locale::Lang;
use indicators_dashboard::render::number_format::labelled_figure;
use indicators_dashboard::view::chart_figure::ChartFigure;
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
async fn a_chart_figure_draws_each_width_reads_out_a_tapped_bar_and_holds_its_table() {
    let chart = report_data::chart("industry-projects").unwrap();
    let lang = RwSignal::new(Lang::Zh);
    let host = mount(move || {
        view! { <ChartFigure chart lang=lang.into() share_base=None/> }
    });
    let count = |css: &str| host.query_selector_all(css).unwrap().length() as usize;
    for width in PAGE_WIDTHS {
        let bars = format!("svg.chart-svg[data-width=\"{width}\"] .hit");
        assert_eq!(count(&bars), chart.members.len(), "{width} px drawing");
    }
    assert_eq!(text(&host, "h3"), "项目建设");
    assert_eq!(text(&host, ".readout"), Lang::Zh.strings().bar_hint);

    // Tapping a bar (a click on its hit area) reads out its exact value below the chart.
    let first = report_data::members(chart)[0];
    let hit = host.query_selector(".hit").unwrap().unwrap();
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    let click = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    hit.dispatch_event(&click).unwrap();
    next_tick().await;
    assert_eq!(text(&host, ".readout"), labelled_figure(first, Lang::Zh));

    // The table is a disclosure: in the page, closed until asked for.
    let details: web_sys::HtmlDetailsElement = host
        .query_selector(".table-details")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(!details.open());
    assert_eq!(count(".table-details tbody tr"), chart.members.len());

    lang.set(Lang::En);
    next_tick().await;
    assert_eq!(text(&host, "h3"), "Projects");
    assert_eq!(text(&host, ".table-details summary"), "Show table");
    assert_eq!(text(&host, ".readout"), labelled_figure(first, Lang::En));
    host.remove();
}
