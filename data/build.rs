//! Checks `report.toml` and turns it into typed constants in `OUT_DIR`, so that a mistake in the
//! data fails the build with its line and field, and no TOML parser ships in the app.

use std::{env, fs, path::Path, process};

const DATA_FILE: &str = "report.toml";
/// Every chart id and theme key links have used; the data file must keep each one working.
const PUBLISHED_FILE: &str = "published-ids.toml";

fn main() {
    println!("cargo:rerun-if-changed={DATA_FILE}");
    println!("cargo:rerun-if-changed={PUBLISHED_FILE}");
    let read = |name: &str| {
        fs::read_to_string(name).unwrap_or_else(|e| {
            eprintln!(
                "data/{name}: cannot be read ({e}); the data crate needs it beside Cargo.toml"
            );
            process::exit(1);
        })
    };
    let published =
        report_schema::Published::parse(&format!("data/{PUBLISHED_FILE}"), &read(PUBLISHED_FILE))
            .unwrap_or_else(|problems| fail(&problems));
    match report_schema::load(&format!("data/{DATA_FILE}"), &read(DATA_FILE), &published) {
        Ok(data) => {
            let out =
                Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("report.rs");
            fs::write(&out, report_schema::generate(&data)).expect("OUT_DIR is writable");
        }
        Err(problems) => fail(&problems),
    }
}

fn fail(problems: &[report_schema::Diagnostic]) -> ! {
    eprintln!("\nThe data files have {} problem(s):\n", problems.len());
    for problem in problems {
        eprintln!("  {problem}");
    }
    eprintln!();
    process::exit(1);
}
