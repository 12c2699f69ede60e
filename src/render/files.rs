//! Files people take away: a chart's figures as CSV, the chart as SVG and PNG (each with its
//! title and source, so it stands on its own in a document), and the whole data set as CSV and
//! JSON. The build writes the CSV, JSON and SVG files into `dist/downloads/`, so the page links
//! to them and they work without script; only the PNG is drawn in the browser.

use crate::render::chart_svg::{self, Framing};
use crate::render::locale::Lang;
use report_data::{members, Chart, REPORT};

/// Width of downloaded chart pictures, in CSS px; the PNG is drawn at twice this.
pub const PICTURE_WIDTH: f64 = 720.0;

/// A byte-order mark, so that Excel opens the UTF-8 CSV with its Chinese intact.
const BOM: &str = "\u{feff}";

/// `xiangdong-2022-industry-funds.csv`: the report's slug, the chart's id, the extension.
pub fn file_name(chart: Option<&Chart>, extension: &str) -> String {
    match chart {
        Some(chart) => format!("{}-{}.{extension}", REPORT.slug, chart.id),
        None => format!("{}.{extension}", REPORT.slug),
    }
}

/// Where the build puts a download in `dist/`: the whole data set (`None`) at `downloads/`, a
/// chart's files, whose labels follow the language, at `downloads/<lang>/`. The file keeps its
/// stable name (`file_name`) whatever the folder.
pub fn static_path(chart: Option<(&Chart, Lang)>, extension: &str) -> String {
    match chart {
        Some((chart, lang)) => format!(
            "downloads/{}/{}",
            lang.key(),
            file_name(Some(chart), extension)
        ),
        None => format!("downloads/{}", file_name(None, extension)),
    }
}

/// A chart's figures: id, label, value, unit, year and the quote that states each.
pub fn chart_csv(chart: &Chart, lang: Lang) -> String {
    let rows = members(chart).into_iter().map(|i| {
        vec![
            i.id.to_owned(),
            lang.pick(&i.label).to_owned(),
            i.value.to_string(),
            i.unit.key().to_owned(),
            i.year.to_string(),
            format!("{} ({})", i.quote, report_data::citation()),
        ]
    });
    let header = ["id", "label", "value", "unit", "year", "source"];
    format!("{BOM}{}", report_data::csv_table(&header, rows))
}

/// Every figure of the report, with every column.
pub fn all_csv() -> String {
    format!("{BOM}{}", report_data::csv(&report_data::all()))
}

pub fn all_json() -> String {
    report_data::json(&report_data::all())
}

/// The chart as a standalone SVG picture: light scheme, title and source line included.
pub fn chart_picture(chart: &Chart, lang: Lang) -> String {
    chart_svg::render(chart, lang, PICTURE_WIDTH, Framing::Standalone)
}

/// The extensions of a chart's files written at build time; the PNG is drawn in the browser.
pub const STATIC_CHART_FILES: [&str; 2] = ["csv", "svg"];

/// The label of a download button: "CSV", "SVG"…, with what it saves for screen readers.
pub fn describe(what: &str, chart: &Chart, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("下载{what}：{}", lang.pick(&chart.title)),
        Lang::En => format!("Download {what}: {}", lang.pick(&chart.title)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_stable_and_readable() {
        let chart = report_data::chart("industry-funds").unwrap();
        assert_eq!(
            file_name(Some(chart), "csv"),
            "xiangdong-2022-industry-funds.csv"
        );
        assert_eq!(file_name(None, "json"), "xiangdong-2022.json");
        assert_eq!(
            static_path(Some((chart, Lang::En)), "svg"),
            "downloads/en/xiangdong-2022-industry-funds.svg"
        );
        assert_eq!(static_path(None, "csv"), "downloads/xiangdong-2022.csv");
    }

    #[test]
    fn a_chart_csv_starts_with_a_bom_and_has_a_row_per_figure() {
        let chart = report_data::chart("industry-funds").unwrap();
        let csv = chart_csv(chart, Lang::Zh);
        assert!(csv.starts_with("\u{feff}id,label,value,unit,year,source\r\n"));
        let rows: Vec<&str> = csv.trim_end().split("\r\n").skip(1).collect();
        assert_eq!(rows.len(), chart.members.len());
        assert_eq!(rows[0], "sme-fund,中小企业发展专项资金,3000,万元,2022,设立3000万元中小企业发展专项资金 (萍乡日报 2023-03-26)");
    }

    #[test]
    fn a_downloaded_picture_carries_its_title_and_source() {
        let chart = report_data::chart("industry-growth").unwrap();
        let svg = chart_picture(chart, Lang::En);
        assert!(
            svg.contains("Year-on-year growth")
                && svg.contains(&crate::render::citation::source_line(Lang::En))
        );
        assert!(svg.contains(&format!("width=\"{}\"", PICTURE_WIDTH as u32)));
    }
}
