//! Files people take away: a chart's figures as CSV, the chart as SVG and PNG (each with its
//! title and source, so it stands on its own in a document), and the whole data set as CSV and
//! JSON. Contents are built in pure Rust; only saving them touches the browser.

use crate::chart_svg::{self, Framing, LIGHT};
use crate::locale::Lang;
use report_data::{members, Chart, REPORT};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Width of downloaded chart pictures, in CSS px; the PNG is drawn at twice this.
pub const PICTURE_WIDTH: f64 = 720.0;

/// A byte-order mark, so that Excel opens the UTF-8 CSV with its Chinese intact.
const BOM: &str = "\u{feff}";

/// `xiangdong-2022-industry-funds.csv`: the report's slug, the chart's id, the extension.
pub fn file_name(chart: Option<&Chart>, extension: &str) -> String {
    match chart {
        Some(chart) => format!("{}-{}.{extension}", REPORT.slug, chart.id),
        None => format!("{}.{extension}", REPORT.slug),
    }
}

/// A chart's figures: id, label, value, unit, year and the quote that states each.
pub fn chart_csv(chart: &Chart, lang: Lang) -> String {
    let rows = members(chart).into_iter().map(|i| {
        vec![
            i.id.to_owned(),
            lang.pick(&i.label).to_owned(),
            i.value.to_string(),
            i.unit.key().to_owned(),
            i.year.to_string(),
            format!("{} ({})", i.quote, report_data::citation()),
        ]
    });
    let header = ["id", "label", "value", "unit", "year", "source"];
    format!("{BOM}{}", report_data::csv_table(&header, rows))
}

/// Every figure of the report, with every column.
pub fn all_csv() -> String {
    format!("{BOM}{}", report_data::csv(&report_data::all()))
}

pub fn all_json() -> String {
    report_data::json(&report_data::all())
}

/// The chart as a standalone SVG picture: light scheme, title and source line included.
pub fn chart_picture(chart: &Chart, lang: Lang) -> String {
    chart_svg::render(chart, lang, PICTURE_WIDTH, Framing::Standalone, &LIGHT)
}

/// The files a chart downloads as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartFile {
    Csv,
    Svg,
    Png,
}

impl ChartFile {
    pub const ALL: &'static [ChartFile] = &[ChartFile::Csv, ChartFile::Svg, ChartFile::Png];

    pub const fn extension(self) -> &'static str {
        match self {
            ChartFile::Csv => "csv",
            ChartFile::Svg => "svg",
            ChartFile::Png => "png",
        }
    }

    pub const fn label(self) -> &'static str {
        match self {
            ChartFile::Csv => "CSV",
            ChartFile::Svg => "SVG",
            ChartFile::Png => "PNG",
        }
    }
}

/// Builds one of a chart's files and hands it to the browser to save.
pub fn save_chart_file(chart: &Chart, lang: Lang, file: ChartFile) {
    let name = file_name(Some(chart), file.extension());
    match file {
        ChartFile::Csv => save_text(&name, "text/csv;charset=utf-8", &chart_csv(chart, lang)),
        ChartFile::Svg => save_text(&name, "image/svg+xml", &chart_picture(chart, lang)),
        ChartFile::Png => save_png(name, chart_picture(chart, lang)),
    }
}

/// Saves text as a file through a temporary link.
pub fn save_text(name: &str, mime: &str, text: &str) {
    if let Some(blob) = text_blob(text, mime) {
        save_blob(name, &blob);
    }
}

fn text_blob(text: &str, mime: &str) -> Option<web_sys::Blob> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

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

/// Draws the chart's SVG onto a canvas at twice its size and saves it as a PNG.
fn save_png(name: String, svg: String) {
    let Some(blob) = text_blob(&svg, "image/svg+xml") else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let loaded = image.clone();
    let source = url.clone();
    let onload = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&source);
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
    image.set_src(&url);
}

/// The label of a download button: "CSV", "SVG"…, with what it saves for screen readers.
pub fn describe(what: &str, chart: &Chart, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("下载{what}：{}", lang.pick(&chart.title)),
        Lang::En => format!("Download {what}: {}", lang.pick(&chart.title)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_stable_and_readable() {
        let chart = report_data::chart("industry-funds").unwrap();
        assert_eq!(
            file_name(Some(chart), "csv"),
            "xiangdong-2022-industry-funds.csv"
        );
        assert_eq!(file_name(None, "json"), "xiangdong-2022.json");
    }

    #[test]
    fn a_chart_csv_starts_with_a_bom_and_has_a_row_per_figure() {
        let chart = report_data::chart("industry-funds").unwrap();
        let csv = chart_csv(chart, Lang::Zh);
        assert!(csv.starts_with("\u{feff}id,label,value,unit,year,source\r\n"));
        let rows: Vec<&str> = csv.trim_end().split("\r\n").skip(1).collect();
        assert_eq!(rows.len(), chart.members.len());
        assert_eq!(rows[0], "sme-fund,中小企业发展专项资金,3000,万元,2022,设立3000万元中小企业发展专项资金 (萍乡日报 2023-03-26)");
    }

    #[test]
    fn a_downloaded_picture_carries_its_title_and_source() {
        let chart = report_data::chart("industry-growth").unwrap();
        let svg = chart_picture(chart, Lang::En);
        assert!(
            svg.contains("Year-on-year growth")
                && svg.contains(&crate::citation::source_line(Lang::En))
        );
        assert!(svg.contains(&format!("width=\"{}\"", PICTURE_WIDTH as u32)));
    }
}
