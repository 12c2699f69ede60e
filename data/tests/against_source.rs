//! Checks the data file against the archived article it cites (`../shared/source/`), using the
//! figure extractor (`tools/extract`, `scripts/extract --check`): every quote is copied exactly
//! from the article, and every number the article prints is carried over as a figure or named
//! here as not being one, with why.

use report_extract::{check, extract, files, Extraction, Noise, Reason};

const ARTICLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../shared/source/pingxiang-daily-2023-03-26-xiangdong.txt"
);
const DATA_FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/report.toml");

/// Numbers in the article, printed in digits, that are names or dates rather than figures: as
/// the text reads from the number on, why, and the reason the extractor gives.
const NOT_FIGURES: &[(&str, &str, Reason)] = &[
    ("2022年", "the year reported on", Reason::Year),
    ("2022“", "part of a festival's name", Reason::Year),
    ("2022赣湘", "part of a festival's name", Reason::Year),
    ("2021年", "the year compared with", Reason::Year),
    (
        "5020”",
        "the name of a project scheme (“5020”项目)",
        Reason::Quoted,
    ),
    ("3A级", "part of a rating, a milestone", Reason::Code),
    (
        "618”",
        "the name of a shopping festival (乐购618), a milestone",
        Reason::Quoted,
    ),
    ("5G+", "the name of a platform, a milestone", Reason::Quoted),
    (
        "7号阀室",
        "the name of a valve station, a milestone",
        Reason::Designation,
    ),
];

/// Figures the extractor finds that the data file leaves out on purpose, as the clause reads
/// from the figure on, and why.
const LEFT_OUT_OF_THE_DATA: &[(&str, &str)] = &[(
    "前五名",
    "the bound of the ranking the six-year figure is about (进入全省县区前五名), not a place",
)];

fn article() -> String {
    std::fs::read_to_string(ARTICLE).unwrap_or_else(|e| {
        panic!("{ARTICLE}: {e}; the tests need ../shared beside the checkout, as CI has it")
    })
}

fn checked(text: &str, found: &Extraction) -> (Vec<String>, Vec<String>, Vec<String>) {
    let data = files::read_data_file(DATA_FILE).unwrap_or_else(|e| panic!("{e}"));
    let c = check::check(text, found, &data);
    let lacks = c
        .lacks
        .iter()
        .map(|f| text[f.at..].chars().take(8).collect())
        .collect();
    let quotes = c
        .quotes_not_in_article
        .iter()
        .map(|(id, quote)| format!("{id}: {quote}"))
        .collect();
    (lacks, quotes, c.unmatched)
}

#[test]
fn every_quote_is_copied_exactly_from_the_article() {
    let text = article();
    let (_, quotes_not_in_article, _) = checked(&text, &extract(&text));
    assert!(
        quotes_not_in_article.is_empty(),
        "quotes not found in the article: {quotes_not_in_article:#?}"
    );
}

#[test]
fn every_figure_the_article_prints_is_a_figure_of_the_data() {
    let text = article();
    let found = extract(&text);
    let (lacks, _, unmatched) = checked(&text, &found);
    for figure in &lacks {
        assert!(
            LEFT_OUT_OF_THE_DATA
                .iter()
                .any(|(start, _)| figure.starts_with(start)),
            "{figure}… is a figure of the article but not of the data file"
        );
    }
    assert_eq!(lacks.len(), LEFT_OUT_OF_THE_DATA.len(), "{lacks:?}");
    assert!(
        unmatched.is_empty(),
        "indicators whose quote the article prints but with no figure of their value: {unmatched:?}"
    );
}

#[test]
fn every_other_number_the_article_prints_is_named_with_why() {
    let text = article();
    let found = extract(&text);
    let in_report = |reason: Reason| !matches!(reason, Reason::Noise(_));
    let digits = |printed: &str| printed.chars().any(|c| c.is_ascii_digit());
    let mut numbers = found.figures.iter().filter(|f| f.written.is_none()).count();
    for left in found
        .left_out
        .iter()
        .filter(|l| in_report(l.reason) && digits(&l.printed))
    {
        numbers += 1;
        let context: String = text[left.at..].chars().take(12).collect();
        let named = NOT_FIGURES
            .iter()
            .find(|(start, _, _)| text[left.at..].starts_with(start));
        match named {
            Some((_, _, reason)) => assert_eq!(left.reason, *reason, "“{context}…”"),
            None => panic!(
                "{} (“{context}…”) is left out as {}, but is not named here",
                left.printed, left.reason
            ),
        }
    }
    assert!(
        numbers >= 59,
        "the article prints 59 numbers in digits; found {numbers}"
    );
    assert!(
        found
            .left_out
            .iter()
            .filter(|l| !in_report(l.reason))
            .all(|l| matches!(
                l.reason,
                Reason::Noise(Noise::BeforeArticle | Noise::Headlines)
            )),
        "the only page noise is before the byline and the headline list after the article"
    );
}

#[test]
fn the_derived_figure_follows_from_the_printed_ones() {
    let get = |id| report_data::indicator(id).expect(id).value;
    assert_eq!(
        get("digital-economy-enterprises-2021"),
        get("digital-economy-enterprises") - get("digital-economy-enterprises-added")
    );
}
