//! The whole page: masthead, theme navigation and the current theme, kept in step with the URL.

use crate::browser;
use crate::chart_svg;
use crate::locale::Lang;
use crate::masthead::Masthead;
use crate::theme_nav::ThemeNav;
use crate::theme_panel::ThemePanel;
use crate::url_state::{Rejected, Scheme, UrlState};
use leptos::prelude::*;
use report_data::REPORT;

#[component]
pub fn App() -> impl IntoView {
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
    let system_dark = RwSignal::new(false);
    system_dark.set(browser::watch_dark_preference(move |dark| {
        system_dark.set(dark)
    }));
    let palette = Signal::derive(move || {
        let dark = match state.get().scheme {
            Some(scheme) => scheme == Scheme::Dark,
            None => system_dark.get(),
        };
        if dark {
            &chart_svg::DARK
        } else {
            &chart_svg::LIGHT
        }
    });

    view! {
        <a class="skip-link" href="#theme-panel">{move || lang.get().strings().skip_to_content}</a>
        <Masthead lang on_switch=Callback::new(move |next: Lang| navigate(UrlState { lang: next, ..state.get_untracked() }))/>
        <UrlNotice rejected lang/>
        <ThemeNav
            current=Signal::derive(move || state.get().theme)
            lang
            on_select=Callback::new(move |theme| navigate(UrlState { theme, ..state.get_untracked() }))
        />
        <ThemePanel theme=Signal::derive(move || state.get().theme) lang palette/>
    }
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
