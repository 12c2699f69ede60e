//! Components mounted on their own in a real browser (wasm-bindgen-test), checked in the DOM:
//! `cargo test --target wasm32-unknown-unknown --test web` (scripts/test runs it).

#![cfg(target_arch = "wasm32")]

use indicators_dashboard::render::locale::Lang;
use indicators_dashboard::render::number_format::labelled_figure;
use indicators_dashboard::view::chart_figure::{ChartFigure, FigurePlace};
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
async fn a_chart_figure_draws_its_bars_reads_out_a_tapped_bar_and_holds_its_table() {
    let chart = &report_data::CHARTS[0];
    let lang = RwSignal::new(Lang::Zh);
    let host = mount(move || {
        view! { <ChartFigure chart lang=lang.into() place=FigurePlace::Embed/> }
    });
    // The app's chart behaviour, listened for on the document as the app does.
    indicators_dashboard::browser::chart_events::listen();
    let count = |css: &str| host.query_selector_all(css).unwrap().length() as usize;
    // An embed's two drawings, for a narrow and a wide iframe; the stylesheet shows one.
    assert_eq!(count("svg.chart-svg.narrow"), 1);
    assert_eq!(count("svg.chart-svg.wide"), 1);
    assert_eq!(count("svg.chart-svg.narrow .hit"), chart.members.len());
    assert_eq!(count("svg.chart-svg.wide .hit"), chart.members.len());
    assert_eq!(text(&host, "h3"), chart.title.zh);
    assert_eq!(text(&host, ".readout"), Lang::Zh.strings().bar_hint);

    // Tapping a bar (a click on its hit area) reads out its exact value below the chart.
    let first = report_data::members(chart)[0];
    let hit = host.query_selector(".hit").unwrap().unwrap();
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    let click = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    hit.dispatch_event(&click).unwrap();
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
    assert_eq!(text(&host, "h3"), chart.title.en);
    assert_eq!(text(&host, ".table-details summary"), "Show table");
    let hit = host.query_selector(".hit").unwrap().unwrap();
    hit.dispatch_event(&click).unwrap();
    assert_eq!(text(&host, ".readout"), labelled_figure(first, Lang::En));
    host.remove();
}

/// Waits `ms` milliseconds of the browser's time.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        gloo_utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_panic_leaves_a_notice_in_both_languages_with_a_reload_link() {
    indicators_dashboard::browser::dom::install_panic_message();
    // The panic happens in a task of its own, as a broken event handler's would.
    let broken =
        wasm_bindgen::closure::Closure::once_into_js(|| -> () { panic!("a broken handler") });
    gloo_utils::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(broken.unchecked_ref(), 0)
        .unwrap();
    sleep(50).await;
    let body = gloo_utils::body();
    let notice = body
        .query_selector(".fatal[role=alert]")
        .unwrap()
        .expect("a notice");
    let text = notice.text_content().unwrap();
    for lang in [Lang::Zh, Lang::En] {
        let s = lang.app_strings();
        assert!(text.contains(s.page_error), "{text}");
        let link = notice
            .query_selector(&format!("p[lang=\"{}\"] a", lang.tag()))
            .unwrap()
            .expect("a reload link");
        assert_eq!(link.get_attribute("href").as_deref(), Some(""));
        assert_eq!(link.text_content().unwrap(), s.reload);
    }
    notice.remove();
}
