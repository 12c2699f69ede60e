//! One test per rule of the data file: each breaks a valid fixture in one place and checks that
//! the build's message names the file, the line, the field and what to do.

use report_schema::{load, Data, Diagnostic, Published};

const FILE: &str = "fixtures/minimal.toml";
const MINIMAL: &str = include_str!("fixtures/minimal.toml");
const PUBLISHED_FILE: &str = "fixtures/published-ids.toml";
const PUBLISHED: &str = include_str!("fixtures/published-ids.toml");

/// Checks `text` against the fixture's published ids.
fn check(text: &str) -> Result<Data, Vec<Diagnostic>> {
    load(
        FILE,
        text,
        &Published::parse(PUBLISHED_FILE, PUBLISHED).expect("valid list"),
    )
}

/// The fixture with `from` replaced by `to`; panics if `from` is not there, so a test can never
/// silently check an unbroken file.
fn broken(from: &str, to: &str) -> String {
    assert!(MINIMAL.contains(from), "fixture has no {from:?}");
    MINIMAL.replacen(from, to, 1)
}

fn line_of(text: &str, needle: &str) -> usize {
    let at = text.find(needle).expect("needle in text");
    text[..at].matches('\n').count() + 1
}

/// The single problem found in `text`.
fn only_problem(text: &str) -> Diagnostic {
    let problems = check(text).expect_err("the broken fixture must be refused");
    assert_eq!(problems.len(), 1, "expected one problem, got {problems:#?}");
    problems.into_iter().next().unwrap()
}

#[test]
fn the_minimal_fixture_is_valid() {
    let data = check(MINIMAL).expect("valid");
    assert_eq!(data.indicators.len(), 3);
    assert_eq!(data.charts[0].members, ["signed", "bonds"]);
}

#[test]
fn duplicate_ids_are_refused() {
    let text = broken("id = \"bonds\"", "id = \"signed\"");
    let p = only_problem(&text.replace(
        "members = [\"signed\", \"bonds\"]",
        "members = [\"signed\"]",
    ));
    assert_eq!(p.to_string(), format!(
        "{FILE}:{}: id \"signed\": duplicate id, already used on line {}; give each entry its own id",
        line_of(&text, "id = \"signed\"\ntheme = \"industry\"\nzh = \"债券"),
        line_of(&text, "id = \"signed\"")
    ));
}

#[test]
fn ids_must_be_kebab_case() {
    let text = broken("id = \"honour\"", "id = \"Honour_1\"");
    let p = only_problem(&text);
    assert_eq!(p.line, line_of(&text, "id = \"Honour_1\""));
    assert!(p.message.starts_with("an id must be kebab-case"), "{p}");
}

#[test]
fn unknown_theme_is_refused() {
    let text = broken(
        "theme = \"industry\"\nzh = \"债券",
        "theme = \"indstry\"\nzh = \"债券",
    );
    let problems = check(&text).expect_err("refused");
    let p = &problems[0];
    assert_eq!(p.line, line_of(&text, "theme = \"indstry\""));
    assert_eq!(p.field, "indicator \"bonds\", field \"theme\"");
    assert_eq!(
        p.message,
        "unknown theme \"indstry\"; use one of: overview, industry, cooperation, rural, tourism, livelihood"
    );
}

#[test]
fn unknown_unit_is_refused() {
    let text = broken("unit = \"名\"", "unit = \"元\"");
    let p = only_problem(&text);
    assert_eq!(p.to_string(), format!(
        "{FILE}:{}: indicator \"rank\", field \"unit\": unknown unit \"元\"; use one of: 万元, 亿元, %, 个, 家, 所, 项, 户, 起, 年, 名",
        line_of(&text, "unit = \"元\"")
    ));
}

#[test]
fn unknown_kind_is_refused() {
    let text = broken("kind = \"rank\"", "kind = \"ranking\"");
    let p = only_problem(&text);
    assert_eq!(p.field, "indicator \"rank\", field \"kind\"");
    assert_eq!(
        p.message,
        "unknown kind \"ranking\"; use one of: amount, count, growth, reduction, increase, rank"
    );
}

#[test]
fn a_value_that_is_not_finite_is_refused() {
    let text = broken("value = 18.92", "value = nan");
    let p = only_problem(&text);
    assert_eq!(p.to_string(), format!(
        "{FILE}:{}: indicator \"bonds\", field \"value\": nan is not a finite number; write the figure as the report prints it, e.g. 223.64",
        line_of(&text, "value = nan")
    ));
    let p = only_problem(&broken("value = 18.92", "value = \"18.92\""));
    assert_eq!(
        p.message,
        "\"18.92\" is text, not a number; write value = 18.92: ASCII digits, without quotes or thousands separators"
    );
    let p = only_problem(&broken("value = 18.92", "value = \"many\""));
    assert_eq!(
        p.message,
        "\"many\" is text, not a number; write the figure as the report prints it, e.g. 223.64"
    );
}

#[test]
fn a_unit_must_fit_the_kind() {
    let text = broken("unit = \"名\"", "unit = \"个\"");
    let p = only_problem(&text);
    assert_eq!(p.to_string(), format!(
        "{FILE}:{}: indicator \"rank\", field \"unit\": the unit 个 does not fit the kind \"rank\", which is in one of: 名; correct the unit or the kind",
        line_of(&text, "unit = \"个\"")
    ));
    let p = only_problem(&broken("kind = \"rank\"", "kind = \"count\""));
    assert_eq!(
        p.message,
        "the unit 名 does not fit the kind \"count\", which is in one of: 个, 家, 所, 项, 户, 起, 年; correct the unit or the kind"
    );
}

#[test]
fn a_label_or_quote_longer_than_the_page_has_room_for_is_refused() {
    let label = "长".repeat(report_schema::MAX_LABEL + 1);
    let text = broken("en = \"Bond funds\"", &format!("en = \"{label}\""));
    let p = only_problem(&text);
    assert_eq!(p.to_string(), format!(
        "{FILE}:{}: indicator \"bonds\", field \"en\": 201 characters, more than the page has room for; shorten it to at most 200",
        line_of(&text, "en = \"长")
    ));
    let quote = format!("全国绿化先进集体{}", "。".repeat(report_schema::MAX_QUOTE));
    let p = only_problem(&broken(
        "quote = \"全国绿化先进集体\"",
        &format!("quote = \"{quote}\""),
    ));
    assert_eq!(p.field, "milestone \"honour\", field \"quote\"");
    assert_eq!(
        p.message,
        "308 characters, more than the page has room for; shorten it to at most 300"
    );
}

#[test]
fn an_empty_quote_is_refused() {
    let text = broken("quote = \"债券项目资金18.92亿元\"", "quote = \" \"");
    let p = only_problem(&text);
    assert_eq!(p.line, line_of(&text, "quote = \" \""));
    assert_eq!(p.field, "indicator \"bonds\", field \"quote\"");
    assert_eq!(
        p.message,
        "the quote is empty; copy the clause of the report that states this figure"
    );
}

/// The fixture's "bonds" with `fields` added after its quote.
fn bonds_derived(fields: &str) -> String {
    broken(
        "quote = \"债券项目资金18.92亿元\"",
        &format!("quote = \"债券项目资金18.92亿元\"\n{fields}"),
    )
}

#[test]
fn a_derived_figure_says_how_it_follows_in_both_languages() {
    let data = check(&bonds_derived(
        "derived = \"18.92: as printed\"\nderived_zh = \"18.92：照录\"",
    ))
    .expect("valid");
    let bonds = data.indicators.iter().find(|i| i.id == "bonds").unwrap();
    assert_eq!(
        bonds.derived,
        Some(("18.92：照录".to_owned(), "18.92: as printed".to_owned()))
    );

    // The fields given, the field refused, and how its message begins.
    for (fields, field, message) in [
        (
            "derived = \"18.92: as printed\"",
            "derived",
            "add derived_zh: how the figure follows, in Chinese",
        ),
        (
            "derived_zh = \"18.92：照录\"",
            "derived_zh",
            "derived_zh is the Chinese of derived; add derived (in English)",
        ),
        (
            "derived = \"18.92: as printed\"\nderived_zh = \" \"",
            "derived_zh",
            "say how the figure follows from the quote",
        ),
    ] {
        let text = bonds_derived(fields);
        let p = only_problem(&text);
        assert_eq!(p.line, line_of(&text, &format!("{field} = ")), "{fields}");
        assert_eq!(p.field, format!("indicator \"bonds\", field \"{field}\""));
        assert!(p.message.starts_with(message), "{}", p.message);
    }
}

#[test]
fn a_quote_without_the_value_as_written_is_refused() {
    let text = broken("value = 18.92", "value = 18.9");
    let p = only_problem(&text);
    assert_eq!(p.to_string(), format!(
        "{FILE}:{}: indicator \"bonds\", field \"quote\": the quote does not contain the value as written, 18.9; copy the clause that states it, or check the value",
        line_of(&text, "quote = \"债券")
    ));
}

#[test]
fn a_quote_must_hold_the_value_as_a_whole_number() {
    // "5" is in "35.65" only as a digit of another number.
    let text = broken("value = 18.92", "value = 8.92");
    assert!(only_problem(&text)
        .message
        .starts_with("the quote does not contain the value as written, 8.92"));
    let text = broken("value = 18.92", "value = 18");
    assert!(only_problem(&text)
        .message
        .starts_with("the quote does not contain the value as written, 18;"));
}

#[test]
fn a_written_numeral_must_read_as_the_value() {
    let p = only_problem(&broken("written = \"第三\"", "written = \"第四\""));
    assert_eq!(p.field, "indicator \"rank\", field \"written\"");
    assert_eq!(
        p.message,
        "\"第四\" does not read as 3; give the Chinese numeral of the value as the quote writes it"
    );
}

#[test]
fn a_qualifier_must_be_in_the_quote() {
    let p = only_problem(&broken(
        "unit = \"亿元\"\nkind = \"amount\"\nyear = 2022\nquote = \"债券",
        "qualifier = \"近\"\nunit = \"亿元\"\nkind = \"amount\"\nyear = 2022\nquote = \"债券",
    ));
    assert_eq!(p.field, "indicator \"bonds\", field \"qualifier\"");
    assert_eq!(
        p.message,
        "the qualifier \"近\" is not in the quote; keep only the qualifiers the report states"
    );
}

#[test]
fn a_chart_member_that_does_not_exist_is_refused() {
    let text = broken(
        "members = [\"signed\", \"bonds\"]",
        "members = [\"signed\", \"bonds\", \"bond\"]",
    );
    let p = only_problem(&text);
    assert_eq!(p.to_string(), format!(
        "{FILE}:{}: chart \"funds\", field \"members\": no indicator has the id \"bond\"; check the spelling or add the indicator",
        line_of(&text, "members = ")
    ));
}

#[test]
fn a_chart_mixing_units_is_refused() {
    let p = only_problem(&broken(
        "unit = \"亿元\"\nkind = \"amount\"\nyear = 2022\nquote = \"债券项目资金18.92亿元\"",
        "unit = \"万元\"\nkind = \"amount\"\nyear = 2022\nquote = \"债券项目资金18.92万元\"",
    ));
    assert_eq!(p.field, "chart \"funds\", field \"members\"");
    assert_eq!(
        p.message,
        "mixes units: \"signed\" is in 亿元 but \"bonds\" is in 万元; put figures of another unit in a chart of their own"
    );
}

#[test]
fn a_chart_mixing_kinds_is_refused() {
    let p = only_problem(&broken(
        "kind = \"amount\"\nyear = 2022\nquote = \"债券",
        "kind = \"increase\"\nyear = 2022\nquote = \"债券",
    ));
    assert_eq!(
        p.message,
        "mixes kinds: \"signed\" is a amount but \"bonds\" is a increase; put figures of another kind in a chart of their own"
    );
}

/// The fixture's second chart member ("bonds") with `from` in its entry replaced by `to`.
fn bonds_with(from: &str, to: &str) -> String {
    let at = MINIMAL
        .find("id = \"bonds\"")
        .expect("bonds in the fixture");
    let (head, tail) = MINIMAL.split_at(at);
    assert!(tail.contains(from), "bonds has no {from:?}");
    format!("{head}{}", tail.replacen(from, to, 1))
}

#[test]
fn a_chart_member_without_a_measure_is_refused() {
    let text = bonds_with("measure = \"money for projects\"\n", "");
    let p = only_problem(&text);
    assert_eq!(p.to_string(), format!(
        "{FILE}:{}: chart \"funds\", field \"members\": \"bonds\" has no measure or basis, so nothing shows it compares with the rest; give the indicator measure = \"what it counts\" (the same words as the figures it is charted with) and basis = \"stock\" or \"flow\"",
        line_of(&text, "members = ")
    ));
}

#[test]
fn an_unknown_basis_is_refused() {
    let text = bonds_with("basis = \"flow\"", "basis = \"flows\"");
    let p = only_problem(&text);
    assert_eq!(p.to_string(), format!(
        "{FILE}:{}: indicator \"bonds\", field \"basis\": unknown basis \"flows\"; use one of: stock, flow",
        line_of(&text, "basis = \"flows\"")
    ));
}

#[test]
fn a_chart_mixing_stocks_with_flows_is_refused() {
    let text = bonds_with("basis = \"flow\"", "basis = \"stock\"");
    let p = only_problem(&text);
    assert_eq!(p.to_string(), format!(
        "{FILE}:{}: chart \"funds\", field \"members\": mixes stocks with flows: \"bonds\" is a stock (what there is at a date) but \"signed\" is a flow (what happened in the year); chart them apart, or show one as a headline card",
        line_of(&text, "members = ")
    ));
}

#[test]
fn a_bar_chart_mixing_years_is_refused() {
    let text = bonds_with("year = 2022", "year = 2021");
    let p = only_problem(&text);
    assert_eq!(p.to_string(), format!(
        "{FILE}:{}: chart \"funds\", field \"members\": mixes years: \"signed\" is for 2022 but \"bonds\" for 2021; a bar chart compares subjects in one year, so draw one subject across years as kind = \"change\"",
        line_of(&text, "members = ")
    ));
}

#[test]
fn a_chart_mixing_measures_is_refused() {
    let text = bonds_with(
        "measure = \"money for projects\"",
        "measure = \"money recovered\"",
    );
    let p = only_problem(&text);
    assert_eq!(p.to_string(), format!(
        "{FILE}:{}: chart \"funds\", field \"members\": mixes measures: \"signed\" measures \"money for projects\" but \"bonds\" measures \"money recovered\"; a chart compares one measure across subjects, so chart them apart or show the lone figure as a headline card (cards in its [themes.*] table)",
        line_of(&text, "members = ")
    ));
}

#[test]
fn a_change_chart_gives_each_year_once_earliest_first() {
    let change = broken("kind = \"bar\"", "kind = \"change\"");
    let p = only_problem(&change);
    assert_eq!(p.to_string(), format!(
        "{FILE}:{}: chart \"funds\", field \"members\": \"signed\" is for 2022 and \"bonds\" for 2022; a change chart gives one subject each year once, earliest first, so reorder the members or drop the repeated year",
        line_of(&change, "members = ")
    ));
    // The same subject in 2021 and 2022, earliest first, is a change chart.
    let at = change.find("id = \"signed\"").unwrap();
    let text = format!(
        "{}{}",
        &change[..at],
        change[at..].replacen("year = 2022", "year = 2021", 1)
    );
    let data = check(&text).expect("one measure, 2021 then 2022");
    assert_eq!(data.charts[0].members, ["signed", "bonds"]);
    // Latest first is refused.
    let text =
        bonds_with("year = 2022", "year = 2021").replacen("kind = \"bar\"", "kind = \"change\"", 1);
    assert!(only_problem(&text)
        .message
        .starts_with("\"signed\" is for 2022 and \"bonds\" for 2021; a change chart"));
}

#[test]
fn a_change_chart_needs_two_years() {
    let text = broken("kind = \"bar\"", "kind = \"change\"")
        .replace(
            "members = [\"signed\", \"bonds\"]",
            "members = [\"signed\"]",
        )
        .replace("cards = [\"rank\"]", "cards = [\"rank\", \"bonds\"]");
    let p = only_problem(&text);
    assert_eq!(p.to_string(), format!(
        "{FILE}:{}: chart \"funds\", field \"members\": a change chart needs one subject's figures for at least two years; list them earliest first, or show a lone figure as a headline card",
        line_of(&text, "members = ")
    ));
}

#[test]
fn a_chart_without_a_subtitle_is_refused() {
    let text = broken(
        "subtitle_en = \"Money for projects in 2022, by source\"\n",
        "",
    );
    let p = only_problem(&text);
    assert_eq!(p.to_string(), format!(
        "{FILE}:{}: chart \"funds\", field \"subtitle_en\": a chart needs a one-line subtitle saying what it compares; write subtitle_en = \"Enterprises newly recognised in 2022, by kind\"",
        line_of(&text, "id = \"funds\"")
    ));
    let p = only_problem(&broken(
        "subtitle_zh = \"2022年项目资金，按来源\"",
        "subtitle_zh = \" \"",
    ));
    assert_eq!(p.field, "chart \"funds\", field \"subtitle_zh\"");
}

#[test]
fn a_subtitle_longer_than_a_line_is_refused() {
    let long = "x".repeat(report_schema::MAX_SUBTITLE + 1);
    let text = broken(
        "subtitle_en = \"Money for projects in 2022, by source\"",
        &format!("subtitle_en = \"{long}\""),
    );
    let p = only_problem(&text);
    assert_eq!(p.to_string(), format!(
        "{FILE}:{}: chart \"funds\", field \"subtitle_en\": 81 characters, more than the page has room for; shorten it to at most 80",
        line_of(&text, "subtitle_en")
    ));
}

#[test]
fn an_indicator_no_chart_or_card_shows_is_refused() {
    let text = broken("cards = [\"rank\"]", "cards = []");
    let p = only_problem(&text);
    assert_eq!(p.to_string(), format!(
        "{FILE}:{}: indicator \"rank\": no chart or card shows this figure; add it to a chart's members or to the cards of [themes.industry]",
        line_of(&text, "id = \"rank\"")
    ));
}

#[test]
fn a_card_that_does_not_exist_is_refused() {
    let p = only_problem(&broken(
        "cards = [\"rank\"]",
        "cards = [\"rank\", \"rnak\"]",
    ));
    assert_eq!(p.field, "themes.industry, field \"cards\"");
    assert!(
        p.message.starts_with("no indicator has the id \"rnak\""),
        "{p}"
    );
}

#[test]
fn a_missing_theme_title_is_refused() {
    let p = only_problem(&broken(
        "[themes.tourism]\nzh = \"文旅\"\nen = \"Tourism\"\n",
        "",
    ));
    assert_eq!(p.field, "themes.tourism");
    assert_eq!(
        p.message,
        "the theme \"tourism\" has no title; add a [themes.tourism] table with zh and en"
    );
}

#[test]
fn a_misspelt_field_is_refused_with_its_line() {
    let text = broken("value = 18.92", "vaule = 18.92");
    let p = only_problem(&text);
    assert_eq!(p.field, "syntax");
    assert_eq!(p.line, line_of(&text, "vaule"));
    assert!(p.message.contains("unknown field `vaule`"), "{p}");
}

#[test]
fn every_problem_is_reported_at_once() {
    let text =
        broken("unit = \"名\"", "unit = \"元\"").replacen("kind = \"bar\"", "kind = \"pie\"", 1);
    let problems = check(&text).expect_err("refused");
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems[0].line < problems[1].line, "sorted by line");
}
