//! The few places the app touches the browser directly: the URL and history, the document's
//! language and scheme, and a visible message if the app ever panics.

use crate::render::documents;
use crate::render::locale::Lang;
use crate::render::url_state::{self, Rejected, UrlState};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// The view the current address names: its pre-rendered document, then any view settings
/// of the query string (links handed out before the documents existed), and any values in the
/// query that were not understood.
pub fn read_location() -> (UrlState, Vec<Rejected>) {
    let location = gloo_utils::window().location();
    let path = location.pathname().unwrap_or_default();
    let file = path.rsplit('/').next().unwrap_or_default();
    let document = documents::state_of(file).unwrap_or_default();
    url_state::parse_over(document, &location.search().unwrap_or_default())
}

/// The dashboard's address without its document, e.g. `https://example.gov.cn/dashboard/`.
pub fn page_base() -> String {
    let location = gloo_utils::window().location();
    let path = location.pathname().unwrap_or_default();
    let directory = path.rfind('/').map_or("/", |end| &path[..=end]);
    format!("{}{directory}", location.origin().unwrap_or_default())
}

/// Shows the document of `state` in the address bar, keeping the query's other settings
/// (scheme, pym's `childId`): a new history entry, or, with `replace`, the current one, whose
/// fragment (a chart's anchor) stays.
pub fn show_address(state: &UrlState, replace: bool) {
    let window = gloo_utils::window();
    let location = window.location();
    let query = url_state::without_view(&location.search().unwrap_or_default());
    let mut address = if state.embed {
        documents::file_for(state)
    } else {
        documents::chart_link(state)
    };
    if replace && state.chart.is_none() {
        address.push_str(&location.hash().unwrap_or_default());
    }
    if let Some(hash) = address.find('#') {
        address.insert_str(hash, &query);
    } else {
        address.push_str(&query);
    }
    if let Ok(history) = window.history() {
        let _ = if replace {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&address))
        } else {
            history.push_state_with_url(&JsValue::NULL, "", Some(&address))
        };
    }
}

/// Whether a click on a link is a plain one the app handles itself (then the link is not
/// followed); a click with a modifier or another button opens the link as the reader asked.
pub fn plain_click(ev: &web_sys::MouseEvent) -> bool {
    let plain =
        ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key());
    if plain {
        ev.prevent_default();
    }
    plain
}

/// Copies text to the clipboard and says whether it worked; if it did not, selects the field
/// `field_id` so the reader can copy it by hand.
pub fn copy_text(text: String, field_id: String, copied: RwSignal<Option<bool>>) {
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
}

/// Selects a text field's content, so the reader can copy it by hand.
fn select_field(id: &str) {
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

/// A signal that follows a media query, e.g. `print`. Its listener lives as long as the page.
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

/// Writes the alternate-language links of the head as full addresses. The build cannot know
/// where the dashboard is hosted, so it writes them relative; search engines want them whole.
pub fn absolute_alternates() {
    let Ok(links) = gloo_utils::document().query_selector_all("link[rel=alternate][hreflang]")
    else {
        return;
    };
    for n in 0..links.length() {
        if let Some(link) = links
            .item(n)
            .and_then(|l| l.dyn_into::<web_sys::HtmlLinkElement>().ok())
        {
            let _ = link.set_attribute("href", &link.href());
        }
    }
}

/// Puts a message in both languages, with a link that reloads the page, at the top of the page
/// when the app panics, over whatever content it has (the pre-rendered page stays readable);
/// the panic itself goes to the console for whoever debugs it.
pub fn install_panic_message() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let (Some(body), Ok(notice)) = (document.body(), document.create_element("div")) else {
            return;
        };
        notice.set_class_name("fatal");
        let _ = notice.set_attribute("role", "alert");
        for lang in Lang::ALL.iter().copied() {
            let (Ok(line), Ok(reload)) =
                (document.create_element("p"), document.create_element("a"))
            else {
                return;
            };
            let _ = line.set_attribute("lang", lang.tag());
            line.set_text_content(Some(&format!("{} ", lang.strings().page_error)));
            // An empty address is this page's own: the link loads it afresh.
            let _ = reload.set_attribute("href", "");
            reload.set_text_content(Some(lang.strings().reload));
            let _ = line.append_child(&reload);
            let _ = notice.append_child(&line);
        }
        let _ = body.prepend_with_node_1(&notice);
    }));
}
