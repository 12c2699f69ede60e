//! The one download drawn in the browser: a chart as a PNG, rasterised by the browser's own
//! canvas from the chart's SVG file. The CSV, JSON and SVG files are static files of `dist/`
//! (see `render::files`).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn save_blob(name: &str, blob: &web_sys::Blob) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    let document = gloo_utils::document();
    if let Ok(link) = document.create_element("a") {
        let link: web_sys::HtmlAnchorElement = link.unchecked_into();
        link.set_href(&url);
        link.set_download(name);
        link.set_class_name("hidden");
        let _ = gloo_utils::body().append_child(&link);
        link.click();
        link.remove();
    }
    // The browser has taken the file once the click is handled; free it a moment later.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = gloo_utils::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
}

/// Draws the SVG at `url` (of the page's own origin, so the canvas may be read) onto a canvas
/// at twice its size and saves it as a PNG named `name`.
pub fn save_png(name: String, url: &str) {
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let loaded = image.clone();
    let onload = Closure::once_into_js(move || {
        let (w, h) = (loaded.natural_width() * 2, loaded.natural_height() * 2);
        let Ok(canvas) = gloo_utils::document().create_element("canvas") else {
            return;
        };
        let canvas: web_sys::HtmlCanvasElement = canvas.unchecked_into();
        canvas.set_width(w);
        canvas.set_height(h);
        let Ok(Some(context)) = canvas.get_context("2d") else {
            return;
        };
        let context: web_sys::CanvasRenderingContext2d = context.unchecked_into();
        let _ = context.draw_image_with_html_image_element_and_dw_and_dh(
            &loaded,
            0.0,
            0.0,
            f64::from(w),
            f64::from(h),
        );
        let save = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
            if let Some(blob) = blob {
                save_blob(&name, &blob);
            }
        });
        let _ = canvas.to_blob_with_type(save.unchecked_ref(), "image/png");
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(url);
}
