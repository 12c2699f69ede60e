//! One chart as a figure: title, the plotters drawing sized to its container, a toggle to the
//! same figures as a table, a read-out of the bar in focus, and the source of every figure.

use crate::chart_svg::{self, Framing, Palette};
use crate::citation::source_note;
use crate::locale::Lang;
use crate::number_format;
use crate::share_panel::SharePanel;
use crate::theme_panel::FigureMarker;
use leptos::prelude::*;
use report_data::{members, Chart};
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

/// The id of a chart's figure element, which a link with `chart=` scrolls to.
pub fn figure_id(chart_id: &str) -> String {
    format!("chart-{chart_id}")
}

/// Width used before the container has been measured.
const DEFAULT_WIDTH: f64 = 640.0;

#[component]
pub fn ChartFigure(
    chart: &'static Chart,
    lang: Signal<Lang>,
    palette: Signal<&'static Palette>,
    shareable: bool,
) -> impl IntoView {
    let show_table = RwSignal::new(false);
    // The bar last focused or tapped, shown in words below the chart in the current language.
    let readout = RwSignal::new(None::<&'static str>);
    let width = RwSignal::new(DEFAULT_WIDTH);
    let body: NodeRef<leptos::html::Div> = NodeRef::new();

    // Redraw at the container's width, so text stays legible rather than scaled. A
    // ResizeObserver also catches the moment a hidden theme's panel is first shown.
    Effect::new(move |_| {
        let Some(el) = body.get() else { return };
        let observed = el.clone();
        let measure = move || {
            let w = f64::from(el.client_width());
            if w > 0.0 && (w - width.get_untracked()).abs() >= 1.0 {
                width.set(w);
            }
        };
        let callback = Closure::<dyn FnMut()>::new(measure.clone());
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
        match &observer {
            Some(observer) => observer.observe(&observed),
            None => measure(),
        }
        let kept = SendWrapper::new((observer, callback));
        on_cleanup(move || {
            if let Some(observer) = &kept.0 {
                observer.disconnect();
            }
        });
    });

    let svg = move || {
        chart_svg::render(
            chart,
            lang.get(),
            width.get(),
            Framing::InPage,
            palette.get(),
        )
    };
    let title_id = format!("{}-title", figure_id(chart.id));
    let labelled_by = title_id.clone();
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

    // Arrow keys, Home and End move focus between a chart's bars (one tab stop per chart).
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let Some(body) = body.get_untracked() else {
            return;
        };
        let Ok(hits) = body.query_selector_all(".hit") else {
            return;
        };
        let count = hits.length();
        let target = ev.target();
        let target = target.as_ref().and_then(|t| t.dyn_ref::<web_sys::Node>());
        let is_target = |n: u32| hits.item(n).is_some_and(|hit| hit.is_same_node(target));
        let Some(current) = (0..count).find(|&n| is_target(n)) else {
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
    };

    view! {
        <figure class="chart" id=figure_id(chart.id) data-chart=chart.id aria-labelledby=labelled_by>
            <div class="chart-head">
                <h3 id=title_id>{move || lang.get().pick(&chart.title)}</h3>
                <button
                    type="button"
                    class="table-toggle"
                    aria-pressed=move || show_table.get().to_string()
                    on:click=move |_| show_table.update(|t| *t = !*t)
                >
                    {move || {
                        let s = lang.get().strings();
                        if show_table.get() { s.show_chart } else { s.show_table }
                    }}
                </button>
            </div>
            <div class="chart-body" node_ref=body class:hidden=move || show_table.get()
                on:focusin=move |ev| show_bar(ev.target()) on:click=move |ev| show_bar(ev.target())
                on:keydown=on_keydown inner_html=svg
            ></div>
            <FigureTable chart lang shown=show_table/>
            <p class="readout" aria-live="polite" class:hidden=move || show_table.get()>
                {move || match readout.get().and_then(report_data::indicator) {
                    Some(indicator) => number_format::labelled_figure(indicator, lang.get()),
                    None => lang.get().strings().bar_hint.to_owned(),
                }}
            </p>
            {shareable.then(|| view! { <SharePanel chart lang/> })}
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

/// The chart's figures as a table, for screen readers, copying and exact reading.
#[component]
fn FigureTable(chart: &'static Chart, lang: Signal<Lang>, shown: RwSignal<bool>) -> impl IntoView {
    // Always in the page, for print; on screen only when asked for.
    view! {
        <div class="table-wrap" class:hidden=move || !shown.get()>
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
