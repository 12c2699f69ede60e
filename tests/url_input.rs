//! Whatever query string a link carries, the page opens on a valid state: the URL parser never
//! panics, always names a navigable theme and a real chart, has a pre-rendered document whose
//! name reads back as the same view, and echoes only short, escaped excerpts of the values it
//! refused.

#![cfg(not(target_arch = "wasm32"))] // Native: the parser is pure Rust.

use indicators_dashboard::render::url_state::{
    parse, parse_over, query_value, UrlState, NAV_THEMES,
};
use indicators_dashboard::render::xml_escape::escape;
use indicators_dashboard::render::{documents, embed_code};
use proptest::prelude::*;

/// The parameters the page reads; a rejection can only ever name one of these.
const PARAMS: &[&str] = &["theme", "lang", "scheme", "chart", "embed"];

/// The longest excerpt of a refused value the page shows, in characters.
const ECHO_LIMIT: usize = 40;

/// Values a hostile or broken link might carry, beside entirely arbitrary text.
fn value() -> impl Strategy<Value = String> {
    let chart_ids: Vec<String> = report_data::CHARTS
        .iter()
        .map(|c| c.id.to_owned())
        .chain(
            report_data::CHART_ALIASES
                .iter()
                .map(|(a, _)| (*a).to_owned()),
        )
        .collect();
    prop_oneof![
        // What the page understands, so that valid states are reached and combined.
        prop::sample::select(vec![
            "industry",
            "cooperation",
            "rural",
            "tourism",
            "livelihood",
            "overview",
            "zh",
            "en",
            "light",
            "dark",
            "1",
            "0",
            "true",
            "false",
            "",
        ])
        .prop_map(str::to_owned),
        prop::sample::select(chart_ids),
        // Percent escapes, valid or not, including invalid UTF-8 (%ff, a lone %c3) and
        // encoded separators (%26, %3D) and markup (%3C).
        "(%[0-9A-Fa-f]{2}|%[0-9A-Za-z]?|%|[a-z+])*",
        // Markup and script URLs, as written and half-encoded.
        prop::sample::select(vec![
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(document.cookie)",
            "JaVaScRiPt%3Aalert(1)",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "'onmouseover='alert(1)",
            "&lt;b&gt;",
            "data:text/html,<b>x</b>",
        ])
        .prop_map(str::to_owned),
        // Any Unicode, including control characters, right-to-left marks and astral planes.
        any::<String>(),
        // Very long values, up to 20 000 characters.
        (
            prop::sample::select(vec!["x", "<b>", "%3C", "%ff", "工", "&amp;"]),
            1_000..4_000usize,
        )
            .prop_map(|(unit, times)| unit.repeat(times)),
    ]
}

/// A query string: known and unknown parameters, repeated, empty or without `=`, with or
/// without the leading `?`.
fn query() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        prop::sample::select(PARAMS.to_vec()).prop_map(str::to_owned),
        Just("childId".to_owned()),
        Just("th%65me".to_owned()),
        "[a-zA-Z%=]{0,8}",
        any::<String>(),
    ];
    let pair = (key, prop::option::of(value())).prop_map(|(k, v)| match v {
        Some(v) => format!("{k}={v}"),
        None => k,
    });
    (
        any::<bool>(),
        prop::collection::vec(pair, 0..12),
        prop::sample::select(vec!["&", "&&", "&amp;"]),
    )
        .prop_map(|(question, pairs, sep)| {
            format!("{}{}", if question { "?" } else { "" }, pairs.join(sep))
        })
}

/// The inverse of `escape`, to show that escaping loses nothing.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// A navigable theme, and a live chart id (never an alias) with its own theme.
fn assert_valid(state: &UrlState, q: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        NAV_THEMES.contains(&state.theme),
        "theme {:?} from {q:?}",
        state.theme
    );
    if let Some(id) = state.chart {
        let chart = report_data::CHARTS.iter().find(|c| c.id == id);
        prop_assert!(chart.is_some(), "{id:?} from {q:?} is not a live chart id");
        prop_assert_eq!(
            chart.unwrap().theme,
            state.theme,
            "a chart opens its own theme"
        );
    }
    Ok(())
}

fn assert_markup_safe(escaped: &str) {
    assert!(
        !escaped.contains(['<', '>', '"', '\'']),
        "raw markup character in {escaped:?}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4096, ..ProptestConfig::default() })]

    #[test]
    fn any_query_opens_a_valid_state_that_round_trips(q in query()) {
        let (state, rejected) = parse(&q);
        assert_valid(&state, &q)?;
        // The view has a document, and the document's name reads back as that view.
        let document = UrlState {
            scheme: None,
            chart: if state.embed { state.chart } else { None },
            ..state
        };
        prop_assert_eq!(
            documents::state_of(&documents::file_for(&state)),
            Some(document),
            "document for {:?}",
            q
        );

        for r in &rejected {
            prop_assert!(PARAMS.contains(&r.param));
            prop_assert!(r.value.chars().count() <= ECHO_LIMIT, "echoes {:?}", r.value);
            assert_markup_safe(&escape(r.value.as_str()));
        }
        prop_assert!(rejected.len() <= q.split('&').count());
        let _ = query_value(&q, "childId");
    }

    #[test]
    fn arbitrary_text_never_panics_the_parser(q in any::<String>()) {
        let (state, rejected) = parse(&q);
        prop_assert!(NAV_THEMES.contains(&state.theme));
        prop_assert!(rejected.iter().all(|r| r.value.chars().count() <= ECHO_LIMIT));
        let _ = query_value(&q, "childId");
    }

    #[test]
    fn escaped_text_has_no_raw_markup_and_loses_nothing(text in prop_oneof![
        any::<String>(),
        "[<>\"'&a-z;#0-9]{0,64}",
    ]) {
        let escaped = escape(&text);
        assert_markup_safe(&escaped);
        prop_assert_eq!(unescape(&escaped), text);
    }
}

proptest! {
    // Each case parses two generated queries; fewer cases keep the whole run in seconds.
    #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

    /// A pre-rendered document shows a view of its own; a query read over it still gives a
    /// valid view.
    #[test]
    fn any_query_over_any_document_opens_a_valid_state(document in query(), q in query()) {
        let (document, _) = parse(&document);
        let (state, rejected) = parse_over(document, &q);
        assert_valid(&state, &q)?;
        prop_assert!(rejected.iter().all(|r| r.value.chars().count() <= ECHO_LIMIT));
    }
}

#[test]
fn hostile_values_are_refused_and_only_an_escaped_excerpt_is_echoed() {
    let long = "x".repeat(100_000);
    let query = format!(
        "theme=javascript:alert(1)&chart=%3Cscript%3E&lang={long}&scheme=%ff%fe&embed=%E4%B8"
    );
    let (state, rejected) = parse(&query);
    assert_eq!(
        state,
        parse("").0,
        "every value refused, every default kept"
    );
    let echoed: Vec<(&str, String)> = rejected
        .iter()
        .map(|r| (r.param, escape(&r.value)))
        .collect();
    assert_eq!(
        echoed,
        [
            ("theme", "javascript:alert(1)".to_owned()),
            ("chart", "&lt;script&gt;".to_owned()),
            ("lang", "x".repeat(ECHO_LIMIT)),
            ("scheme", "\u{FFFD}\u{FFFD}".to_owned()),
            ("embed", "\u{FFFD}".to_owned()),
        ]
    );
}

#[test]
fn a_dropped_chart_s_id_opens_the_theme_holding_its_figures() {
    for (retired, theme) in report_data::RETIRED_CHARTS {
        for query in [
            format!("chart={retired}"),
            format!("theme=industry&chart={retired}&embed=1"),
        ] {
            let (state, rejected) = parse(&query);
            assert!(rejected.is_empty(), "{query}: {rejected:?}");
            assert_eq!((state.theme, state.chart), (*theme, None), "{query}");
        }
    }
}

#[test]
fn every_chart_alias_opens_its_replacement() {
    for (alias, live) in report_data::CHART_ALIASES {
        let (state, rejected) = parse(&format!("chart={alias}"));
        assert!(rejected.is_empty(), "{alias}: {rejected:?}");
        assert_eq!(state.chart, Some(*live), "{alias}");
        let chart = report_data::chart(live).unwrap();
        assert_eq!(
            embed_code::permalink("", chart, state.lang),
            format!("{}.zh.html#chart-{live}", chart.theme.key()),
            "permalink of {alias}"
        );
    }
}
