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
        ("净增超过300家。", (300, "家", "净增超过", "")),  # no words, no label
        ("基金管理规模超1000亿元。", (1000, "亿元", "超", "基金管理规模")),
        ("推动亚马逊等10余家外资机构合作。", (10, "家", "余", "外资机构合作")),
        ("接待游客3400多万人次。", (3400, "万人次", "多", "接待游客")),
        ("抢回3个多月的工期。", (3, "个月", "多", "抢回工期")),
        ("粮食产量约1.4万亿斤左右。", None),
        ("经济增长5%左右。", (5, "%", "左右", "经济增长")),
        ("城镇新增就业1200万人以上。", (1200, "万人", "以上", "城镇新增就业")),
        ("突破500家。", (500, "家", "突破", "")),
        ("近30个项目。", (30, "个", "近", "项目")),
        ("完成投资1,200万元。", (1200, "万元", "", "完成投资")),
        ("新增加优质学位18420个。", (18420, "个", "新增加", "优质学位")),
        ("提高0.5个百分点。", (0.5, "个百分点", "", "提高")),
    ],
)
def test_figures(text: str, expected: tuple[float, str, str, str] | None) -> None:
    if expected is None:
        assert find_figures(text) == []  # 斤 is not a unit we know; nothing is made up
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
