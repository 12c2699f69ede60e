//! One chart as a figure: title, its drawing (the stylesheet scales it to fit; in an embed, one
//! of two, for a narrow and a wide column), a read-out of the bar in focus, the same figures as
//! a table, and the source of every figure. The table and sources are disclosures, so they open
//! without script; the read-out and moving between bars with the arrow keys are the app's
//! (`browser::chart_events`).

use crate::render::chart_svg;
use crate::render::citation::as_quoted;
use crate::render::documents::chart_anchor;
use crate::render::locale::Lang;
use crate::render::number_format::{self, TagPlace};
use crate::view::share_panel::SharePanel;
use crate::view::theme_panel::{FigureMarker, FigureSource};
use leptos::prelude::*;
use report_data::{members, Chart};

/// Where a chart's figure stands, which decides what it carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigurePlace {
    /// On the full page: with its share panel.
    Page,
    /// In an embed, which may be as wide as a portal's column: with a wide drawing too.
    Embed,
}

#[component]
pub fn ChartFigure(chart: &'static Chart, lang: Signal<Lang>, place: FigurePlace) -> impl IntoView {
    let title_id = format!("{}-title", chart_anchor(chart.id));
    let labelled_by = title_id.clone();
    let subtitle_id = format!("{}-subtitle", chart_anchor(chart.id));
    let described_by = subtitle_id.clone();

    view! {
        <figure class="chart" id=chart_anchor(chart.id) data-chart=chart.id aria-labelledby=labelled_by aria-describedby=described_by>
            <h3 id=title_id>{move || lang.get().pick(&chart.title)}</h3>
            <p class="chart-subtitle" id=subtitle_id>{move || lang.get().pick(&chart.subtitle)}</p>
            <div class="chart-body" inner_html=move || match place {
                FigurePlace::Page => chart_svg::page_drawing(chart, lang.get()),
                FigurePlace::Embed => chart_svg::embed_drawings(chart, lang.get()),
            }></div>
            // The app writes the focused or tapped bar's value here (its label names it). Not a
            // live region: a screen reader already says the bar it moves to, once.
            <p class="readout">{move || lang.get().strings().bar_hint}</p>
            <details class="table-details">
                <summary>{move || lang.get().strings().show_table}</summary>
                <FigureTable chart lang/>
            </details>
            {(place == FigurePlace::Page).then(|| view! { <SharePanel chart lang/> })}
            <details class="sources">
                <summary>{move || lang.get().strings().sources}</summary>
                <ol>
                    {members(chart)
                        .into_iter()
                        .map(|i| view! {
                            <li data-indicator=i.id>
                                <span class="source-label">{move || lang.get().pick(&i.label)}</span>{move || lang.get().strings().colon}
                                <q lang="zh-CN">{as_quoted(i.quote)}</q>
                                <FigureSource indicator=i lang/>
                            </li>
                        })
                        .collect_view()}
                </ol>
            </details>
        </figure>
    }
}

/// The chart's figures as a table, for screen readers, copying and exact reading.
#[component]
fn FigureTable(chart: &'static Chart, lang: Signal<Lang>) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="figure-table">
                <caption>{move || lang.get().pick(&chart.title)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || lang.get().strings().col_indicator}</th>
                        <th scope="col" class="num">{move || lang.get().strings().col_value}</th>
                        <th scope="col" class="num">{move || lang.get().strings().col_year}</th>
                    </tr>
                </thead>
                <tbody>
                    {members(chart)
                        .into_iter()
                        .map(|i| view! {
                            <tr data-indicator=i.id>
                                <th scope="row">
                                    {move || lang.get().pick(&i.label)}
                                    <FigureMarker indicator=i lang place=TagPlace::Table/>
                                </th>
                                <td class="num">{move || number_format::figure(i, lang.get())}</td>
                                <td class="num">{i.year}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
