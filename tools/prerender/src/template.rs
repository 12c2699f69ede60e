//! Turns the page Trunk built (`index.html`, with its stylesheet, icon and start-up script)
//! into one view's document: its language, title, description and alternate-language links in
//! the head, and the view's content, rendered at build time, in the body.

use indicators_dashboard::render::head;
use indicators_dashboard::render::url_state::UrlState;

/// Where the content goes: the empty root element of index.html.
pub const ROOT: &str = r#"<div id="page"></div>"#;
const HTML_OPEN: &str = r#"<html lang="zh-CN">"#;

/// Why index.html cannot serve as the template.
#[derive(Debug, PartialEq, Eq)]
pub struct MissingMarker(pub &'static str);

/// The document for `state`, with `content` as the page.
pub fn document(template: &str, state: &UrlState, content: &str) -> Result<String, MissingMarker> {
    let title_start = template.find("<title>").ok_or(MissingMarker("<title>"))?;
    let title_end = template[title_start..]
        .find("</title>")
        .map(|end| title_start + end + "</title>".len())
        .ok_or(MissingMarker("</title>"))?;
    for marker in [HTML_OPEN, ROOT] {
        if !template.contains(marker) {
            return Err(MissingMarker(marker));
        }
    }
    let head = format!(
        "<title>{}</title>\n  {}",
        indicators_dashboard::render::xml_escape::escape(&head::title(state)),
        head::head_lines(state)
    );
    let embed = if state.embed { " data-embed" } else { "" };
    let html_open = format!(r#"<html lang="{}"{embed}>"#, state.lang.tag());
    Ok(format!(
        "{}{head}{}",
        &template[..title_start],
        &template[title_end..]
    )
    .replacen(HTML_OPEN, &html_open, 1)
    .replacen(ROOT, &format!(r#"<div id="page">{content}</div>"#), 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use indicators_dashboard::render::url_state::parse;

    const TEMPLATE: &str = "<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n  <title>x</title>\n  <link rel=\"stylesheet\" href=\"./main.css\">\n</head>\n<body>\n<div id=\"page\"></div>\n</body>\n</html>\n";

    #[test]
    fn a_document_has_its_language_title_and_content() {
        let (state, _) = parse("embed=1&chart=industry-funds&lang=en");
        let doc = document(TEMPLATE, &state, "<p>drawn</p>").unwrap();
        assert!(doc.contains("<html lang=\"en\" data-embed>"));
        assert!(
            doc.contains("<title>Two special funds · Xiangdong District: 2022 in figures</title>")
        );
        assert!(doc.contains("<meta name=\"description\""));
        assert!(doc.contains("<link rel=\"stylesheet\" href=\"./main.css\">"));
        assert!(doc.contains("<div id=\"page\"><p>drawn</p></div>"));
    }

    #[test]
    fn a_template_without_its_markers_is_refused() {
        let state = UrlState::default();
        assert_eq!(
            document("<html lang=\"zh-CN\"><title>x</title>", &state, ""),
            Err(MissingMarker(ROOT))
        );
        assert_eq!(document("", &state, ""), Err(MissingMarker("<title>")));
    }
}
