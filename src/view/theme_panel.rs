//! One theme: its headline figures, its charts, then its milestones.

use crate::render::citation::{as_quoted, cite, derived_note};
use crate::render::locale::Lang;
use crate::render::number_format::{self, figure_marker, TagPlace};
use crate::view::chart_figure::{ChartFigure, FigurePlace};
use crate::view::masthead::level_tagged;
use crate::view::theme_nav::tab_id;
use leptos::prelude::*;
use report_data::{indicator, theme_info, Indicator, Theme, CHARTS, MILESTONES};

/// One panel of the tab list. A pre-rendered document holds its own theme's panel; the app
/// adds the others' from their documents, `hidden`, so that printing gives every theme and
/// switching is instant.
#[component]
pub fn ThemePanel(
    theme: Theme,
    lang: Signal<Lang>,
    /// On the page or in an embed, which decides what its charts carry.
    place: FigurePlace,
) -> impl IntoView {
    let info = theme_info(theme);
    let charts: Vec<_> = CHARTS.iter().filter(|c| c.theme == theme).collect();
    // A panel of the page's tab list, labelled by its tab; an embed has no tab list, so its
    // theme is a section named by its title.
    let title_id = format!("{}-title", panel_id(theme));
    let (role, tabindex, labelled_by) = match place {
        FigurePlace::Page => (Some("tabpanel"), Some("-1"), tab_id(theme)),
        FigurePlace::Embed => (None, None, title_id.clone()),
    };
    view! {
        <section id=panel_id(theme) class="theme-panel" role=role tabindex=tabindex
            aria-labelledby=labelled_by data-theme=theme.key()
        >
            <h2 class="theme-title" id=title_id>{move || lang.get().pick(&info.title)}</h2>
            <HeadlineCards cards=info.cards lang/>
            {(!charts.is_empty()).then(|| view! {
                <section class="charts" aria-label=move || lang.get().strings().charts>
                    {charts.into_iter().map(|chart| view! { <ChartFigure chart lang place/> }).collect_view()}
                </section>
            })}
            <MilestoneList theme lang/>
        </section>
    }
}

/// The id of a theme's panel, which its tab names as the element it controls.
pub fn panel_id(theme: Theme) -> String {
    format!("panel-{}", theme.key())
}

/// The headline figures: value in large type with its unit, label, direction and citation.
#[component]
fn HeadlineCards(cards: &'static [&'static str], lang: Signal<Lang>) -> impl IntoView {
    let figures: Vec<&'static Indicator> = cards.iter().filter_map(|id| indicator(id)).collect();
    (!figures.is_empty()).then(|| {
        view! {
            <section class="cards" aria-label=move || lang.get().strings().headline_figures>
                <ul class="card-grid">
                    {figures
                        .into_iter()
                        .map(|i| {
                            view! {
                                <li class="card" data-indicator=i.id>
                                    <p class="card-value">{move || number_format::figure(i, lang.get())}</p>
                                    <p class="card-label">
                                        {move || lang.get().pick(&i.label)}
                                        <FigureMarker indicator=i lang place=TagPlace::Card/>
                                    </p>
                                    <p class="card-source">
                                        <q lang="zh-CN">{as_quoted(i.quote)}</q>
                                        <FigureSource indicator=i lang/>
                                    </p>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}

/// What follows a figure's quotation: its cite ("——萍乡日报，2023-03-26"), kept on one line,
/// and how a derived figure follows.
#[component]
pub fn FigureSource(indicator: &'static Indicator, lang: Signal<Lang>) -> impl IntoView {
    move || {
        let lang = lang.get();
        view! { " " <span class="keep-together">{cite(lang)}</span> {derived_note(indicator, lang)} }
    }
}

/// A figure's direction, and on a card its off-report year, as a small tag after its label, if
/// it has either (`figure_marker`).
#[component]
pub fn FigureMarker(
    indicator: &'static Indicator,
    lang: Signal<Lang>,
    place: TagPlace,
) -> impl IntoView {
    move || {
        figure_marker(indicator, lang.get(), place)
            .map(|m| view! { " " <span class="marker">{m}</span> })
    }
}

#[component]
fn MilestoneList(theme: Theme, lang: Signal<Lang>) -> impl IntoView {
    let items: Vec<_> = MILESTONES.iter().filter(|m| m.theme == theme).collect();
    (!items.is_empty()).then(|| {
        view! {
            <section class="milestones" aria-label=move || lang.get().strings().milestones>
                <h3>{move || lang.get().strings().milestones}</h3>
                <ul>
                    {items
                        .into_iter()
                        .map(|m| {
                            view! {
                                <li class="milestone" data-milestone=m.id>
                                    {move || level_tagged(m.level, lang.get().pick(&m.text), lang.get(), "milestone-text")}
                                    <q class="milestone-quote" lang="zh-CN">{as_quoted(m.quote)}</q>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}
