//! The app in the browser. Each document arrives complete, rendered at build time; the app
//! does not render it again, it adds what needs script: in-place moves between views
//! (`navigation`), chart read-outs and keys (`chart_events`), copying and the PNG (`share`),
//! an embed's height messages, and a polite word about link settings it did not understand.
//! It carries no content of its own, which keeps it small and its start short.

use crate::browser::navigation::{self, History, Navigation};
use crate::browser::{chart_events, dom, embed_height, honours, share};
use crate::render::url_state::{query_value, UrlState};
use crate::render::{documents, embed_code};
use crate::view::page::UrlNotice;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub fn start() {
    dom::install_panic_message();
    let document_view = dom::document_view();
    let (wanted, rejected) = dom::read_location();
    // Read before the address shows the view's own document: the ids the portal's iframe has.
    let search = gloo_utils::window().location().search().unwrap_or_default();
    let reported_id = embed_code::embed_id(&dom::document_file(), &search, &wanted);
    dom::apply_scheme(wanted.scheme);
    let navigation = Navigation {
        shown: RwSignal::new(UrlState {
            scheme: wanted.scheme,
            ..document_view
        }),
        rejected: RwSignal::new(rejected),
    };
    navigation::select_tab(document_view.theme);
    // Before any click is handled, as panels brought in later are made whole as they come.
    share::make_links_whole(&gloo_utils::body());
    chart_events::listen();
    share::listen();
    navigation.listen();
    // The scheme needs no document of its own, nor does a chart on the full page (it is a
    // fragment of its theme's document).
    let same_view = documents::file_for(&wanted) == documents::file_for(&document_view);
    if same_view {
        // Now, before any click is handled: a click's own address must come after this one.
        dom::show_address(&wanted, true);
    }
    // The rest in tasks of their own, so that the start never holds a tap or key for long.
    wasm_bindgen_futures::spawn_local(async move {
        dom::next_task().await;
        dom::absolute_alternates();
        dom::reveal_selected_tab();
        honours::open_where_shown();
        dom::next_task().await;
        if same_view {
            if let (Some(chart), false) = (wanted.chart, wanted.embed) {
                dom::scroll_to(&documents::chart_anchor(chart));
            }
        } else {
            // A link that named its view in the query (handed out before the pre-rendered
            // documents) shows that view, with its own document in the address bar.
            navigation.show(wanted, History::Replace).await;
        }
        started(navigation, wanted, reported_id);
        if !wanted.embed {
            navigation.prefetch_panels();
        }
    });
}

/// Once the view the address names is shown: an embed starts reporting its height (under
/// `reported_id`), a full page says which link settings it did not understand; then the app
/// marks itself as running.
fn started(navigation: Navigation, shown: UrlState, reported_id: &'static str) {
    if shown.embed {
        let search = gloo_utils::window().location().search().unwrap_or_default();
        embed_height::report_height(reported_id, query_value(&search, "childId"));
    } else {
        show_notice(navigation);
    }
    mark_started();
}

/// Says the app runs and shows the view its address names: for the stylesheet (which then
/// shows the app's own buttons) and for tests.
fn mark_started() {
    if let Some(root) = gloo_utils::document().document_element() {
        let _ = root.set_attribute("data-app", "");
    }
}

/// Mounts the notice about link settings that were not understood above the theme tabs; it
/// says nothing until there are some, and goes once the reader moves on.
fn show_notice(navigation: Navigation) {
    let document = gloo_utils::document();
    let (Some(nav), Ok(slot)) = (
        document.query_selector(".theme-nav").ok().flatten(),
        document.create_element("div"),
    ) else {
        return;
    };
    let _ = nav.before_with_node_1(&slot);
    let lang = Signal::derive(move || navigation.shown.get().lang);
    let rejected = navigation.rejected.into();
    leptos::mount::mount_to(slot.unchecked_into(), move || {
        view! { <UrlNotice rejected lang/> }
    })
    .forget();
}
