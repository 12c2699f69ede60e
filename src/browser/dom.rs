//! The few places the app touches the browser directly: the URL and history, the document's
//! head and scheme, focus, and a visible message if the app ever panics.

use crate::render::documents;
use crate::render::locale::Lang;
use crate::render::url_state::{self, Rejected, Scheme, UrlState};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The view the current document shows by itself, whatever its query string.
pub fn document_view() -> UrlState {
    documents::state_of(&document_file()).unwrap_or_default()
}

/// The name of the document the address names, the last part of its path.
pub fn document_file() -> String {
    let path = gloo_utils::window()
        .location()
        .pathname()
        .unwrap_or_default();
    path.rsplit('/').next().unwrap_or_default().to_owned()
}

/// The view the current address names: its pre-rendered document, then any view settings
/// of the query string (links handed out before the documents existed), and any values in the
/// query that were not understood.
pub fn read_location() -> (UrlState, Vec<Rejected>) {
    let search = gloo_utils::window().location().search().unwrap_or_default();
    url_state::parse_over(document_view(), &search)
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

/// Sets the `data-scheme` the stylesheet reads: a scheme the address forces, or none.
pub fn apply_scheme(scheme: Option<Scheme>) {
    if let Some(root) = gloo_utils::document().document_element() {
        set_or_remove(&root, "data-scheme", scheme.map(|s| s.key()));
    }
}

/// Makes the head that of `source`, another view's document: its title, description and
/// alternate-language links.
pub fn copy_head(source: &web_sys::Document) {
    let document = gloo_utils::document();
    document.set_title(&source.title());
    let alternates = Lang::ALL.iter().map(|lang| {
        let selector = format!("link[rel=alternate][hreflang=\"{}\"]", lang.tag());
        (selector, "href")
    });
    let description = ("meta[name=description]".to_owned(), "content");
    for (selector, attribute) in alternates.chain([description]) {
        let theirs = source
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|e| e.get_attribute(attribute));
        let ours = document.query_selector(&selector).ok().flatten();
        if let (Some(ours), Some(value)) = (ours, theirs) {
            let _ = ours.set_attribute(attribute, &value);
        }
    }
    absolute_alternates();
}

pub fn set_or_remove(element: &web_sys::Element, name: &str, value: Option<&str>) {
    let _ = match value {
        Some(value) => element.set_attribute(name, value),
        None => element.remove_attribute(name),
    };
}

/// Calls `handler` on every `kind` event at `target` for as long as the page lives. Not
/// passive: handlers may take over a link or a key.
pub fn listen(
    target: &web_sys::EventTarget,
    kind: &'static str,
    handler: impl FnMut(&web_sys::Event) + 'static,
) {
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    gloo_events::EventListener::new_with_options(target, kind, options, handler).forget();
}

/// Resolves in a task of its own (a zero-delay timeout), so that what follows does not lengthen
/// the task that came before: a tap or key waits for one short task, not for a long one.
pub async fn next_task() {
    called_back(|go| {
        let _ = gloo_utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(go, 0);
    })
    .await;
}

/// Resolves when the browser is next idle (or, where it cannot say, a moment later).
pub async fn idle() {
    called_back(|go| {
        let window = gloo_utils::window();
        if window.request_idle_callback(go).is_err() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(go, 100);
        }
    })
    .await;
}

/// Resolves once the function that `schedule` hands to the browser is called.
async fn called_back(mut schedule: impl FnMut(&js_sys::Function)) {
    let promise = js_sys::Promise::new(&mut |go, _| schedule(&go));
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The element an event happened on.
pub fn target(ev: &web_sys::Event) -> Option<web_sys::Element> {
    ev.target()?.dyn_into().ok()
}

/// Moves keyboard focus to `element`, an HTML element or an SVG one (a chart's bar).
pub fn focus(element: &web_sys::Element) {
    if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.focus();
    } else if let Some(svg) = element.dyn_ref::<web_sys::SvgElement>() {
        let _ = svg.focus();
    }
}

pub fn focus_by_id(id: &str) {
    if let Some(element) = gloo_utils::document().get_element_by_id(id) {
        focus(&element);
    }
}

/// Scrolls the tab list sideways (only) so that the selected tab is in sight: on a phone the
/// list is wider than the screen, and a document opens scrolled to its start.
pub fn reveal_selected_tab() {
    let document = gloo_utils::document();
    let (Some(tab), Some(list)) = (
        document
            .query_selector("[role=tab][aria-selected=true]")
            .ok()
            .flatten(),
        document.query_selector("[role=tablist]").ok().flatten(),
    ) else {
        return;
    };
    let (tab, shown) = (
        tab.get_bounding_client_rect(),
        list.get_bounding_client_rect(),
    );
    let scroll = f64::from(list.scroll_left());
    if tab.left() < shown.left() {
        list.set_scroll_left((scroll + tab.left() - shown.left()).floor() as i32);
    } else if tab.right() > shown.right() {
        list.set_scroll_left((scroll + tab.right() - shown.right()).ceil() as i32);
    }
}

/// Brings the element `id` (a chart a link names) into view once the page has laid out.
pub fn scroll_to(id: &str) {
    let id = id.to_owned();
    let scroll = Closure::once_into_js(move || {
        if let Some(element) = gloo_utils::document().get_element_by_id(&id) {
            element.scroll_into_view();
        }
    });
    let _ = gloo_utils::window().request_animation_frame(scroll.unchecked_ref());
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
            line.set_text_content(Some(&format!("{} ", lang.app_strings().page_error)));
            // An empty address is this page's own: the link loads it afresh.
            let _ = reload.set_attribute("href", "");
            reload.set_text_content(Some(lang.app_strings().reload));
            let _ = line.append_child(&reload);
            let _ = notice.append_child(&line);
        }
        let _ = body.prepend_with_node_1(&notice);
    }));
}
