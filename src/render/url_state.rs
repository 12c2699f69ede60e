//! What the page shows, as read from and written to its URL query, so that a link opens on a
//! theme and Back/Forward move between themes. Every value is checked against a closed list;
//! anything else is reported and replaced by the default, never shown as markup.

use crate::render::locale::Lang;
use report_data::{vocabulary, Theme};

/// The themes the navigation offers, in order. The overview (honours) sits in the header.
pub const NAV_THEMES: &[Theme] = &[
    Theme::Industry,
    Theme::Cooperation,
    Theme::Rural,
    Theme::Tourism,
    Theme::Livelihood,
];

vocabulary! {
    /// A colour scheme forced by the URL; without one the page follows `prefers-color-scheme`.
    Scheme {
        Light = "light",
        Dark = "dark",
    }
}

/// The page's state that lives in the URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UrlState {
    pub theme: Theme,
    pub lang: Lang,
    pub scheme: Option<Scheme>,
    /// One chart: the only one shown in an embed, the one scrolled to on the full page.
    pub chart: Option<&'static str>,
    /// Embedded in another page: no header or navigation, and the height is reported.
    pub embed: bool,
}

impl Default for UrlState {
    fn default() -> Self {
        UrlState {
            theme: NAV_THEMES[0],
            lang: Lang::default(),
            scheme: None,
            chart: None,
            embed: false,
        }
    }
}

/// A parameter whose value was not understood, as the link had it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    pub param: &'static str,
    pub value: String,
}

/// The parameters that name the view. Links handed out before the pre-rendered documents
/// carried the whole view in them (`?theme=rural&lang=en`); they keep working.
const VIEW_PARAMS: [&str; 4] = ["theme", "lang", "chart", "embed"];

/// Reads a query string (`?theme=rural&lang=en`, the `?` optional). Unknown parameters are
/// ignored; known ones with unknown values are returned as rejected, with the default kept.
pub fn parse(query: &str) -> (UrlState, Vec<Rejected>) {
    parse_over(UrlState::default(), query)
}

/// Reads a query string over the view a document already shows: what the query names wins.
pub fn parse_over(document: UrlState, query: &str) -> (UrlState, Vec<Rejected>) {
    let mut state = document;
    let mut rejected = Vec::new();
    // The theme now holding the figures of a dropped chart the query names.
    let mut retired = None;
    for (name, raw, _) in pairs(query) {
        let value = percent_decode(raw.unwrap_or(""));
        let understood = match name.as_str() {
            "theme" => report_data::theme_key(&value)
                .filter(|t| NAV_THEMES.contains(t))
                .map(|t| state.theme = t)
                .ok_or("theme"),
            "lang" => Lang::from_key(&value).map(|l| state.lang = l).ok_or("lang"),
            "scheme" => Scheme::from_key(&value)
                .map(|s| state.scheme = Some(s))
                .ok_or("scheme"),
            "chart" => match report_data::chart_in_address(&value) {
                Some((id, _)) => {
                    state.chart = Some(id);
                    retired = None;
                    Ok(())
                }
                None => report_data::retired_chart(&value)
                    .map(|theme| {
                        state.chart = None;
                        retired = Some(theme);
                    })
                    .ok_or("chart"),
            },
            "embed" => flag(&value).map(|e| state.embed = e).ok_or("embed"),
            _ => Ok(()),
        };
        // Said once per parameter, at most 40 characters of it, without control or
        // direction-changing characters that could make the notice read otherwise.
        if let Err(param) = understood {
            if !rejected.iter().any(|r: &Rejected| r.param == param) {
                let value = value
                    .chars()
                    .filter(|c| {
                        !c.is_control()
                            && !('\u{202a}'..='\u{202e}').contains(c)
                            && !('\u{2066}'..='\u{2069}').contains(c)
                    })
                    .take(40)
                    .collect();
                rejected.push(Rejected { param, value });
            }
        }
    }
    // A chart belongs to one theme; it wins over a theme the link also names, as does the theme
    // now holding a dropped chart's figures.
    if let Some((_, theme)) = state.chart.and_then(report_data::chart_in_address) {
        state.theme = theme;
    } else if let Some(theme) = retired {
        state.theme = theme;
    }
    (state, rejected)
}

/// The value of one query parameter, decoded; for parameters that are not page state, such as
/// pym.js's `childId`.
pub fn query_value(query: &str, name: &str) -> Option<String> {
    pairs(query)
        .find(|(key, raw, _)| key == name && raw.is_some())
        .and_then(|(_, raw, _)| raw.map(percent_decode))
}

/// The query string without the parameters that name the view, for the address of a
/// pre-rendered document that names the view itself: `?lang=en&scheme=dark&childId=a` → `?scheme=dark&childId=a`.
pub fn without_view(query: &str) -> String {
    let kept: Vec<&str> = pairs(query)
        .filter(|(name, _, _)| !VIEW_PARAMS.contains(&name.as_str()))
        .map(|(_, _, pair)| pair)
        .collect();
    if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    }
}

/// The parameters of a query string (the `?` optional), each as its decoded name, its raw
/// value if it has an `=`, and the pair as written.
fn pairs(query: &str) -> impl Iterator<Item = (String, Option<&str>, &str)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| match pair.split_once('=') {
            Some((key, raw)) => (unescape_key(key), Some(raw), pair),
            None => (unescape_key(pair), None, pair),
        })
}

/// A parameter's name, decoded. A link copied out of HTML source keeps `&amp;` between
/// parameters (`?embed=1&amp;chart=x`); the `amp;` is not part of the name.
fn unescape_key(key: &str) -> String {
    let key = percent_decode(key);
    match key.strip_prefix("amp;") {
        Some(name) => name.to_owned(),
        None => key,
    }
}

fn flag(value: &str) -> Option<bool> {
    match value {
        "1" | "true" => Some(true),
        "0" | "false" => Some(false),
        _ => None,
    }
}

/// Decodes `%XX` escapes and `+`; malformed escapes stay as written, invalid UTF-8 is replaced.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_theme_language_and_scheme() {
        let (state, rejected) = parse("?theme=rural&lang=en&scheme=dark");
        assert_eq!(state.theme, Theme::Rural);
        assert_eq!(state.lang, Lang::En);
        assert_eq!(state.scheme, Some(Scheme::Dark));
        assert!(rejected.is_empty());
    }

    #[test]
    fn unknown_values_fall_back_and_are_reported() {
        let (state, rejected) = parse("theme=%3Cscript%3E&lang=fr&scheme=&utm_source=x");
        assert_eq!(state, UrlState::default());
        assert_eq!(
            rejected,
            vec![
                Rejected {
                    param: "theme",
                    value: "<script>".into()
                },
                Rejected {
                    param: "lang",
                    value: "fr".into()
                },
                Rejected {
                    param: "scheme",
                    value: "".into()
                },
            ]
        );
        // The overview is not a navigable theme.
        assert_eq!(parse("theme=overview").1.len(), 1);
    }

    #[test]
    fn a_chart_selects_its_theme_and_embed_is_a_flag() {
        let (state, rejected) = parse("embed=1&theme=rural&chart=industry-funds");
        assert!(rejected.is_empty());
        assert!(state.embed);
        assert_eq!(state.chart, Some("industry-funds"));
        assert_eq!(state.theme, Theme::Industry, "the chart's theme wins");
        let (state, rejected) = parse("embed=yes&chart=no-such-chart");
        assert!(!state.embed && state.chart.is_none());
        assert_eq!(
            rejected.iter().map(|r| r.param).collect::<Vec<_>>(),
            ["embed", "chart"]
        );
    }

    #[test]
    fn a_query_overrides_the_document_and_keeps_the_rest() {
        let document = UrlState {
            theme: Theme::Rural,
            lang: Lang::En,
            ..UrlState::default()
        };
        assert_eq!(parse_over(document, "").0, document);
        let (state, _) = parse_over(document, "?lang=zh&scheme=dark");
        assert_eq!((state.theme, state.lang), (Theme::Rural, Lang::Zh));
        assert_eq!(state.scheme, Some(Scheme::Dark));
        assert_eq!(
            without_view("?lang=en&scheme=dark&childId=a%20b&embed=1&chart=x&theme=rural"),
            "?scheme=dark&childId=a%20b"
        );
        assert_eq!(without_view("?theme=rural&&"), "");
        assert_eq!(
            without_view("?embed=1&amp;chart=x&amp;childId=c"),
            "?amp;childId=c"
        );
    }

    #[test]
    fn a_repeated_bad_setting_is_said_once_and_plainly() {
        let (_, rejected) = parse("lang=x&lang=y&lang=%E2%80%AEz%0A");
        assert_eq!(
            rejected,
            vec![Rejected {
                param: "lang",
                value: "x".into()
            }]
        );
        let (_, rejected) = parse("theme=%E2%80%AEevil%07");
        assert_eq!(rejected[0].value, "evil");
    }

    #[test]
    fn a_link_copied_from_html_source_keeps_its_settings() {
        let (state, rejected) = parse("?embed=1&amp;chart=industry-investment&amp;lang=en");
        assert!(rejected.is_empty());
        assert_eq!(
            (state.embed, state.chart, state.lang),
            (true, Some("industry-investment"), Lang::En)
        );
    }

    #[test]
    fn reads_a_single_parameter() {
        assert_eq!(
            query_value("?initialWidth=600&childId=dash%201", "childId").as_deref(),
            Some("dash 1")
        );
        assert_eq!(query_value("?a=1", "childId"), None);
    }

    #[test]
    fn malformed_escapes_do_not_panic() {
        for query in [
            "%",
            "%4",
            "%zz",
            "theme=%E4%B8",
            "=&&=",
            "lang=%ff%fe",
            "%%%",
        ] {
            let _ = parse(query);
        }
        assert_eq!(percent_decode("a%2"), "a%2");
        assert_eq!(percent_decode("%E5%B7%A5+x"), "工 x");
    }
}
