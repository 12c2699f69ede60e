//! The report's figures, milestones and charts as typed constants, generated at build time from
//! `report.toml` and checked there (see `report-schema`).

pub use report_model::*;

mod export;
pub use export::{all, citation, csv, csv_table, json, CSV_COLUMNS};

include!(concat!(env!("OUT_DIR"), "/report.rs"));

/// The indicator with this id, if any.
pub fn indicator(id: &str) -> Option<&'static Indicator> {
    INDICATORS.iter().find(|i| i.id == id)
}

/// The chart with this id, if any.
pub fn chart(id: &str) -> Option<&'static Chart> {
    CHARTS.iter().find(|c| c.id == id)
}

/// A theme's title and cards. Every theme has one: the build refuses a data file without.
pub fn theme_info(theme: Theme) -> &'static ThemeInfo {
    THEMES
        .iter()
        .find(|t| t.theme == theme)
        .expect("the build checks that every theme has a [themes.*] entry")
}

/// A chart's indicators, in drawing order. The build checks that every member exists.
pub fn members(chart: &Chart) -> Vec<&'static Indicator> {
    chart
        .members
        .iter()
        .filter_map(|id| indicator(id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_find_what_the_data_file_declares() {
        assert_eq!(
            indicator("signed-investment").map(|i| i.value),
            Some(223.64)
        );
        assert!(indicator("no-such-figure").is_none());
        let chart = chart("industry-funds").expect("declared in report.toml");
        assert_eq!(members(chart).len(), chart.members.len());
        assert_eq!(theme_info(Theme::Industry).title.zh, "工业发展");
    }
}
