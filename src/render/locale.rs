//! The two languages of the dashboard and every piece of interface text in them.
//! Text from the data (labels, titles) carries its own two languages; see `Lang::pick`.

use report_data::{vocabulary, Text};

vocabulary! {
    /// The page's language: Chinese by default, English on request (`lang=` in the URL).
    #[derive(Default)]
    Lang {
        #[default]
        Zh = "zh",
        En = "en",
    }
}

impl Lang {
    /// The BCP 47 tag for `<html lang>`, so screen readers and fonts pick the right language.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    pub const fn other(self) -> Self {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// The variant of a data text in this language.
    pub const fn pick(self, text: &Text) -> &'static str {
        match self {
            Lang::Zh => text.zh,
            Lang::En => text.en,
        }
    }

    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }

    /// The text the app in the browser writes. Apart from `strings`, whose text the documents
    /// arrive with, so that the wasm carries these few and none of the page's.
    pub fn app_strings(self) -> &'static AppStrings {
        match self {
            Lang::Zh => &APP_ZH,
            Lang::En => &APP_EN,
        }
    }
}

/// The page's interface text, one field per use: the build renders it into the documents.
pub struct Strings {
    /// The name of this language, written in itself, for the switch.
    pub language_name: &'static str,
    pub skip_to_content: &'static str,
    pub themes: &'static str,
    pub source: &'static str,
    pub by: &'static str,
    pub honours: &'static str,
    pub national: &'static str,
    pub provincial: &'static str,
    pub headline_figures: &'static str,
    pub charts: &'static str,
    pub milestones: &'static str,
    pub show_table: &'static str,
    pub show_chart: &'static str,
    pub sources: &'static str,
    pub col_indicator: &'static str,
    pub col_value: &'static str,
    pub col_year: &'static str,
    /// Each direction's tag, then other words by which a label already says it (the tag is
    /// left out there: "…, average cut" needs no "reduction" after it). English words are
    /// matched whole, Chinese ones anywhere in the label.
    pub growth: &'static [&'static str],
    pub reduction: &'static [&'static str],
    pub increase: &'static [&'static str],
    pub derived: &'static str,
    pub unit: &'static str,
    pub axis_broken: &'static str,
    pub bar_hint: &'static str,
    /// Between a label and what it names: full width, with no space after, in Chinese.
    pub colon: &'static str,
    pub share: &'static str,
    pub permalink: &'static str,
    pub embed_code: &'static str,
    pub copy: &'static str,
    pub download: &'static str,
    pub download_all: &'static str,
    pub full_dashboard: &'static str,
}

static ZH: Strings = Strings {
    language_name: "中文",
    skip_to_content: "跳到正文",
    themes: "主题",
    source: "来源",
    by: "记者",
    honours: "所获荣誉",
    national: "国家级",
    provincial: "省级",
    headline_figures: "主要数据",
    charts: "图表",
    milestones: "大事与成果",
    show_table: "显示数据表",
    show_chart: "显示图表",
    sources: "出处",
    col_indicator: "指标",
    col_value: "数值",
    col_year: "年份",
    growth: &["增长", "增幅", "提高", "提升", "上升"],
    reduction: &["下降", "压缩", "减少", "降低", "缩短", "缩减", "下滑"],
    increase: &["增加", "新增", "增多", "增长"],
    derived: "推算",
    unit: "单位",
    axis_broken: "坐标轴截断：标有截断符号的条形未按比例绘制",
    bar_hint: "将指针移到条形上、聚焦或轻触，可查看确切数值。",
    colon: "：",
    share: "分享、嵌入与下载",
    permalink: "链接",
    embed_code: "嵌入代码",
    copy: "复制",
    download: "下载",
    download_all: "下载全部数据",
    full_dashboard: "查看完整数据看板",
};

static EN: Strings = Strings {
    language_name: "English",
    skip_to_content: "Skip to content",
    themes: "Themes",
    source: "Source",
    by: "by",
    honours: "Honours",
    national: "National",
    provincial: "Provincial",
    headline_figures: "Headline figures",
    charts: "Charts",
    milestones: "Milestones",
    show_table: "Show table",
    show_chart: "Show chart",
    sources: "Sources",
    col_indicator: "Indicator",
    col_value: "Value",
    col_year: "Year",
    growth: &["growth", "grew", "rise", "rose", "increase"],
    reduction: &[
        "reduction",
        "cut",
        "fall",
        "fell",
        "decrease",
        "decline",
        "drop",
        "lower",
    ],
    increase: &["increase", "added", "rise", "gain"],
    derived: "derived",
    unit: "Unit",
    axis_broken: "Axis broken: bars marked with a break are not to scale",
    bar_hint: "Hover, focus or tap a bar for its exact value.",
    colon: ": ",
    share: "Share, embed and download",
    permalink: "Link",
    embed_code: "Embed code",
    copy: "Copy",
    download: "Download",
    download_all: "Download all data",
    full_dashboard: "View the full dashboard",
};

/// Interface text the app writes in the browser: the notice if it fails, and what a copy
/// button says (and `unknown_settings_notice`).
pub struct AppStrings {
    pub page_error: &'static str,
    pub reload: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
}

static APP_ZH: AppStrings = AppStrings {
    page_error: "页面出错，请刷新重试。",
    reload: "重新加载",
    copied: "已复制",
    copy_failed: "无法自动复制，请按 Ctrl+C 复制已选中的文字。",
};

static APP_EN: AppStrings = AppStrings {
    page_error: "Something went wrong on this page. Please reload it.",
    reload: "Reload",
    copied: "Copied",
    copy_failed: "Could not copy automatically; press Ctrl+C to copy the selected text.",
};

/// The notice of link settings the page did not understand (each "theme = “x”"), a sentence in
/// `lang`'s own punctuation; the page shows the default view instead.
pub fn unknown_settings_notice(lang: Lang, settings: &[String]) -> String {
    match lang {
        Lang::Zh => format!(
            "链接中的参数无法识别（{}）。已显示默认内容。",
            settings.join("，")
        ),
        Lang::En => format!(
            "This link has a setting the dashboard does not know ({}). Showing the default instead.",
            settings.join(", ")
        ),
    }
}

/// `text` after a tag that stands before it, without the word it starts with when that is the
/// tag's own: "National model county…" after a "National" tag, "国家级制种大县" after
/// "国家级", so tag and text read as one phrase, never "National National…". A Latin word is
/// left out only whole and before a space ("Nationalist" stays), a Chinese one before a word
/// (not before punctuation).
pub fn after_tag<'a>(text: &'a str, tag: &str) -> &'a str {
    let Some(rest) = text.strip_prefix(tag) else {
        return text;
    };
    let word_follows = if tag.ends_with(|c: char| c.is_ascii_alphanumeric()) {
        rest.starts_with(char::is_whitespace)
    } else {
        rest.starts_with(char::is_alphanumeric)
    };
    match rest.trim_start() {
        rest if word_follows && rest.starts_with(char::is_alphanumeric) => rest,
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_after_a_tag_does_not_repeat_the_tag_s_word() {
        let national = Lang::En.strings().national;
        assert_eq!(
            after_tag("National model county for petition work", national),
            "model county for petition work"
        );
        assert_eq!(
            after_tag("Jiangxi advanced collective", Lang::En.strings().provincial),
            "Jiangxi advanced collective"
        );
        assert_eq!(
            after_tag("Nationalist history", national),
            "Nationalist history"
        );
        assert_eq!(after_tag("National", national), "National");
        assert_eq!(
            after_tag("National, and more", national),
            "National, and more"
        );
        let zh = Lang::Zh.strings().national;
        assert_eq!(after_tag("国家级制种大县", zh), "制种大县");
        assert_eq!(
            after_tag("全国信访工作示范县区", zh),
            "全国信访工作示范县区"
        );
        assert_eq!(after_tag("国家级（试点）", zh), "国家级（试点）");
    }

    #[test]
    fn language_keys_round_trip() {
        for lang in [Lang::Zh, Lang::En] {
            assert_eq!(Lang::from_key(lang.key()), Some(lang));
        }
        assert_eq!(Lang::from_key("fr"), None);
        assert_eq!(Lang::default(), Lang::Zh);
    }

    #[test]
    fn the_unknown_settings_notice_is_punctuated_in_its_language() {
        let settings = ["theme = “x”".to_owned(), "lang = “fr”".to_owned()];
        assert_eq!(
            unknown_settings_notice(Lang::Zh, &settings),
            "链接中的参数无法识别（theme = “x”，lang = “fr”）。已显示默认内容。"
        );
        assert_eq!(
            unknown_settings_notice(Lang::En, &settings),
            "This link has a setting the dashboard does not know (theme = “x”, lang = “fr”). \
             Showing the default instead."
        );
    }
}
