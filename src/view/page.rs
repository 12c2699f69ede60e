//! The whole page for one view: masthead, theme navigation and the theme; or, embedded, one
//! theme or one chart and a link to the full dashboard. The build renders it natively into each
//! pre-rendered document; in the browser the app renders the same view and takes over.

use crate::render::embed_code;
use crate::render::locale::Lang;
use crate::render::url_state::{Rejected, UrlState, NAV_THEMES};
use crate::view::chart_figure::ChartFigure;
use crate::view::masthead::Masthead;
use crate::view::theme_nav::ThemeNav;
use crate::view::theme_panel::ThemePanel;
use leptos::either::Either;
use leptos::prelude::*;

/// Which themes' panels a full page holds.
#[derive(Clone, Copy, Debug)]
pub enum Panels {
    /// The current one only: a pre-rendered document, kept small.
    Current,
    /// The app: each panel is built the first time its theme is shown, then kept (hidden when
    /// another theme is), so switching back is instant; all are built for print. Building only
    /// the current one at start keeps the takeover short.
    All { printing: Signal<bool> },
}

/// The page for one view as HTML, as the build writes it into that view's document: the
/// current theme only, links relative, nothing that needs script to be read.
pub fn to_html(state: UrlState) -> String {
    // Rendered once, with nothing to react to: read signals without tracking.
    untrack(|| {
        view! {
            <Page
                state=Signal::stored(state)
                base=Signal::stored(String::new())
                rejected=Signal::stored(Vec::new())
                on_navigate=Callback::new(|_| {})
                panels=Panels::Current
            />
        }
        .to_html()
    })
}

#[component]
pub fn Page(
    state: Signal<UrlState>,
    /// The dashboard's address without its document, for share links: empty at build time.
    base: Signal<String>,
    /// Link settings that were not understood, said politely on the full page.
    rejected: Signal<Vec<Rejected>>,
    on_navigate: Callback<UrlState>,
    panels: Panels,
) -> impl IntoView {
    // Memos, so that what depends on the language or theme alone is not redone for other changes.
    let lang: Signal<Lang> = Memo::new(move |_| state.get().lang).into();
    if state.get_untracked().embed {
        return Either::Left(view! { <Embedded state lang/> });
    }
    let (themes, printing) = match panels {
        Panels::All { printing } => (NAV_THEMES.to_vec(), printing),
        Panels::Current => (vec![state.get_untracked().theme], Signal::stored(false)),
    };
    Either::Right(view! {
        <a class="skip-link" href="#main">{move || lang.get().strings().skip_to_content}</a>
        <Masthead state on_navigate/>
        <UrlNotice rejected lang/>
        <ThemeNav state on_navigate/>
        <main id="main" class="themes">
            {themes
                .into_iter()
                .map(|theme| {
                    let selected: Signal<bool> = Memo::new(move |_| state.get().theme == theme).into();
                    // Once built, a panel stays: the latch never goes back to false.
                    let built = Memo::new(move |before: Option<&bool>| {
                        before.copied().unwrap_or(false) || selected.get() || printing.get()
                    });
                    let built = built.into();
                    view! { <ThemePanel theme selected lang share_base=Some(base) built/> }
                })
                .collect_view()}
        </main>
    })
}

/// The embedded page: one chart, or one theme, and a link to the full dashboard.
#[component]
fn Embedded(state: Signal<UrlState>, lang: Signal<Lang>) -> impl IntoView {
    let current = state.get_untracked();
    let content = match current.chart.and_then(report_data::chart) {
        Some(chart) => Either::Left(view! { <ChartFigure chart lang share_base=None/> }),
        None => Either::Right(view! {
            <ThemePanel theme=current.theme selected=Signal::stored(true) lang share_base=None/>
        }),
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
#[component]
fn UrlNotice(rejected: Signal<Vec<Rejected>>, lang: Signal<Lang>) -> impl IntoView {
    view! {
        <Show when=move || !rejected.get().is_empty()>
            <p class="notice" role="status">
                {move || {
                    let s = lang.get().strings();
                    let list = rejected
                        .get()
                        .iter()
                        .map(|r| format!("{} = “{}”", r.param, r.value))
                        .collect::<Vec<_>>()
                        .join(", ");
                    format!("{} ({list}). {}", s.unknown_param, s.showing_default)
                }}
            </p>
        </Show>
    }
}
