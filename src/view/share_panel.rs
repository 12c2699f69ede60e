//! Each chart's share, embed and download control: its permalink and a ready `<iframe>` snippet
//! with copy buttons, its figures as CSV and the picture as SVG (static files of `dist/`), and,
//! where script runs, the picture as PNG.

use crate::browser::dom::copy_text;
use crate::browser::save_file::save_chart_png;
use crate::render::embed_code;
use crate::render::files::{describe, file_name, static_path, STATIC_CHART_FILES};
use crate::render::locale::Lang;
use leptos::prelude::*;
use report_data::Chart;

#[component]
pub fn SharePanel(
    chart: &'static Chart,
    lang: Signal<Lang>,
    /// The dashboard's address without its document: absolute in the browser, empty (so
    /// relative) at build time.
    base: Signal<String>,
) -> impl IntoView {
    // Whether the last copy worked; said in the current language.
    let copied = RwSignal::new(None::<bool>);
    let link_id = format!("share-{}-link", chart.id);
    let code_id = format!("share-{}-code", chart.id);
    let link = move || embed_code::permalink(&base.get(), chart, lang.get());
    let code = move || embed_code::iframe_snippet(&base.get(), chart, lang.get());
    let s = move || lang.get().strings();
    let (link_for, code_for) = (link_id.clone(), code_id.clone());
    let (link_copy, code_copy) = (link_id.clone(), code_id.clone());
    // Copying needs script; without it the fields can still be selected and copied by hand.
    let copy_button = move |text: Box<dyn Fn() -> String + Send + Sync>, field: String| {
        cfg!(target_arch = "wasm32").then(|| {
            view! {
                <button type="button" class="copy" data-app-only="" on:click=move |_| copy_text(text(), field.clone(), copied)>
                    {move || s().copy}
                </button>
            }
        })
    };
    // The PNG is drawn by the browser's canvas: offered only where the app runs.
    let png = cfg!(target_arch = "wasm32").then(|| {
        view! {
            <button type="button" class="download" data-format="png" data-app-only=""
                aria-label=move || describe("PNG", chart, lang.get())
                on:click=move |_| save_chart_png(chart, lang.get_untracked())
            >"PNG"</button>
        }
    });
    view! {
        <details class="share">
            <summary>{move || s().share}</summary>
            <div class="share-field">
                <label for=link_for>{move || s().permalink}</label>
                <input id=link_id class="share-text" readonly type="text" value=link prop:value=link/>
                {copy_button(Box::new(link), link_copy)}
            </div>
            <div class="share-field">
                <label for=code_for>{move || s().embed_code}</label>
                <textarea id=code_id class="share-text" readonly rows="3" prop:value=code>{code}</textarea>
                {copy_button(Box::new(code), code_copy)}
            </div>
            <p class="share-status" role="status">
                {move || copied.get().map(|done| if done { s().copied } else { s().copy_failed })}
            </p>
            <p class="downloads">
                {move || s().download}": "
                {STATIC_CHART_FILES
                    .iter()
                    .map(|&extension| {
                        let label = extension.to_uppercase();
                        let described = label.clone();
                        view! {
                            <a class="download" data-format=extension
                                href=move || static_path(Some((chart, lang.get())), extension)
                                download=file_name(Some(chart), extension)
                                aria-label=move || describe(&described, chart, lang.get())
                            >{label}</a>
                        }
                    })
                    .collect_view()}
                {png}
            </p>
        </details>
    }
}
