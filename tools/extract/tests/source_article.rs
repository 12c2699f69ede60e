//! The archived article the dashboard cites: every figure data/report.toml takes from it is
//! found with the same value, unit and qualifier, and nothing from the page around it.

use report_extract::{check, extract, Noise, Reason};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{ROOT}/{path}"))
        .unwrap_or_else(|e| panic!("{path}: {e}; the tests need ../shared beside the checkout"))
}

fn article() -> String {
    read("../shared/source/pingxiang-daily-2023-03-26-xiangdong.txt")
}

fn data() -> report_schema::Data {
    let published = report_schema::Published::parse(
        "data/published-ids.toml",
        &read("data/published-ids.toml"),
    )
    .expect("the published ids are valid");
    report_schema::load("data/report.toml", &read("data/report.toml"), &published)
        .expect("the data file is valid")
}

#[test]
fn every_figure_of_the_data_file_is_found_with_its_value_unit_and_qualifier() {
    let text = article();
    let found = extract(&text);
    let data = data();
    let checked = check::check(&text, &found, &data);
    assert!(
        checked.quotes_not_in_article.is_empty(),
        "{:?}",
        checked.quotes_not_in_article
    );
    assert!(
        checked.unmatched.is_empty(),
        "not found: {:?}",
        checked.unmatched
    );
    for (figure, id) in &checked.has {
        let indicator = data.indicators.iter().find(|i| i.id == *id).expect("id");
        assert_eq!(figure.unit, indicator.unit.key(), "{id}: unit");
        assert_eq!(
            figure.qualifier,
            indicator.qualifier.map_or("", |q| q.key()),
            "{id}: qualifier"
        );
        assert_eq!(figure.rank, indicator.kind.key() == "rank", "{id}: rank");
    }
    let printed = data
        .indicators
        .iter()
        .filter(|i| i.derived.is_none())
        .count();
    assert_eq!(checked.has.len(), printed);
}

#[test]
fn nothing_comes_from_the_headline_list_after_the_article() {
    let text = article();
    let found = extract(&text);
    let closing = text[..text.find("不负春光").expect("closing paragraph")]
        .matches('\n')
        .count()
        + 1;
    assert!(found.figures.iter().all(|f| f.line < closing));
    let after: Vec<_> = found.left_out.iter().filter(|l| l.line > closing).collect();
    assert!(after.len() > 100, "the headline list prints many numbers");
    assert!(after
        .iter()
        .all(|l| l.reason == Reason::Noise(Noise::Headlines)));
}

#[test]
fn captions_and_dateline_before_the_article_are_left_out() {
    let text = article();
    let found = extract(&text);
    let byline = text[..text.find('■').expect("byline")]
        .matches('\n')
        .count()
        + 1;
    assert!(found.figures.iter().all(|f| f.line > byline));
    assert!(found
        .left_out
        .iter()
        .filter(|l| l.line <= byline)
        .all(|l| l.reason == Reason::Noise(Noise::BeforeArticle)));
}
