//! Chart ids and theme keys are a public interface: embeds and links pasted into other sites name
//! them. Each test edits a copy of the real data file (or list of published ids) as an editor
//! would, and checks that the build refuses to drop a published id unless an alias says where it
//! went, naming the file, line and what to add.

mod support;

use report_schema::{generate, Published};
use support::{check, check_with, edited, line_of, problems, DATA, PUBLISHED};

/// The data file with the chart `industry-growth` renamed `industry-yoy`.
fn renamed() -> String {
    edited(DATA, "id = \"industry-growth\"", "id = \"industry-yoy\"")
}

/// The list of published ids with `industry-yoy` appended, as the editor is asked to.
fn published_with_new_id() -> String {
    edited(
        PUBLISHED,
        "    \"livelihood-funds\",\n",
        "    \"livelihood-funds\",\n    \"industry-yoy\",\n",
    )
}

#[test]
fn the_data_file_keeps_every_published_id() {
    let data = check(DATA).expect("the real data file is valid");
    // The charts issue 10 reworked: their figures became cards, and their links open the theme
    // holding those cards.
    let retired: Vec<(&str, &str)> = data
        .themes
        .iter()
        .flat_map(|t| t.retired_charts.iter().map(|r| (r.as_str(), t.theme.key())))
        .collect();
    assert_eq!(
        retired,
        [
            ("cooperation-services", "cooperation"),
            ("livelihood-funds", "livelihood")
        ]
    );
    assert!(data.charts.iter().all(|c| c.aliases.is_empty()));
    assert!(data.themes.iter().all(|t| t.aliases.is_empty()));
    assert!(generate(&data).contains(
        "pub static RETIRED_CHARTS: &[(&str, Theme)] = &[\n    (\"cooperation-services\", Theme::Cooperation),\n    (\"livelihood-funds\", Theme::Livelihood),\n];"
    ));
}

#[test]
fn a_retired_chart_names_a_published_id_no_chart_has_under_a_theme_with_a_page() {
    // Dropped from the data, the id is missed until a theme lists it.
    let text = edited(DATA, "retired_charts = [\"livelihood-funds\"]\n", "");
    assert_eq!(
        problems(&text),
        [format!(
            "data/published-ids.toml:{}: chart id \"livelihood-funds\": was published, but no chart in data/report.toml has it; add aliases = [\"livelihood-funds\"] to the chart that replaces it (or, if its figures are now cards, retired_charts = [\"livelihood-funds\"] to their [themes.*] table), or restore the id",
            line_of(PUBLISHED, "    \"livelihood-funds\",")
        )]
    );
    // A live chart's id is not retired.
    let text = edited(
        DATA,
        "retired_charts = [\"livelihood-funds\"]",
        "retired_charts = [\"livelihood-funds\", \"livelihood-schools\"]",
    );
    let p = &check(&text).expect_err("refused")[0];
    assert_eq!(p.field, "themes.livelihood, field \"retired_charts\"");
    assert_eq!(
        p.message,
        format!(
            "\"livelihood-schools\" is the id of the entry on line {}; a retired chart names an id no entry has any more, so remove it from retired_charts",
            line_of(&text, "id = \"livelihood-schools\"")
        )
    );
    // The honours have no page to open.
    let text = edited(
        DATA,
        "[themes.overview]\n",
        "[themes.overview]\nretired_charts = [\"industry-growth\"]\n",
    );
    let p = &check(&text).expect_err("refused")[0];
    assert_eq!(p.field, "themes.overview, field \"retired_charts\"");
    assert!(
        p.message
            .starts_with("the honours have no page of their own"),
        "{}",
        p.message
    );
}

#[test]
fn a_renamed_chart_without_an_alias_names_the_id_and_what_to_add() {
    let text = renamed();
    assert_eq!(
        problems(&text),
        [
            format!(
                "data/report.toml:{}: chart \"industry-yoy\": \"industry-yoy\" is not in data/published-ids.toml; add it to charts there, so that the build keeps links to it working",
                line_of(&text, "id = \"industry-yoy\"")
            ),
            format!(
                "data/published-ids.toml:{}: chart id \"industry-growth\": was published, but no chart in data/report.toml has it; add aliases = [\"industry-growth\"] to the chart that replaces it (or, if its figures are now cards, retired_charts = [\"industry-growth\"] to their [themes.*] table), or restore the id",
                line_of(PUBLISHED, "    \"industry-growth\",")
            ),
        ]
    );
}

#[test]
fn a_renamed_chart_with_its_alias_is_accepted_and_the_old_id_opens_it() {
    let text = edited(
        &renamed(),
        "id = \"industry-yoy\"\n",
        "id = \"industry-yoy\"\naliases = [\"industry-growth\"]\n",
    );
    let data = check_with(&text, &published_with_new_id()).expect("accepted");
    let chart = data.charts.iter().find(|c| c.id == "industry-yoy").unwrap();
    assert_eq!(chart.aliases, ["industry-growth"]);
    let code = generate(&data);
    let aliases = &code[code.find("pub static CHART_ALIASES").expect("generated")..];
    let aliases = &aliases[..aliases.find("];").expect("the list ends")];
    assert!(
        aliases.starts_with("pub static CHART_ALIASES: &[(&str, &str)] = &[\n")
            && aliases.contains("\n    (\"industry-growth\", \"industry-yoy\"),\n"),
        "{aliases}"
    );
}

#[test]
fn an_alias_must_not_be_a_live_id() {
    let text = edited(
        DATA,
        "id = \"industry-growth\"\n",
        "id = \"industry-growth\"\naliases = [\"industry-funds\"]\n",
    );
    assert_eq!(
        problems(&text),
        [format!(
            "data/report.toml:{}: chart \"industry-growth\", field \"aliases\": \"industry-funds\" is the id of the entry on line {}; an alias names an id no entry has any more, so remove it from aliases",
            line_of(&text, "aliases = [\"industry-"),
            line_of(&text, "id = \"industry-funds\"")
        )]
    );
}

#[test]
fn an_old_id_opens_one_chart_only() {
    let text = edited(
        &edited(
            &renamed(),
            "id = \"industry-yoy\"\n",
            "id = \"industry-yoy\"\naliases = [\"industry-growth\"]\n",
        ),
        "id = \"industry-funds\"\n",
        "id = \"industry-funds\"\naliases = [\"industry-growth\"]\n",
    );
    let refused = check_with(&text, &published_with_new_id()).expect_err("refused");
    assert_eq!(refused.len(), 1, "{refused:#?}");
    assert_eq!(
        refused[0].field,
        "chart \"industry-yoy\", field \"aliases\""
    );
    assert_eq!(
        refused[0].message,
        "\"industry-growth\" is already an alias of chart \"industry-funds\"; an old id can open one entry only, so keep it on one of them"
    );
}

#[test]
fn a_misspelt_alias_is_refused_and_the_published_id_still_missed() {
    let text = edited(
        &renamed(),
        "id = \"industry-yoy\"\n",
        "id = \"industry-yoy\"\naliases = [\"industry-grwoth\"]\n",
    );
    let refused = check_with(&text, &published_with_new_id()).expect_err("refused");
    let messages: Vec<String> = refused.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            format!(
                "data/report.toml:{}: chart \"industry-yoy\", field \"aliases\": \"industry-grwoth\" was never published (it is not in the charts of data/published-ids.toml); write the published id this entry replaces",
                line_of(&text, "aliases = [\"industry-")
            ),
            format!(
                "data/published-ids.toml:{}: chart id \"industry-growth\": was published, but no chart in data/report.toml has it; add aliases = [\"industry-growth\"] to the chart that replaces it (or, if its figures are now cards, retired_charts = [\"industry-growth\"] to their [themes.*] table), or restore the id",
                line_of(PUBLISHED, "    \"industry-growth\",")
            ),
        ]
    );
}

#[test]
fn a_dropped_theme_key_needs_an_alias_on_the_theme_that_replaces_it() {
    // As if the model's Theme::Rural had been renamed from "town" to "rural" after "town" was
    // published.
    let published = edited(
        PUBLISHED,
        "    \"overview\",\n",
        "    \"overview\",\n    \"town\",\n",
    );
    let refused = check_with(DATA, &published).expect_err("refused");
    assert_eq!(
        refused.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [format!(
            "data/published-ids.toml:{}: theme key \"town\": was published, but no theme in data/report.toml has it; add aliases = [\"town\"] to the [themes.*] table that replaces it, or restore the key",
            line_of(&published, "\"town\"")
        )]
    );

    let text = edited(
        DATA,
        "[themes.rural]\n",
        "[themes.rural]\naliases = [\"town\"]\n",
    );
    let data = check_with(&text, &published).expect("accepted");
    assert!(generate(&data).contains(
        "pub static THEME_ALIASES: &[(&str, Theme)] = &[\n    (\"town\", Theme::Rural),\n];"
    ));

    let text = edited(
        DATA,
        "[themes.rural]\n",
        "[themes.rural]\naliases = [\"tourism\"]\n",
    );
    let p = &check(&text).expect_err("refused")[0];
    assert_eq!(p.field, "themes.rural, field \"aliases\"");
    assert_eq!(
        p.message,
        "\"tourism\" is the key of a theme; an alias names an id no entry has any more, so remove it from aliases"
    );
}

#[test]
fn a_theme_key_in_use_must_be_published() {
    let published = edited(PUBLISHED, "    \"tourism\",\n", "");
    let refused = check_with(DATA, &published).expect_err("refused");
    assert_eq!(
        refused.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [format!(
            "data/report.toml:{}: themes.tourism: the theme key \"tourism\" is not in data/published-ids.toml; add it to themes there, so that the build keeps links to it working",
            line_of(DATA, "[themes.tourism]") + 1
        )]
    );
}

#[test]
fn a_broken_list_of_published_ids_is_refused_with_its_line() {
    let text = edited(
        PUBLISHED,
        "    \"rural-digital\",\n",
        "    \"rural-digital\"\n",
    );
    let refused = Published::parse("data/published-ids.toml", &text).expect_err("refused");
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0].line, line_of(&text, "\"livelihood-schools\""));
    assert_eq!(refused[0].field, "syntax");
}
