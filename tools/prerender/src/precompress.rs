//! Writes `name.gz` and `name.br` beside every text and wasm file of the build, compressed once
//! at the highest levels, so that a static host can send them as they are (nginx's
//! `gzip_static on; brotli_static on;`, and most CDNs) instead of compressing each response.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Extensions of the files worth compressing: the documents, the app and its data files.
const COMPRESSIBLE: [&str; 7] = ["html", "js", "css", "wasm", "svg", "csv", "json"];

/// Compresses every compressible file under `dir`; returns how many files it compressed.
pub fn precompress(dir: &Path) -> Result<usize, String> {
    let mut count = 0;
    for file in files(dir)? {
        let bytes = fs::read(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        write(&with_suffix(&file, "gz"), &gzip(&bytes))?;
        write(&with_suffix(&file, "br"), &brotli(&bytes))?;
        count += 1;
    }
    Ok(count)
}

/// The compressible files under `dir`, at any depth.
fn files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
            .path();
        if path.is_dir() {
            found.extend(files(&path)?);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| COMPRESSIBLE.contains(&e))
        {
            found.push(path);
        }
    }
    Ok(found)
}

fn with_suffix(file: &Path, suffix: &str) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(bytes)
        .and_then(|()| encoder.finish())
        .expect("compressing into memory does not fail")
}

pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)
        .expect("compressing into memory does not fail");
    out
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn both_copies_decompress_to_the_file() {
        let text = "湘东区 2022 ".repeat(200);
        let mut unzipped = String::new();
        flate2::read::GzDecoder::new(&gzip(text.as_bytes())[..])
            .read_to_string(&mut unzipped)
            .unwrap();
        assert_eq!(unzipped, text);
        let mut unbrotlied = Vec::new();
        brotli::BrotliDecompress(&mut &brotli(text.as_bytes())[..], &mut unbrotlied).unwrap();
        assert_eq!(unbrotlied, text.as_bytes());
        assert_eq!(
            with_suffix(Path::new("dist/a.wasm"), "br"),
            Path::new("dist/a.wasm.br")
        );
    }
}
