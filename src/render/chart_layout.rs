//! Where everything in a bar chart goes, computed in plain numbers so it can be tested without a
//! browser and drawn by any backend.
//!
//! Bars are horizontal, one row per figure: the label on its own line(s) above the bar, so long
//! Chinese or English labels wrap instead of being cut, down to 280 px wide. When one figure
//! dwarfs the rest (1051% beside 23%) the axis is broken: the scale follows the others and the
//! outlier's bar is drawn full length with a break mark, and the chart says so.

/// Pixel sizes of the chart's parts, and of the text only a downloaded picture carries.
pub const PAD: f64 = 12.0;
pub const BAR_HEIGHT: f64 = 18.0;
pub const ROW_GAP: f64 = 12.0;
pub const AXIS_HEIGHT: f64 = 22.0;
pub const TITLE_PX: f64 = 16.0;
/// From one line of a wrapped title to the next.
pub const TITLE_LINE: f64 = TITLE_PX + 6.0;
pub const SUBTITLE_PX: f64 = 13.0;
pub const SUBTITLE_LINE: f64 = SUBTITLE_PX + 5.0;
pub const MIN_WIDTH: f64 = 240.0;

/// Sizes of the text beside the bars, in the drawing's px, and the steps between its lines.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Type {
    pub label: f64,
    /// From one line of a wrapped label to the next.
    pub label_line: f64,
    pub value: f64,
    pub tick: f64,
    /// The notes under the axis (unit, break, source) and the step between them.
    pub note: f64,
    pub note_line: f64,
}

/// A downloaded picture's text, seen at the picture's own size.
pub const PICTURE_TYPE: Type = Type {
    label: 13.0,
    label_line: 17.0,
    value: 12.0,
    tick: 11.0,
    note: 12.0,
    note_line: 18.0,
};

/// The text of a chart in the page. The page scales its one drawing to the width of its
/// container, from 264 px (in a 280 px embed) up to the stylesheet's `max-width`, so its sizes
/// are a little more even than a picture's: the smallest stays legible at the narrowest, and
/// the labels are not outsized at the widest.
pub const PAGE_TYPE: Type = Type {
    label: 12.5,
    label_line: 16.0,
    value: 12.0,
    tick: 11.5,
    note: 11.5,
    note_line: 16.0,
};

/// The room a figure beside its bar takes besides its own width: the gap before it (`chart_svg`
/// sets it 6 px after the bar) and a little slack for the font.
const VALUE_GAP: f64 = 8.0;
/// Kept free after the scale's end, for half of its last tick's label (centred on the tick).
const END_ROOM: f64 = 16.0;

/// A figure is an outlier, and the axis broken, when it exceeds the next largest this many times.
const BREAK_RATIO: f64 = 4.0;

/// One figure to draw: its label, value, and the value as the reader sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct Datum {
    pub label: String,
    pub value: f64,
    pub value_text: String,
    /// In a chart of change over time, the previous year's value: the bar is drawn to it in
    /// full and on from it lighter, so that the change itself is seen.
    pub from: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BarLayout {
    pub label_lines: Vec<String>,
    /// Top of the first label line.
    pub label_top: f64,
    pub bar_top: f64,
    pub bar_length: f64,
    /// Where the previous year's value lies along this bar, in a chart of change.
    pub from_length: Option<f64>,
    /// Drawn longer than to scale, across the axis break.
    pub broken: bool,
    pub value_text: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    pub text: Type,
    /// Where bars start and where the scale's end lies.
    pub plot_left: f64,
    pub plot_right: f64,
    /// The title's lines, when the chart carries one (a download), from the top padding.
    pub title_lines: Vec<String>,
    /// The subtitle's lines under the title, and the top of the first.
    pub subtitle_lines: Vec<String>,
    pub subtitle_top: f64,
    pub bars: Vec<BarLayout>,
    /// Tick positions and their labels along the bottom axis.
    pub ticks: Vec<(f64, f64)>,
    pub axis_top: f64,
    /// Baseline positions of the notes below the axis (unit, break, source).
    pub notes_top: f64,
    pub note_lines: Vec<String>,
}

/// Estimated width of text in px: CJK and full-width characters take a full em, others about
/// half. Browsers and fonts differ a little; the layout leaves slack for that.
pub fn text_width(text: &str, px: f64) -> f64 {
    text.chars()
        .map(|c| if is_wide(c) { 1.0 } else { 0.58 })
        .sum::<f64>()
        * px
}

fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
        || matches!(c, '“' | '”' | '‘' | '’')
}

/// Breaks text into lines no wider than `max`: at spaces between words, anywhere between CJK
/// characters but never before closing punctuation (，。：%…) or after opening punctuation
/// (（“《…). The lines are balanced, as CSS `text-wrap: balance` does: no more of them than
/// `max` needs, each about as wide as the others, so no last line holds a lone character. A
/// single word wider than `max` gets a line of its own.
pub fn wrap(text: &str, px: f64, max: f64) -> Vec<String> {
    let tokens = unbreakable(text);
    let filled = fill(&tokens, px, max);
    let lines = filled.len();
    if lines < 2 {
        return filled;
    }
    // The narrowest width that still takes no more lines, found to a tenth of a pixel.
    let (mut narrower, mut wide_enough) = (0.0, max);
    while wide_enough - narrower > 0.1 {
        let mid = (narrower + wide_enough) / 2.0;
        if fill(&tokens, px, mid).len() <= lines {
            wide_enough = mid;
        } else {
            narrower = mid;
        }
    }
    fill(&tokens, px, wide_enough)
}

/// Pieces of `text` no line may break inside: a word with the space after it, or one CJK
/// character with the punctuation that must stay with it.
fn unbreakable(text: &str) -> Vec<String> {
    let mut tokens: Vec<String> = Vec::new();
    for c in text.chars() {
        let joins_last = tokens.last().is_some_and(|t| {
            let last = t.chars().last();
            is_closing(c)
                || last.is_some_and(is_opening)
                || (!is_wide(c) && is_apostrophe(t))
                || !(is_wide(c) || t.ends_with(' ') || last.is_some_and(is_wide))
        });
        match tokens.last_mut() {
            Some(last) if joins_last => last.push(c),
            _ => tokens.push(c.to_string()),
        }
    }
    tokens
}

fn is_closing(c: char) -> bool {
    "，。、：；！？）》」』”’,.:;!?)%".contains(c)
}

/// Whether `token` ends in ’ used as an apostrophe, inside a Latin word (province’s), where
/// the word goes on: the quote mark counts as wide, which would allow a break after it.
fn is_apostrophe(token: &str) -> bool {
    let mut last = token.chars().rev();
    last.next() == Some('’')
        && last
            .next()
            .is_some_and(|c| c.is_alphanumeric() && !is_wide(c))
}

fn is_opening(c: char) -> bool {
    "（《「『“‘(".contains(c)
}

/// Fills lines no wider than `max` with `tokens` in order, each line as full as it goes.
fn fill(tokens: &[String], px: f64, max: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for token in tokens {
        let candidate = format!("{line}{token}");
        if !line.is_empty() && text_width(candidate.trim_end(), px) > max {
            lines.push(line.trim_end().to_owned());
            line = token.trim_start().to_owned();
        } else {
            line = candidate;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    lines
}

/// The end of the scale: the round number at or above the largest value, so the last tick
/// closes the axis; or, with an outlier among three or more figures, one a little past the next
/// largest.
/// Returns the domain's end and whether the axis is broken.
pub fn domain(values: &[f64]) -> (f64, bool) {
    let mut sorted: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    sorted.sort_by(|a, b| b.total_cmp(a));
    match sorted.as_slice() {
        [] => (1.0, false),
        // With two bars there is nothing for a broken scale to keep readable.
        [max, second, _, ..] if *second > 0.0 && *max > second * BREAK_RATIO => {
            (round_up(second * 1.25), true)
        }
        [max, ..] if *max > 0.0 => (round_up(*max), false),
        _ => (1.0, false),
    }
}

/// The next tick at or above `x`, so that the axis ends on a labelled tick.
fn round_up(x: f64) -> f64 {
    let step = tick_step(x);
    (x / step).ceil() * step
}

/// A round step (1, 2, 2.5 or 5 times a power of ten) giving at most five intervals up to `end`.
fn tick_step(end: f64) -> f64 {
    let power = 10f64.powf((end / 4.0).log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|s| end / s <= 5.0)
        .unwrap_or(10.0 * power)
}

/// Ticks from zero up to `end`, one round step apart.
pub fn ticks(end: f64) -> Vec<f64> {
    let step = tick_step(end);
    (0..)
        .map(|n| n as f64 * step)
        .take_while(|t| *t <= end * (1.0 + 1e-9))
        .collect()
}

/// Lays the chart out at `width` px with its text in `text`'s sizes. `title` (with its subtitle)
/// and `notes` are wrapped by this function; `break_note` is added to the notes when the axis is
/// broken.
pub fn layout(
    data: &[Datum],
    width: f64,
    text: Type,
    title: Option<(&str, &str)>,
    notes: &[String],
    break_note: &str,
) -> Layout {
    layout_in_measure(data, width, width, text, title, notes, break_note)
}

/// `layout`, its text wrapped as in a drawing `measure` px wide: a wide drawing laid out in a
/// narrow one's measure stands exactly as tall, only its bars longer.
pub fn layout_in_measure(
    data: &[Datum],
    width: f64,
    measure: f64,
    text: Type,
    title: Option<(&str, &str)>,
    notes: &[String],
    break_note: &str,
) -> Layout {
    let width = width.max(MIN_WIDTH);
    let inner = width - 2.0 * PAD;
    let measure = measure.clamp(MIN_WIDTH, width) - 2.0 * PAD;
    let plot_left = PAD;
    let (end, broken) = domain(&data.iter().map(|d| d.value).collect::<Vec<_>>());
    // The scale is as long as the figures beside the bars allow, each beside its own bar: a
    // short bar's long figure ("31 (+7 since 2021)" on a scale to 40) may reach past the scale's
    // end, so it no longer leaves the drawing's right part empty.
    let available = width - PAD - plot_left;
    let span = data
        .iter()
        .filter_map(|d| {
            let share = (d.value.max(0.0) / end).min(1.0);
            let room = text_width(&d.value_text, text.value) + VALUE_GAP;
            (share > 0.0).then(|| (available - room) / share)
        })
        .fold(available - END_ROOM, f64::min)
        .max(inner * 0.35);
    let plot_right = plot_left + span;

    let title_lines = title.map_or(Vec::new(), |(t, _)| wrap(t, TITLE_PX, measure));
    let subtitle_lines = title.map_or(Vec::new(), |(_, s)| wrap(s, SUBTITLE_PX, measure));
    let subtitle_top = PAD + title_lines.len() as f64 * TITLE_LINE;
    let mut y = subtitle_top + subtitle_lines.len() as f64 * SUBTITLE_LINE;
    if !title_lines.is_empty() {
        y += 8.0;
    }
    let bars = data
        .iter()
        .map(|d| {
            let label_lines = wrap(&d.label, text.label, measure);
            let label_top = y;
            let bar_top = label_top + label_lines.len() as f64 * text.label_line + 2.0;
            y = bar_top + BAR_HEIGHT + ROW_GAP;
            let scaled = (d.value.max(0.0) / end).min(1.0);
            let from_length = d
                .from
                .map(|from| (plot_right - plot_left) * (from.max(0.0) / end).min(1.0));
            BarLayout {
                from_length,
                label_lines,
                label_top,
                bar_top,
                bar_length: ((plot_right - plot_left) * scaled).max(if d.value > 0.0 {
                    2.0
                } else {
                    0.0
                }),
                broken: d.value > end,
                value_text: d.value_text.clone(),
            }
        })
        .collect::<Vec<_>>();
    let axis_top = y - ROW_GAP + 4.0;
    let ticks = ticks(end)
        .into_iter()
        .map(|t| (plot_left + (plot_right - plot_left) * t / end, t))
        .collect();
    let mut note_lines: Vec<String> = Vec::new();
    for note in notes
        .iter()
        .map(String::as_str)
        .chain(broken.then_some(break_note))
    {
        note_lines.extend(wrap(note, text.note, measure));
    }
    let notes_top = axis_top + AXIS_HEIGHT + 4.0;
    let height = notes_top + note_lines.len() as f64 * text.note_line + PAD;
    Layout {
        width,
        height: height.ceil(),
        text,
        plot_left,
        plot_right,
        title_lines,
        subtitle_lines,
        subtitle_top,
        bars,
        ticks,
        axis_top,
        notes_top,
        note_lines,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn datum(label: &str, value: f64) -> Datum {
        Datum {
            label: label.into(),
            value,
            value_text: format!("{value}"),
            from: None,
        }
    }

    #[test]
    fn bars_are_proportional_without_an_outlier() {
        let l = layout(
            &[datum("a", 100.0), datum("b", 50.0)],
            600.0,
            PICTURE_TYPE,
            None,
            &[],
            "broken",
        );
        let span = l.plot_right - l.plot_left;
        assert!((l.bars[0].bar_length - span).abs() < 1e-9);
        assert!((l.bars[1].bar_length - span / 2.0).abs() < 1e-9);
        assert!(l.bars.iter().all(|b| !b.broken));
        assert!(!l.note_lines.contains(&"broken".to_owned()));
    }

    #[test]
    fn an_outlier_breaks_the_axis_and_says_so() {
        let values = [1051.0, 213.0, 125.0, 23.0];
        assert_eq!(domain(&values), (300.0, true));
        let data: Vec<Datum> = values.iter().map(|v| datum("x", *v)).collect();
        let l = layout(&data, 600.0, PICTURE_TYPE, None, &[], "Axis broken");
        assert!(l.bars[0].broken && !l.bars[1].broken);
        // 23% stays readable: not a sliver, as it would be on a scale to 1051.
        assert!(l.bars[3].bar_length > (l.plot_right - l.plot_left) * 0.04);
        assert_eq!(l.note_lines.last().map(String::as_str), Some("Axis broken"));
    }

    #[test]
    fn two_figures_are_always_drawn_to_scale() {
        assert_eq!(domain(&[2337.0, 400.0]), (2500.0, false));
        assert_eq!(domain(&[85.0, 9.0]), (100.0, false));
    }

    #[test]
    fn the_axis_ends_on_a_round_tick() {
        for values in [
            [144.0, 127.0, 112.0, 3.0],
            [223.64, 18.92, 12.62, 1.0],
            [120.0, 7.0, 1.0, 1.0],
        ] {
            let (end, _) = domain(&values);
            assert_eq!(ticks(end).last(), Some(&end), "{values:?}");
        }
        assert_eq!(domain(&[144.0, 127.0, 112.0, 3.0]), (150.0, false));
    }

    #[test]
    fn a_change_is_drawn_from_the_earlier_value() {
        let data = [
            datum("2021", 24.0),
            Datum {
                from: Some(24.0),
                ..datum("2022", 31.0)
            },
        ];
        let l = layout(&data, 600.0, PICTURE_TYPE, None, &[], "");
        let span = l.plot_right - l.plot_left;
        let (earlier, later) = (&l.bars[0], &l.bars[1]);
        assert_eq!(earlier.from_length, None);
        let from = later
            .from_length
            .expect("the later bar starts its change at 2021");
        assert!(
            (from - earlier.bar_length).abs() < 1e-9,
            "at the 2021 bar's end"
        );
        assert!(
            (later.bar_length - span * 31.0 / 40.0).abs() < 1e-9,
            "to scale, on 0–40"
        );
    }

    #[test]
    fn the_scale_is_as_long_as_the_figures_beside_its_bars_allow() {
        let figure_end = |l: &Layout, b: &BarLayout| {
            l.plot_left + b.bar_length + text_width(&b.value_text, l.text.value) + VALUE_GAP
        };
        // A change: 31 on a scale to 40, its long figure the one that limits the scale.
        let change = [
            datum("2021", 24.0),
            Datum {
                from: Some(24.0),
                value_text: "31 (+7 since 2021)".into(),
                ..datum("2022", 31.0)
            },
        ];
        for width in [264.0, 440.0] {
            let l = layout(&change, width, PAGE_TYPE, None, &[], "");
            let ends: Vec<f64> = l.bars.iter().map(|b| figure_end(&l, b)).collect();
            assert!(ends.iter().all(|e| *e <= width - PAD + 1e-9), "{ends:?}");
            assert!(
                (ends[1] - (width - PAD)).abs() < 1e-9,
                "at {width} px the long figure ends at the drawing's edge: {ends:?}"
            );
            assert!(
                l.plot_right > width - PAD - text_width("31 (+7 since 2021)", l.text.value),
                "the scale reaches under the figure's room"
            );
        }
        // Short figures: the scale ends short of the edge by room for its last tick's label.
        let l = layout(
            &[datum("a", 64.0), datum("b", 7.0)],
            264.0,
            PAGE_TYPE,
            None,
            &[],
            "",
        );
        assert!((l.plot_right - (264.0 - PAD - END_ROOM)).abs() < 1e-9);
    }

    #[test]
    fn ticks_are_round_and_start_at_zero() {
        assert_eq!(ticks(500.0), vec![0.0, 100.0, 200.0, 300.0, 400.0, 500.0]);
        assert_eq!(ticks(223.64), vec![0.0, 50.0, 100.0, 150.0, 200.0]);
        assert_eq!(ticks(3000.0), vec![0.0, 1000.0, 2000.0, 3000.0]);
    }

    #[test]
    fn labels_wrap_to_fit_narrow_widths() {
        let long = "New provincial IT–industry integration demonstration enterprises";
        let lines = wrap(long, PICTURE_TYPE.label, 200.0);
        assert!(lines.len() > 1);
        assert!(lines
            .iter()
            .all(|l| text_width(l, PICTURE_TYPE.label) <= 200.0));
        assert_eq!(lines.join(" "), long);
        let zh = wrap(
            "数字经济核心产业营业收入同比增幅",
            PICTURE_TYPE.label,
            100.0,
        );
        assert!(zh.len() > 1 && zh.concat() == "数字经济核心产业营业收入同比增幅");
    }

    #[test]
    fn wrapped_lines_are_balanced_and_keep_punctuation_with_its_character() {
        // Filled line by line, the last character of this note was left alone on a line.
        let note = "坐标轴截断：标有截断符号的条形未按比例绘制";
        let width = text_width("坐标轴截断：标有截断符号的条形未按比例绘", 11.5);
        let lines = wrap(note, 11.5, width);
        assert_eq!(lines.concat(), note);
        let counts: Vec<usize> = lines.iter().map(|l| l.chars().count()).collect();
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(counts[0].abs_diff(counts[1]) <= 1, "{lines:?}");
        // No line begins with closing punctuation or ends with opening punctuation.
        for max in [40.0, 60.0, 80.0, 100.0] {
            let lines = wrap("湘东区（萍乡）“5020”项目：签约，开工。", 10.0, max);
            assert_eq!(lines.concat(), "湘东区（萍乡）“5020”项目：签约，开工。");
            for line in &lines {
                assert!(!line.starts_with(is_closing), "{max}: {lines:?}");
                assert!(!line.ends_with(is_opening), "{max}: {lines:?}");
            }
        }
        // An apostrophe keeps its word whole, at every width.
        let label = "Consecutive years in the province’s top five for education";
        for max in (40..=300).step_by(4) {
            let lines = wrap(label, 12.5, f64::from(max));
            assert_eq!(lines.join(" "), label, "{max}: {lines:?}");
            assert!(
                lines
                    .iter()
                    .all(|l| !l.ends_with('’') && !l.starts_with("s ")),
                "{max}: {lines:?}"
            );
        }
        let english = wrap("Growth of industrial output, year on year", 10.0, 150.0);
        assert_eq!(
            english.join(" "),
            "Growth of industrial output, year on year"
        );
        let widths: Vec<f64> = english.iter().map(|l| text_width(l, 10.0)).collect();
        assert!(widths.iter().all(|w| *w <= 150.0), "{english:?}");
        assert!(
            widths[0] - widths[widths.len() - 1] < 60.0,
            "about as wide as each other: {english:?}"
        );
    }

    #[test]
    fn nothing_overflows_at_the_narrowest_width() {
        let data = [datum(
            "“5020”项目与国家专精特新“小巨人”企业及其他很长的标签",
            223.64,
        )];
        let l = layout(
            &data,
            264.0,
            PAGE_TYPE,
            Some((
                "签约与争取的项目资金",
                "2022年为项目签约或争取的资金，按来源",
            )),
            &["单位：亿元".into()],
            "",
        );
        let bar_end = l.plot_left + l.bars[0].bar_length;
        assert!(bar_end + text_width("223.64", PAGE_TYPE.value) + 6.0 <= l.width - PAD + 1e-9);
        assert!(!l.subtitle_lines.is_empty(), "the subtitle is drawn");
        for line in l
            .bars
            .iter()
            .flat_map(|b| &b.label_lines)
            .chain(&l.subtitle_lines)
        {
            assert!(text_width(line, PAGE_TYPE.label) <= l.width - 2.0 * PAD);
        }
    }

    #[test]
    fn a_wide_layout_in_a_narrow_measure_wraps_as_the_narrow_one_with_longer_bars() {
        let data = [
            datum(
                "Output growth, energy saving and environmental protection",
                23.0,
            ),
            datum("Foreign investment used, year-on-year growth", 105.0),
        ];
        let notes = ["Unit: %".to_owned()];
        let narrow = layout(&data, 264.0, PAGE_TYPE, None, &notes, "");
        let wide = layout_in_measure(&data, 440.0, 264.0, PAGE_TYPE, None, &notes, "");
        let free = layout(&data, 440.0, PAGE_TYPE, None, &notes, "");
        assert_eq!(wide.height, narrow.height);
        assert!(
            free.height < narrow.height,
            "the label wraps less when it may"
        );
        for (w, n) in wide.bars.iter().zip(&narrow.bars) {
            assert_eq!(w.label_lines, n.label_lines);
            assert!(w.bar_length > n.bar_length * 1.5);
        }
        assert_eq!(wide.width, 440.0);
    }
}
