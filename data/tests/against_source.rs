//! Checks the data file against the archived article it cites (`../shared/source/`): every quote
//! is copied exactly, and every number the article prints is carried over as a figure.

use report_data::{INDICATORS, MILESTONES};

const ARTICLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../shared/source/pingxiang-daily-2023-03-26-xiangdong.txt"
);

/// Numbers in the article that are names or dates rather than figures, as the text reads from
/// the number on, and why.
const NOT_FIGURES: &[(&str, &str)] = &[
    ("2022年", "the year reported on"),
    ("2022“", "part of a festival's name"),
    ("2022赣湘", "part of a festival's name"),
    ("2021年", "the year compared with"),
    ("5020”", "the name of a project scheme (“5020”项目)"),
    ("3A级", "part of a rating, a milestone"),
    (
        "618”",
        "the name of a shopping festival (乐购618), a milestone",
    ),
    ("5G+", "the name of a platform, a milestone"),
    ("7号阀室", "the name of a valve station, a milestone"),
];

fn article() -> String {
    std::fs::read_to_string(ARTICLE).unwrap_or_else(|e| {
        panic!("{ARTICLE}: {e}; the tests need ../shared beside the checkout, as CI has it")
    })
}

/// The report itself: from the byline to the closing paragraph, without the captions before it
/// and the unrelated headlines after it.
fn body(article: &str) -> &str {
    let start = article.find("■").expect("the article has a byline");
    let end = article
        .find("不负春光")
        .expect("the article has its closing paragraph");
    &article[start..end]
}

#[test]
fn every_quote_is_copied_exactly_from_the_article() {
    let text = article();
    let body = body(&text);
    for (id, quote) in INDICATORS
        .iter()
        .map(|i| (i.id, i.quote))
        .chain(MILESTONES.iter().map(|m| (m.id, m.quote)))
    {
        assert!(
            body.contains(quote),
            "{id}: quote not found in the article: {quote}"
        );
    }
}

#[test]
fn every_number_the_article_prints_is_a_figure_of_the_data() {
    let text = article();
    let body = body(&text);
    let mut numbers: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (at, c) in body.char_indices().chain([(body.len(), ' ')]) {
        let digit = c.is_ascii_digit() || (c == '.' && start.is_some());
        match (digit, start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                numbers.push((s, body[s..at].trim_end_matches('.')));
                start = None;
            }
            _ => {}
        }
    }
    assert!(
        numbers.len() >= 59,
        "the article prints 59 numbers; found {}",
        numbers.len()
    );
    for (at, number) in numbers {
        let context: String = body[at..].chars().take(12).collect();
        let is_figure = INDICATORS.iter().any(|i| {
            i.value.to_string() == number && i.derived.is_none() && body.contains(i.quote)
        });
        let excused = NOT_FIGURES.iter().any(|(n, _)| body[at..].starts_with(n));
        assert!(
            is_figure || excused,
            "{number} (“{context}…”) is not in the data file"
        );
    }
}

#[test]
fn the_derived_figure_follows_from_the_printed_ones() {
    let get = |id| report_data::indicator(id).expect(id).value;
    assert_eq!(
        get("digital-economy-enterprises-2021"),
        get("digital-economy-enterprises") - get("digital-economy-enterprises-added")
    );
}
