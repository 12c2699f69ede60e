//! The build's last step, run by Trunk after it has written the app (see Trunk.toml):
//!
//! 1. moves Trunk's inline start-up script into a file (`loader`), for a strict CSP, and makes
//!    it load the app after the first paint; minifies the JS glue (`js_glue`); names the
//!    app's code by its bytes (`content_names`), so an unchanged wasm keeps its name and stays
//!    cached;
//! 2. minifies the stylesheet (`stylesheet`), the request every first paint waits for;
//! 3. writes one document per view (`render::documents`), each with its content rendered
//!    natively by the app's own views, so it paints before the wasm arrives and reads without
//!    script; `index.html` becomes the default view's document; the ids of renamed charts and
//!    themes keep documents showing their replacement;
//! 4. writes the downloads the pages link to: the whole data set as CSV and JSON, and each
//!    chart's figures as CSV and picture as SVG, in each language;
//! 5. writes a gzip and a brotli copy beside every text and wasm file (`precompress`).
//!
//! Trunk runs it with `TRUNK_STAGING_DIR` set; it can also be given the directory.

mod content_names;
mod js_glue;
mod loader;
mod precompress;
mod stylesheet;
mod template;

use indicators_dashboard::render::documents;
use indicators_dashboard::render::files::{self, static_path};
use indicators_dashboard::render::locale::Lang;
use indicators_dashboard::view::page;
use std::path::{Path, PathBuf};
use std::{env, fs, process::ExitCode};

fn main() -> ExitCode {
    let Some(dir) = env::var_os("TRUNK_STAGING_DIR")
        .or_else(|| env::args_os().nth(1))
        .map(PathBuf::from)
    else {
        eprintln!("prerender: no directory; run it as Trunk's post_build hook (see Trunk.toml), or pass the built directory");
        return ExitCode::FAILURE;
    };
    match build(&dir) {
        Ok(count) => {
            eprintln!(
                "prerender: wrote {count} documents and the downloads into {}",
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

fn build(dir: &Path) -> Result<usize, String> {
    let index = dir.join(documents::INDEX);
    let mut html = fs::read_to_string(&index).map_err(|e| {
        format!(
            "cannot read {}: {e}; run `trunk build` first",
            index.display()
        )
    })?;
    if let Some((_, script)) = loader::externalize(&html, "").map_err(|e| e.to_string())? {
        js_glue::minify(dir, &script)?;
        let script = content_names::name_app_code(dir, &script)?;
        let name = format!("start-{:016x}.js", content_names::fnv1a(script.as_bytes()));
        let (page, _) = loader::externalize(&html, &name)
            .map_err(|e| e.to_string())?
            .expect("found just above");
        write(&dir.join(name), script.as_bytes())?;
        html = page;
    }
    html = stylesheet::minify_linked(dir, &html)?;
    let mut all = documents::all();
    all.extend(documents::aliases());
    for (name, state) in &all {
        let document = template::document(&html, state, &page::to_html(*state)).map_err(|m| {
            format!(
                "{} lacks {}; index.html must keep it, it is where each document's own text goes",
                index.display(),
                m.0
            )
        })?;
        write(&dir.join(name), document.as_bytes())?;
    }
    write_downloads(dir)?;
    precompress::precompress(dir)?;
    Ok(all.len())
}

fn write_downloads(dir: &Path) -> Result<(), String> {
    write(
        &dir.join(static_path(None, "csv")),
        files::all_csv().as_bytes(),
    )?;
    write(
        &dir.join(static_path(None, "json")),
        files::all_json().as_bytes(),
    )?;
    for &lang in Lang::ALL {
        for chart in report_data::CHARTS {
            let csv = files::chart_csv(chart, lang);
            write(
                &dir.join(static_path(Some((chart, lang)), "csv")),
                csv.as_bytes(),
            )?;
            let svg = files::chart_picture(chart, lang);
            write(
                &dir.join(static_path(Some((chart, lang)), "svg")),
                svg.as_bytes(),
            )?;
        }
    }
    Ok(())
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
