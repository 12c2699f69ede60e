//! Prints every indicator of the data file, checked and typed, as CSV or JSON:
//! `cargo run -p report-data --bin export -- csv` (or `-- json`).

use std::process::ExitCode;

fn main() -> ExitCode {
    let format = std::env::args().nth(1);
    let indicators = report_data::all();
    match format.as_deref() {
        Some("csv") => print!("{}", report_data::csv(&indicators)),
        Some("json") => print!("{}", report_data::json(&indicators)),
        other => {
            eprintln!(
                "export: {}; say which format to print: `export csv` or `export json`",
                other.map_or("no format given".to_owned(), |f| format!(
                    "unknown format \"{f}\""
                ))
            );
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
