//! Recall and precision on reports the extractor was not written against: each text in
//! fixtures/unseen/ has a hand-made list of the figures a careful reader would list (see the
//! README there). The target: at least 95% of those found, at most 1 in 10 listed not one.

use report_extract::extract;
use std::path::Path;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/unseen");

/// (value, unit, qualifier) of each figure.
type Figure = (String, String, String);

struct Score {
    expected: usize,
    listed: usize,
    matched: usize,
    /// Figures expected but not found, and found but not expected.
    missed: Vec<Figure>,
    extra: Vec<Figure>,
}

fn score(name: &str) -> Score {
    let read = |file: String| {
        std::fs::read_to_string(Path::new(DIR).join(&file))
            .unwrap_or_else(|e| panic!("{file}: {e}"))
    };
    let expected: Vec<Figure> = read(format!("{name}.expected.tsv"))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let mut cells = l.split('\t').map(str::to_owned);
            let mut next = || cells.next().unwrap_or_default();
            (next(), next(), next())
        })
        .collect();
    let found: Vec<Figure> = extract(&read(format!("{name}.txt")))
        .figures
        .into_iter()
        .map(|f| (f.value, f.unit, f.qualifier))
        .collect();
    let mut missed = expected.clone();
    let mut extra = Vec::new();
    for figure in &found {
        match missed.iter().position(|e| e == figure) {
            Some(i) => {
                missed.remove(i);
            }
            None => extra.push(figure.clone()),
        }
    }
    Score {
        expected: expected.len(),
        listed: found.len(),
        matched: found.len() - extra.len(),
        missed,
        extra,
    }
}

#[test]
fn finds_95_percent_of_the_figures_and_lists_at_most_1_in_10_that_is_not_one() {
    let mut names: Vec<String> = std::fs::read_dir(DIR)
        .expect("fixtures/unseen")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".expected.tsv").map(str::to_owned)
        })
        .collect();
    names.sort();
    assert!(names.len() >= 3, "the measure needs at least three reports");
    let (mut expected, mut listed, mut matched) = (0, 0, 0);
    for name in &names {
        let s = score(name);
        println!(
            "{name}: {} of {} figures found, {} of {} listed are figures; missed {:?}, not figures {:?}",
            s.matched, s.expected, s.matched, s.listed, s.missed, s.extra
        );
        expected += s.expected;
        listed += s.listed;
        matched += s.matched;
    }
    let recall = matched as f64 / expected as f64;
    let precision = matched as f64 / listed as f64;
    println!("all: recall {recall:.3} ({matched}/{expected}), precision {precision:.3} ({matched}/{listed})");
    assert!(recall >= 0.95, "recall {recall:.3} is under 0.95");
    assert!(precision >= 0.90, "precision {precision:.3} is under 0.90");
}
