//! The page header: what the dashboard covers, where its figures come from, the language
//! switch, and the honours of the report's opening paragraph as badges.

use crate::downloads;
use crate::locale::Lang;
use leptos::prelude::*;
use report_data::{Level, Theme, MILESTONES, REPORT};

/// The word for an honour's level.
pub fn level_name(level: Level, lang: Lang) -> &'static str {
    match level {
        Level::National => lang.strings().national,
        Level::Provincial => lang.strings().provincial,
    }
}

/// The class that colours an honour's level.
pub fn level_class(level: Level) -> &'static str {
    match level {
        Level::National => "badge-level level-national",
        Level::Provincial => "badge-level level-provincial",
    }
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
                let (class, level) = match m.level {
                    Some(level) => ("badge", level_name(level, lang)),
                    None => ("badge", ""),
                };
                let level_class = m.level.map_or("badge-level", level_class);
                view! {
                    <li class=class data-milestone=m.id title=m.quote>
                        <span class=level_class>{level}</span>
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
                    <p class="byline">
                        {move || {
                            let lang = lang.get();
                            let src = &REPORT.source;
                            match lang {
                                Lang::Zh => format!(
                                    "{}：{}，{}，{} {} ·《{}》",
                                    s().source, src.publication.zh, src.date, s().by, src.author.zh, src.headline
                                ),
                                Lang::En => format!(
                                    "{}: {} ({}), {}, {} {} · “{}”",
                                    s().source, src.publication.en, src.publication.zh, src.date, s().by,
                                    src.author.en, src.headline
                                ),
                            }
                        }}
                    </p>
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
