//! Files the documents load are named by a hash of the bytes that ship, so a host may let
//! browsers keep them for good: a new name exactly when there is something new to fetch.
//!
//! Trunk names the app's code (the JS glue and the wasm) by a hash of the compiler's output,
//! taken before wasm-bindgen and wasm-opt. A change to code the browser never runs (a view the
//! build alone renders) renamed a byte-identical wasm, and every returning reader downloaded
//! its 64 KB again; the build renames both by what they hold.

use std::fs;
use std::path::Path;

/// A short content hash for a file name (FNV-1a, 64 bits): enough to tell versions of one
/// file apart, which is all a cache needs.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// The endings of the app's files as Trunk writes them: `<name>-<hash>_bg.wasm`, `<name>-<hash>.js`.
const ENDINGS: [&str; 2] = ["_bg.wasm", ".js"];

/// `script` (the start-up script) with each file of the app's code it loads, a `'./…'` path in
/// `dir`, renamed there and in the script to `<name>-<hash of its bytes><ending>`.
pub fn name_app_code(dir: &Path, script: &str) -> Result<String, String> {
    let mut renamed = script.to_owned();
    for path in quoted_paths(script) {
        let Some((stem, ending)) = stem_and_ending(path) else {
            continue;
        };
        let old = dir.join(path);
        let bytes = fs::read(&old).map_err(|e| {
            format!(
                "the start-up script loads {path}, which is not in {}: {e}",
                dir.display()
            )
        })?;
        let name = format!("{stem}-{:016x}{ending}", fnv1a(&bytes));
        if name != path {
            fs::rename(&old, dir.join(&name))
                .map_err(|e| format!("cannot rename {} to {name}: {e}", old.display()))?;
            renamed = renamed.replace(&format!("'./{path}'"), &format!("'./{name}'"));
        }
    }
    Ok(renamed)
}

/// The relative paths a script names in single quotes (`'./app-1f.js'`), files beside it only.
pub fn quoted_paths(script: &str) -> Vec<&str> {
    script
        .split("'./")
        .skip(1)
        .filter_map(|rest| rest.split_once('\'').map(|(path, _)| path))
        .filter(|path| !path.contains('/'))
        .collect()
}

/// `app-1f_bg.wasm` → (`app`, `_bg.wasm`): the name without Trunk's hash, and its ending.
fn stem_and_ending(path: &str) -> Option<(&str, &'static str)> {
    let ending = ENDINGS.into_iter().find(|e| path.ends_with(e))?;
    let base = &path[..path.len() - ending.len()];
    let stem = match base.rsplit_once('-') {
        Some((stem, hash)) if !hash.is_empty() && hash.bytes().all(|b| b.is_ascii_hexdigit()) => {
            stem
        }
        _ => base,
    };
    Some((stem, ending))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh directory under the system's temporary one, removed when dropped.
    struct Dir(std::path::PathBuf);

    impl Dir {
        fn new(name: &str) -> Dir {
            let path =
                std::env::temp_dir().join(format!("prerender-{name}-{}", std::process::id()));
            let _ = fs::remove_dir_all(&path);
            fs::create_dir_all(&path).unwrap();
            Dir(path)
        }
    }

    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    const SCRIPT: &str = "const bindings = await import('./app-1f2e.js');\nconst wasm = await init({ module_or_path: './app-1f2e_bg.wasm' });\n";

    fn built(dir: &Dir, glue: &[u8], wasm: &[u8], trunk_hash: &str) -> String {
        fs::write(dir.0.join(format!("app-{trunk_hash}.js")), glue).unwrap();
        fs::write(dir.0.join(format!("app-{trunk_hash}_bg.wasm")), wasm).unwrap();
        name_app_code(&dir.0, &SCRIPT.replace("1f2e", trunk_hash)).unwrap()
    }

    #[test]
    fn the_app_s_code_is_named_by_what_it_holds() {
        let dir = Dir::new("names");
        let script = built(&dir, b"glue", b"\0asm", "1f2e");
        let (js, wasm) = (
            format!("app-{:016x}.js", fnv1a(b"glue")),
            format!("app-{:016x}_bg.wasm", fnv1a(b"\0asm")),
        );
        assert_eq!(
            script,
            format!("const bindings = await import('./{js}');\nconst wasm = await init({{ module_or_path: './{wasm}' }});\n")
        );
        let mut files: Vec<_> = fs::read_dir(&dir.0)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        files.sort();
        let mut expected = [js, wasm.clone()];
        expected.sort();
        assert_eq!(files, expected);
        assert_eq!(fs::read(dir.0.join(&wasm)).unwrap(), b"\0asm");
        // Run again on its own output: nothing changes.
        assert_eq!(name_app_code(&dir.0, &script).unwrap(), script);
    }

    #[test]
    fn the_same_bytes_under_another_trunk_hash_keep_their_name() {
        let (first, second, third) = (Dir::new("first"), Dir::new("second"), Dir::new("third"));
        let before = built(&first, b"glue", b"\0asm", "1f2e");
        assert_eq!(built(&second, b"glue", b"\0asm", "9a0b"), before);
        assert_ne!(built(&third, b"glue", b"\0asm2", "1f2e"), before);
    }

    #[test]
    fn a_file_the_script_loads_that_is_not_there_stops_the_build() {
        let dir = Dir::new("missing");
        let error = name_app_code(&dir.0, SCRIPT).unwrap_err();
        assert!(
            error.starts_with("the start-up script loads app-1f2e.js, which is not in "),
            "{error}"
        );
    }
}
