//! What the share panels do once the app runs: their links become whole addresses (the build
//! cannot know where the dashboard is hosted), the copy buttons copy, and the PNG button draws
//! the chart's SVG file onto a canvas and saves it. Listened for once on the document.

use crate::browser::{dom, save_file};
use crate::render::embed_code::snippet_at;
use crate::render::locale::Lang;
use wasm_bindgen::JsCast;

pub fn listen() {
    dom::listen(&gloo_utils::document(), "click", |ev| {
        let Some(button) = dom::target(ev).and_then(|t| t.closest("button").ok().flatten()) else {
            return;
        };
        if button.class_list().contains("copy") {
            copy(&button);
        } else if button.get_attribute("data-format").as_deref() == Some("png") {
            save_png(&button);
        }
    });
    // A field reached with the Tab key is selected whole, as a click selects it (the
    // stylesheet's `user-select: all`), so that Ctrl+C copies it.
    dom::listen(&gloo_utils::document(), "focusin", |ev| {
        if let Some(field) = dom::target(ev).filter(|t| t.class_list().contains("share-text")) {
            select_whole(&field);
        }
    });
}

fn select_whole(field: &web_sys::Element) {
    if let Ok(Some(selection)) = gloo_utils::window().get_selection() {
        let _ = selection.select_all_children(field);
    }
}

/// Writes the permalink and embed snippet fields under `root` as whole addresses.
pub fn make_links_whole(root: &web_sys::Element) {
    let base = dom::page_base();
    let Ok(fields) = root.query_selector_all(".share-text") else {
        return;
    };
    for n in 0..fields.length() {
        let Some(field) = fields.item(n) else {
            continue;
        };
        let text = field.text_content().unwrap_or_default();
        // The snippet is the `<pre>` (share_panel.rs); the link, the `<code>`.
        let whole = if field.node_name() == "PRE" {
            snippet_at(&text, &base)
        } else {
            format!("{base}{text}")
        };
        field.set_text_content(Some(&whole));
    }
}

/// The page's language, as its `<html lang>` says.
fn page_lang() -> Lang {
    let tag = gloo_utils::document()
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .unwrap_or_default();
    Lang::ALL
        .iter()
        .copied()
        .find(|l| l.tag() == tag)
        .unwrap_or_default()
}

/// Copies the field the button controls and says in its panel whether that worked; if it did
/// not, selects the field so the reader can copy it by hand.
fn copy(button: &web_sys::Element) {
    let Some(field) = button
        .get_attribute("aria-controls")
        .and_then(|id| gloo_utils::document().get_element_by_id(&id))
    else {
        return;
    };
    let text = field.text_content().unwrap_or_default();
    let status = button
        .closest(".share")
        .ok()
        .flatten()
        .and_then(|panel| panel.query_selector(".share-status").ok().flatten());
    // Pages served over plain http (still common on government sites) have no clipboard.
    let navigator = gloo_utils::window().navigator();
    let promise = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .filter(|clipboard| clipboard.is_object())
        .map(|clipboard| {
            clipboard
                .unchecked_into::<web_sys::Clipboard>()
                .write_text(&text)
        });
    wasm_bindgen_futures::spawn_local(async move {
        let done = match promise {
            Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
            None => false,
        };
        if !done {
            dom::focus(&field);
            select_whole(&field);
        }
        let s = page_lang().app_strings();
        if let Some(status) = status {
            status.set_text_content(Some(if done { s.copied } else { s.copy_failed }));
        }
    });
}

/// Saves the chart of the button's panel as a PNG, drawn from the SVG file it links to.
fn save_png(button: &web_sys::Element) {
    let svg = button
        .closest(".downloads")
        .ok()
        .flatten()
        .and_then(|row| row.query_selector("a[data-format=svg]").ok().flatten())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    let Some(svg) = svg else {
        return;
    };
    let name = svg.download();
    let name = name.strip_suffix(".svg").unwrap_or(&name);
    save_file::save_png(format!("{name}.png"), &svg.href());
}
