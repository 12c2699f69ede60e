//! Trunk writes the code that starts the wasm as an inline `<script type="module">` in
//! index.html (trunk-rs/trunk#288). A strict Content Security Policy forbids inline scripts, so
//! the build moves that script into its own file beside the documents and loads it by a
//! relative URL, which keeps `dist/` working under any sub-path.
//!
//! It also makes the script wait for the page's first frame before it starts the wasm: the
//! documents arrive complete, and the app only adds to them, so the first paint should never
//! wait for the app's start.

const OPEN: &str = "<script type=\"module\">";
const CLOSE: &str = "</script>";

/// Waits for the end of the first frame (a task queued from its animation frame callback runs
/// once that frame is painted), or 200 ms where frames do not run: a hidden tab, or an embed's
/// iframe out of sight, which must still start and report its height.
const AFTER_FIRST_FRAME: &str = "await new Promise((go) => { requestAnimationFrame(() => setTimeout(go)); setTimeout(go, 200); });\n";

/// The page with its inline module script replaced by a reference to `file_name`, and the
/// script's text, made to start the wasm after the first frame; `None` when the page has no
/// inline module script.
pub fn externalize(html: &str, file_name: &str) -> Option<(String, String)> {
    let start = html.find(OPEN)?;
    let body_start = start + OPEN.len();
    let end = body_start + html[body_start..].find(CLOSE)?;
    let mut script = html[body_start..end].trim().to_owned();
    // Before the statement that starts the wasm (the imports above it only load code).
    if let Some(call) = script.find("await init(") {
        let line = script[..call].rfind('\n').map_or(0, |n| n + 1);
        script.insert_str(line, AFTER_FIRST_FRAME);
    }
    let tag = format!("<script type=\"module\" src=\"./{file_name}\"></script>");
    let page = format!("{}{tag}{}", &html[..start], &html[end + CLOSE.len()..]);
    Some((page, format!("{script}\n")))
}

/// A short content hash for the file name, so caches never serve a stale loader.
pub fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::{externalize, AFTER_FIRST_FRAME};

    #[test]
    fn moves_the_inline_module_into_a_file() {
        let html = "<head>\n<script type=\"module\">\nimport init from './a.js';\nawait init();\n</script><link rel=\"preload\"></head>";
        let (page, script) = externalize(html, "start.js").unwrap();
        assert_eq!(page, "<head>\n<script type=\"module\" src=\"./start.js\"></script><link rel=\"preload\"></head>");
        assert_eq!(
            script,
            format!("import init from './a.js';\n{AFTER_FIRST_FRAME}await init();\n")
        );
        assert!(externalize(&page, "x.js").is_none());
    }
}
