//! `extract`: lists the statistical figures of a report (UTF-8 text) for the data editors of
//! data/report.toml. See README.md, "Updating the data".

use report_extract::files::{read_data_file, read_text};
use report_extract::{check, extract, output};
use std::process::ExitCode;

const USAGE: &str = "\
usage: extract [--tsv | --toml | --explain | --check DATA.toml] ARTICLE.txt

Lists the statistical figures of a report given as UTF-8 text, each with the clause that
states it, under its section heading.

  --tsv            value<TAB>unit<TAB>qualifier<TAB>clause, one figure a line
  --toml           [[indicator]] skeletons in data/report.toml's format
  --explain        also list every number left out, and why
  --check DATA     which of the article's figures DATA has and lacks, and which of its quotes
                   the article does not print; exits with 1 unless they agree. Reads DATA as
                   the build does, with the published-ids.toml beside it
";

enum Format {
    Listing,
    Tsv,
    Toml,
    Check(String),
}

struct Args {
    format: Format,
    explain: bool,
    article: String,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let (mut format, mut explain, mut article) = (Format::Listing, false, None);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--tsv" => format = Format::Tsv,
            "--toml" => format = Format::Toml,
            "--explain" => explain = true,
            "--check" => match it.next() {
                Some(file) => format = Format::Check(file.clone()),
                None => {
                    return Err("--check needs the data file, e.g. --check data/report.toml".into())
                }
            },
            "-h" | "--help" => return Err(String::new()),
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}")),
            path if article.is_none() => article = Some(path.to_owned()),
            extra => return Err(format!("one article at a time; {extra} is one too many")),
        }
    }
    let article = article.ok_or("give the article to read, a UTF-8 text file")?;
    Ok(Args {
        format,
        explain,
        article,
    })
}

fn run(args: Args) -> Result<ExitCode, String> {
    let text = read_text(&args.article, "the article")?;
    let found = extract(&text);
    let (mut out, code) = match &args.format {
        Format::Listing => (output::listing(&found), ExitCode::SUCCESS),
        Format::Tsv => (output::tsv(&found), ExitCode::SUCCESS),
        Format::Toml => (output::toml(&found, &args.article), ExitCode::SUCCESS),
        Format::Check(data_file) => {
            let data = read_data_file(data_file)?;
            let checked = check::check(&text, &found, &data);
            let code = if checked.is_clean() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            };
            (output::checked(&checked, data_file), code)
        }
    };
    if args.explain {
        out.push_str(&format!(
            "\nLeft out ({}):\n{}",
            found.left_out.len(),
            output::explain(&found)
        ));
    }
    print!("{out}");
    Ok(code)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args = match parse_args(&args) {
        Ok(args) => args,
        Err(message) if message.is_empty() => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("extract: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("extract: {message}");
            ExitCode::FAILURE
        }
    }
}
