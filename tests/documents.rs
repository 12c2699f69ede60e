//! The pre-rendered documents of the built `dist/`, read as files: one for every view, each
//! with its own language, title, description, icon and alternate-language links, and nothing a
//! strict Content Security Policy would refuse.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use indicators_dashboard::render::documents;
use indicators_dashboard::render::head;
use indicators_dashboard::render::xml_escape::escape;
use std::fs;

fn read(name: &str) -> String {
    let path = support::dist_dir().join(name);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_view_has_a_document_of_its_own_with_its_head() {
    for (name, state) in documents::all().into_iter().chain(documents::aliases()) {
        let html = read(&name);
        let lang = format!("<html lang=\"{}\"", state.lang.tag());
        assert!(html.contains(&lang), "{name}: {lang}");
        assert_eq!(
            html.contains(" data-embed>"),
            state.embed,
            "{name}: embed flag"
        );
        let title = format!("<title>{}</title>", escape(&head::title(&state)));
        assert!(html.contains(&title), "{name}: {title}");
        assert!(
            html.contains(&head::head_lines(&state)),
            "{name}: description and alternates"
        );
        // The icon is our own file, by a relative link: nothing is asked of the host's root.
        assert!(
            html.contains("<link rel=\"icon\" href=\"./icon-"),
            "{name}: icon"
        );
        assert!(
            html.contains("<div id=\"page\"><"),
            "{name}: content rendered in"
        );
    }
    assert_eq!(read("index.html"), read("industry.zh.html"));
}

#[test]
fn no_quotation_shows_two_quote_marks_side_by_side() {
    // The source's own quote marks inside a quotation are single ones (‘政策十条’), so that
    // no <q> shows ““ or ”” with the marks the stylesheet puts around it.
    for (name, _) in documents::all() {
        let html = read(&name);
        for (at, _) in html.match_indices("<q ") {
            let text = &html[at..];
            let text = &text[text.find('>').unwrap() + 1..text.find("</q>").unwrap()];
            assert!(
                !text.contains(['“', '”']),
                "{name}: a quotation holds double quote marks: {text}"
            );
        }
    }
}

#[test]
fn no_document_has_inline_script_or_style() {
    for (name, _) in documents::all() {
        let html = read(&name);
        for (n, _) in html.match_indices("<script") {
            let tag = &html[n..n + html[n..].find('>').unwrap()];
            assert!(
                tag.contains(" src=\"./"),
                "{name}: inline or foreign script {tag}"
            );
        }
        assert!(!html.contains("<style"), "{name}: inline <style>");
        assert!(!html.contains(" style=\""), "{name}: style attribute");
        // Every address is relative; the one absolute URL allowed is SVG's namespace name.
        let addresses = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assert!(
            !addresses.contains("http://") && !addresses.contains("https://"),
            "{name}: absolute URL"
        );
    }
}

#[test]
fn downloads_the_documents_link_to_are_there() {
    for (name, _) in documents::all() {
        let html = read(&name);
        for (n, _) in html.match_indices("href=\"downloads/") {
            let start = n + "href=\"".len();
            let href = &html[start..start + html[start..].find('"').unwrap()];
            assert!(
                support::dist_dir().join(href).is_file(),
                "{name} links to a missing {href}"
            );
        }
    }
    let csv = read("downloads/en/xiangdong-2022-industry-funds.csv");
    assert!(csv.starts_with("\u{feff}id,label,value,unit,year,source"));
    assert!(csv.contains("SME development fund") || csv.contains("sme-fund"));
    let svg = read("downloads/zh/xiangdong-2022-industry-funds.svg");
    assert!(svg.starts_with("<svg") && svg.contains("两项专项资金"));
}

#[test]
fn the_app_s_code_is_named_by_the_bytes_it_ships() {
    // So an unchanged wasm keeps its name (and readers their cached copy) from one build to the
    // next. FNV-1a written out again here, as the build's tools/prerender computes it.
    let fnv1a = |bytes: &[u8]| {
        bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        })
    };
    let html = read("index.html");
    let start = html
        .split("<script type=\"module\" src=\"./")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("index.html loads a start-up script");
    let script = read(start);
    let loaded: Vec<&str> = script
        .split("'./")
        .skip(1)
        .filter_map(|rest| rest.split('\'').next())
        .collect();
    assert_eq!(loaded.len(), 2, "the glue and the wasm: {loaded:?}");
    for name in loaded {
        let bytes = fs::read(support::dist_dir().join(name)).unwrap();
        let hash = format!("-{:016x}", fnv1a(&bytes));
        assert!(
            name.ends_with(&format!("{hash}.js")) || name.ends_with(&format!("{hash}_bg.wasm")),
            "{name} is not named by its bytes ({hash})"
        );
    }
}

#[test]
fn no_table_repeats_a_row_s_year_in_a_tag() {
    // A table's Year column gives each figure's year; a tag after the label need not (a card's
    // does, where the year is not the report's).
    let mut tables = 0;
    for (name, _) in documents::all() {
        let html = read(&name);
        for table in html.split("<table class=\"figure-table\">").skip(1) {
            tables += 1;
            let table = &table[..table.find("</table>").unwrap()];
            for tag in table.split("class=\"marker\">").skip(1) {
                let tag = &tag[..tag.find('<').unwrap()];
                assert!(
                    !tag.contains("20"),
                    "{name}: a table's tag repeats a year: {tag}"
                );
            }
        }
    }
    assert!(tables > 0, "the documents hold no table");
}

/// The text a reader sees of `html`: tags dropped, each replaced by nothing.
fn text_of(html: &str) -> String {
    let body = &html[html.find("<body").unwrap_or(0)..];
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

#[test]
fn no_level_tag_is_followed_by_its_own_word() {
    // An honour "National model county…" reads after its tag as "National model county…", not
    // "National National model county…"; "国家级制种大县" as "国家级 制种大县".
    let mut tags = 0;
    for (name, state) in documents::all() {
        let text = text_of(&read(&name));
        let strings = state.lang.strings();
        for level in [strings.national, strings.provincial] {
            tags += text.matches(level).count();
            for twice in [format!("{level}{level}"), format!("{level} {level}")] {
                assert!(!text.contains(&twice), "{name}: “{twice}”");
            }
        }
    }
    assert!(tags > 0, "the documents name no level");
}

#[test]
fn chinese_documents_write_a_label_s_colon_the_chinese_way() {
    // "下载全部数据：CSV", "债券项目资金：“债券项目资金18.92亿元”": a full-width colon, no space after.
    for (name, state) in documents::all() {
        if state.lang != indicators_dashboard::render::locale::Lang::Zh {
            continue;
        }
        let text = text_of(&read(&name));
        let found: Vec<String> = text
            .match_indices(": ")
            .map(|(at, _)| text[..at].chars().rev().take(12).collect::<Vec<_>>())
            .map(|before| before.into_iter().rev().collect())
            .collect();
        assert!(
            found.is_empty(),
            "{name}: a Latin colon and space after {found:?}"
        );
    }
}
