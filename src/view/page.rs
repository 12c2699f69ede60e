//! The whole page for one view: masthead, theme navigation and the theme; or, embedded, one
//! theme or one chart and a link to the full dashboard. The build renders it natively into each
//! pre-rendered document; in the browser the app adds behaviour to it (`browser`), and shows
//! the other views by bringing in their documents.

use crate::render::embed_code;
use crate::render::locale::{unknown_settings_notice, Lang};
use crate::render::url_state::{Rejected, UrlState};
use crate::view::chart_figure::{ChartFigure, FigurePlace};
use crate::view::masthead::Masthead;
use crate::view::theme_nav::ThemeNav;
use crate::view::theme_panel::ThemePanel;
use leptos::either::Either;
use leptos::prelude::*;

/// The page for one view as HTML, as the build writes it into that view's document: links
/// relative, nothing that needs script to be read.
pub fn to_html(state: UrlState) -> String {
    // Rendered once, with nothing to react to: read signals without tracking.
    untrack(|| view! { <Page state/> }.to_html())
}

/// A full page holds its own theme's panel; the app brings in the others' from their
/// documents when they are asked for.
#[component]
pub fn Page(state: UrlState) -> impl IntoView {
    let lang = Signal::stored(state.lang);
    let theme = state.theme;
    let state = Signal::stored(state);
    if state.get_untracked().embed {
        return Either::Left(view! { <Embedded state lang/> });
    }
    Either::Right(view! {
        <a class="skip-link" href="#main">{move || lang.get().strings().skip_to_content}</a>
        <Masthead state/>
        <ThemeNav state/>
        <main id="main" class="themes">
            <ThemePanel theme lang place=FigurePlace::Page/>
        </main>
    })
}

/// The embedded page: one chart, or one theme, and a link to the full dashboard.
#[component]
fn Embedded(state: Signal<UrlState>, lang: Signal<Lang>) -> impl IntoView {
    let current = state.get_untracked();
    let content = match current.chart.and_then(report_data::chart) {
        Some(chart) => Either::Left(view! { <ChartFigure chart lang place=FigurePlace::Embed/> }),
        None => {
            Either::Right(view! { <ThemePanel theme=current.theme lang place=FigurePlace::Embed/> })
        }
    };
    view! {
        <main id="main" class="embedded">
            {content}
            <p class="embed-back">
                <a href=move || embed_code::full_page_link(&state.get()) target="_blank" rel="noopener">
                    {move || lang.get().strings().full_dashboard}
                </a>
            </p>
        </main>
    }
}

/// Says politely which link settings were not understood; the page shows the default instead.
/// Only the app reads the query string, so only the app shows it (`browser::app`).
#[component]
pub fn UrlNotice(rejected: Signal<Vec<Rejected>>, lang: Signal<Lang>) -> impl IntoView {
    view! {
        <Show when=move || !rejected.get().is_empty()>
            <p class="notice" role="status">
                {move || {
                    let settings: Vec<String> = rejected
                        .get()
                        .iter()
                        .map(|r| format!("{} = “{}”", r.param, r.value))
                        .collect();
                    unknown_settings_notice(lang.get(), &settings)
                }}
            </p>
        </Show>
    }
}
