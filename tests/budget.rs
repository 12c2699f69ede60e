//! The bytes a reader's browser downloads for a cold load, from the built `dist/`: every file a
//! document asks for before it is interactive (the document, stylesheet, icon, start-up script,
//! the app's JS glue and wasm), gzip-compressed as the build writes them. File sizes are
//! deterministic, so this is a real test: it fails when a change pushes a load over budget, and
//! prints the per-file table either way.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::fs;

/// The most a cold load may transfer, gzip-compressed, in bytes: 100 KB (1 KB = 1000 bytes, as
/// in BENCHMARKS.md). The app fetches the other themes' documents once it runs; those are not
/// part of the cold load (the benchmark lists them apart).
const BUDGET: u64 = 100_000;

/// The files `document` loads before the app runs: itself, then what its head names, then what
/// its start-up script loads (the JS glue and the wasm).
fn cold_load(document: &str) -> Vec<String> {
    let html = fs::read_to_string(support::dist_dir().join(document)).unwrap();
    let head = &html[..html.find("</head>").expect("a head")];
    let mut files = vec![document.to_owned()];
    files.extend(relative_references(head, &["href=\"./", "src=\"./"]));
    let scripts: Vec<String> = files
        .iter()
        .filter(|f| f.starts_with("start-"))
        .cloned()
        .collect();
    for script in scripts {
        let text = fs::read_to_string(support::dist_dir().join(&script)).unwrap();
        for file in relative_references(&text, &["'./"]) {
            if !files.contains(&file) {
                files.push(file);
            }
        }
    }
    files
}

/// The files `text` names after any of `openings` (ending in a quote and `./`), up to the
/// closing quote.
fn relative_references(text: &str, openings: &[&str]) -> Vec<String> {
    let mut files = Vec::new();
    for opening in openings {
        let quote = opening.chars().rev().nth(2).unwrap();
        for (at, _) in text.match_indices(opening) {
            let start = at + opening.len();
            let end = start + text[start..].find(quote).unwrap();
            files.push(text[start..end].to_owned());
        }
    }
    files
}

/// Bytes of `file` as sent gzip-compressed: its `.gz` copy.
fn gzip_size(file: &str) -> u64 {
    let path = support::dist_dir().join(format!("{file}.gz"));
    fs::metadata(&path)
        .unwrap_or_else(|e| {
            panic!(
                "{}: {e}; the build writes a .gz beside every file",
                path.display()
            )
        })
        .len()
}

fn raw_size(file: &str) -> u64 {
    fs::metadata(support::dist_dir().join(file)).unwrap().len()
}

fn check(document: &str) {
    let files = cold_load(document);
    let kinds = ["css", "js", "wasm", "svg"];
    for kind in kinds {
        assert!(
            files.iter().any(|f| f.ends_with(kind)),
            "{document} loads a .{kind}: {files:?}"
        );
    }
    let mut total = 0;
    println!("{document}: cold load");
    println!("{:>9} {:>9}  file", "raw", "gzip");
    for file in &files {
        let (raw, gzip) = (raw_size(file), gzip_size(file));
        total += gzip;
        println!("{raw:>9} {gzip:>9}  {file}");
    }
    println!("{:>9} {total:>9}  total (budget {BUDGET})", "");
    assert!(total <= BUDGET, "{document}: a cold load transfers {total} bytes gzip-compressed, over the budget of {BUDGET}");
}

#[test]
fn the_default_page_loads_within_budget() {
    check("index.html");
}

#[test]
fn a_chart_embed_loads_within_budget() {
    check("embed-chart-industry-growth.zh.html");
}

/// The app's wasm, as the default page loads it: its name and bytes.
fn app_wasm() -> (String, Vec<u8>) {
    let wasm = cold_load("index.html")
        .into_iter()
        .find(|f| f.ends_with(".wasm"))
        .expect("the default page loads a wasm");
    let bytes = fs::read(support::dist_dir().join(&wasm)).unwrap();
    (wasm, bytes)
}

/// The wasm carries behaviour, not content: every word of the data is in the documents, so one
/// in the wasm too is bytes every reader downloads twice. (Ids and theme keys are there on
/// purpose: the app reads addresses.)
#[test]
fn the_wasm_carries_none_of_the_data_s_words() {
    let (wasm, bytes) = app_wasm();
    let texts = report_data::CHARTS
        .iter()
        .flat_map(|c| [c.title, c.subtitle])
        .chain(report_data::INDICATORS.iter().map(|i| i.label))
        .chain(report_data::MILESTONES.iter().map(|m| m.text))
        .chain(report_data::THEMES.iter().map(|t| t.title));
    let words = texts
        .flat_map(|t| [t.zh, t.en])
        .chain(report_data::INDICATORS.iter().map(|i| i.quote));
    let found: Vec<&str> = words
        .filter(|w| bytes.windows(w.len()).any(|window| window == w.as_bytes()))
        .collect();
    assert!(
        found.is_empty(),
        "{wasm} holds these texts of the data: {found:?}"
    );
}

/// The app's JS glue ships minified (tools/prerender/src/js_glue.rs): as wasm-bindgen writes it,
/// comments, indentation and long local names are more than half its bytes.
#[test]
fn the_js_glue_ships_minified() {
    let glue = cold_load("index.html")
        .into_iter()
        .find(|f| f.ends_with(".js") && !f.starts_with("start-"))
        .expect("the start-up script loads the JS glue");
    let text = fs::read_to_string(support::dist_dir().join(&glue)).unwrap();
    for written_out in ["/**", "\n    ", "function __wbg_init"] {
        assert!(
            !text.contains(written_out),
            "{glue} is not minified: it holds {written_out:?}"
        );
    }
}

/// Leptos' `server_fn` brings in `wasm-streams` (its `browser` feature, always on), whose types
/// wasm-bindgen exports to JavaScript, so they would stay however unused: the build removes
/// those exports (`data-wasm-opt-params` in index.html) and wasm-opt the code behind them.
#[test]
fn the_wasm_exports_none_of_wasm_streams() {
    let (wasm, bytes) = app_wasm();
    let name = b"intounderlying";
    assert!(
        !bytes.windows(name.len()).any(|window| window == name),
        "{wasm} still exports wasm-streams' types (intounderlying…)"
    );
}
