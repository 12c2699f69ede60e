//! One fixture of our own writing per rule of the extractor, each asserting the exact lines it
//! prints: `--tsv` for what is a figure, `--explain` for what is left out and why, and the
//! listing for headings and direction words.

use report_extract::{extract, output};

fn tsv(text: &str) -> Vec<String> {
    output::tsv(&extract(text))
        .lines()
        .map(str::to_owned)
        .collect()
}

fn explain(text: &str) -> Vec<String> {
    output::explain(&extract(text))
        .lines()
        .map(str::to_owned)
        .collect()
}

fn listing(text: &str) -> Vec<String> {
    output::listing(&extract(text))
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn digits_with_decimals_and_units_as_printed() {
    assert_eq!(
        tsv("全年签约资金223.64亿元,城镇新增就业1.02万人,粮食平均亩产455.39公斤。"),
        [
            "223.64\t亿元\t\t全年签约资金223.64亿元",
            "1.02\t万人\t\t城镇新增就业1.02万人",
            "455.39\t公斤\t\t粮食平均亩产455.39公斤",
        ]
    );
}

#[test]
fn chinese_numerals_read_as_digits() {
    assert_eq!(
        tsv("出台三个专项政策,建成十七个示范村,新增两家上市企业,聚焦七大领域。"),
        [
            "3\t个\t\t出台三个专项政策",
            "17\t个\t\t建成十七个示范村",
            "2\t家\t\t新增两家上市企业",
            "7\t个\t\t聚焦七大领域",
        ]
    );
}

#[test]
fn full_width_digits_and_percent_signs() {
    assert_eq!(
        tsv("全年引进项目２３个,税收增长１２．５％。"),
        [
            "23\t个\t\t全年引进项目２３个",
            "12.5\t%\t\t税收增长１２．５％"
        ]
    );
}

#[test]
fn wan_and_yi_inside_a_figure_belong_to_its_unit() {
    assert_eq!(
        tsv("惠及群众1.2万户,完成投资3千万元,外贸进出口总额394.8 亿元。"),
        [
            "1.2\t万户\t\t惠及群众1.2万户",
            "3\t千万元\t\t完成投资3千万元",
            "394.8\t亿元\t\t外贸进出口总额394.8 亿元",
        ]
    );
}

#[test]
fn ranges_are_one_figure() {
    assert_eq!(
        tsv("每年培育3至5个特色小镇,新建三至五所学校。"),
        [
            "3至5\t个\t\t每年培育3至5个特色小镇",
            "3至5\t所\t\t新建三至五所学校"
        ]
    );
}

#[test]
fn percentage_points_and_multiples() {
    assert_eq!(
        tsv("城镇化率提高0.7个百分点,新能源汽车产量增长2.3倍。"),
        [
            "0.7\t个百分点\t\t城镇化率提高0.7个百分点",
            "2.3\t倍\t\t新能源汽车产量增长2.3倍",
        ]
    );
}

#[test]
fn qualifiers_before_inside_and_after() {
    assert_eq!(
        tsv(
            "带动消费近2.8亿元,惠及居民14500余户,挽回损失2337万余元,解决诉求超3000件,\
             接待游客逾50万人次,覆盖约120个村,建成30个以上站点,节约资金500万元。"
        ),
        [
            "2.8\t亿元\t近\t带动消费近2.8亿元",
            "14500\t户\t余\t惠及居民14500余户",
            "2337\t万元\t余\t挽回损失2337万余元",
            "3000\t件\t超\t解决诉求超3000件",
            "50\t万人次\t逾\t接待游客逾50万人次",
            "120\t个\t约\t覆盖约120个村",
            "30\t个\t以上\t建成30个以上站点",
            "500\t万元\t\t节约资金500万元",
        ]
    );
}

#[test]
fn rankings_are_figures_with_their_place() {
    assert_eq!(
        tsv("县域创新能力列全省第三,挽回损失排名全市第一,增速位居全省第2位。"),
        [
            "3\t名\t\t县域创新能力列全省第三",
            "1\t名\t\t挽回损失排名全市第一",
            "2\t位\t\t增速位居全省第2位",
        ]
    );
    assert_eq!(
        listing("县域创新能力列全省第三。"),
        ["  l.1  3 名 (第三) · 县域创新能力列全省第三"]
    );
}

#[test]
fn direction_words_and_headings_are_listed() {
    let text = "一、工业经济\n\
                规模以上工业增加值同比增长8.5%,政务服务办理时间平均压缩41%,\
                企业数量比上年增加7家。\n\
                二、民生事业\n\
                电信网络诈骗案件同比下降49.8%。\n";
    assert_eq!(
        listing(text),
        [
            "一、工业经济",
            "  l.2  8.5 % 增长 · 规模以上工业增加值同比增长8.5%",
            "  l.2  41 % 压缩 · 政务服务办理时间平均压缩41%",
            "  l.2  7 家 增加 · 企业数量比上年增加7家",
            "二、民生事业",
            "  l.4  49.8 % 下降 · 电信网络诈骗案件同比下降49.8%",
        ]
    );
}

#[test]
fn years_dates_and_times_are_left_out() {
    let text = "2022年以来,3月26日召开会议,20:45开始,2023-03-26发布,一季度完成投资5亿元。";
    assert_eq!(tsv(text), ["5\t亿元\t\t一季度完成投资5亿元"]);
    assert_eq!(
        explain(text),
        [
            "  l.1  2022: a year · 2022年以来",
            "  l.1  3: a date or time · 3月26日召开会议",
            "  l.1  26: a date or time · 3月26日召开会议",
            "  l.1  20: a date or time · 20:45开始",
            "  l.1  45: a date or time · 20:45开始",
            "  l.1  2023: a date or time · 2023-03-26发布",
            "  l.1  03: a date or time · 2023-03-26发布",
            "  l.1  26: a date or time · 2023-03-26发布",
            "  l.1  一: a date or time · 一季度完成投资5亿元",
        ]
    );
}

#[test]
fn names_slogans_ratings_and_ordinals_are_left_out() {
    let text = "“5020”项目5个,建立“5G+”管护平台,举办“乐购618”消费节,7号阀室通气,\
                国家3A级景区,第十三届油菜花节,第二批17个校建项目,实施“十四五”规划,\
                开展三年行动,党的二十大胜利召开,一是抓项目。";
    assert_eq!(
        tsv(text),
        ["5\t个\t\t“5020”项目5个", "17\t个\t\t第二批17个校建项目"]
    );
    assert_eq!(
        explain(text),
        [
            "  l.1  5020: inside quotation marks or a title: part of a name or slogan · “5020”项目5个",
            "  l.1  5: inside quotation marks or a title: part of a name or slogan · 建立“5G+”管护平台",
            "  l.1  618: inside quotation marks or a title: part of a name or slogan · 举办“乐购618”消费节",
            "  l.1  7: a number that names a thing (7号阀室) · 7号阀室通气",
            "  l.1  3: part of a code, rating or formula (3A级, 5G, 1+1+9) · 国家3A级景区",
            "  l.1  第十三: an ordinal (第十三届, 第二批): an edition or batch, not a count · 第十三届油菜花节",
            "  l.1  第二: an ordinal (第十三届, 第二批): an edition or batch, not a count · 第二批17个校建项目",
            "  l.1  十四五: inside quotation marks or a title: part of a name or slogan · 实施“十四五”规划",
            "  l.1  三: part of a plan's name (三年行动) · 开展三年行动",
            "  l.1  二十: part of a meeting's name (党的二十大, 七次会议) · 党的二十大胜利召开",
            "  l.1  一: numbers a list item (一、, 二是) · 一是抓项目",
        ]
    );
}

#[test]
fn words_written_with_numerals_are_not_numbers() {
    let text = "统一部署一批项目,一切为了群众,千家万户受益,区乡两级联动,打造一条路。";
    assert_eq!(tsv(text), Vec::<String>::new());
    assert_eq!(
        explain(text),
        [
            "  l.1  两: no unit or measure word follows: part of a word or name (两级, 乐购618) · 区乡两级联动",
            "  l.1  一: 一 with a measure word reads as \"a\" (一条路, 一个平台), not as a count · 打造一条路",
        ]
    );
}

#[test]
fn page_noise_around_the_article_is_left_out() {
    let text = "某区:产业兴\n\
                发稿时间:2023-03-26 20:45:00 来源: 某报\n\
                产业园3号厂房\n\
                ■记者\n\
                2022年,全区招引项目46个,签约资金223.64亿元,获评多项荣誉。\n\
                图为工人在园区3号厂房施工。张三 摄\n\
                另一条新闻说,当地有8人...\n\
                2023-03-26 20:14:003月26日,推介会在北京举办,签约12个项目。\n";
    assert_eq!(
        tsv(text),
        [
            "46\t个\t\t全区招引项目46个",
            "223.64\t亿元\t\t签约资金223.64亿元"
        ]
    );
    let why: Vec<String> = extract(text)
        .left_out
        .iter()
        .map(|l| format!("l.{} {}: {}", l.line, l.printed, l.reason))
        .collect();
    assert!(
        why.contains(
            &"l.3 3: page noise: the title, dateline or captions before the article".to_owned()
        ),
        "{why:#?}"
    );
    assert!(
        why.contains(&"l.6 3: page noise: a photo caption".to_owned()),
        "{why:#?}"
    );
    assert!(
        why.contains(
            &"l.7 8人: page noise: the list of other headlines after the article".to_owned()
        ),
        "{why:#?}"
    );
    assert!(
        why.contains(
            &"l.8 12个: page noise: the list of other headlines after the article".to_owned()
        ),
        "{why:#?}"
    );
}
