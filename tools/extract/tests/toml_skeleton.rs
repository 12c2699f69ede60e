//! `--toml` output pasted into a copy of the schema's minimal data file passes the validator
//! once ids and labels are filled in and each figure is listed in its theme's cards, which is
//! what an editor does with it.

use report_extract::{extract, output};
use std::collections::BTreeMap;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{ROOT}/{path}")).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The skeletons with generated ids and labels, and the ids of each theme.
fn filled(skeleton: &str) -> (String, BTreeMap<String, Vec<String>>) {
    let (mut out, mut themes, mut n) = (String::new(), BTreeMap::new(), 0);
    for line in skeleton.lines() {
        let line = match line {
            "id = \"\"" => {
                n += 1;
                format!("id = \"figure-{n}\"")
            }
            "zh = \"\"" => format!("zh = \"数字{n}\""),
            "en = \"\"" => format!("en = \"Figure {n}\""),
            "theme = \"\"" => panic!("figure {n} has no theme guessed; the test gives every section a heading a rule maps"),
            theme if theme.starts_with("theme = \"") => {
                let key = theme.trim_start_matches("theme = \"").trim_end_matches('"');
                themes
                    .entry(key.to_owned())
                    .or_insert_with(Vec::new)
                    .push(format!("\"figure-{n}\""));
                theme.to_owned()
            }
            other => other.to_owned(),
        };
        out.push_str(&line);
        out.push('\n');
    }
    (out, themes)
}

/// The minimal file with `ids` added to the cards of each theme.
fn with_cards(minimal: &str, themes: &BTreeMap<String, Vec<String>>) -> String {
    let mut out = String::new();
    let mut section = String::new();
    let mut carded = false;
    let flush = |out: &mut String, section: &str, carded: bool| {
        if let Some(key) = section
            .strip_prefix("[themes.")
            .and_then(|s| s.strip_suffix(']'))
        {
            if let (false, Some(ids)) = (carded, themes.get(key)) {
                out.push_str(&format!("cards = [{}]\n", ids.join(", ")));
            }
        }
    };
    for line in minimal.lines() {
        if line.starts_with('[') {
            flush(&mut out, &section, carded);
            section = line.to_owned();
            carded = false;
        }
        let key = section
            .strip_prefix("[themes.")
            .and_then(|s| s.strip_suffix(']'));
        match (
            line.strip_prefix("cards = ["),
            key.and_then(|k| themes.get(k)),
        ) {
            (Some(rest), Some(ids)) => {
                out.push_str(&format!("cards = [{}, {rest}\n", ids.join(", ")));
                carded = true;
            }
            _ => {
                if line.is_empty() {
                    flush(&mut out, &section, carded);
                    carded = true;
                }
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

#[test]
fn toml_skeletons_pass_the_validator_once_ids_and_labels_are_filled() {
    let article = read("../shared/source/pingxiang-daily-2023-03-26-xiangdong.txt");
    let found = extract(&article);
    let skeleton = output::toml(&found, "article.txt");
    let (indicators, themes) = filled(&skeleton);
    let minimal = read("data/schema/tests/fixtures/minimal.toml");
    let file = format!("{}\n{indicators}", with_cards(&minimal, &themes));
    let published = report_schema::Published::parse(
        "published-ids.toml",
        &read("data/schema/tests/fixtures/published-ids.toml"),
    )
    .expect("valid list");
    match report_schema::load("pasted.toml", &file, &published) {
        Ok(data) => assert_eq!(data.indicators.len(), 3 + found.figures.len()),
        Err(problems) => panic!(
            "{}\n\n{file}",
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

#[test]
fn a_skeleton_is_the_data_files_format() {
    let found =
        extract("一、工业经济\n全年招引项目46个,带动消费近2.8亿元,县域创新能力列全省第三。\n");
    assert_eq!(
        output::toml(&found, "new.txt"),
        "# The figures of new.txt, as [[indicator]] entries for data/report.toml.
# Fill in id, zh and en (and theme where it is empty), check kind and year, and show
# each figure in a chart's members or in its theme's cards.

# l.2, under 一、工业经济
[[indicator]]
id = \"\"
theme = \"industry\"
zh = \"\"
en = \"\"
value = 46
unit = \"个\"
kind = \"count\"
year = 0  # the report names no year: give the figure's
quote = \"全年招引项目46个\"

# l.2, under 一、工业经济
[[indicator]]
id = \"\"
theme = \"industry\"
zh = \"\"
en = \"\"
value = 2.8
qualifier = \"近\"
unit = \"亿元\"
kind = \"amount\"
year = 0  # the report names no year: give the figure's
quote = \"带动消费近2.8亿元\"

# l.2, under 一、工业经济
[[indicator]]
id = \"\"
theme = \"industry\"
zh = \"\"
en = \"\"
value = 3
written = \"第三\"
unit = \"名\"
kind = \"rank\"
year = 0  # the report names no year: give the figure's
quote = \"县域创新能力列全省第三\"
"
    );
}
