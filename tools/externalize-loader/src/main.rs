//! Trunk writes the code that starts the wasm as an inline `<script type="module">` in
//! index.html (trunk-rs/trunk#288). A strict Content Security Policy forbids inline scripts, so
//! this post-build hook moves that script into its own file beside index.html and loads it by a
//! relative URL, which keeps `dist/` working under any sub-path.
//!
//! Trunk runs it with `TRUNK_STAGING_DIR` set (see Trunk.toml).

use std::{env, fs, path::Path, process::ExitCode};

const OPEN: &str = "<script type=\"module\">";
const CLOSE: &str = "</script>";

/// The page with its inline module script replaced by a reference to `file_name`, and the
/// script's text; `None` when the page has no inline module script.
pub fn externalize(html: &str, file_name: &str) -> Option<(String, String)> {
    let start = html.find(OPEN)?;
    let body_start = start + OPEN.len();
    let end = body_start + html[body_start..].find(CLOSE)?;
    let script = html[body_start..end].trim().to_owned();
    let tag = format!("<script type=\"module\" src=\"./{file_name}\"></script>");
    let page = format!("{}{tag}{}", &html[..start], &html[end + CLOSE.len()..]);
    Some((page, format!("{script}\n")))
}

/// A short content hash for the file name, so caches never serve a stale loader.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

fn main() -> ExitCode {
    let Ok(dir) = env::var("TRUNK_STAGING_DIR") else {
        eprintln!("externalize-loader: TRUNK_STAGING_DIR is not set; run it as a Trunk post_build hook (see Trunk.toml)");
        return ExitCode::FAILURE;
    };
    let index = Path::new(&dir).join("index.html");
    let html = match fs::read_to_string(&index) {
        Ok(html) => html,
        Err(e) => {
            eprintln!("externalize-loader: cannot read {}: {e}", index.display());
            return ExitCode::FAILURE;
        }
    };
    let Some((_, script)) = externalize(&html, "") else {
        eprintln!(
            "externalize-loader: {} has no inline module script; nothing to do",
            index.display()
        );
        return ExitCode::SUCCESS;
    };
    let file_name = format!("start-{:016x}.js", fnv1a(&script));
    let (page, script) = externalize(&html, &file_name).expect("found above");
    let written =
        fs::write(Path::new(&dir).join(&file_name), script).and_then(|()| fs::write(&index, page));
    if let Err(e) = written {
        eprintln!("externalize-loader: cannot write to {dir}: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::externalize;

    #[test]
    fn moves_the_inline_module_into_a_file() {
        let html = "<head>\n<script type=\"module\">\nimport init from './a.js';\nawait init();\n</script><link rel=\"preload\"></head>";
        let (page, script) = externalize(html, "start.js").unwrap();
        assert_eq!(page, "<head>\n<script type=\"module\" src=\"./start.js\"></script><link rel=\"preload\"></head>");
        assert_eq!(script, "import init from './a.js';\nawait init();\n");
        assert!(externalize(&page, "x.js").is_none());
    }
}
