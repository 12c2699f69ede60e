//! The `export` command, as someone checking the data without a browser runs it.

use report_data::{CSV_COLUMNS, INDICATORS};
use std::process::Command;

fn export(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_export"))
        .args(args)
        .output()
        .expect("export runs")
}

#[test]
fn csv_prints_every_indicator_with_every_column() {
    let out = export(&["csv"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.trim_end().split("\r\n").collect();
    assert_eq!(lines[0], CSV_COLUMNS.join(","));
    assert_eq!(lines.len(), INDICATORS.len() + 1);
    assert_eq!(
        lines.iter().find(|l| l.starts_with("signed-investment,")).copied(),
        Some("signed-investment,industry,招引项目签约资金,Investment signed for the projects attracted,223.64,亿元,amount,,2022,签约资金223.64亿元,,萍乡日报 2023-03-26,")
    );
    let derived = INDICATORS.iter().find_map(|i| i.derived.map(|d| (i.id, d)));
    let (id, how) = derived.expect("the data has a derived figure");
    let row = lines
        .iter()
        .find(|l| l.starts_with(&format!("{id},")))
        .unwrap();
    assert!(
        row.contains(&format!(",{},萍乡日报 2023-03-26,{}", how.en, how.zh)),
        "{row}"
    );
}

#[test]
fn json_prints_every_indicator_as_the_data_crate_has_it() {
    let out = export(&["json"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let rows = json["indicators"].as_array().unwrap();
    assert_eq!(rows.len(), INDICATORS.len());
    for (row, i) in rows.iter().zip(INDICATORS) {
        assert_eq!(row["id"], i.id);
        assert_eq!(row["value"].as_f64(), Some(i.value));
        assert_eq!(row["unit"], i.unit.key());
        assert_eq!(row["quote"], i.quote);
        assert_eq!(row["qualifier"].as_str(), i.qualifier.map(|q| q.key()));
        assert_eq!(row["derived"].as_str(), i.derived.map(|d| d.en));
        assert_eq!(row["derived_zh"].as_str(), i.derived.map(|d| d.zh));
    }
}

#[test]
fn an_unknown_format_is_refused_with_what_to_do() {
    let out = export(&["xml"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap().trim(),
        "export: unknown format \"xml\"; say which format to print: `export csv` or `export json`"
    );
}
