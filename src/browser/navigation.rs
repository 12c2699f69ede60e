//! Moving between views in place. Every tab and the language switch is a link to another
//! pre-rendered document; the app fetches that document once and shows its content here, so
//! the app itself carries no content, no data and no drawing code: the build has rendered
//! them all. Another theme in the same language brings in that theme's panel (kept, hidden,
//! when another is shown, so switching back is instant and printing gives every theme);
//! another language or an embed replaces the page. The address follows; Back and Forward work.
//! If a document cannot be fetched, the link is followed as a plain link would be.

use crate::browser::{chart_events, dom, honours, share};
use crate::render::documents;
use crate::render::url_state::{Rejected, UrlState, NAV_THEMES};
use crate::view::theme_nav::{tab_id, theme_after_key};
use crate::view::theme_panel::panel_id;
use leptos::prelude::*;
use report_data::Theme;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The element of each document that holds the page.
const ROOT_ID: &str = "page";

/// What may hold keyboard focus, for carrying focus into a replaced page.
const FOCUSABLE: &str = "a[href], button, input, textarea, summary, [tabindex]";

thread_local! {
    /// Documents fetched in this visit, by file name, parsed.
    static FETCHED: RefCell<HashMap<String, web_sys::Document>> = RefCell::default();
    /// Counts requests to show a view: one that was overtaken by a later one while its
    /// document was on the way is dropped.
    static LATEST: Cell<u32> = const { Cell::new(0) };
}

/// Where the page is: the view shown, and link settings the address had that were not
/// understood (said by `view::page::UrlNotice` until the reader moves on).
#[derive(Clone, Copy)]
pub struct Navigation {
    pub shown: RwSignal<UrlState>,
    pub rejected: RwSignal<Vec<Rejected>>,
}

/// How a move is written into the session history.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum History {
    /// A new entry: the reader chose another view.
    Push,
    /// The current entry: an address handed out before the documents existed.
    Replace,
    /// None: Back or Forward has already moved.
    Keep,
}

impl Navigation {
    /// Follows plain clicks on links to the dashboard's own page documents, the tab list's
    /// keys, and Back and Forward, for as long as the page lives.
    pub fn listen(self) {
        let document = gloo_utils::document();
        dom::listen(&document, "click", move |ev| {
            let Some(ev) = ev.dyn_ref::<web_sys::MouseEvent>() else {
                return;
            };
            let Some(next) = dom::target(ev).and_then(|t| self.link_view(&t)) else {
                return;
            };
            if dom::plain_click(ev) {
                self.go(next, History::Push);
            }
        });
        dom::listen(&document, "keydown", move |ev| {
            let Some(ev) = ev.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            // From the tab in focus, which may be ahead of the theme shown while its document
            // is on the way.
            let from = dom::target(ev)
                .and_then(|t| t.closest("[role=tab]").ok().flatten())
                .and_then(|tab| tab.get_attribute("data-theme"))
                .and_then(|key| report_data::theme_key(&key));
            let Some(next) = from.and_then(|theme| theme_after_key(theme, &ev.key())) else {
                return;
            };
            let current = self.shown.get_untracked();
            ev.prevent_default();
            self.go(
                UrlState {
                    theme: next,
                    chart: None,
                    ..current
                },
                History::Push,
            );
            dom::focus_by_id(&tab_id(next));
        });
        dom::listen(&gloo_utils::window(), "popstate", move |_| {
            let (next, rejected) = dom::read_location();
            self.rejected.set(rejected);
            self.go(next, History::Keep);
        });
    }

    /// The full-page view a link opens, if it is a link to one of the page documents (not an
    /// embed, a download, a new window or another site); the scheme stays as it is.
    fn link_view(self, target: &web_sys::Element) -> Option<UrlState> {
        let link = target.closest("a[href]").ok()??;
        if link.has_attribute("download") || link.has_attribute("target") {
            return None;
        }
        let href = link.get_attribute("href")?;
        if href.contains(['/', '?', '#', ':']) {
            return None;
        }
        let view = documents::state_of(&href).filter(|v| !v.embed)?;
        Some(UrlState {
            scheme: self.shown.get_untracked().scheme,
            ..view
        })
    }

    /// Shows `next`, bringing in its document first if this visit has not fetched it yet.
    pub fn go(self, next: UrlState, history: History) {
        wasm_bindgen_futures::spawn_local(self.show(next, history));
    }

    /// `go`, done once the view is shown.
    pub async fn show(self, next: UrlState, history: History) {
        let ticket = LATEST.with(|n| {
            n.set(n.get() + 1);
            n.get()
        });
        let file = documents::file_for(&next);
        let Some(source) = fetched(&file, Parse::Now).await else {
            // Offline, or the host lacks the file: let the browser follow the link and say
            // what went wrong, as it would without the app.
            let _ = gloo_utils::window().location().set_href(&file);
            return;
        };
        if LATEST.with(Cell::get) != ticket {
            return;
        }
        let shown = self.shown.get_untracked();
        let same_page = !next.embed && !shown.embed && next.lang == shown.lang;
        if same_page {
            show_panel(&source, next.theme);
        } else {
            replace_page(&source);
            select_tab(next.theme);
        }
        dom::apply_scheme(next.scheme);
        if history != History::Keep {
            dom::show_address(&next, history == History::Replace);
        }
        if history == History::Push {
            self.rejected.set(Vec::new());
        }
        self.shown.set(next);
        if !same_page && !next.embed {
            self.prefetch_panels();
        }
        if let Some(chart) = next.chart {
            dom::scroll_to(&documents::chart_anchor(chart));
        }
    }

    /// Brings in every other theme's panel of the page's language, hidden, once the page has
    /// loaded: switching is then instant, and printing gives every theme. The documents are
    /// requested together (they are small); each is parsed, added, then laid out, in idle
    /// moments of its own, so the reader's page never waits long on them.
    pub fn prefetch_panels(self) {
        let lang = self.shown.get_untracked().lang;
        for &theme in NAV_THEMES {
            if gloo_utils::document()
                .get_element_by_id(&panel_id(theme))
                .is_some()
            {
                continue;
            }
            let file = documents::file_for(&UrlState {
                theme,
                lang,
                ..UrlState::default()
            });
            wasm_bindgen_futures::spawn_local(async move {
                let Some(source) = fetched(&file, Parse::WhenIdle).await else {
                    return;
                };
                dom::idle().await;
                let shown = self.shown.get_untracked();
                if shown.lang == lang && !shown.embed {
                    bring_panel(&source, theme);
                    dom::idle().await;
                    lay_out_hidden(theme);
                }
            });
        }
    }
}

/// When a fetched document is parsed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Parse {
    /// At once: the reader is waiting for it.
    Now,
    /// When the browser is next idle: it is brought in ahead of the reader.
    WhenIdle,
}

/// The document `file` (a name in the dashboard's directory), parsed; fetched once a visit.
async fn fetched(file: &str, when: Parse) -> Option<web_sys::Document> {
    if let Some(document) = cached(file) {
        return Some(document);
    }
    let text = fetch_text(file).await?;
    if when == Parse::WhenIdle {
        dom::idle().await;
        // A click may have needed it meanwhile, and parsed it.
        if let Some(document) = cached(file) {
            return Some(document);
        }
    }
    parse(file, &text)
}

fn cached(file: &str) -> Option<web_sys::Document> {
    FETCHED.with(|f| f.borrow().get(file).cloned())
}

async fn fetch_text(file: &str) -> Option<String> {
    let response = JsFuture::from(gloo_utils::window().fetch_with_str(file))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// `text`, the document `file`, parsed by the browser and kept; `None` if it is not one of
/// the dashboard's documents (it has no page).
fn parse(file: &str, text: &str) -> Option<web_sys::Document> {
    let document = web_sys::DomParser::new()
        .ok()?
        .parse_from_string(text, web_sys::SupportedType::TextHtml)
        .ok()?;
    document.get_element_by_id(ROOT_ID)?;
    FETCHED.with(|f| f.borrow_mut().insert(file.to_owned(), document.clone()));
    Some(document)
}

/// A copy of `source`'s element `id`, made part of this document.
fn import(source: &web_sys::Document, id: &str) -> Option<web_sys::Element> {
    let element = source.get_element_by_id(id)?;
    let copy = gloo_utils::document()
        .import_node_with_deep(&element, true)
        .ok()?;
    let copy: web_sys::Element = copy.dyn_into().ok()?;
    share::make_links_whole(&copy);
    Some(copy)
}

/// Adds `theme`'s panel from `source` to the page, hidden, unless it is there already; the
/// panels keep the tab list's order.
fn bring_panel(source: &web_sys::Document, theme: Theme) {
    let document = gloo_utils::document();
    let id = panel_id(theme);
    if document.get_element_by_id(&id).is_some() {
        return;
    }
    let (Some(main), Some(panel)) = (document.get_element_by_id("main"), import(source, &id))
    else {
        return;
    };
    let _ = panel.set_attribute("hidden", "");
    if let Some(tab) = document.get_element_by_id(&tab_id(theme)) {
        let _ = tab.set_attribute("aria-controls", &id);
    }
    let later = NAV_THEMES
        .iter()
        .skip_while(|t| **t != theme)
        .skip(1)
        .find_map(|t| document.get_element_by_id(&panel_id(*t)));
    let _ = main.insert_before(&panel, later.as_ref().map(|e| e.unchecked_ref()));
}

/// Has the browser style and lay out `theme`'s panel while it is hidden, by measuring it: the
/// stylesheet keeps a hidden panel's layout (`content-visibility: hidden`), so the reader's
/// click on its tab is answered with little more than a paint.
fn lay_out_hidden(theme: Theme) {
    let panel = gloo_utils::document().get_element_by_id(&panel_id(theme));
    if let Some(last) = panel
        .filter(|p| p.has_attribute("hidden"))
        .and_then(|p| p.last_element_child())
    {
        last.get_bounding_client_rect();
    }
}

/// Shows `theme`'s panel and selects its tab; the head and the language switch become those
/// of `source`, the theme's document.
fn show_panel(source: &web_sys::Document, theme: Theme) {
    bring_panel(source, theme);
    let document = gloo_utils::document();
    for &other in NAV_THEMES {
        let selected = other == theme;
        if let Some(panel) = document.get_element_by_id(&panel_id(other)) {
            dom::set_or_remove(&panel, "hidden", (!selected).then_some(""));
        }
    }
    select_tab(theme);
    dom::reveal_selected_tab();
    let switch = source
        .get_element_by_id("lang-switch")
        .and_then(|s| s.get_attribute("href"));
    if let (Some(live), Some(href)) = (document.get_element_by_id("lang-switch"), switch) {
        let _ = live.set_attribute("href", &href);
    }
    dom::copy_head(source);
}

/// Selects `theme`'s tab and makes it the tab list's one stop of the Tab key; the arrow keys
/// reach the others (a pre-rendered document leaves every tab a stop, for reading without
/// script).
pub fn select_tab(theme: Theme) {
    let document = gloo_utils::document();
    for &other in NAV_THEMES {
        let selected = other == theme;
        if let Some(tab) = document.get_element_by_id(&tab_id(other)) {
            let _ = tab.set_attribute("aria-selected", if selected { "true" } else { "false" });
            let _ = tab.set_attribute("tabindex", if selected { "0" } else { "-1" });
        }
    }
}

/// Replaces the page with `source`'s, keeping keyboard focus at the same place.
fn replace_page(source: &web_sys::Document) {
    let document = gloo_utils::document();
    let (Some(old), Some(fresh)) = (document.get_element_by_id(ROOT_ID), import(source, ROOT_ID))
    else {
        return;
    };
    let focused = focus_place(&old);
    chart_events::carry_read_outs(&old, &fresh);
    let _ = old.replace_with_with_node_1(&fresh);
    if let (Some(root), Some(theirs)) = (document.document_element(), source.document_element()) {
        dom::set_or_remove(&root, "lang", theirs.get_attribute("lang").as_deref());
        let embed = theirs.has_attribute("data-embed").then_some("");
        dom::set_or_remove(&root, "data-embed", embed);
    }
    // After the language: the page's faces follow `<html lang>`, and with them the tabs' widths.
    dom::reveal_selected_tab();
    honours::open_where_shown();
    if let Some(place) = focused {
        focus_at(&place);
    }
    dom::copy_head(source);
}

/// Where focus is, in terms both pages share: the nearest element with an id that holds it
/// (the language switch, a tab, a chart), and its position among that element's focusable ones.
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
    if let Some(element) = element {
        dom::focus(&element);
    }
}
