//! Trunk uses the wasm-bindgen CLI on PATH only when its version matches the crate exactly; a
//! pin changed in one place and not the others breaks the build in a confusing way.

#![cfg(not(target_arch = "wasm32"))] // Native: reads the repository's files.

fn read(file: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap()
}

fn value_after(text: &str, prefix: &str) -> String {
    let line = text
        .lines()
        .find(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("no line starting {prefix:?}"));
    line[prefix.len()..]
        .trim_matches(|c| c == '"' || c == '=' || c == ' ')
        .to_owned()
}

#[test]
fn wasm_bindgen_is_pinned_to_one_version_everywhere() {
    let crate_pin = value_after(&read("Cargo.toml"), "wasm-bindgen = ");
    let trunk_pin = value_after(&read("Trunk.toml"), "wasm_bindgen = ");
    let lock = read("Cargo.lock");
    let locked = lock
        .split("[[package]]")
        .find(|p| p.contains("name = \"wasm-bindgen\"\n"))
        .map(|p| value_after(p.trim_start(), "version = "))
        .expect("wasm-bindgen in Cargo.lock");
    assert_eq!(crate_pin, trunk_pin, "Cargo.toml and Trunk.toml");
    assert_eq!(crate_pin, locked, "Cargo.toml and Cargo.lock");
}
