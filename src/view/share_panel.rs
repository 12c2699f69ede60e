//! Each chart's share, embed and download control: its permalink and a ready `<iframe>` snippet
//! with copy buttons, its figures as CSV and the picture as SVG (static files of `dist/`), and,
//! where script runs, the picture as PNG. The buttons need the app (`browser::share`); they are
//! marked `data-app-only`, and the stylesheet shows them only once it runs.

use crate::render::embed_code;
use crate::render::files::{describe, file_name, static_path, STATIC_CHART_FILES};
use crate::render::locale::Lang;
use leptos::prelude::*;
use report_data::Chart;

#[component]
pub fn SharePanel(chart: &'static Chart, lang: Signal<Lang>) -> impl IntoView {
    let link_id = format!("share-{}-link", chart.id);
    let code_id = format!("share-{}-code", chart.id);
    let (link_label, code_label) = (format!("{link_id}-label"), format!("{code_id}-label"));
    // Relative here; the app makes them whole, as only the browser knows where the page is.
    let link = move || embed_code::permalink("", chart, lang.get());
    let code = move || embed_code::iframe_snippet("", chart, lang.get());
    let s = move || lang.get().strings();
    let (link_copy, code_copy) = (link_id.clone(), code_id.clone());
    // Copying needs script; without it the fields can still be selected and copied by hand.
    // Named with its field's label ("Copy Embed code"): a screen reader's list of buttons
    // otherwise has two "Copy" for every chart.
    let copy_button = move |field: String, label: &str| {
        let id = format!("{field}-copy");
        let named_by = format!("{id} {label}");
        view! {
            <button type="button" class="copy" id=id aria-labelledby=named_by aria-controls=field data-app-only="">
                {move || s().copy}
            </button>
        }
    };
    let (link_button, code_button) = (
        copy_button(link_copy, &link_label),
        copy_button(code_copy, &code_label),
    );
    // Read-only text, not form fields: Chromium's pass over a document's form fields once it is
    // parsed lays the page out again for each one, a long task on every load. One click selects
    // a field whole (the stylesheet's `user-select: all`); the link is a `<code>`, the snippet a
    // `<pre>`, which is how the app tells them apart.
    view! {
        <details class="share">
            <summary>{move || s().share}</summary>
            <div class="share-field">
                <span id=link_label.clone() class="share-label">{move || s().permalink}</span>
                <code id=link_id class="share-text" role="textbox" aria-readonly="true"
                    aria-labelledby=link_label tabindex="0">{link}</code>
                {link_button}
            </div>
            <div class="share-field">
                <span id=code_label.clone() class="share-label">{move || s().embed_code}</span>
                <pre id=code_id class="share-text" role="textbox" aria-readonly="true"
                    aria-multiline="true" aria-labelledby=code_label tabindex="0">{code}</pre>
                {code_button}
            </div>
            <p class="share-status" role="status"></p>
            <p class="downloads">
                {move || s().download}{move || s().colon}
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
                // The PNG is drawn by the browser's canvas from the SVG file beside it.
                <button type="button" class="download" data-format="png" data-app-only=""
                    aria-label=move || describe("PNG", chart, lang.get())
                >"PNG"</button>
            </p>
        </details>
    }
}
