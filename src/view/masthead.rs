//! The page header: what the dashboard covers, where its figures come from, the language
//! switch, and the honours of the report's opening paragraph as badges.

use crate::render::citation;
use crate::render::documents::file_for;
use crate::render::files::{file_name, static_path};
use crate::render::locale::{after_tag, Lang};
use crate::render::url_state::UrlState;
use leptos::prelude::*;
use report_data::{Level, Theme, MILESTONES, REPORT};

/// A milestone's or an honour's text after its level as a coloured tag (国家级 / National,
/// 省级 / Provincial), the two read as one phrase (`after_tag`); the text alone without a level.
pub fn level_tagged(
    level: Option<Level>,
    text: &'static str,
    lang: Lang,
    text_class: &'static str,
) -> impl IntoView {
    let tag = level.map(|level| match level {
        Level::National => ("badge-level level-national", lang.strings().national),
        Level::Provincial => ("badge-level level-provincial", lang.strings().provincial),
    });
    let text = tag.map_or(text, |(_, name)| after_tag(text, name));
    view! {
        {tag.map(|(class, name)| view! { <span class=class>{name}</span> " " })}
        <span class=text_class>{text}</span>
    }
}

#[component]
pub fn Masthead(state: Signal<UrlState>) -> impl IntoView {
    let lang: Signal<Lang> = Memo::new(move |_| state.get().lang).into();
    let s = move || lang.get().strings();
    // The same view in the other language: a document of its own, so the switch is a plain
    // link that also works without script (the app follows it in place).
    let other = move || UrlState {
        lang: lang.get().other(),
        ..state.get()
    };
    let all_data = |extension: &'static str| {
        view! {
            <a class="download" data-format=format!("all-{extension}")
                href=static_path(None, extension) download=file_name(None, extension)
            >{extension.to_uppercase()}</a>
        }
    };
    // Compact: a count that opens the list on a phone, so that the first screen leads with
    // figures; the stylesheet keeps the list open on wider screens.
    let honours_summary = move || {
        let lang = lang.get();
        let count = |level: Level| {
            MILESTONES
                .iter()
                .filter(|m| m.theme == Theme::Overview && m.level == Some(level))
                .count()
        };
        let all = MILESTONES
            .iter()
            .filter(|m| m.theme == Theme::Overview)
            .count();
        let (national, provincial) = (count(Level::National), count(Level::Provincial));
        let s = lang.strings();
        match lang {
            Lang::Zh => format!(
                "{}{all}项（{}{national}项、{}{provincial}项）",
                s.honours, s.national, s.provincial
            ),
            Lang::En => format!(
                "{}: {all} ({national} national, {provincial} provincial)",
                s.honours
            ),
        }
    };
    let honours = move || {
        let lang = lang.get();
        MILESTONES
            .iter()
            .filter(|m| m.theme == Theme::Overview)
            .map(|m| {
                view! {
                    <li class="badge" data-milestone=m.id title=m.quote>
                        {level_tagged(m.level, lang.pick(&m.text), lang, "badge-text")}
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
                            let b = citation::byline(lang.get());
                            let chinese = (lang.get() != Lang::Zh).then_some(Lang::Zh.tag());
                            let (open, headline, close) = b.headline;
                            view! {
                                {b.source}
                                {b.original.map(|(name, after)| view! { <span lang=chinese>{name}</span>{after} })}
                                <span class="keep-together">{b.date}</span>
                                {b.comma}
                                <span class="keep-together">{b.author}</span>
                                {open}<span lang=chinese>{headline}</span>{close}
                            }
                        }}
                    </p>
                </div>
                <a
                    id="lang-switch"
                    class="lang-switch"
                    href=move || file_for(&other())
                    hreflang=move || lang.get().other().tag()
                    lang=move || lang.get().other().tag()
                >
                    {move || lang.get().other().strings().language_name}
                </a>
            </div>
            <p class="downloads">
                {move || s().download_all}{move || s().colon}
                {all_data("csv")}
                {all_data("json")}
            </p>
            <section class="honours" aria-labelledby="honours-title">
                <details class="honours-details">
                    <summary><h2 id="honours-title">{honours_summary}</h2></summary>
                    <ul class="badges">{honours}</ul>
                </details>
            </section>
        </header>
    }
}
