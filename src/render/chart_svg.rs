//! A chart of the data crate drawn as an SVG string with plotters' SVG backend. Pure Rust: the
//! same code runs in the browser, in native tests and at build time for pre-rendering.
//!
//! Colours: a downloaded picture carries the light scheme's colours; a chart in the page names
//! the stylesheet's colour variables instead (`fill="var(--accent)"`), so one drawing follows
//! the light and dark schemes and print, without script.

use crate::render::chart_layout::{
    self, Datum, Layout, BAR_HEIGHT, PAGE_TYPE, PICTURE_TYPE, SUBTITLE_LINE, SUBTITLE_PX,
    TITLE_LINE, TITLE_PX,
};
use crate::render::citation;
use crate::render::locale::Lang;
use crate::render::number_format;
use crate::render::xml_escape::escape;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use report_data::{Chart, ChartKind, Indicator};

/// The chart's colours. One hue for all bars: it reads the same to colour-blind viewers, and
/// the bar keeps a contrast above 4.5:1 against its paper.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    pub bar: RGBColor,
    pub ink: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    /// The page behind the chart; break marks are cut in it.
    pub paper: RGBColor,
}

/// The light scheme: the colours of downloaded pictures, and the light side of the
/// stylesheet's variables (a test holds the two together).
pub const LIGHT: Palette = Palette {
    bar: RGBColor(0x1f, 0x6f, 0xa8),
    ink: RGBColor(0x1f, 0x29, 0x33),
    muted: RGBColor(0x52, 0x60, 0x6d),
    grid: RGBColor(0xd9, 0xe2, 0xec),
    paper: RGBColor(0xff, 0xff, 0xff),
};

/// Each light colour and the stylesheet variable that stands for it in the page.
const PAGE_COLOURS: [(RGBColor, &str); 5] = [
    (LIGHT.bar, "--accent"),
    (LIGHT.ink, "--ink"),
    (LIGHT.muted, "--muted"),
    (LIGHT.grid, "--line"),
    (LIGHT.paper, "--paper"),
];

/// The width a chart in the page is drawn at: the narrowest its container gets (a 280 px embed
/// less its padding), where the drawing is shown at its own size. The page carries this one
/// drawing; the stylesheet scales it to its container's width up to a `max-width` (style/main.css,
/// `.chart-svg`), and the viewBox gives its height before it paints, so the chart is legible
/// before any script runs, and is never redrawn, nor shifts, on load.
pub const PAGE_WIDTH: f64 = 264.0;

/// The widest the stylesheet shows that drawing, in px: `.chart-svg`'s `max-width` (21rem at the
/// default 16 px), where its text reaches the page's own size. A test holds the two together.
pub const DRAWING_MAX_WIDTH: f64 = 336.0;

/// A chart in an embed also carries a drawing this wide, which the stylesheet shows instead
/// when its column has room for it (`.chart-svg.wide`), scaled up to `WIDE_MAX_WIDTH`: embedded
/// in a portal's article column, the chart fills most of it instead of standing at 21rem beside
/// empty space. Its text is the page drawing's, scaled alike at its widest. (The full page
/// does without, as every byte of its document is on the way to its first paint: its grid's
/// columns stay near 21rem from a small tablet's width up, and below it, on a screen wider than
/// a phone's, a chart stands at 21rem in its one column.)
pub const WIDE_WIDTH: f64 = 440.0;

/// The widest the stylesheet shows an embed's wide drawing, in px (35rem): its text at the
/// size of the page drawing's at its widest.
pub const WIDE_MAX_WIDTH: f64 = WIDE_WIDTH * DRAWING_MAX_WIDTH / PAGE_WIDTH;

/// The faces of a chart's text in each language, as style/main.css sets the page's: Chinese in
/// a CJK face first; English in a Latin face first (so “quotes” and ’ are Latin, not full-width),
/// with CJK faces after it for the Chinese a source line carries. System fonts only: the page
/// loads no web font.
pub fn fonts(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif",
        Lang::En => "system-ui, Segoe UI, Roboto, Helvetica Neue, Arial, Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif",
    }
}

/// Whether the SVG is for the page, or stands alone (a download) with its title and source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Framing {
    InPage,
    Standalone,
}

/// The chart as an SVG document `width` px wide, its height following from its content.
pub fn render(chart: &Chart, lang: Lang, width: f64, framing: Framing) -> String {
    render_classed(chart, lang, (width, width), framing, "chart-svg")
}

/// `render` (`(width, measure)` as `laid_out` takes them), the `<svg>` of the class(es) `class`.
fn render_classed(
    chart: &Chart,
    lang: Lang,
    (width, measure): (f64, f64),
    framing: Framing,
    class: &str,
) -> String {
    let (layout, tick_factor) = laid_out(chart, lang, (width, measure), framing);
    let mut svg = draw(&layout, lang, framing, &LIGHT, tick_factor);
    if framing == Framing::InPage {
        svg = for_page(&svg, lang);
    }
    let members = report_data::members(chart);
    let hits: String = layout
        .bars
        .iter()
        .zip(&members)
        .enumerate()
        .map(|(n, (bar, indicator))| {
            let text = escape(&number_format::labelled_figure(indicator, lang));
            // One tab stop per chart: the first bar; arrow keys move between bars.
            let tabindex = if n == 0 { 0 } else { -1 };
            format!(
                r#"<rect class="hit" data-indicator="{}" x="0" y="{:.1}" width="{:.1}" height="{:.1}" fill-opacity="0" tabindex="{tabindex}" role="img"><title>{text}</title></rect>"#,
                escape(indicator.id),
                bar.label_top - 2.0,
                layout.width,
                bar.bar_top + BAR_HEIGHT - bar.label_top + 4.0,
            )
        })
        .collect();
    let open = format!(
        r#"<svg class="{class}" role="group" lang="{}" "#,
        lang.tag()
    );
    svg = svg.replacen("<svg ", &open, 1);
    // In the page, the bars' hit areas speak for the drawing (its figure is named by its
    // heading): a screen reader meets each bar once, as its label and value, and not the
    // drawing's text again in pieces (a label's lines, ticks, the unit). A picture stands
    // alone, so its text is left to be read.
    let (drawn, shown) = match framing {
        Framing::InPage => (r#"<g aria-hidden="true">"#, "</g>"),
        Framing::Standalone => ("", ""),
    };
    if let (Some(start), Some(end)) = (svg.find('>'), svg.rfind("</svg>")) {
        svg.insert_str(end, &format!("{shown}{hits}"));
        svg.insert_str(start + 1, drawn);
    }
    svg
}

/// The chart laid out `width` px wide, its text wrapped as in a drawing `measure` px wide
/// (`chart_layout::layout_in_measure`), and the factor its axis ticks are scaled by.
fn laid_out(
    chart: &Chart,
    lang: Lang,
    (width, measure): (f64, f64),
    framing: Framing,
) -> (Layout, f64) {
    let members = report_data::members(chart);
    let data = match chart.kind {
        ChartKind::Bar => members
            .iter()
            .map(|i| Datum {
                label: lang.pick(&i.label).to_owned(),
                value: i.value,
                value_text: number_format::figure(i, lang),
                from: None,
            })
            .collect(),
        ChartKind::Change => change_data(&members, lang),
    };
    let strings = lang.strings();
    let mut notes = Vec::new();
    let mut tick_factor = 1.0;
    if let Some(first) = members.first() {
        let (factor, caption) = number_format::axis_unit(first.unit, lang);
        tick_factor = factor;
        notes.push(caption);
    }
    let title = lang.pick(&chart.title);
    if framing == Framing::Standalone {
        notes.push(citation::source_line(lang));
    }
    let text = match framing {
        Framing::InPage => PAGE_TYPE,
        Framing::Standalone => PICTURE_TYPE,
    };
    let layout = chart_layout::layout_in_measure(
        &data,
        width,
        measure,
        text,
        (framing == Framing::Standalone).then_some((title, lang.pick(&chart.subtitle))),
        &notes,
        strings.axis_broken,
    );
    (layout, tick_factor)
}

/// One subject across years: a bar per year, labelled with the year (and "derived" for a figure
/// the report implies), each later bar drawn on from the one before with the change beside it.
fn change_data(members: &[&'static Indicator], lang: Lang) -> Vec<Datum> {
    let mut previous: Option<&Indicator> = None;
    members
        .iter()
        .map(|&i| {
            let year = match lang {
                Lang::Zh => format!("{}年", i.year),
                Lang::En => i.year.to_string(),
            };
            let label = match i.derived {
                Some(_) => format!("{year} · {}", lang.strings().derived),
                None => year,
            };
            let figure = number_format::figure(i, lang);
            let value_text = match previous {
                Some(before) => match lang {
                    Lang::Zh => format!("{figure}（{}）", number_format::change(before, i, lang)),
                    Lang::En => format!("{figure} ({})", number_format::change(before, i, lang)),
                },
                None => figure,
            };
            let datum = Datum {
                label,
                value: i.value,
                value_text,
                from: previous.map(|p| p.value),
            };
            previous = Some(i);
            datum
        })
        .collect()
}

/// The chart as the page shows it: one drawing, `PAGE_WIDTH` wide.
pub fn page_drawing(chart: &Chart, lang: Lang) -> String {
    render(chart, lang, PAGE_WIDTH, Framing::InPage)
}

/// The chart as an embed shows it: the page's drawing for a narrow column, and one
/// `WIDE_WIDTH` wide for a wide one, its text wrapped as the first's, so that at their widest
/// the two stand as tall and the embed's height does not jump between them; the stylesheet
/// shows one of the two.
pub fn embed_drawings(chart: &Chart, lang: Lang) -> String {
    let narrow = (PAGE_WIDTH, PAGE_WIDTH);
    let wide = (WIDE_WIDTH, PAGE_WIDTH);
    render_classed(chart, lang, narrow, Framing::InPage, "chart-svg narrow")
        + &render_classed(chart, lang, wide, Framing::InPage, "chart-svg wide")
}

/// The height of a chart embed's drawing at its widest, in px: either drawing's.
pub fn embed_drawing_height(chart: &Chart, lang: Lang) -> f64 {
    let (layout, _) = laid_out(chart, lang, (PAGE_WIDTH, PAGE_WIDTH), Framing::InPage);
    layout.height * DRAWING_MAX_WIDTH / PAGE_WIDTH
}

fn hex(colour: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", colour.0, colour.1, colour.2)
}

/// The drawing as the page carries it: the stylesheet's colour variables for the light colours
/// plotters wrote, and without what the page already says: the faces (the text inherits the
/// page's, which follow the drawing's `lang`), an opacity of 1.
fn for_page(svg: &str, lang: Lang) -> String {
    PAGE_COLOURS
        .iter()
        .fold(svg.to_owned(), |svg, (colour, variable)| {
            svg.replace(
                &format!("\"{}\"", hex(*colour)),
                &format!("\"var({variable})\""),
            )
        })
        .replace(&format!(" font-family=\"{}\"", fonts(lang)), "")
        .replace(" opacity=\"1\"", "")
}

/// plotters writes font-size as the given size ÷ 1.24; this gives the size in px.
fn font(
    lang: Lang,
    px: f64,
    colour: &RGBColor,
    weight: FontStyle,
    h: HPos,
    v: VPos,
) -> TextStyle<'static> {
    TextStyle {
        font: (fonts(lang), px * 1.24, weight).into_font(),
        color: colour.to_backend_color(),
        pos: Pos::new(h, v),
    }
}

fn draw(
    layout: &Layout,
    lang: Lang,
    framing: Framing,
    palette: &Palette,
    tick_factor: f64,
) -> String {
    let mut svg = String::new();
    let size = (layout.width.round() as u32, layout.height.round() as u32);
    let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
    // Drawing into a String does not fail; if it ever did, the chart would be missing, and its
    // table and sources would still be there.
    let _ = paint(&root, layout, lang, framing, palette, tick_factor).and_then(|()| root.present());
    drop(root);
    svg
}

/// Where the figure beside a bar starts: a little past the bar, or past the earlier value
/// when a fall leaves that further out.
fn value_left(layout: &Layout, bar: &chart_layout::BarLayout) -> f64 {
    layout.plot_left + bar.from_length.unwrap_or(0.0).max(bar.bar_length) + 6.0
}

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;
type Drawn = Result<(), DrawingAreaErrorKind<std::io::Error>>;

fn paint(
    root: &Area,
    layout: &Layout,
    lang: Lang,
    framing: Framing,
    palette: &Palette,
    tick_factor: f64,
) -> Drawn {
    let at = |x: f64, y: f64| (x.round() as i32, y.round() as i32);
    // Lines of text stacked down from `top`, left-aligned with the bars.
    let stacked = |lines: &[String], top: f64, step: f64, style: &TextStyle| -> Drawn {
        for (n, line) in lines.iter().enumerate() {
            let position = at(layout.plot_left, top + n as f64 * step);
            root.draw(&Text::new(line.clone(), position, style.clone()))?;
        }
        Ok(())
    };
    if framing == Framing::Standalone {
        root.fill(&palette.paper)?;
    }
    let title_style = font(
        lang,
        TITLE_PX,
        &palette.ink,
        FontStyle::Bold,
        HPos::Left,
        VPos::Top,
    );
    stacked(
        &layout.title_lines,
        chart_layout::PAD,
        TITLE_LINE,
        &title_style,
    )?;
    let subtitle_style = font(
        lang,
        SUBTITLE_PX,
        &palette.muted,
        FontStyle::Normal,
        HPos::Left,
        VPos::Top,
    );
    stacked(
        &layout.subtitle_lines,
        layout.subtitle_top,
        SUBTITLE_LINE,
        &subtitle_style,
    )?;

    // Grid lines run through the bar bands only, never across the labels above them, nor through
    // the figure beside a bar (a short bar's long figure may reach past the scale's end).
    for bar in &layout.bars {
        let value_left = value_left(layout, bar);
        let value_right = value_left + chart_layout::text_width(&bar.value_text, layout.text.value);
        for (x, _) in &layout.ticks {
            if (value_left - 3.0..=value_right + 3.0).contains(x) {
                continue;
            }
            let (top, bottom) = (bar.bar_top - 3.0, bar.bar_top + BAR_HEIGHT + 3.0);
            root.draw(&PathElement::new(
                vec![at(*x, top), at(*x, bottom)],
                palette.grid.stroke_width(1),
            ))?;
        }
    }
    let label_style = font(
        lang,
        layout.text.label,
        &palette.ink,
        FontStyle::Normal,
        HPos::Left,
        VPos::Top,
    );
    let value_style = font(
        lang,
        layout.text.value,
        &palette.ink,
        FontStyle::Bold,
        HPos::Left,
        VPos::Center,
    );
    for bar in &layout.bars {
        stacked(
            &bar.label_lines,
            bar.label_top,
            layout.text.label_line,
            &label_style,
        )?;
        let end = layout.plot_left + bar.bar_length;
        let corners = [
            at(layout.plot_left, bar.bar_top),
            at(end, bar.bar_top + BAR_HEIGHT),
        ];
        match bar.from_length {
            // A change: solid to the earlier value, lighter beyond it (or, for a fall, the
            // earlier length outlined past the bar), with a mark at the earlier value.
            Some(from) => {
                let base = layout.plot_left + from.min(bar.bar_length);
                root.draw(&Rectangle::new(
                    [corners[0], at(base, bar.bar_top + BAR_HEIGHT)],
                    palette.bar.filled(),
                ))?;
                let (start, stop) = (base, layout.plot_left + from.max(bar.bar_length));
                let part = [at(start, bar.bar_top), at(stop, bar.bar_top + BAR_HEIGHT)];
                if bar.bar_length >= from {
                    root.draw(&Rectangle::new(part, palette.bar.mix(0.4).filled()))?;
                }
                // Outlined in the bar's own colour: the lighter part alone stands out too
                // little from the page (under 2:1) for its end to be seen plainly.
                root.draw(&Rectangle::new(part, palette.bar.stroke_width(1)))?;
                let mark = layout.plot_left + from;
                root.draw(&PathElement::new(
                    vec![
                        at(mark, bar.bar_top - layout.text.label_line),
                        at(mark, bar.bar_top + BAR_HEIGHT + 3.0),
                    ],
                    palette.muted.stroke_width(1),
                ))?;
            }
            None => root.draw(&Rectangle::new(corners, palette.bar.filled()))?,
        }
        if bar.broken {
            // Two slanted cuts through the bar, the usual mark of a broken scale.
            let cut = end - 28.0;
            for dx in [0.0, 7.0] {
                let slant = vec![
                    at(cut + dx - 4.0, bar.bar_top + BAR_HEIGHT + 3.0),
                    at(cut + dx + 4.0, bar.bar_top - 3.0),
                ];
                root.draw(&PathElement::new(slant, palette.paper.stroke_width(3)))?;
            }
        }
        let value_at = at(value_left(layout, bar), bar.bar_top + BAR_HEIGHT / 2.0);
        root.draw(&Text::new(
            bar.value_text.clone(),
            value_at,
            value_style.clone(),
        ))?;
    }

    let bottom = layout.axis_top;
    let top = layout.bars.first().map_or(bottom, |b| b.bar_top);
    let axis = vec![
        at(layout.plot_left, top - 4.0),
        at(layout.plot_left, bottom),
    ];
    root.draw(&PathElement::new(axis, palette.muted.stroke_width(1)))?;
    let tick_style = font(
        lang,
        layout.text.tick,
        &palette.muted,
        FontStyle::Normal,
        HPos::Center,
        VPos::Top,
    );
    for (x, value) in &layout.ticks {
        let label = number_format::plain(*value * tick_factor, lang);
        root.draw(&Text::new(label, at(*x, bottom + 4.0), tick_style.clone()))?;
    }
    let note_style = font(
        lang,
        layout.text.note,
        &palette.muted,
        FontStyle::Normal,
        HPos::Left,
        VPos::Top,
    );
    stacked(
        &layout.note_lines,
        layout.notes_top,
        layout.text.note_line,
        &note_style,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_data::CHARTS;

    fn count(haystack: &str, needle: &str) -> usize {
        haystack.matches(needle).count()
    }

    /// The text of every `<text>` element, as a reader sees it.
    fn texts(svg: &str) -> Vec<String> {
        svg.split("<text")
            .skip(1)
            .filter_map(|t| {
                let body = &t[t.find('>')? + 1..t.find("</text>")?];
                Some(body.trim().to_owned())
            })
            .collect()
    }

    fn has_text(svg: &str, text: &str) -> bool {
        texts(svg).iter().any(|t| t == text)
    }

    #[test]
    fn draws_one_bar_per_member_with_its_value() {
        let chart = report_data::chart("industry-investment").unwrap();
        let svg = render(chart, Lang::Zh, 640.0, Framing::InPage);
        assert!(svg.starts_with("<svg class=\"chart-svg\" role=\"group\""));
        assert_eq!(count(&svg, "class=\"hit\""), chart.members.len());
        assert_eq!(count(&svg, "tabindex=\"0\""), 1, "one tab stop per chart");
        assert_eq!(count(&svg, "fill=\"var(--accent)\""), chart.members.len());
        assert!(has_text(&svg, "18.92亿元"));
        assert!(has_text(&svg, "单位：亿元"));
    }

    #[test]
    fn english_charts_use_english_labels_values_and_units() {
        let chart = report_data::chart("industry-investment").unwrap();
        let svg = render(chart, Lang::En, 640.0, Framing::InPage);
        assert!(has_text(&svg, "CNY\u{a0}1.892\u{a0}bn"));
        assert!(has_text(&svg, "Unit: CNY bn"));
        assert!(
            has_text(&svg, "0.5"),
            "ticks in CNY bn, like the bar labels: {:?}",
            texts(&svg)
        );
        assert!(has_text(&svg, "Bond project funds secured"));
    }

    #[test]
    fn the_growth_chart_states_its_broken_axis() {
        let chart = report_data::chart("industry-growth").unwrap();
        let svg = render(chart, Lang::En, 640.0, Framing::InPage);
        assert!(svg.contains("Axis broken"));
        assert!(has_text(&svg, "1,051%") && has_text(&svg, "23%"));
        let funds = render(
            report_data::chart("industry-funds").unwrap(),
            Lang::En,
            640.0,
            Framing::InPage,
        );
        assert!(!funds.contains("Axis broken"));
    }

    #[test]
    fn the_page_follows_the_stylesheet_colours_and_a_download_carries_its_own() {
        let chart = report_data::chart("industry-funds").unwrap();
        let page = render(chart, Lang::Zh, 640.0, Framing::InPage);
        assert!(!page.contains("\"#"), "no literal colour left: {page}");
        assert!(page.contains("fill=\"var(--ink)\""));
        let picture = render(chart, Lang::Zh, 640.0, Framing::Standalone);
        assert!(!picture.contains("var(--"));
        assert_eq!(count(&picture, &format!("fill=\"{}\"", hex(LIGHT.bar))), 2);
    }

    #[test]
    fn the_light_palette_is_the_light_side_of_the_stylesheet() {
        let css = include_str!("../../style/main.css").to_lowercase();
        for (colour, variable) in PAGE_COLOURS {
            let declared = format!("{variable}: light-dark({},", hex(colour).to_lowercase());
            assert!(css.contains(&declared), "style/main.css lacks {declared}");
        }
    }

    /// The font sizes a drawing sets, in its own px.
    fn font_sizes(svg: &str) -> Vec<f64> {
        svg.split("font-size=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next()?.parse().ok())
            .collect()
    }

    #[test]
    fn the_page_carries_one_drawing_legible_from_a_280_px_embed_to_its_widest() {
        let chart = report_data::chart("industry-growth").unwrap();
        let drawing = page_drawing(chart, Lang::En);
        assert_eq!(count(&drawing, "<svg "), 1);
        assert!(drawing.contains(&format!(
            "width=\"{PAGE_WIDTH}\" height=\"{h}\" viewBox=\"0 0 {PAGE_WIDTH} {h}\"",
            h = drawing
                .split("height=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
        )));
        // Shown 264 px wide at the narrowest and at most `max-width` at the widest (the
        // stylesheet's rem is the reader's default font size, 16 px by default).
        let css = include_str!("../../style/main.css");
        let rule = css
            .split("\n.chart-svg {")
            .nth(1)
            .expect("style/main.css has a .chart-svg rule");
        let widest: f64 = rule
            .split("max-width: ")
            .nth(1)
            .and_then(|rest| rest.split("rem;").next()?.parse().ok())
            .expect(".chart-svg has a max-width in rem");
        let sizes = font_sizes(&drawing);
        // plotters writes each size as ÷ 1.24 of what it was given; `font` gives it × 1.24.
        let smallest = sizes.iter().copied().fold(f64::INFINITY, f64::min);
        let largest = sizes.iter().copied().fold(0.0, f64::max);
        assert!(smallest >= 11.5, "{sizes:?}");
        assert_eq!(widest * 16.0, DRAWING_MAX_WIDTH);
        assert!(
            largest * DRAWING_MAX_WIDTH / PAGE_WIDTH <= 16.0,
            "{sizes:?} at {widest} rem"
        );
    }

    /// The number in `css` after `after`, up to `unit`.
    fn css_number(css: &str, after: &str, unit: &str) -> f64 {
        css.split(after)
            .nth(1)
            .and_then(|rest| rest.split(unit).next()?.parse().ok())
            .unwrap_or_else(|| panic!("style/main.css lacks {after}…{unit}"))
    }

    #[test]
    fn an_embed_carries_a_wide_drawing_for_a_wide_column_at_the_same_text_size() {
        let chart = report_data::chart("industry-growth").unwrap();
        let both = embed_drawings(chart, Lang::Zh);
        assert_eq!(count(&both, "<svg "), 2);
        let narrow = both.find(r#"<svg class="chart-svg narrow""#).unwrap();
        let wide = both.find(r#"<svg class="chart-svg wide""#).unwrap();
        assert!(
            narrow < wide,
            "the narrow drawing first: without the stylesheet, it is shown"
        );
        assert!(both[wide..].contains(&format!("width=\"{WIDE_WIDTH}\"")));
        assert!(page_drawing(chart, Lang::Zh).starts_with(r#"<svg class="chart-svg" "#));

        let css = include_str!("../../style/main.css");
        let widest = css_number(css, ".chart-svg.wide { display: none; max-width: ", "rem;");
        assert_eq!(widest * 16.0, WIDE_MAX_WIDTH);
        // The column's width from which the wide drawing is shown: never below its own size
        // (its text would shrink past legible), nor past its widest.
        let hides_narrow = css.find("  .chart-svg.narrow { display: none; }").unwrap();
        let query = css[..hides_narrow].rfind("@container").unwrap();
        let room = css_number(&css[query..hides_narrow], "(min-width: ", "rem)") * 16.0;
        assert!((WIDE_WIDTH..=WIDE_MAX_WIDTH).contains(&room), "{room} px");

        // Both stand as tall at their widest, for every chart: the embed's height does not
        // jump where one gives way to the other, and its snippet's height fits both.
        for chart in report_data::CHARTS {
            for lang in [Lang::Zh, Lang::En] {
                let both = embed_drawings(chart, lang);
                let heights: Vec<f64> = both
                    .split("viewBox=\"0 0 ")
                    .skip(1)
                    .map(|rest| {
                        let mut wh = rest.split('"').next().unwrap().split(' ');
                        let (w, h) = (wh.next().unwrap(), wh.next().unwrap());
                        let widest = if w.parse::<f64>().unwrap() == PAGE_WIDTH {
                            DRAWING_MAX_WIDTH
                        } else {
                            WIDE_MAX_WIDTH
                        };
                        h.parse::<f64>().unwrap() * widest / w.parse::<f64>().unwrap()
                    })
                    .collect();
                assert_eq!(heights.len(), 2);
                assert_eq!(heights[0], heights[1], "{} {lang:?}", chart.id);
                assert_eq!(heights[0], embed_drawing_height(chart, lang));
            }
        }
    }

    #[test]
    fn a_standalone_chart_carries_its_title_and_source() {
        let chart = report_data::chart("industry-funds").unwrap();
        let svg = render(chart, Lang::Zh, 640.0, Framing::Standalone);
        assert!(has_text(&svg, "两项专项资金"));
        assert!(has_text(&svg, &citation::source_line(Lang::Zh)));
        assert!(!render(chart, Lang::Zh, 640.0, Framing::InPage)
            .contains(&citation::source_line(Lang::Zh)));
    }

    /// Every font-family the SVG declares.
    fn font_families(svg: &str) -> Vec<&str> {
        svg.split("font-family=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect()
    }

    #[test]
    fn english_text_is_set_in_a_latin_face_and_chinese_in_a_cjk_face() {
        let chart = report_data::chart("industry-projects-attracted").unwrap();
        // In the page, the drawing's text names no face: it inherits the page's, which the
        // stylesheet sets by language (checked below) and the drawing's `lang` selects.
        let page = render(chart, Lang::En, 480.0, Framing::InPage);
        assert!(font_families(&page).is_empty(), "{page}");
        assert!(page.contains(" lang=\"en\""));
        assert!(!page.contains("opacity=\"1\""), "no noise");

        // A downloaded picture stands alone, so it names its faces.
        let en = render(chart, Lang::En, 480.0, Framing::Standalone);
        let families = font_families(&en);
        assert!(!families.is_empty());
        for family in families {
            assert!(
                family.starts_with("system-ui, Segoe UI, Roboto, Helvetica Neue, Arial, "),
                "{family}"
            );
            let latin = family.find("Arial").unwrap();
            let cjk = family
                .find("Noto Sans CJK SC")
                .expect("CJK after, for the source");
            assert!(latin < cjk && family.ends_with("sans-serif"));
        }
        let zh = render(chart, Lang::Zh, 480.0, Framing::Standalone);
        for family in font_families(&zh) {
            assert!(family.starts_with("Noto Sans CJK SC"), "{family}");
        }
        // The page sets its text the same way: Latin first in English, CJK first in Chinese
        // and in the Chinese quotes an English page shows.
        let css = include_str!("../../style/main.css");
        assert!(css
            .contains("--font-latin: system-ui, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial;"));
        assert!(css.contains("--font-cjk: \"Noto Sans CJK SC\""));
        assert!(css.contains(
            ":root:lang(en) {\n  font-family: var(--font-latin), var(--font-cjk), sans-serif;"
        ));
        assert!(css.contains(":lang(zh) {\n  font-family: var(--font-cjk), sans-serif;"));
    }

    #[test]
    fn change_over_two_years_is_drawn_as_change_with_the_derived_year_marked() {
        let chart = report_data::chart("industry-digital-enterprises").unwrap();
        assert_eq!(chart.kind, ChartKind::Change);
        let zh = render(chart, Lang::Zh, 480.0, Framing::InPage);
        assert_eq!(count(&zh, "class=\"hit\""), 2, "a bar per year");
        assert!(
            has_text(&zh, "2021年 · 推算"),
            "the 2021 figure is derived: {:?}",
            texts(&zh)
        );
        assert!(has_text(&zh, "2022年"));
        assert!(has_text(&zh, "24家"));
        assert!(has_text(&zh, "31家（比2021年增加7家）"), "{:?}", texts(&zh));
        // The 2022 bar is solid to 24 and lighter from 24 to 31: the change itself.
        assert_eq!(count(&zh, "fill=\"var(--accent)\""), 3, "{zh}");
        assert_eq!(count(&zh, "opacity=\"0.4\""), 1);
        // The lighter part is outlined in the bar's colour, box for box, so its end shows.
        let rects: Vec<&str> = zh.split("<rect").skip(1).collect();
        let lighter = rects
            .iter()
            .find(|r| attribute(r, "opacity") == Some("0.4"))
            .unwrap();
        let outline = rects
            .iter()
            .find(|r| {
                attribute(r, "fill") == Some("none")
                    && attribute(r, "stroke") == Some("var(--accent)")
            })
            .expect("an outline");
        for side in ["x", "y", "width", "height"] {
            assert_eq!(attribute(lighter, side), attribute(outline, side), "{side}");
        }
        let en = render(chart, Lang::En, 480.0, Framing::Standalone);
        assert!(has_text(&en, "2021 · derived"));
        assert!(has_text(&en, "31 (+7 since 2021)"), "{:?}", texts(&en));
        assert!(
            has_text(&en, "Enterprises in total, 2021 against 2022"),
            "the subtitle"
        );
        // The change printed agrees with the figure the report prints for it.
        let added = report_data::indicator("digital-economy-enterprises-added").unwrap();
        assert!(has_text(
            &zh,
            &format!("31家（比2021年增加{}家）", added.value)
        ));
    }

    #[test]
    fn a_downloaded_chart_carries_its_subtitle_under_its_title() {
        let chart = report_data::chart("industry-enterprises").unwrap();
        let svg = render(chart, Lang::Zh, 640.0, Framing::Standalone);
        let all = texts(&svg);
        let title = all.iter().position(|t| t == "企业培育").expect("title");
        assert_eq!(all[title + 1], "2022年新增认定的企业，按类别");
        let page = render(chart, Lang::Zh, 640.0, Framing::InPage);
        assert!(
            !has_text(&page, "2022年新增认定的企业，按类别"),
            "the page's subtitle is HTML"
        );
    }

    /// The value of attribute `name` in the markup `element` starts with.
    fn attribute<'a>(element: &'a str, name: &str) -> Option<&'a str> {
        element
            .split(&format!(" {name}=\""))
            .nth(1)?
            .split('"')
            .next()
    }

    /// Asserts that no grid line (drawn in `stroke`) of `svg` crosses a figure beside a bar,
    /// whose width is estimated at `value_px`; `what` names the drawing. Returns how many
    /// figures it found.
    fn assert_no_grid_line_crosses_a_figure(
        svg: &str,
        stroke: &str,
        value_px: f64,
        what: &str,
    ) -> usize {
        // Each figure beside a bar: its left end, its middle, and its estimated right end.
        let figures: Vec<(f64, f64, f64)> = svg
            .split("<text")
            .skip(1)
            .filter(|t| attribute(t, "dy") == Some("0.5ex"))
            .filter_map(|t| {
                let x: f64 = attribute(t, "x")?.parse().ok()?;
                let y: f64 = attribute(t, "y")?.parse().ok()?;
                let body = t[t.find('>')? + 1..t.find("</text>")?].trim();
                Some((x, y, x + chart_layout::text_width(body, value_px)))
            })
            .collect();
        for line in svg
            .split("<polyline")
            .skip(1)
            .filter(|p| attribute(p, "stroke") == Some(stroke))
        {
            let points: Vec<(f64, f64)> = attribute(line, "points")
                .unwrap()
                .split_whitespace()
                .filter_map(|p| {
                    let (x, y) = p.split_once(',')?;
                    Some((x.parse().ok()?, y.parse().ok()?))
                })
                .collect();
            let [(x, top), (_, bottom)] = points[..] else {
                panic!("{line}")
            };
            for (left, middle, right) in &figures {
                assert!(
                    !((top..=bottom).contains(middle) && (*left..=*right).contains(&x)),
                    "{what}: a grid line at {x} crosses the figure at {left}–{right}"
                );
            }
        }
        figures.len()
    }

    #[test]
    fn no_grid_line_runs_through_a_figure_beside_its_bar() {
        let grid = hex(LIGHT.grid);
        for chart in CHARTS {
            for lang in [Lang::Zh, Lang::En] {
                let embed = embed_drawings(chart, lang);
                let wide = embed[embed.rfind("<svg").unwrap()..].to_owned();
                let picture = render(
                    chart,
                    lang,
                    crate::render::files::PICTURE_WIDTH,
                    Framing::Standalone,
                );
                for (drawing, svg, stroke, value_px) in [
                    (
                        "page",
                        page_drawing(chart, lang),
                        "var(--line)",
                        PAGE_TYPE.value,
                    ),
                    ("wide", wide, "var(--line)", PAGE_TYPE.value),
                    ("picture", picture, grid.as_str(), PICTURE_TYPE.value),
                ] {
                    let what = format!("{} ({lang:?}), {drawing}", chart.id);
                    let found = assert_no_grid_line_crosses_a_figure(&svg, stroke, value_px, &what);
                    assert_eq!(found, chart.members.len(), "{what}");
                }
            }
        }
    }

    #[test]
    fn markup_in_data_is_escaped() {
        let layout = chart_layout::layout(
            &[Datum {
                label: "<script>alert(1)</script> & co".into(),
                value: 1.0,
                value_text: "1".into(),
                from: None,
            }],
            400.0,
            PICTURE_TYPE,
            Some(("<b>title</b>", "<i>subtitle</i>")),
            &[],
            "",
        );
        let svg = draw(&layout, Lang::En, Framing::Standalone, &LIGHT, 1.0);
        assert!(!svg.contains("<script>") && !svg.contains("<b>") && !svg.contains("<i>"));
        assert!(svg.contains("&lt;script&gt;"));
    }

    #[test]
    fn every_chart_renders_within_its_width_from_280_px() {
        for chart in CHARTS {
            for width in [280.0, 375.0, 1200.0] {
                let svg = render(chart, Lang::En, width, Framing::InPage);
                let w = format!("width=\"{}\"", width as u32);
                assert!(svg.contains(&w), "{} at {width}: {}", chart.id, &svg[..120]);
            }
        }
    }
}
