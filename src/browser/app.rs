//! The app in the browser: it reads the view from the address, renders the same page the
//! build pre-rendered, and takes the pre-rendered content over without a visible change; from
//! then on theme and language switches happen in place, with the address following, and Back
//! and Forward work.

use crate::browser::{dom, embed_height};
use crate::render::documents::chart_anchor;
use crate::render::embed_code;
use crate::render::head;
use crate::render::url_state::{query_value, UrlState};
use crate::view::page::{Page, Panels};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The element of each document that holds the page; the app replaces it.
const ROOT_ID: &str = "page";

/// What may hold keyboard focus and is in the pre-rendered page as well as the app's, for
/// carrying focus across the takeover (controls only the app has are marked `data-app-only`).
const FOCUSABLE: &str =
    ":is(a[href], button, input, textarea, summary, [tabindex]):not([data-app-only])";

/// Starts the app: renders the page into a new root beside the pre-rendered one, then swaps
/// them in one step, so nothing is painted in between. Focus moves to the same place in the
/// new content, and the scroll position stays, as both have the same layout.
pub fn start() {
    dom::install_panic_message();
    dom::absolute_alternates();
    let document = gloo_utils::document();
    let Some(old) = document.get_element_by_id(ROOT_ID) else {
        leptos::mount::mount_to_body(App);
        return;
    };
    let Ok(fresh) = document.create_element("div") else {
        return;
    };
    fresh.set_id(ROOT_ID);
    let focused = focus_place(&old);
    leptos::mount::mount_to(fresh.clone().unchecked_into(), App).forget();
    let _ = old.replace_with_with_node_1(&fresh);
    if let Some(place) = focused {
        focus_at(&place);
    }
    // Says the app runs: for the stylesheet and for tests that wait for the takeover.
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-app", "");
    }
}

/// Where focus is, in terms both pages share: the nearest element with an id that holds it
/// (a tab, a chart, a panel), and its position among that element's focusable ones.
struct FocusPlace {
    anchor: String,
    index: Option<u32>,
}

fn focus_place(root: &web_sys::Element) -> Option<FocusPlace> {
    let active = gloo_utils::document().active_element()?;
    if !root.contains(Some(&active)) {
        return None;
    }
    let anchor = active.closest("[id]").ok()??;
    let index = if anchor.is_same_node(Some(&active)) {
        None
    } else {
        let all = anchor.query_selector_all(FOCUSABLE).ok()?;
        Some(
            (0..all.length())
                .find(|&n| all.item(n).is_some_and(|e| e.is_same_node(Some(&active))))?,
        )
    };
    Some(FocusPlace {
        anchor: anchor.id(),
        index,
    })
}

fn focus_at(place: &FocusPlace) {
    let Some(anchor) = gloo_utils::document().get_element_by_id(&place.anchor) else {
        return;
    };
    let element = match place.index {
        None => Some(anchor),
        Some(index) => anchor
            .query_selector_all(FOCUSABLE)
            .ok()
            .and_then(|all| all.item(index))
            .and_then(|e| e.dyn_into::<web_sys::Element>().ok()),
    };
    // A chart's bars are SVG elements; everything else focusable is HTML.
    match element.map(|e| e.dyn_into::<web_sys::HtmlElement>()) {
        Some(Ok(html)) => {
            let _ = html.focus();
        }
        Some(Err(other)) => {
            if let Ok(svg) = other.dyn_into::<web_sys::SvgElement>() {
                let _ = svg.focus();
            }
        }
        None => {}
    }
}

#[component]
fn App() -> impl IntoView {
    let (initial, rejected) = dom::read_location();
    let state = RwSignal::new(initial);
    let rejected = RwSignal::new(rejected);
    // A link that named its view in the query (handed out before the pre-rendered documents)
    // now shows that view's own document in the address bar.
    dom::show_address(&initial, true);

    // Back and Forward: take the view from the address without pushing a new entry.
    let popstate = window_event_listener(leptos::ev::popstate, move |_| {
        let (next, bad) = dom::read_location();
        state.set(next);
        rejected.set(bad);
    });
    on_cleanup(move || popstate.remove());

    Effect::new(move |_| {
        let s = state.get();
        dom::apply_document(&s, &head::title(&s));
    });

    let on_navigate = Callback::new(move |next: UrlState| {
        if next != state.get_untracked() {
            dom::show_address(&next, false);
            state.set(next);
            rejected.set(Vec::new());
        }
    });

    if initial.embed {
        let search = gloo_utils::window().location().search().unwrap_or_default();
        embed_height::report_height(
            embed_code::embed_id(&initial),
            query_value(&search, "childId"),
        );
    } else if let Some(chart) = initial.chart {
        scroll_to(&chart_anchor(chart));
    }
    let base = Signal::stored(dom::page_base());
    let printing = dom::media_signal("print").into();
    view! {
        <Page state=state.into() base rejected=rejected.into() on_navigate panels=Panels::All { printing }/>
    }
}

/// Brings a chart named by the link into view once the page has laid out.
fn scroll_to(id: &str) {
    let id = id.to_owned();
    request_animation_frame(move || {
        if let Some(el) = gloo_utils::document().get_element_by_id(&id) {
            el.scroll_into_view();
        }
    });
}
