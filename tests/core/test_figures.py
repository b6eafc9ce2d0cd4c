"""Figure recognition on single sentences: what is a figure, and what is not."""

from __future__ import annotations

import pytest

from workreport.core.importer.figures import find_figures


def _one(text: str) -> tuple[float, str, str, str]:
    figures = find_figures(text)
    assert len(figures) == 1, figures
    f = figures[0]
    return f.value, f.unit, f.qualifier, f.label


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全社会研发投入58.2亿元。", (58.2, "亿元", "", "全社会研发投入")),
        ("高企总数达1800家。", (1800, "家", "达", "高企总数")),
        (
            "净增超过300家。",
            (300, "家", "净增 超过", "净增超过300家"),
        ),  # no words: the figure itself
        ("基金管理规模超1000亿元。", (1000, "亿元", "超", "基金管理规模")),
        ("推动亚马逊等10余家外资机构合作。", (10, "家", "余", "外资机构合作")),
        ("接待游客3400多万人次。", (3400, "万人次", "多", "接待游客")),
        ("抢回3个多月的工期。", (3, "个月", "多", "抢回工期")),
        ("粮食产量约1.4万亿斤左右。", (1.4, "万亿斤", "约 左右", "粮食产量")),
        ("亩产约1.4万斛。", None),  # 斛 is not a unit we know; nothing is made up
        ("经济增长5%左右。", (5, "%", "左右", "经济增长")),
        ("城镇新增就业1200万人以上。", (1200, "万人", "以上", "城镇新增就业")),
        ("突破500家。", (500, "家", "突破", "突破500家")),
        ("近30个项目。", (30, "个", "近", "项目")),
        ("完成投资1,200万元。", (1200, "万元", "", "完成投资")),
        ("新增加优质学位18420个。", (18420, "个", "新增加", "优质学位")),
        ("提高0.5个百分点。", (0.5, "个百分点", "", "提高")),
    ],
)
def test_figures(text: str, expected: tuple[float, str, str, str] | None) -> None:
    if expected is None:
        assert find_figures(text) == []
    else:
        assert _one(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2022年,郑州高新区成功举办世界传感器大会。",  # a year
        "1月16日,郑州高新区召开2023年高质量发展大会。",  # a date and a year
        "4家企业获得第23届中国专利奖。",  # an ordinal (the 4家 is the figure)
        "并有效组织《资本力量》1+6系列活动。",  # part of a name
        "持续做实医保服务“15分钟服务圈”。",  # a quoted name
        "荣获2022河南省开发区“金星奖”。",  # a year glued to a name
        "PM2.5浓度下降,5G基站建设,G219国道,12345热线,3.0版。",  # names with digits
        "三次产业结构为9.7:47.3:43。",  # a ratio
        "传感器产业位列第四名,中部第一。",
    ],
)
def test_digits_that_are_not_figures(text: str) -> None:
    figures = find_figures(text)
    assert [(f.value, f.unit) for f in figures] == ([(4, "家")] if text.startswith("4家") else [])


def test_qualifier_opening_a_clause_governs_every_figure_in_it() -> None:
    figures = find_figures("新增网签安置房9120套、79.94万平方米,竣工交付256.29万平方米。")
    assert [(f.value, f.qualifier, f.label) for f in figures] == [
        (9120, "新增", "网签安置房"),
        (79.94, "新增", "网签安置房"),
        (256.29, "", "竣工交付"),
    ]


def test_positions_cover_number_through_unit() -> None:
    text = "推动莱茵测试等10余家外资机构合作,累计上线产品69个。"
    assert [text[f.start : f.end] for f in find_figures(text)] == ["10余家", "69个"]


def _rows(text: str) -> list[tuple[str, float, float | None, str, str, str, str]]:
    return [
        (text[f.start : f.end], f.value, f.high, f.unit, f.qualifier, f.label, f.kind)
        for f in find_figures(text)
    ]


def test_ranges_have_a_low_and_a_high_end() -> None:
    assert _rows("全省地区生产总值增长5.0%—5.5%，根据实际情况争取更好的结果。") == [
        ("5.0%—5.5%", 5, 5.5, "%", "", "地区生产总值增长", "growth")
    ]
    assert _rows("每个县发展1—2个带动能力强的主导产业。")[0][:4] == ("1—2个", 1, 2, "个")
    assert _rows("实施城市更新行动（2025—2027年）。") == []  # a span of years is no figure


def test_percentage_points_are_a_change() -> None:
    assert _rows("高于全国0.7个百分点。") == [
        ("0.7个百分点", 0.7, None, "个百分点", "", "高于全国", "change")
    ]


def test_a_shared_verb_pairs_subjects_and_figures() -> None:
    assert _rows("规上工业增加值、社会消费品零售总额分别增长4.8%、7.2%。") == [
        ("4.8%", 4.8, None, "%", "", "规上工业增加值增长", "growth"),
        ("7.2%", 7.2, None, "%", "", "社会消费品零售总额增长", "growth"),
    ]
    # 城乡 names two subjects in one word: 城镇 and 农村 (四川 2025)
    assert [r[5] for r in _rows("城乡居民人均可支配收入分别增长4.7%、6.6%。")] == [
        "城镇居民人均可支配收入增长",
        "农村居民人均可支配收入增长",
    ]
    # one subject for three figures: all take it
    assert [r[5] for r in _rows("城乡居民人均可支配收入分别增长4.7%、6.6%、5%。")] == [
        "城乡居民人均可支配收入增长"
    ] * 3


def test_growth_rates_and_levels() -> None:
    assert _rows("国内生产总值达到134.9万亿元、增长5%，增速居世界前列。") == [
        ("134.9万亿元", 134.9, None, "万亿元", "达到", "国内生产总值", "level"),
        ("5%", 5, None, "%", "", "国内生产总值增长", "growth"),
    ]
    assert _rows("城镇调查失业率5.5%左右。")[0][-1] == "level"
    assert _rows("城乡居民基础养老金最低标准再提高20元。")[0][-1] == "change"
    assert _rows("常住人口城镇化率提高到67%。")[0][-1] == "level"  # the level reached


def test_chinese_numeral_magnitudes() -> None:
    assert _rows("工业区产值突破千亿元；旅游收入超万亿元。") == [
        ("千亿元", 1000, None, "亿元", "突破", "工业区产值", "level"),
        ("万亿元", 1, None, "万亿元", "超", "旅游收入", "level"),
    ]
    [figure] = find_figures("产值突破千亿元。")
    assert (figure.base_value, figure.base_unit) == (100_000_000_000, "元")
    # without a qualifier the words are a name
    assert find_figures("拥有8个万亿元级产业集群，再上一个万亿元台阶。")[0].unit == "个"
    assert len(find_figures("拥有8个万亿元级产业集群，再上一个万亿元台阶。")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "每万人口高价值发明专利拥有量达到12件/万人。",  # a rate per 10,000 people: not known
        "日喀则定日县发生6.8级地震。",
        "1—11月规模以上工业增加值增长。",
        "漳州核电2—4号机组。",
    ],
)
def test_rates_and_other_non_figures(text: str) -> None:
    assert find_figures(text) == []


def test_rates_per_unit_are_figures_of_their_own_dimension() -> None:
    [monthly] = find_figures("城乡低保标准提高到每人800元/月。")
    assert (monthly.value, monthly.unit, monthly.base_unit, monthly.dimension) == (
        800,
        "元/月",
        "元/月",
        "money_per_month",
    )
    [daily] = find_figures("新增污水处理能力30万吨/日。")
    assert (daily.unit, daily.base_value, daily.base_unit, daily.dimension) == (
        "万吨/日",
        300_000,
        "吨/日",
        "mass_per_day",
    )
