//! The page header: what the dashboard covers, where its figures come from, the language
//! switch, and the honours of the report's opening paragraph as badges.

use crate::citation;
use crate::downloads;
use crate::locale::Lang;
use leptos::prelude::*;
use report_data::{Level, Theme, MILESTONES, REPORT};

/// An honour's level as a coloured tag: 国家级 / National, 省级 / Provincial.
pub fn level_tag(level: Level, lang: Lang) -> impl IntoView {
    let (class, name) = match level {
        Level::National => ("badge-level level-national", lang.strings().national),
        Level::Provincial => ("badge-level level-provincial", lang.strings().provincial),
    };
    view! { <span class=class>{name}</span> }
}

#[component]
pub fn Masthead(lang: Signal<Lang>, on_switch: Callback<Lang>) -> impl IntoView {
    let s = move || lang.get().strings();
    let honours = move || {
        let lang = lang.get();
        MILESTONES
            .iter()
            .filter(|m| m.theme == Theme::Overview)
            .map(|m| {
                view! {
                    <li class="badge" data-milestone=m.id title=m.quote>
                        {m.level.map(|level| level_tag(level, lang))}
                        <span class="badge-text">{lang.pick(&m.text)}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <header class="masthead">
            <div class="masthead-top">
                <div>
                    <p class="region">{move || lang.get().pick(&REPORT.region)}</p>
                    <h1>{move || lang.get().pick(&REPORT.title)}</h1>
                    <p class="byline">{move || citation::byline(lang.get())}</p>
                </div>
                <button
                    class="lang-switch"
                    type="button"
                    lang=move || lang.get().other().tag()
                    aria-label=move || format!("{} · {}", s().switch_language, lang.get().other().strings().language_name)
                    on:click=move |_| on_switch.run(lang.get_untracked().other())
                >
                    {move || lang.get().other().strings().language_name}
                </button>
            </div>
            <p class="downloads">
                {move || s().download_all}": "
                <button type="button" class="download" data-format="all-csv"
                    on:click=move |_| downloads::save_text(&downloads::file_name(None, "csv"), "text/csv;charset=utf-8", &downloads::all_csv())
                >"CSV"</button>
                <button type="button" class="download" data-format="all-json"
                    on:click=move |_| downloads::save_text(&downloads::file_name(None, "json"), "application/json", &downloads::all_json())
                >"JSON"</button>
            </p>
            <section class="honours" aria-labelledby="honours-title">
                <h2 id="honours-title">{move || s().honours}</h2>
                <ul class="badges">{honours}</ul>
            </section>
        </header>
    }
}
