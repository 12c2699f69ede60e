//! Trunk writes the code that starts the wasm as an inline `<script type="module">` in
//! index.html (trunk-rs/trunk#288). A strict Content Security Policy forbids inline scripts, so
//! the build moves that script into its own file beside the documents and loads it by a
//! relative URL, which keeps `dist/` working under any sub-path.
//!
//! The script is also made to start the app late: the documents arrive complete, and the app
//! only adds to them, so the page's first paint should wait neither for the app's start nor
//! for its code. It loads the app's code (the JS glue by a dynamic `import`, then the wasm)
//! once the first frame is on screen, and Trunk's preload links for that code go: on a slow
//! connection they shared it with the stylesheet the first paint waits for (measured on slow
//! mobile: first chart of the full page 601 → 515 ms, BENCHMARKS.md).

const OPEN: &str = "<script type=\"module\">";
const CLOSE: &str = "</script>";

/// How Trunk's script (0.21) imports the JS glue, statically; the path follows it to `';`.
const STATIC_IMPORT: &str = "import init, * as bindings from '";

/// Waits until the first frame is on screen: the browser has reported its first paint (two
/// animation frames where it does not report paints), so the app's code neither delays that
/// frame nor slows its drawing on a phone's few cores. At most a second: a hidden tab, or an
/// embed's iframe out of sight, paints nothing, and must still start and report its height.
const AFTER_FIRST_FRAME: &str = "await new Promise((go) => { setTimeout(go, 1000); if (PerformanceObserver.supportedEntryTypes?.includes('paint')) new PerformanceObserver(() => setTimeout(go)).observe({ type: 'paint', buffered: true }); else requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(go))); });\n";

/// Trunk's start-up script changed in a way this step does not know.
#[derive(Debug, PartialEq, Eq)]
pub struct UnknownLoader;

impl std::fmt::Display for UnknownLoader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Trunk's start-up script has no `{STATIC_IMPORT}…';` line (did Trunk change?); \
             update tools/prerender/src/loader.rs to its new form"
        )
    }
}

/// The page with its inline module script replaced by a reference to `file_name` and without
/// preload links, and the script's text, made to load and start the app after the first
/// frame; `Ok(None)` when the page has no inline module script.
pub fn externalize(html: &str, file_name: &str) -> Result<Option<(String, String)>, UnknownLoader> {
    let Some(start) = html.find(OPEN) else {
        return Ok(None);
    };
    let body_start = start + OPEN.len();
    let Some(length) = html[body_start..].find(CLOSE) else {
        return Ok(None);
    };
    let end = body_start + length;
    let script = late_start(html[body_start..end].trim())?;
    let tag = format!("<script type=\"module\" src=\"./{file_name}\"></script>");
    let page = format!("{}{tag}{}", &html[..start], &html[end + CLOSE.len()..]);
    Ok(Some((without_preloads(&page), format!("{script}\n"))))
}

/// `script` with its static import of the glue turned into a dynamic one after the first
/// frame; `init` and `bindings` keep their names for the rest of Trunk's script.
fn late_start(script: &str) -> Result<String, UnknownLoader> {
    let at = script.find(STATIC_IMPORT).ok_or(UnknownLoader)?;
    let path_start = at + STATIC_IMPORT.len();
    let path_length = script[path_start..].find("';").ok_or(UnknownLoader)?;
    let path = &script[path_start..path_start + path_length];
    let rest = &script[path_start + path_length + 2..];
    Ok(format!(
        "{}{AFTER_FIRST_FRAME}const bindings = await import('{path}');\nconst init = bindings.default;{rest}",
        &script[..at]
    ))
}

/// `page` without `<link rel="preload">` and `<link rel="modulepreload">` tags.
fn without_preloads(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(at) = ["<link rel=\"preload\"", "<link rel=\"modulepreload\""]
        .iter()
        .filter_map(|tag| rest.find(tag))
        .min()
    {
        out.push_str(&rest[..at]);
        rest = rest[at..].find('>').map_or("", |end| &rest[at + end + 1..]);
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::{externalize, UnknownLoader, AFTER_FIRST_FRAME};

    /// Trunk 0.21's script and links, shortened.
    const TRUNK: &str = "<head>\n<link rel=\"stylesheet\" href=\"./main.css\"/>\n<script type=\"module\">\nimport init, * as bindings from './app.js';\nconst wasm = await init({ module_or_path: './app_bg.wasm' });\nwindow.wasmBindings = bindings;\n</script>\n<link rel=\"modulepreload\" href=\"./app.js\" crossorigin=\"anonymous\"><link rel=\"preload\" href=\"./app_bg.wasm\" as=\"fetch\" type=\"application/wasm\"></head>";

    #[test]
    fn moves_the_script_into_a_file_that_loads_the_app_after_the_first_frame() {
        let (page, script) = externalize(TRUNK, "start.js").unwrap().unwrap();
        assert_eq!(
            page,
            "<head>\n<link rel=\"stylesheet\" href=\"./main.css\"/>\n<script type=\"module\" src=\"./start.js\"></script>\n</head>"
        );
        assert_eq!(
            script,
            format!(
                "{AFTER_FIRST_FRAME}const bindings = await import('./app.js');\nconst init = bindings.default;\nconst wasm = await init({{ module_or_path: './app_bg.wasm' }});\nwindow.wasmBindings = bindings;\n"
            )
        );
        assert_eq!(externalize(&page, "x.js"), Ok(None));
    }

    #[test]
    fn a_script_of_another_form_stops_the_build() {
        let html = "<head><script type=\"module\">\nimport start from './a.js';\nawait start();\n</script></head>";
        assert_eq!(externalize(html, "start.js"), Err(UnknownLoader));
    }
}
