//! Embedding in other pages: the `<iframe>` snippet and permalink offered to portal editors, and
//! the height the embedded page reports to its parent, in the two message formats existing
//! responsive-embed parents understand:
//!
//! - pym.js: the string `pym` `xPYMx` <childId> `xPYMx` `height` `xPYMx` <px>, where pym's parent
//!   passes `childId` in the iframe's URL;
//! - Datawrapper: the object `{"datawrapper-height": {"<id>": <px>}}`, matched by its parent to
//!   the iframe through `event.source`.
//!
//! The page posts only its height and ids, and listens to no message at all.

use crate::locale::Lang;
use crate::url_state::{to_query, UrlState};
use crate::xml_escape::escape;
use report_data::Chart;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

const PYM_DELIMITER: &str = "xPYMx";

/// Height the snippet starts with, before the first resize message arrives.
const SNIPPET_HEIGHT: u32 = 480;

/// pym.js's height message for the child `child_id`.
pub fn pym_height_message(child_id: &str, height: u32) -> String {
    let d = PYM_DELIMITER;
    format!("pym{d}{child_id}{d}height{d}{height}")
}

/// The id the Datawrapper message carries: the chart's id, or the theme's key.
pub fn embed_id(state: &UrlState) -> &'static str {
    state.chart.unwrap_or(state.theme.key())
}

/// The full page opened on a chart: `page` is the dashboard's address without a query.
pub fn permalink(page: &str, chart: &Chart, lang: Lang) -> String {
    format!("{page}{}", to_query(&chart_state(chart, lang, false)))
}

/// The state that shows one chart, on the full page or embedded.
fn chart_state(chart: &Chart, lang: Lang, embed: bool) -> UrlState {
    UrlState {
        lang,
        chart: Some(chart.id),
        theme: chart.theme,
        embed,
        ..UrlState::default()
    }
}

/// A ready `<iframe>` for one chart, its title set for screen readers.
pub fn iframe_snippet(page: &str, chart: &Chart, lang: Lang) -> String {
    let src = format!("{page}{}", to_query(&chart_state(chart, lang, true)));
    format!(
        r#"<iframe title="{}" src="{}" width="100%" height="{SNIPPET_HEIGHT}" scrolling="no" frameborder="0"></iframe>"#,
        escape(lang.pick(&chart.title)),
        escape(&src)
    )
}

/// The full dashboard for an embed's "view the full dashboard" link: its state without `embed`.
pub fn full_page_query(state: &UrlState) -> String {
    let query = to_query(&UrlState {
        embed: false,
        ..*state
    });
    if query.is_empty() {
        "./".to_owned()
    } else {
        query
    }
}

/// Inside an iframe, posts the page's height to the parent now and whenever it changes.
/// Does nothing in a top-level window. Lives as long as the page.
pub fn report_height(embed_id: &'static str, pym_child: Option<String>) {
    let window = gloo_utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if js_sys::Object::is(&parent, &window) {
        return;
    }
    let body = gloo_utils::body();
    let last = Rc::new(Cell::new(0));
    let measured = body.clone();
    let post = move || {
        let height = u32::try_from(measured.offset_height()).unwrap_or(0);
        if height == 0 || height == last.get() {
            return;
        }
        last.set(height);
        if let Some(child) = &pym_child {
            let _ =
                parent.post_message(&JsValue::from_str(&pym_height_message(child, height)), "*");
        }
        let inner = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&inner, &JsValue::from_str(embed_id), &JsValue::from(height));
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &JsValue::from_str("datawrapper-height"), &inner);
        let _ = parent.post_message(&message, "*");
    };
    let callback = Closure::<dyn FnMut()>::new(post);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    callback.forget();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pym_messages_follow_pym_js() {
        assert_eq!(
            pym_height_message("dash", 612),
            "pymxPYMxdashxPYMxheightxPYMx612"
        );
    }

    #[test]
    fn the_embed_id_is_the_chart_or_the_theme() {
        let (state, _) = crate::url_state::parse("embed=1&chart=industry-growth");
        assert_eq!(embed_id(&state), "industry-growth");
        let (state, _) = crate::url_state::parse("embed=1&theme=rural");
        assert_eq!(embed_id(&state), "rural");
    }

    #[test]
    fn the_snippet_is_a_titled_full_width_iframe_of_one_chart() {
        let chart = report_data::chart("industry-funds").unwrap();
        let snippet = iframe_snippet("https://example.org/data/", chart, Lang::En);
        assert_eq!(
            snippet,
            r#"<iframe title="Two special funds" src="https://example.org/data/?lang=en&amp;chart=industry-funds&amp;embed=1" width="100%" height="480" scrolling="no" frameborder="0"></iframe>"#
        );
        assert_eq!(
            permalink("https://example.org/data/", chart, Lang::Zh),
            "https://example.org/data/?chart=industry-funds"
        );
    }

    #[test]
    fn the_way_back_drops_only_the_embed_flag() {
        let (state, _) = crate::url_state::parse("embed=1&theme=rural&lang=en");
        assert_eq!(full_page_query(&state), "?theme=rural&lang=en");
        let (state, _) = crate::url_state::parse("embed=1");
        assert_eq!(full_page_query(&state), "./");
    }
}
