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

/// The chart with this id, or the chart that replaced it: a published id listed in a chart's
/// `aliases` opens that chart, so old links and embeds keep working and link on by the new id.
pub fn chart(id: &str) -> Option<&'static Chart> {
    find_chart(CHARTS, CHART_ALIASES, id)
}

/// What an address needs of the chart `id` names (as [`chart`] finds it): its live id and its
/// theme. It reads `CHART_THEMES`, not `CHARTS`, so the app in the browser, which reads
/// addresses, carries no chart's title or subtitle.
pub fn chart_in_address(id: &str) -> Option<(&'static str, Theme)> {
    let live = live_chart_id(CHART_ALIASES, id);
    CHART_THEMES
        .iter()
        .find(|(chart, _)| *chart == live)
        .copied()
}

/// The theme a dropped chart's id opens: the chart's figures are that theme's cards now (see
/// `retired_charts` in report.toml), so its old links and embeds show them there.
pub fn retired_chart(id: &str) -> Option<Theme> {
    RETIRED_CHARTS
        .iter()
        .find(|(retired, _)| *retired == id)
        .map(|(_, theme)| *theme)
}

/// `id` as the data writes it, if links may name it: a chart's id, a theme's key, or a
/// published one they replace (an alias, a retired chart's id).
pub fn published_id(id: &str) -> Option<&'static str> {
    let charts = CHART_THEMES.iter().map(|(chart, _)| *chart);
    let themes = Theme::ALL.iter().map(|t| t.key());
    charts
        .chain(CHART_ALIASES.iter().map(|(alias, _)| *alias))
        .chain(RETIRED_CHARTS.iter().map(|(retired, _)| *retired))
        .chain(themes)
        .chain(THEME_ALIASES.iter().map(|(alias, _)| *alias))
        .find(|known| *known == id)
}

/// The theme a URL key names: a theme's own key, or a published key now among a theme's
/// `aliases`. `Theme::from_key` knows only the current keys; links use this.
pub fn theme_key(key: &str) -> Option<Theme> {
    find_theme(THEME_ALIASES, key)
}

/// `chart`, over any charts and aliases, so that alias resolution is tested on fixtures.
fn find_chart<'a>(charts: &'a [Chart], aliases: &[(&str, &str)], id: &str) -> Option<&'a Chart> {
    let live = live_chart_id(aliases, id);
    charts.iter().find(|c| c.id == live)
}

/// The id a chart id stands for now: the live id an alias names, or `id` itself.
fn live_chart_id<'a>(aliases: &[(&str, &'a str)], id: &'a str) -> &'a str {
    aliases
        .iter()
        .find(|(alias, _)| *alias == id)
        .map_or(id, |(_, live)| *live)
}

/// `theme_key`, over any aliases.
fn find_theme(aliases: &[(&str, Theme)], key: &str) -> Option<Theme> {
    Theme::from_key(key).or_else(|| {
        aliases
            .iter()
            .find(|(alias, _)| *alias == key)
            .map(|(_, theme)| *theme)
    })
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
        assert_eq!(theme_key("rural"), Some(Theme::Rural));
        assert_eq!(theme_key("Rural"), None);
    }

    /// The generated aliases lead to live entries (the build checks this; here it is read back
    /// through the lookups the app uses).
    #[test]
    fn every_generated_alias_opens_its_replacement() {
        for (alias, live) in CHART_ALIASES {
            assert_eq!(chart(alias).map(|c| c.id), Some(*live));
        }
        for (alias, theme) in THEME_ALIASES {
            assert_eq!(theme_key(alias), Some(*theme));
        }
        for (retired, theme) in RETIRED_CHARTS {
            assert_eq!(retired_chart(retired), Some(*theme));
            assert_eq!(chart(retired), None, "{retired} opens a theme, not a chart");
        }
        assert_eq!(retired_chart("industry-funds"), None);
        for (id, _) in RETIRED_CHARTS.iter().chain(CHART_THEMES) {
            assert_eq!(published_id(id), Some(*id));
        }
        assert_eq!(published_id("rural"), Some("rural"));
        assert_eq!(published_id("<script>"), None);
    }

    /// The addresses' lookup finds what `chart` finds, for every id and alias and for none.
    #[test]
    fn an_address_finds_the_chart_that_chart_finds() {
        let ids = CHARTS.iter().map(|c| c.id);
        let aliases = CHART_ALIASES.iter().map(|(alias, _)| *alias);
        for id in ids.chain(aliases).chain(["no-such-chart", ""]) {
            assert_eq!(
                chart_in_address(id),
                chart(id).map(|c| (c.id, c.theme)),
                "{id:?}"
            );
        }
        assert_eq!(CHART_THEMES.len(), CHARTS.len());
    }

    fn fixture(id: &'static str, theme: Theme) -> Chart {
        Chart {
            id,
            theme,
            title: Text { zh: id, en: id },
            subtitle: Text { zh: id, en: id },
            kind: ChartKind::Bar,
            members: &[],
        }
    }

    #[test]
    fn an_alias_opens_the_chart_that_replaced_it() {
        let charts = [
            fixture("industry-yoy", Theme::Industry),
            fixture("rural-digital", Theme::Rural),
        ];
        let aliases = [("industry-growth", "industry-yoy")];
        let opened = find_chart(&charts, &aliases, "industry-growth").expect("alias resolves");
        assert_eq!(opened.id, "industry-yoy", "the permalink names the new id");
        assert_eq!(
            find_chart(&charts, &aliases, "rural-digital").map(|c| c.id),
            Some("rural-digital")
        );
        assert_eq!(
            find_chart(&charts, &aliases, "industry-yoy").map(|c| c.id),
            Some("industry-yoy")
        );
        assert!(find_chart(&charts, &aliases, "industry-funds").is_none());
        assert!(find_chart(&charts, &[], "industry-growth").is_none());
    }

    #[test]
    fn a_theme_alias_opens_its_theme() {
        let aliases = [("town-and-country", Theme::Rural)];
        assert_eq!(find_theme(&aliases, "town-and-country"), Some(Theme::Rural));
        assert_eq!(find_theme(&aliases, "tourism"), Some(Theme::Tourism));
        assert_eq!(find_theme(&aliases, "overview"), Some(Theme::Overview));
        assert_eq!(find_theme(&aliases, "town"), None);
    }
}
