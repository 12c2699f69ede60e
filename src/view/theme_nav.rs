//! Navigation between the themes as a tab list: click or tap a tab, or move along with the
//! arrow keys, Home and End (the WAI-ARIA tabs pattern, with automatic activation; the keys and
//! in-place switching are the app's, `browser::navigation`). Each tab is a link to its theme's
//! document, so the themes are reached without script too: each is a stop of the Tab key
//! until the app, which brings the arrow keys, leaves the selected one the list's only stop. A
//! document holds its own theme's panel only, so only that tab names the panel it controls
//! until the app brings in the others.

use crate::render::documents::file_for;
use crate::render::locale::Lang;
use crate::render::url_state::{UrlState, NAV_THEMES};
use crate::view::theme_panel::panel_id;
use leptos::prelude::*;
use report_data::{theme_info, Theme};

/// The id of a theme's tab, which the panel names as its label.
pub fn tab_id(theme: Theme) -> String {
    format!("tab-{}", theme.key())
}

/// The theme a key press moves to from `current`, if the key is one the tab list handles.
pub fn theme_after_key(current: Theme, key: &str) -> Option<Theme> {
    let at = NAV_THEMES.iter().position(|t| *t == current)?;
    let last = NAV_THEMES.len() - 1;
    let next = match key {
        "ArrowRight" | "ArrowDown" => {
            if at == last {
                0
            } else {
                at + 1
            }
        }
        "ArrowLeft" | "ArrowUp" => {
            if at == 0 {
                last
            } else {
                at - 1
            }
        }
        "Home" => 0,
        "End" => last,
        _ => return None,
    };
    Some(NAV_THEMES[next])
}

#[component]
pub fn ThemeNav(state: Signal<UrlState>) -> impl IntoView {
    let current = state.get_untracked().theme;
    let lang: Signal<Lang> = Memo::new(move |_| state.get().lang).into();
    view! {
        <nav class="theme-nav" aria-label=move || lang.get().strings().themes>
            <div class="tabs" role="tablist">
                {NAV_THEMES
                    .iter()
                    .map(|&theme| {
                        let selected = current == theme;
                        view! {
                            <a
                                href=move || file_for(&UrlState { theme, chart: None, ..state.get() })
                                role="tab"
                                class="tab"
                                id=tab_id(theme)
                                data-theme=theme.key()
                                aria-controls=selected.then(|| panel_id(theme))
                                aria-selected=selected.to_string()
                            >
                                {move || lang.get().pick(&theme_info(theme).title)}
                            </a>
                        }
                    })
                    .collect_view()}
            </div>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrow_keys_wrap_around_and_home_end_jump() {
        assert_eq!(
            theme_after_key(Theme::Industry, "ArrowRight"),
            Some(Theme::Cooperation)
        );
        assert_eq!(
            theme_after_key(Theme::Industry, "ArrowLeft"),
            Some(Theme::Livelihood)
        );
        assert_eq!(
            theme_after_key(Theme::Livelihood, "ArrowRight"),
            Some(Theme::Industry)
        );
        assert_eq!(theme_after_key(Theme::Rural, "Home"), Some(Theme::Industry));
        assert_eq!(
            theme_after_key(Theme::Rural, "End"),
            Some(Theme::Livelihood)
        );
        assert_eq!(theme_after_key(Theme::Rural, "a"), None);
    }
}
