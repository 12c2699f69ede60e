//! Each chart's share, embed and download control: its permalink and a ready `<iframe>` snippet
//! with copy buttons, and its figures as CSV, the picture as SVG and PNG.

use crate::downloads::{self, ChartFile};
use crate::embed;
use crate::locale::Lang;
use leptos::prelude::*;
use report_data::Chart;

/// The dashboard's address without query or fragment, wherever it is hosted.
fn page_address() -> String {
    let location = gloo_utils::window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

#[component]
pub fn SharePanel(chart: &'static Chart, lang: Signal<Lang>) -> impl IntoView {
    // Whether the last copy worked; said in the current language.
    let copied = RwSignal::new(None::<bool>);
    let copy = move |text: String, field_id: String| {
        let promise = gloo_utils::window()
            .navigator()
            .clipboard()
            .write_text(&text);
        leptos::task::spawn_local(async move {
            let done = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            if !done {
                select_field(&field_id);
            }
            copied.set(Some(done));
        });
    };
    let link_id = format!("share-{}-link", chart.id);
    let code_id = format!("share-{}-code", chart.id);
    let link = move || embed::permalink(&page_address(), chart, lang.get());
    let code = move || embed::iframe_snippet(&page_address(), chart, lang.get());
    let s = move || lang.get().strings();
    let (link_for, code_for) = (link_id.clone(), code_id.clone());
    let (link_copy, code_copy) = (link_id.clone(), code_id.clone());
    view! {
        <details class="share">
            <summary>{move || s().share}</summary>
            <div class="share-field">
                <label for=link_for>{move || s().permalink}</label>
                <input id=link_id class="share-text" readonly type="text" prop:value=link/>
                <button type="button" class="copy" on:click=move |_| copy(link(), link_copy.clone())>{move || s().copy}</button>
            </div>
            <div class="share-field">
                <label for=code_for>{move || s().embed_code}</label>
                <textarea id=code_id class="share-text" readonly rows="3" prop:value=code></textarea>
                <button type="button" class="copy" on:click=move |_| copy(code(), code_copy.clone())>{move || s().copy}</button>
            </div>
            <p class="share-status" role="status">
                {move || copied.get().map(|done| if done { s().copied } else { s().copy_failed })}
            </p>
            <p class="downloads">
                {move || s().download}": "
                {ChartFile::ALL
                    .iter()
                    .map(|&file| view! {
                        <button type="button" class="download" data-format=file.extension()
                            aria-label=move || downloads::describe(file.label(), chart, lang.get())
                            on:click=move |_| downloads::save_chart_file(chart, lang.get_untracked(), file)
                        >{file.label()}</button>
                    })
                    .collect_view()}
            </p>
        </details>
    }
}

/// Selects a text field's content, so the reader can copy it by hand.
fn select_field(id: &str) {
    use wasm_bindgen::JsCast;
    let field = gloo_utils::document().get_element_by_id(id);
    if let Some(input) = field
        .clone()
        .and_then(|f| f.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.select();
    } else if let Some(area) = field.and_then(|f| f.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    {
        area.select();
    }
}
