//! The JS glue wasm-bindgen writes is readable source: comments, indentation and long local
//! names are more than half its bytes, and every reader downloads it before the app starts.
//! The build minifies it with terser (npm's, pinned in scripts/install-tools; Trunk's own JS
//! minifier fails on the glue), before the app's code is named by its bytes.

use std::fs;
use std::path::Path;
use std::process::Command;

/// The minifier, as scripts/install-tools installs it (`npm install -g terser@…`).
const TERSER: &str = "terser";

/// Minifies, in `dir`, the JS glue the start-up script `script` loads (its `'./…js'` path). The
/// glue is an ES module: its exports (`default`, `initSync`, the classes) keep their names.
pub fn minify(dir: &Path, script: &str) -> Result<(), String> {
    let Some(glue) = crate::content_names::quoted_paths(script)
        .into_iter()
        .find(|path| path.ends_with(".js"))
    else {
        return Err(
            "the start-up script loads no JS glue ('./….js'); did Trunk change its script? \
             update tools/prerender/src/loader.rs"
                .to_owned(),
        );
    };
    let path = dir.join(glue);
    let minified = dir.join(format!("{glue}.min"));
    let run = Command::new(TERSER)
        .arg(&path)
        .args(["--module", "--compress", "--mangle", "--output"])
        .arg(&minified)
        .output()
        .map_err(|e| {
            format!(
                "cannot run {TERSER} ({e}), which minifies the app's JS glue; \
                 scripts/install-tools installs it (npm's terser)"
            )
        })?;
    if !run.status.success() {
        return Err(format!(
            "{TERSER} could not minify {}: {}",
            path.display(),
            String::from_utf8_lossy(&run.stderr).trim()
        ));
    }
    fs::rename(&minified, &path).map_err(|e| {
        format!(
            "cannot replace {} with its minified copy: {e}",
            path.display()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_glue_loses_its_comments_and_spaces_and_keeps_its_exports() {
        let dir = std::env::temp_dir().join(format!("prerender-glue-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        let glue = "/** Starts the app. */\nasync function start_the_app(module_or_path) {\n    \
                    const instance_of_the_module = await module_or_path;\n    \
                    return instance_of_the_module;\n}\nexport class Handle {\n    \
                    free() { return 1; }\n}\n\nexport { start_the_app as default };\n";
        fs::write(dir.join("app-1f.js"), glue).unwrap();
        minify(&dir, "const bindings = await import('./app-1f.js');").unwrap();
        let minified = fs::read_to_string(dir.join("app-1f.js")).unwrap();
        assert!(minified.len() < glue.len() / 2, "{minified}");
        assert!(!minified.contains("Starts the app") && !minified.contains("    "));
        assert!(!minified.contains("instance_of_the_module"), "{minified}");
        assert!(minified.contains("export class Handle"), "{minified}");
        assert!(minified.contains(" as default"), "{minified}");
        assert!(!dir.join("app-1f.js.min").exists());
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_script_without_glue_is_an_error_that_says_where_to_look() {
        let message = minify(Path::new("."), "init();").unwrap_err();
        assert!(message.contains("loader.rs"), "{message}");
    }
}
