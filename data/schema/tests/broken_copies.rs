//! Bad data never ships: copies of the real data file, broken the ways files get broken (by hand,
//! by a spreadsheet, by an editor's encoding), are each refused with the line and what to change,
//! or accepted when the file means the same; none panics.

mod support;

use report_schema::{generate, MAX_LABEL};
use support::{check, edited, line_of, problems, DATA, DATA_FILE};

#[test]
fn invalid_toml_syntax_names_the_line() {
    let text = edited(
        DATA,
        "[[chart]]\nid = \"industry-funds\"",
        "[[chart]\nid = \"industry-funds\"",
    );
    assert_eq!(
        problems(&text),
        [format!(
            "{DATA_FILE}:{}: syntax: invalid table header; expected `.`, `]]`; fix the TOML at this line, following the rules at the top of the data file",
            line_of(&text, "[[chart]\n")
        )]
    );
    let text = edited(DATA, "zh = \"两项专项资金\"", "zh = \"两项专项资金");
    assert_eq!(
        problems(&text),
        [format!(
            "{DATA_FILE}:{}: syntax: a string on this line has no closing \"; end it on the same line, e.g. zh = \"两项专项资金\"",
            line_of(&text, "zh = \"两项专项资金")
        )]
    );
}

#[test]
fn a_string_where_a_number_belongs_says_to_drop_the_quotes() {
    let text = edited(DATA, "value = 3000\n", "value = \"3000\"\n");
    assert_eq!(
        problems(&text),
        [format!(
            "{DATA_FILE}:{}: indicator \"sme-fund\", field \"value\": \"3000\" is text, not a number; write value = 3000: ASCII digits, without quotes or thousands separators",
            line_of(&text, "value = \"3000\"")
        )]
    );
    let text = edited(DATA, "year = 2022\n", "year = \"2022\"\n");
    assert_eq!(
        problems(&text),
        [format!(
            "{DATA_FILE}:{}: syntax: \"2022\" is not a number as TOML writes one; write year = 2022: ASCII digits, without quotes or thousands separators",
            line_of(&text, "year = \"2022\"")
        )]
    );
}

#[test]
fn a_thousands_separator_is_refused_with_the_number_to_write() {
    let text = edited(DATA, "value = 14500\n", "value = 14,500\n");
    assert_eq!(
        problems(&text),
        [format!(
            "{DATA_FILE}:{}: syntax: 14,500 is not a number as TOML writes one; write value = 14500: ASCII digits, without quotes or thousands separators",
            line_of(&text, "value = 14,500")
        )]
    );
    let text = edited(DATA, "value = 14500\n", "value = \"14,500\"\n");
    assert_eq!(
        check(&text).expect_err("refused")[0].message,
        "\"14,500\" is text, not a number; write value = 14500: ASCII digits, without quotes or thousands separators"
    );
}

#[test]
fn a_full_width_digit_is_refused_with_the_number_to_write() {
    let text = edited(DATA, "value = 35.65\n", "value = ３５.６５\n");
    assert_eq!(
        problems(&text),
        [format!(
            "{DATA_FILE}:{}: syntax: ３５.６５ is not a number as TOML writes one; write value = 35.65: ASCII digits, without quotes or thousands separators",
            line_of(&text, "value = ３５")
        )]
    );
    let text = edited(DATA, "value = 35.65\n", "value = \"３５．６５\"\n");
    assert_eq!(
        check(&text).expect_err("refused")[0].message,
        "\"３５．６５\" is text, not a number; write value = 35.65: ASCII digits, without quotes or thousands separators"
    );
}

#[test]
fn a_unit_that_does_not_fit_the_kind_is_refused() {
    let text = edited(
        DATA,
        "value = 35.65\nunit = \"亿元\"",
        "value = 35.65\nunit = \"%\"",
    );
    assert_eq!(
        problems(&text),
        [format!(
            "{DATA_FILE}:{}: indicator \"digital-economy-revenue\", field \"unit\": the unit % does not fit the kind \"amount\", which is in one of: 万元, 亿元; correct the unit or the kind",
            line_of(&text, "value = 35.65\nunit") + 1
        )]
    );
}

#[test]
fn an_id_reused_across_sections_is_refused() {
    let text = edited(
        DATA,
        "id = \"honour-petition-demo-county\"",
        "id = \"sme-fund\"",
    );
    assert_eq!(
        problems(&text),
        [format!(
            "{DATA_FILE}:{}: id \"sme-fund\": duplicate id, already used on line {}; give each entry its own id",
            line_of(&text, "[[milestone]]\nid = \"sme-fund\"") + 1,
            line_of(&text, "id = \"sme-fund\"")
        )]
    );
}

#[test]
fn a_5_mb_label_is_refused_without_being_echoed() {
    let label = "长".repeat(5 * 1024 * 1024 / 3);
    let text = edited(DATA, "zh = \"两项专项资金\"", &format!("zh = \"{label}\""));
    let messages = problems(&text);
    assert_eq!(
        messages,
        [format!(
            "{DATA_FILE}:{}: chart \"industry-funds\", field \"zh\": {} characters, more than the page has room for; shorten it to at most {MAX_LABEL}",
            line_of(&text, "zh = \"长"),
            label.chars().count()
        )]
    );
}

#[test]
fn a_byte_order_mark_and_crlf_line_ends_are_accepted_as_the_same_data() {
    let expected = generate(&check(DATA).expect("valid"));
    let windows = format!("\u{feff}{}", DATA.replace('\n', "\r\n"));
    assert_eq!(generate(&check(&windows).expect("accepted")), expected);
    let bom_only = format!("\u{feff}{DATA}");
    assert_eq!(generate(&check(&bom_only).expect("accepted")), expected);

    // Lines are still counted right, so messages point where the editor looks.
    let text = edited(&windows, "value = 14500\r\n", "value = 14,500\r\n");
    assert_eq!(
        check(&text).expect_err("refused")[0].line,
        line_of(&text, "value = 14,500")
    );
}

#[test]
fn an_empty_file_is_refused_with_where_to_start() {
    for text in ["", "\u{feff}", " \r\n\n"] {
        assert_eq!(
            problems(text),
            [format!("{DATA_FILE}:1: file: the file is empty; restore it from version control, or start from data/schema/tests/fixtures/minimal.toml, the smallest valid data file")]
        );
    }
}

/// A file cut off anywhere (a failed save, a truncated download) gives diagnostics, never a
/// panic, each naming a line of the file.
#[test]
fn a_file_cut_off_anywhere_never_panics() {
    let lines = DATA.lines().count();
    for (at, _) in DATA.char_indices().step_by(211) {
        if let Err(problems) = check(&DATA[..at]) {
            assert!(!problems.is_empty());
            assert!(
                problems.iter().all(|p| p.line >= 1 && p.line <= lines),
                "{problems:#?}"
            );
        }
    }
}
