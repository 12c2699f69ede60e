//! What people take away: each chart's CSV, SVG and PNG, the whole data set as CSV and JSON,
//! and the permalink and embed snippet, downloaded or read from the real page.

#![cfg(not(target_arch = "wasm32"))] // Native: drives the browser from outside.

mod support;

use indicators_dashboard::render::embed_code::iframe_snippet;
use indicators_dashboard::render::locale::Lang;
use report_data::{Theme, INDICATORS};
use std::path::Path;
use std::time::{Duration, Instant};
use support::{Browser, Server};

/// Waits for a finished download (Chromium writes `.crdownload` until done).
async fn downloaded(dir: &Path, name: &str) -> Vec<u8> {
    let path = dir.join(name);
    let deadline = Instant::now() + support::PATIENCE;
    loop {
        if let Ok(bytes) = std::fs::read(&path) {
            if !bytes.is_empty() && !dir.join(format!("{name}.crdownload")).exists() {
                return bytes;
            }
        }
        assert!(Instant::now() < deadline, "{name} was not downloaded");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Decodes the whole PNG and returns its size, failing if it is not a valid image.
fn png_size(png: &[u8]) -> (u32, u32) {
    let mut reader = png::Decoder::new(png).read_info().expect("a PNG header");
    let mut pixels = vec![0; reader.output_buffer_size()];
    let info = reader
        .next_frame(&mut pixels)
        .expect("PNG image data decodes");
    assert!(
        pixels.iter().any(|&p| p != 0 && p != 255),
        "the picture is not blank"
    );
    (info.width, info.height)
}

fn svg_size(svg: &str) -> (u32, u32) {
    let attr = |name: &str| -> u32 {
        let at = svg.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        svg[at..].split('"').next().unwrap().parse().unwrap()
    };
    (attr("width"), attr("height"))
}

#[tokio::test]
async fn a_chart_downloads_as_csv_svg_and_png() {
    let server = Server::start(vec![]);
    let folder = support::TempDir::new("downloads-chart");
    let dir = folder.path();
    let b = Browser::start_saving_to(1280, 900, Some(dir)).await;
    b.open(&server.page("")).await;
    let chart = report_data::chart("industry-funds").unwrap();
    let figure = format!("figure[data-chart={}]", chart.id);
    b.click(&format!("{figure} details.share summary")).await;

    b.click(&format!("{figure} .download[data-format=csv]"))
        .await;
    let csv =
        String::from_utf8(downloaded(dir, "xiangdong-2022-industry-funds.csv").await).unwrap();
    assert!(csv.starts_with('\u{feff}'), "a byte-order mark for Excel");
    let lines: Vec<&str> = csv
        .trim_start_matches('\u{feff}')
        .trim_end()
        .split("\r\n")
        .collect();
    assert_eq!(lines[0], "id,label,value,unit,year,source");
    for (line, indicator) in lines[1..].iter().zip(report_data::members(chart)) {
        let cells: Vec<&str> = line.split(',').collect();
        assert_eq!(cells[0], indicator.id);
        assert_eq!(cells[1], indicator.label.zh);
        assert_eq!(cells[2].parse::<f64>().unwrap(), indicator.value);
        assert_eq!(cells[3], indicator.unit.key());
        assert!(cells[5].starts_with(indicator.quote), "the source quote");
    }
    assert_eq!(lines.len() - 1, chart.members.len());

    b.click(&format!("{figure} .download[data-format=svg]"))
        .await;
    let svg =
        String::from_utf8(downloaded(dir, "xiangdong-2022-industry-funds.svg").await).unwrap();
    let parsed = b
        .client
        .execute(
            "var d = new DOMParser().parseFromString(arguments[0], 'image/svg+xml');
             return d.querySelector('parsererror') ? null : [...d.querySelectorAll('text')].map(t => t.textContent.trim());",
            vec![serde_json::Value::String(svg.clone())],
        )
        .await
        .unwrap();
    let texts: Vec<&str> = parsed
        .as_array()
        .expect("the SVG parses")
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    assert!(texts.contains(&"两项专项资金"), "the title: {texts:?}");
    assert!(
        texts.contains(&"来源：萍乡日报，2023-03-26"),
        "the source line: {texts:?}"
    );
    assert!(texts.contains(&"3000万元"));

    b.click(&format!("{figure} .download[data-format=png]"))
        .await;
    let png = downloaded(dir, "xiangdong-2022-industry-funds.png").await;
    let (w, h) = svg_size(&svg);
    assert_eq!(
        png_size(&png),
        (2 * w, 2 * h),
        "the PNG is the picture at twice its size"
    );
    b.close().await;
}

#[tokio::test]
async fn the_whole_data_set_downloads_as_csv_and_json() {
    let server = Server::start(vec![]);
    let folder = support::TempDir::new("downloads-all");
    let dir = folder.path();
    let b = Browser::start_saving_to(1280, 900, Some(dir)).await;
    b.open(&server.page("")).await;

    b.click(".masthead .download[data-format=all-csv]").await;
    let csv = String::from_utf8(downloaded(dir, "xiangdong-2022.csv").await).unwrap();
    assert!(csv.starts_with('\u{feff}'));
    assert_eq!(
        csv.trim_start_matches('\u{feff}'),
        report_data::csv(&report_data::all())
    );
    assert_eq!(csv.trim_end().split("\r\n").count(), INDICATORS.len() + 1);

    b.click(".masthead .download[data-format=all-json]").await;
    let json: serde_json::Value =
        serde_json::from_slice(&downloaded(dir, "xiangdong-2022.json").await).unwrap();
    let rows = json["indicators"].as_array().unwrap();
    assert_eq!(rows.len(), INDICATORS.len());
    for (row, indicator) in rows.iter().zip(INDICATORS) {
        assert_eq!(row["id"], indicator.id);
        assert_eq!(row["value"].as_f64().unwrap(), indicator.value);
        assert_eq!(row["quote"], indicator.quote);
    }
    assert_eq!(json["report"]["source"]["date"], "2023-03-26");
    b.close().await;
}

#[tokio::test]
async fn each_chart_offers_its_permalink_and_embed_snippet() {
    let server = Server::start(vec![]);
    let b = Browser::start(1280, 900).await;
    b.open(&server.page("?lang=en&theme=rural")).await;
    let chart = report_data::chart("rural-digital").unwrap();
    assert_eq!(chart.theme, Theme::Rural);
    let figure = format!("figure[data-chart={}]", chart.id);
    b.click(&format!("{figure} details.share summary")).await;
    let page = server.page("");
    let link = b
        .js(&format!(
            "return document.querySelector('{figure} code.share-text').textContent"
        ))
        .await;
    assert_eq!(link, format!("{page}rural.en.html#chart-rural-digital"));
    let code = b
        .js(&format!(
            "return document.querySelector('{figure} pre.share-text').textContent"
        ))
        .await;
    let code = code.as_str().unwrap();
    assert!(code.starts_with(&format!(
        r#"<iframe title="Village service points" src="{page}embed-chart-rural-digital.en.html" width="100%" height=""#
    )));
    // Its height is the build's, for this chart (tests/embed.rs checks it fits the embed).
    assert_eq!(code, iframe_snippet(&page, chart, Lang::En));
    // One click selects a field whole, for copying by hand (or without script).
    b.click(&format!("{figure} pre.share-text")).await;
    let selected = b
        .js(&format!("return getSelection().toString() === document.querySelector('{figure} pre.share-text').textContent"))
        .await;
    assert_eq!(selected, true, "a click selects the whole snippet");
    b.click(&format!("{figure} .share .copy")).await;
    b.until(
        "copy status",
        &format!("return document.querySelector('{figure} .share-status').textContent !== ''"),
    )
    .await;
    // Where there is no clipboard (a page served over plain http), the button says so and
    // selects the field, for copying by hand.
    b.js(&format!(
        "Object.defineProperty(navigator, 'clipboard', {{ value: undefined }}); document.querySelector('{figure} .share-status').textContent = ''; getSelection().removeAllRanges()"
    ))
    .await;
    b.click(&format!("{figure} .share .copy")).await;
    b.until(
        "copy failure said",
        &format!("return document.querySelector('{figure} .share-status').textContent === 'Could not copy automatically; press Ctrl+C to copy the selected text.'"),
    )
    .await;
    let selected = b
        .js(&format!("const f = document.querySelector('{figure} code.share-text'); return getSelection().toString() === f.textContent && document.activeElement === f"))
        .await;
    assert_eq!(selected, true, "the link is selected");

    // The permalink opens the full page on the chart's theme, scrolled to the chart.
    b.open(link.as_str().unwrap()).await;
    assert_eq!(
        b.js("return document.querySelector('[role=tab][aria-selected=true]').dataset.theme")
            .await,
        "rural"
    );
    b.until(
        "the chart in view",
        &format!("var r = document.querySelector('{figure}').getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight && scrollY > 0 && location.hash === '#chart-{}';", chart.id),
    )
    .await;
    b.close().await;
}
