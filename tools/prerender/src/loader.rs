//! Trunk writes the code that starts the wasm as an inline `<script type="module">` in
//! index.html (trunk-rs/trunk#288). A strict Content Security Policy forbids inline scripts, so
//! the build moves that script into its own file beside the documents and loads it by a
//! relative URL, which keeps `dist/` working under any sub-path.

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
pub fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
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
