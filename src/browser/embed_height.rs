//! An embed's height, posted to the parent page whenever it changes (see `embed_code` for the
//! two message formats). The page posts only its height and ids, and listens to no message.

use crate::render::embed_code::pym_height_message;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

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
