//! The whole page: masthead, theme navigation and the current theme, kept in step with the URL;
//! or, with `?embed=1`, one theme or one chart for another page's `<iframe>`.

use crate::browser;
use crate::chart_figure::{figure_id, ChartFigure};
use crate::chart_svg::{self, Palette};
use crate::embed;
use crate::locale::Lang;
use crate::masthead::Masthead;
use crate::theme_nav::ThemeNav;
use crate::theme_panel::ThemePanel;
use crate::url_state::{query_value, Rejected, Scheme, UrlState, NAV_THEMES};
use leptos::prelude::*;
use report_data::REPORT;

#[component]
pub fn App() -> impl IntoView {
    browser::remove_placeholder();
    let (initial, rejected) = browser::read_url();
    let state = RwSignal::new(initial);
    let rejected = RwSignal::new(rejected);

    // Back and Forward: take the state from the URL without pushing a new entry.
    let popstate = window_event_listener(leptos::ev::popstate, move |_| {
        let (next, bad) = browser::read_url();
        state.set(next);
        rejected.set(bad);
    });
    on_cleanup(move || popstate.remove());

    Effect::new(move |_| {
        let s = state.get();
        browser::apply_document(&s, s.lang.pick(&REPORT.title));
    });

    let navigate = move |next: UrlState| {
        if next != state.get_untracked() {
            browser::push_url(&next);
            state.set(next);
            rejected.set(Vec::new());
        }
    };
    let lang = Signal::derive(move || state.get().lang);
    let system_dark = browser::media_signal("(prefers-color-scheme: dark)");
    // Paper is white: printing always uses the light charts.
    let printing = browser::media_signal("print");
    let palette = Signal::derive(move || {
        let dark = match state.get().scheme {
            Some(scheme) => scheme == Scheme::Dark,
            None => system_dark.get(),
        };
        if dark && !printing.get() {
            &chart_svg::DARK
        } else {
            &chart_svg::LIGHT
        }
    });

    if initial.embed {
        let search = gloo_utils::window().location().search().unwrap_or_default();
        embed::report_height(embed::embed_id(&initial), query_value(&search, "childId"));
        return view! { <Embedded state lang palette/> }.into_any();
    }
    if let Some(chart) = initial.chart {
        scroll_to(&figure_id(chart));
    }

    view! {
        <a class="skip-link" href="#main">{move || lang.get().strings().skip_to_content}</a>
        <Masthead lang on_switch=Callback::new(move |next: Lang| navigate(UrlState { lang: next, ..state.get_untracked() }))/>
        <UrlNotice rejected lang/>
        <ThemeNav
            current=Signal::derive(move || state.get().theme)
            lang
            on_select=Callback::new(move |theme| navigate(UrlState { theme, chart: None, ..state.get_untracked() }))
        />
        <main id="main" class="themes">
            {NAV_THEMES
                .iter()
                .map(|&theme| {
                    let selected = Signal::derive(move || state.get().theme == theme);
                    view! { <ThemePanel theme selected lang palette shareable=true/> }
                })
                .collect_view()}
        </main>
    }
    .into_any()
}

/// The embedded page: one chart, or one theme, and a link to the full dashboard. Link settings
/// that were not understood fall back silently here: the portal's readers cannot fix them.
#[component]
fn Embedded(
    state: RwSignal<UrlState>,
    lang: Signal<Lang>,
    palette: Signal<&'static Palette>,
) -> impl IntoView {
    let content = move || {
        let current = state.get();
        match current.chart.and_then(report_data::chart) {
            Some(chart) => view! { <ChartFigure chart lang palette shareable=false/> }.into_any(),
            None => {
                let theme = current.theme;
                view! { <ThemePanel theme selected=Signal::stored(true) lang palette shareable=false/> }.into_any()
            }
        }
    };
    view! {
        <main id="main" class="embedded">
            {content}
            <p class="embed-back">
                <a href=move || embed::full_page_query(&state.get()) target="_blank" rel="noopener">
                    {move || lang.get().strings().full_dashboard}
                </a>
            </p>
        </main>
    }
}

/// Brings a chart named by the link into view once the page has laid out.
fn scroll_to(id: &str) {
    let id = id.to_owned();
    request_animation_frame(move || {
        if let Some(el) = gloo_utils::document().get_element_by_id(&id) {
            el.scroll_into_view();
        }
    });
}

/// Says politely which link settings were not understood; the page shows the default instead.
#[component]
fn UrlNotice(rejected: RwSignal<Vec<Rejected>>, lang: Signal<Lang>) -> impl IntoView {
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
