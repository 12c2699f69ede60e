//! Checks `report.toml` and turns it into typed constants in `OUT_DIR`, so that a mistake in the
//! data fails the build with its line and field, and no TOML parser ships in the app.

use std::{env, fs, path::Path, process};

const DATA_FILE: &str = "report.toml";

fn main() {
    println!("cargo:rerun-if-changed={DATA_FILE}");
    let text = fs::read_to_string(DATA_FILE).unwrap_or_else(|e| {
        eprintln!("data/{DATA_FILE}: cannot be read ({e}); the data crate needs its data file beside Cargo.toml");
        process::exit(1);
    });
    match report_schema::load(&format!("data/{DATA_FILE}"), &text) {
        Ok(data) => {
            let out =
                Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("report.rs");
            fs::write(&out, report_schema::generate(&data)).expect("OUT_DIR is writable");
        }
        Err(problems) => {
            eprintln!("\nThe data file has {} problem(s):\n", problems.len());
            for problem in &problems {
                eprintln!("  {problem}");
            }
            eprintln!();
            process::exit(1);
        }
    }
}
