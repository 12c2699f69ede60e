//! The few places the app touches the browser directly: the URL and history, the document's
//! language and scheme, and a visible message if the app ever panics.

use crate::locale::Lang;
use crate::url_state::{self, Rejected, UrlState};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// The state in the current URL, and any values in it that were not understood.
pub fn read_url() -> (UrlState, Vec<Rejected>) {
    let search = gloo_utils::window().location().search().unwrap_or_default();
    url_state::parse(&search)
}

/// Records a new state as a history entry, so a link opens on it and Back returns from it.
/// Only the query changes: the path stays relative to wherever the page is hosted.
pub fn push_url(state: &UrlState) {
    let window = gloo_utils::window();
    let query = url_state::to_query(state);
    let url = if query.is_empty() {
        window.location().pathname().unwrap_or_default()
    } else {
        query
    };
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Sets `<html lang>`, the `data-scheme` and `data-embed` the stylesheet reads, and the title.
pub fn apply_document(state: &UrlState, title: &str) {
    let document = gloo_utils::document();
    if let Some(root) = document.document_element() {
        set_or_remove(&root, "lang", Some(state.lang.tag()));
        set_or_remove(&root, "data-embed", state.embed.then_some(""));
        set_or_remove(&root, "data-scheme", state.scheme.map(|s| s.key()));
    }
    document.set_title(title);
}

fn set_or_remove(element: &web_sys::Element, name: &str, value: Option<&str>) {
    let _ = match value {
        Some(value) => element.set_attribute(name, value),
        None => element.remove_attribute(name),
    };
}

/// Removes the "loading" line index.html shows until the app starts. If the wasm never starts,
/// that line stays, rather than a blank page.
pub fn remove_placeholder() {
    if let Some(placeholder) = gloo_utils::document().get_element_by_id("placeholder") {
        placeholder.remove();
    }
}

/// A signal that follows a media query, e.g. `(prefers-color-scheme: dark)` or `print`. Its
/// listener lives as long as the page.
pub fn media_signal(query: &str) -> ReadSignal<bool> {
    let (matches, set_matches) = signal(false);
    if let Ok(Some(list)) = gloo_utils::window().match_media(query) {
        set_matches.set(list.matches());
        let watched = list.clone();
        gloo_events::EventListener::new(&list, "change", move |_| {
            set_matches.set(watched.matches())
        })
        .forget();
    }
    matches
}

/// Replaces a blank or broken page with a message in both languages when the app panics, and
/// keeps the panic in the console for whoever debugs it.
pub fn install_panic_message() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(body) = document.body() else { return };
        if let Ok(message) = document.create_element("p") {
            message.set_class_name("fatal");
            message.set_attribute("role", "alert").ok();
            let text = format!(
                "{} {}",
                Lang::Zh.strings().page_error,
                Lang::En.strings().page_error
            );
            message.set_text_content(Some(&text));
            let _ = body.prepend_with_node_1(&message);
        }
    }));
}
