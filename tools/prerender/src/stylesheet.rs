//! The stylesheet is the one request every document waits for before it paints, and it ships
//! as written: a third of it is comments and indentation. The build minifies the copy Trunk
//! wrote (comments and whitespace only, nothing that could change what a rule means), renames
//! it by its new content and updates the page's link and its integrity hash. Trunk's own
//! `--minify` would also rewrite index.html, the template every document is made from.

use crate::content_names::fnv1a;
use base64::Engine as _;
use sha2::{Digest as _, Sha384};
use std::fs;
use std::path::Path;

const LINK: &str = "<link rel=\"stylesheet\" href=\"./";

/// `html` with its stylesheet (a file in `dir`) replaced by a minified copy under a name of
/// its own content; the old file is removed. Unchanged when the page links no stylesheet.
pub fn minify_linked(dir: &Path, html: &str) -> Result<String, String> {
    let Some(at) = html.find(LINK) else {
        return Ok(html.to_owned());
    };
    let tag_end = html[at..]
        .find('>')
        .map(|end| at + end + 1)
        .ok_or("the stylesheet's <link> tag in index.html is not closed")?;
    let tag = &html[at..tag_end];
    let old_name = tag[LINK.len()..]
        .split('"')
        .next()
        .filter(|name| !name.contains('/'))
        .ok_or_else(|| format!("cannot read the stylesheet's name in `{tag}`"))?;
    let old_path = dir.join(old_name);
    let css = fs::read_to_string(&old_path)
        .map_err(|e| format!("cannot read {}: {e}", old_path.display()))?;
    let small = minify(&css);
    let base = old_name.trim_end_matches(".css");
    let stem = base.rsplit_once('-').map_or(base, |(stem, _)| stem);
    let name = format!("{stem}-{:016x}.css", fnv1a(small.as_bytes()));
    let integrity = format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(small.as_bytes()))
    );
    fs::write(dir.join(&name), &small)
        .map_err(|e| format!("cannot write {}: {e}", dir.join(&name).display()))?;
    if name != old_name {
        fs::remove_file(&old_path)
            .map_err(|e| format!("cannot remove {}: {e}", old_path.display()))?;
    }
    let new_tag = format!("{LINK}{name}\" integrity=\"{integrity}\">");
    Ok(format!("{}{new_tag}{}", &html[..at], &html[tag_end..]))
}

/// `css` without comments and without whitespace that separates nothing. A comment counts as
/// whitespace (`a/**/b` is two words); strings are kept as they are; a space stays wherever it
/// may mean something: before `:` (`a :hover` is not `a:hover`), before `(` (`and (`), and
/// around `+`, `-` and `*` (`calc(1rem + 2px)`).
pub fn minify(css: &str) -> String {
    /// No space is needed after any of `OPENS`, nor before any of `CLOSES`.
    const OPENS: &[char] = &['{', '}', ';', ',', ':', '(', '>'];
    const CLOSES: &[char] = &['{', '}', ';', ',', ')', '>', '!'];
    let mut out = String::with_capacity(css.len());
    let mut space = false;
    let mut chars = css.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '/' && chars.peek() == Some(&'*') {
            chars.next();
            let mut last = ' ';
            for d in chars.by_ref() {
                if last == '*' && d == '/' {
                    break;
                }
                last = d;
            }
            space = true;
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() && !out.ends_with(OPENS) && !CLOSES.contains(&c) {
            out.push(' ');
        }
        space = false;
        if c == '}' && out.ends_with(';') {
            out.pop();
        }
        out.push(c);
        if c == '"' || c == '\'' {
            while let Some(d) = chars.next() {
                out.push(d);
                if d == '\\' {
                    out.extend(chars.next());
                } else if d == c {
                    break;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{minify, minify_linked};

    #[test]
    fn drops_comments_and_indentation() {
        let css = "/* Colours */\n:root {\n  --ink: #111; /* text */\n  color: var(--ink);\n}\n\n.a,\n.b > .c { margin: 0 auto !important; }\n";
        assert_eq!(
            minify(css),
            ":root{--ink:#111;color:var(--ink)}.a,.b>.c{margin:0 auto!important}"
        );
    }

    #[test]
    fn keeps_every_space_that_means_something() {
        assert_eq!(
            minify("html:not([data-embed]) :is(.chart, .milestones) { x: y }"),
            "html:not([data-embed]) :is(.chart,.milestones){x:y}"
        );
        assert_eq!(
            minify("@media (max-width: 40rem) and (hover: none) { a { b: c } }"),
            "@media (max-width:40rem) and (hover:none){a{b:c}}"
        );
        assert_eq!(
            minify("a { padding: calc(1rem + 2px) calc(100% - 3rem); }"),
            "a{padding:calc(1rem + 2px) calc(100% - 3rem)}"
        );
        assert_eq!(minify("a/* x */b{}"), "a b{}");
        assert_eq!(
            minify(":root {\n  --font: system-ui,  \"A B\", serif ;\n  --gap: clamp(1rem, 2vw, 2rem);\n}"),
            ":root{--font:system-ui,\"A B\",serif;--gap:clamp(1rem,2vw,2rem)}"
        );
        assert_eq!(
            minify("@supports (content-visibility: hidden) { a { b: c } }"),
            "@supports (content-visibility:hidden){a{b:c}}"
        );
    }

    #[test]
    fn keeps_strings_as_they_are() {
        assert_eq!(
            minify("a::before { content: \"▾  /* not a comment */ \\\" }\"; }"),
            "a::before{content:\"▾  /* not a comment */ \\\" }\"}"
        );
    }

    #[test]
    fn the_page_links_the_minified_copy_by_its_new_name_and_hash() {
        let dir = std::env::temp_dir().join(format!("prerender-css-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("main-0123456789abcdef.css"),
            "/* x */\na { b: c; }\n",
        )
        .unwrap();
        let html = "<head><link rel=\"stylesheet\" href=\"./main-0123456789abcdef.css\" integrity=\"sha384-old\"/></head>";
        let page = minify_linked(&dir, html).unwrap();
        let name = page
            .split("href=\"./")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        assert!(name.starts_with("main-") && name.ends_with(".css") && name.len() == 25);
        assert_eq!(std::fs::read_to_string(dir.join(name)).unwrap(), "a{b:c}");
        assert!(!dir.join("main-0123456789abcdef.css").exists());
        // sha384 of "a{b:c}", base64: what a browser checks before it applies the sheet.
        assert!(page.contains(
            "integrity=\"sha384-/a242ah0WrKdqU18hCkyAhU4UQ0P3D4VO8wulcjgonqa01Yh1tfjMowLekmWbd93\">"
        ));
        assert_eq!(
            minify_linked(&dir, "<head></head>").unwrap(),
            "<head></head>"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
