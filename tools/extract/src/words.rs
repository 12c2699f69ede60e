//! The words around a number that make it a figure: units and measure words, multipliers,
//! qualifiers and direction words. Lists, not rules, so that adding a word is one line.

/// Multipliers written between a number and its unit (1.2万户, 223.64亿元), longest first.
pub const MULTIPLIERS: &[&str] = &["万亿", "千万", "百万", "万", "亿"];

/// Units and measure words, as printed after a number. Matched longest first, so 个百分点 wins
/// over 个, and 平方公里 over 公里.
pub const UNITS: &[&str] = &[
    "个百分点",
    "微克/立方米",
    "平方公里",
    "平方米",
    "立方米",
    "千瓦时",
    "百分点",
    "人次",
    "个月",
    "小时",
    "分钟",
    "公里",
    "千米",
    "公顷",
    "公斤",
    "千克",
    "千瓦",
    "兆瓦",
    "微克",
    "美元",
    "标箱",
    "元",
    "%",
    "％",
    "‰",
    "个",
    "家",
    "项",
    "所",
    "户",
    "名",
    "倍",
    "亩",
    "人",
    "吨",
    "起",
    "件",
    "条",
    "座",
    "套",
    "台",
    "辆",
    "张",
    "场",
    "次",
    "批",
    "位",
    "栋",
    "间",
    "处",
    "只",
    "头",
    "株",
    "棵",
    "米",
    "天",
    "年",
    "岁",
    "类",
    "种",
    "支",
    "份",
    "本",
    "部",
    "篇",
    "册",
    "宗",
    "笔",
    "单",
    "趟",
    "列",
    "架",
    "艘",
    "口",
    "枚",
    "尾",
    "床",
    "轮",
    "番",
    "成",
    "分",
    "度",
    "强",
];

/// Hedges printed before a number (近2.8亿元), longest first.
pub const QUALIFIERS_BEFORE: &[&str] = &[
    "超过", "接近", "将近", "不足", "不到", "大约", "近", "超", "逾", "约",
];

/// Characters that, just before 约, 超 or 近, make it part of another word (节约, 赶超, 最近).
pub const NOT_A_HEDGE_BEFORE: &[(char, &str)] = &[
    ('约', "节集签合制预履违邀公相婚"),
    ('超', "赶高招"),
    ('近', "最附"),
];

/// Hedges printed between a number and its unit (14500余户, 2337万余元).
pub const QUALIFIERS_INSIDE: &[&str] = &["余", "多"];

/// Hedges printed after the unit (3个以上).
pub const QUALIFIERS_AFTER: &[&str] = &["及以上", "及以下", "以上", "左右", "以下", "以内"];

/// Qualifiers that can make a figure the bound of a category (10亿元以上的项目).
pub const BOUNDS: &[&str] = &["以上", "及以上", "以下", "及以下", "超", "超过"];

/// Words that say which way a figure moved, longest first so 同比增长 is not read as 增长.
pub const DIRECTIONS: &[&str] = &[
    "增长", "增幅", "增速", "上升", "上涨", "提高", "提升", "增加", "新增", "下降", "降低", "减少",
    "压缩", "缩短", "回落", "下滑", "降幅", "净增", "净减",
];

/// Directions that mean less than before.
pub const FALLING: &[&str] = &[
    "下降", "降低", "减少", "压缩", "缩短", "回落", "下滑", "降幅", "净减",
];

/// Words that start with a measure word but are not one (五项目 is not five items).
pub const NOT_UNITS: &[&str] = &[
    "项目", "名单", "户籍", "所有", "条件", "件事", "人民", "天然",
];

/// The word of `words` that `chars` hold at `at`, if any.
pub fn word_at(chars: &[char], at: usize, words: &[&'static str]) -> Option<&'static str> {
    words.iter().copied().find(|w| {
        let mut i = at;
        w.chars().all(|c| {
            let same = chars.get(i) == Some(&c);
            i += 1;
            same
        })
    })
}

/// The word of `words` that `chars` hold just before `end`, if any.
pub fn word_before(chars: &[char], end: usize, words: &[&'static str]) -> Option<&'static str> {
    words.iter().copied().find(|w| {
        let n = w.chars().count();
        end >= n && word_at(chars, end - n, &[w]).is_some()
    })
}

/// The unit at `at`, longest match first.
pub fn unit_at(chars: &[char], at: usize) -> Option<&'static str> {
    if word_at(chars, at, NOT_UNITS).is_some() {
        return None;
    }
    UNITS
        .iter()
        .copied()
        .filter(|u| word_at(chars, at, &[u]).is_some())
        .max_by_key(|u| u.chars().count())
}
