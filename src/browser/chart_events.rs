//! What a chart does once the app runs: the bar pointed at, focused or tapped has its exact
//! value read out below the drawing at once (a hover tooltip alone takes a second to show and
//! leaves touch and keyboard users out), and the arrow keys, Home and End move between the
//! bars, one tab stop per chart. Listened for once on the document, so charts the app brings in
//! later behave the same.

use crate::browser::dom;
use wasm_bindgen::JsCast;

pub fn listen() {
    let document = gloo_utils::document();
    for kind in ["pointerover", "focusin", "click"] {
        dom::listen(&document, kind, move |ev| {
            if let Some(bar) = dom::target(ev).filter(is_bar) {
                read_out(&bar);
                if kind == "focusin" {
                    make_tab_stop(&bar);
                }
            }
        });
    }
    dom::listen(&document, "keydown", |ev| {
        let (Some(bar), Some(ev)) = (
            dom::target(ev).filter(is_bar),
            ev.dyn_ref::<web_sys::KeyboardEvent>(),
        ) else {
            return;
        };
        if let Some(next) = bar_after_key(&bar, &ev.key()) {
            ev.prevent_default();
            dom::focus(&next);
        }
    });
}

/// Makes `bar` its drawing's one tab stop, so that Tab leaves the chart and Shift+Tab comes
/// back to the bar last focused (the tabs pattern's roving tab stop).
fn make_tab_stop(bar: &web_sys::Element) {
    let Some(Ok(bars)) = bar
        .closest("svg")
        .ok()
        .flatten()
        .map(|svg| svg.query_selector_all(".hit"))
    else {
        return;
    };
    for n in 0..bars.length() {
        if let Some(other) = bars
            .item(n)
            .and_then(|b| b.dyn_into::<web_sys::Element>().ok())
        {
            let stop = other.is_same_node(Some(bar));
            let _ = other.set_attribute("tabindex", if stop { "0" } else { "-1" });
        }
    }
}

/// A bar's hit area: its title says the bar's label and value in words.
fn is_bar(element: &web_sys::Element) -> bool {
    element.class_list().contains("hit") && element.closest(".chart-body").ok().flatten().is_some()
}

/// Writes the bar's label, its indicator and exact value, into its chart's read-out, which
/// remembers the bar's indicator.
fn read_out(bar: &web_sys::Element) {
    let readout = bar
        .closest("figure.chart")
        .ok()
        .flatten()
        .and_then(|figure| figure.query_selector(".readout").ok().flatten());
    if let (Some(readout), Some(text)) = (readout, bar.text_content()) {
        readout.set_text_content(Some(&text));
        if let Some(indicator) = bar.get_attribute("data-indicator") {
            let _ = readout.set_attribute("data-indicator", &indicator);
        }
    }
}

/// Reads out in `fresh` (the same view in another language) the bars `old` was reading out.
pub fn carry_read_outs(old: &web_sys::Element, fresh: &web_sys::Element) {
    let Ok(readouts) = old.query_selector_all("figure.chart[id] .readout[data-indicator]") else {
        return;
    };
    for n in 0..readouts.length() {
        let Some(readout) = readouts
            .item(n)
            .and_then(|r| r.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let figure = readout
            .closest("figure.chart")
            .ok()
            .flatten()
            .map(|f| f.id());
        let indicator = readout.get_attribute("data-indicator");
        let (Some(figure), Some(indicator)) = (figure, indicator) else {
            continue;
        };
        // Ids and indicators are the build's own (letters, digits and '-'), safe in a selector.
        let selector = format!("#{figure} .hit[data-indicator=\"{indicator}\"]");
        if let Ok(Some(bar)) = fresh.query_selector(&selector) {
            read_out(&bar);
        }
    }
}

/// The bar a key press moves to from `bar`, within its drawing.
fn bar_after_key(bar: &web_sys::Element, key: &str) -> Option<web_sys::Element> {
    let bars = bar.closest("svg").ok()??.query_selector_all(".hit").ok()?;
    let count = bars.length();
    let current = (0..count).find(|&n| bars.item(n).is_some_and(|h| h.is_same_node(Some(bar))))?;
    let next = match key {
        "ArrowDown" | "ArrowRight" => (current + 1).min(count - 1),
        "ArrowUp" | "ArrowLeft" => current.saturating_sub(1),
        "Home" => 0,
        "End" => count - 1,
        _ => return None,
    };
    bars.item(next)?.dyn_into().ok()
}
