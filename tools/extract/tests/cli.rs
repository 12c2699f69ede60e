//! The `extract` command: its formats on a file, `--check` and its exit code, and the messages
//! for mistakes a user can make.

use std::process::{Command, Output};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn extract(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_extract"))
        .args(args)
        .current_dir(ROOT)
        .output()
        .expect("the command runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn temp_file(name: &str, bytes: &[u8]) -> String {
    let path = std::env::temp_dir().join(format!("report-extract-{}-{name}", std::process::id()));
    std::fs::write(&path, bytes).expect("temp dir is writable");
    path.to_string_lossy().into_owned()
}

const ARTICLE: &str = "../shared/source/pingxiang-daily-2023-03-26-xiangdong.txt";

#[test]
fn lists_tsv_and_explains() {
    let file = temp_file(
        "tsv.txt",
        "全年招引项目46个,惠及居民14500余户,2022年以来成效明显。\n".as_bytes(),
    );
    let o = extract(&["--tsv", &file]);
    assert!(o.status.success());
    assert_eq!(
        stdout(&o),
        "46\t个\t\t全年招引项目46个\n14500\t户\t余\t惠及居民14500余户\n"
    );
    let o = extract(&["--explain", &file]);
    assert_eq!(
        stdout(&o),
        "  l.1  46 个 · 全年招引项目46个\n  l.1  14500 户 余 · 惠及居民14500余户\n\
         \nLeft out (1):\n  l.1  2022: a year · 2022年以来成效明显\n"
    );
}

#[test]
fn check_agrees_with_the_data_file_but_for_what_it_leaves_out() {
    let o = extract(&["--check", "data/report.toml", ARTICLE]);
    let out = stdout(&o);
    assert!(
        out.starts_with("data/report.toml has 51 of the article's 52 figures.\n"),
        "{out}"
    );
    assert!(out.contains(
        "Figures of the article data/report.toml lacks (1):\n  l.34  5 名 (五) · 教育发展考评连续六年进入全省县区前五名\n"
    ), "{out}");
    assert_eq!(
        o.status.code(),
        Some(1),
        "a figure is lacking, so the check fails"
    );
}

#[test]
fn check_fails_on_a_quote_the_article_does_not_print() {
    let data = std::fs::read_to_string(format!("{ROOT}/data/report.toml")).expect("data file");
    let dir = std::env::temp_dir().join(format!("report-extract-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let published =
        std::fs::read(format!("{ROOT}/data/published-ids.toml")).expect("published ids");
    std::fs::write(dir.join("published-ids.toml"), published).expect("writable");
    let edited = data.replacen(
        "quote = \"签约资金223.64亿元\"",
        "quote = \"签约资金共223.64亿元\"",
        1,
    );
    let data_file = dir.join("report.toml");
    std::fs::write(&data_file, edited).expect("writable");
    let o = extract(&["--check", &data_file.to_string_lossy(), ARTICLE]);
    let out = stdout(&o);
    assert!(
        out.contains("does not print (1):\n  signed-investment: 签约资金共223.64亿元\n"),
        "{out}"
    );
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn a_missing_file_says_so_and_what_to_do() {
    let o = extract(&["no-such-article.txt"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.starts_with("extract: cannot read the article no-such-article.txt: "),
        "{err}"
    );
    assert!(err.trim_end().ends_with("; check the path"), "{err}");
}

#[test]
fn text_that_is_not_utf8_says_how_to_convert_it() {
    // "工业" in GBK.
    let file = temp_file("gbk.txt", &[0xB9, 0xA4, 0xD2, 0xB5]);
    let o = extract(&[&file]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!("extract: {file} is not UTF-8 text (invalid bytes at offset 0); convert it first, e.g. iconv -f GBK -t UTF-8 {file} > article.txt\n")
    );
}

#[test]
fn wrong_arguments_print_the_usage() {
    let o = extract(&[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o)
        .starts_with("extract: give the article to read, a UTF-8 text file\n\nusage: extract"));
    let o = extract(&["--check"]);
    assert!(stderr(&o).starts_with("extract: --check needs the data file"));
    let o = extract(&["--help"]);
    assert!(o.status.success());
    assert!(stdout(&o).starts_with("usage: extract"));
}
