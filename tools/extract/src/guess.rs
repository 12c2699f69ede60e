//! First guesses for the data file's `theme` and `kind`, which an editor confirms. Keyword rules
//! that hold for any report: nothing here knows a district.

use crate::Figure;
use report_model::{Kind, Theme};

/// Keywords of section headings, by theme, tried in this order: a heading about culture and
/// tourism spending (文旅消费) is tourism before it is anything else.
const THEME_KEYWORDS: &[(Theme, &[&str])] = &[
    (Theme::Tourism, &["文旅", "旅游", "文化"]),
    (
        Theme::Cooperation,
        &["合作", "协作", "协同", "开放", "一体化", "对口"],
    ),
    (
        Theme::Rural,
        &[
            "城乡", "乡村", "农村", "农业", "生态", "城市", "城镇", "环境",
        ],
    ),
    (
        Theme::Livelihood,
        &[
            "民生", "教育", "医疗", "卫生", "社会", "就业", "保障", "福祉", "养老", "住房", "安全",
        ],
    ),
    (
        Theme::Industry,
        &[
            "工业", "产业", "企业", "项目", "经济", "招商", "科技", "创新", "营商", "投资", "制造",
        ],
    ),
    (Theme::Overview, &["荣誉", "综合", "概况"]),
];

/// The theme a section heading names, if a rule maps it.
pub fn theme(heading: &str) -> Option<Theme> {
    THEME_KEYWORDS
        .iter()
        .find(|(_, keywords)| keywords.iter().any(|k| heading.contains(k)))
        .map(|(theme, _)| *theme)
}

/// What the figure measures: a rank, a change (by its direction word), money, or a count.
pub fn kind(figure: &Figure) -> Kind {
    let relative = ["%", "倍", "个百分点", "百分点", "成"].contains(&figure.unit.as_str());
    match figure.direction {
        _ if figure.rank => Kind::Rank,
        Some(d) if crate::words::FALLING.contains(&d) => Kind::Reduction,
        Some(d) if d != "新增" && relative => Kind::Growth,
        Some("增加" | "净增") => Kind::Increase,
        _ if figure.unit.ends_with('元') => Kind::Amount,
        _ => Kind::Count,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_headings_by_keyword() {
        assert_eq!(theme("工业发展做大做强"), Some(Theme::Industry));
        assert_eq!(theme("文旅消费有声有色"), Some(Theme::Tourism));
        assert_eq!(theme("城乡融合美美与共"), Some(Theme::Rural));
        assert_eq!(theme("民生福祉落细落实"), Some(Theme::Livelihood));
        assert_eq!(theme("赣湘合作走深走实"), Some(Theme::Cooperation));
        assert_eq!(theme("不忘初心"), None);
    }
}
