//! One chart as a figure: title, its drawing (the stylesheet scales it to fit), a read-out of the
//! bar in focus, the same figures as a table, and the source of every figure. The table and
//! sources are disclosures, so they open without script.

use crate::render::chart_svg;
use crate::render::citation::source_note;
use crate::render::documents::chart_anchor;
use crate::render::locale::Lang;
use crate::render::number_format;
use crate::view::share_panel::SharePanel;
use crate::view::theme_panel::FigureMarker;
use leptos::prelude::*;
use report_data::{members, Chart};
use wasm_bindgen::JsCast;

#[component]
pub fn ChartFigure(
    chart: &'static Chart,
    lang: Signal<Lang>,
    /// The dashboard's address, for the share panel's links; `None`: no share panel.
    share_base: Option<Signal<String>>,
) -> impl IntoView {
    // The bar last focused or tapped, shown in words below the chart in the current language.
    let readout = RwSignal::new(None::<&'static str>);
    let title_id = format!("{}-title", chart_anchor(chart.id));
    let labelled_by = title_id.clone();
    let subtitle_id = format!("{}-subtitle", chart_anchor(chart.id));
    let described_by = subtitle_id.clone();
    // Focusing or tapping a bar's hit area shows its exact value below the chart, where a
    // hover tooltip alone would leave touch and keyboard users out.
    let show_bar = move |target: Option<web_sys::EventTarget>| {
        let id = target
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.get_attribute("data-indicator"));
        if let Some(indicator) = id.and_then(|id| report_data::indicator(&id)) {
            readout.set(Some(indicator.id));
        }
    };

    view! {
        <figure class="chart" id=chart_anchor(chart.id) data-chart=chart.id aria-labelledby=labelled_by aria-describedby=described_by>
            <h3 id=title_id>{move || lang.get().pick(&chart.title)}</h3>
            <p class="chart-subtitle" id=subtitle_id>{move || lang.get().pick(&chart.subtitle)}</p>
            <div class="chart-body"
                on:focusin=move |ev| show_bar(ev.target()) on:click=move |ev| show_bar(ev.target())
                on:keydown=move_between_bars
                inner_html=move || chart_svg::page_drawing(chart, lang.get())
            ></div>
            <p class="readout" aria-live="polite">
                {move || match readout.get().and_then(report_data::indicator) {
                    Some(indicator) => number_format::labelled_figure(indicator, lang.get()),
                    None => lang.get().strings().bar_hint.to_owned(),
                }}
            </p>
            <details class="table-details">
                <summary>{move || lang.get().strings().show_table}</summary>
                <FigureTable chart lang/>
            </details>
            {share_base.map(|base| view! { <SharePanel chart lang base/> })}
            <details class="sources">
                <summary>{move || lang.get().strings().sources}</summary>
                <ol>
                    {members(chart)
                        .into_iter()
                        .map(|i| view! {
                            <li data-indicator=i.id>
                                <span class="source-label">{move || lang.get().pick(&i.label)}</span>": "
                                <q lang="zh-CN">{i.quote}</q>
                                {move || source_note(i, lang.get())}
                            </li>
                        })
                        .collect_view()}
                </ol>
            </details>
        </figure>
    }
}

/// Arrow keys, Home and End move focus between the bars of the drawing in focus (one tab stop
/// per chart).
fn move_between_bars(ev: leptos::ev::KeyboardEvent) {
    let Some(target) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Some(hits) = target
        .closest("svg")
        .ok()
        .flatten()
        .and_then(|svg| svg.query_selector_all(".hit").ok())
    else {
        return;
    };
    let count = hits.length();
    let Some(current) =
        (0..count).find(|&n| hits.item(n).is_some_and(|h| h.is_same_node(Some(&target))))
    else {
        return;
    };
    let next = match ev.key().as_str() {
        "ArrowDown" | "ArrowRight" => (current + 1).min(count - 1),
        "ArrowUp" | "ArrowLeft" => current.saturating_sub(1),
        "Home" => 0,
        "End" => count - 1,
        _ => return,
    };
    ev.prevent_default();
    if let Some(hit) = hits
        .item(next)
        .and_then(|h| h.dyn_into::<web_sys::SvgElement>().ok())
    {
        let _ = hit.focus();
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
                        <th scope="col">{move || lang.get().strings().col_value}</th>
                        <th scope="col">{move || lang.get().strings().col_year}</th>
                    </tr>
                </thead>
                <tbody>
                    {members(chart)
                        .into_iter()
                        .map(|i| view! {
                            <tr data-indicator=i.id>
                                <th scope="row">
                                    {move || lang.get().pick(&i.label)}
                                    <FigureMarker indicator=i lang/>
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
