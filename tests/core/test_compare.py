"""Comparing one measure across the 32 bundled 2025 reports."""

from __future__ import annotations

import pytest

from workreport.core.compare import PLAN_WORD_EXAMPLES, compare, label_key, target_labels
from workreport.core.library import list_bundled, load_bundled
from workreport.core.model import Report

# Each report's 2025 GDP growth target, read by hand from its 主要预期目标 sentence:
# region → (value, high, qualifier).
GDP_TARGETS: dict[str, tuple[float, float | None, str]] = {
    "国务院": (5, None, "左右"),
    "北京市": (5, None, "左右"),
    "天津市": (5, None, "左右"),
    "河北省": (5, None, "以上"),
    "山西省": (5, None, "左右"),
    "内蒙古自治区": (6, None, "左右"),
    "辽宁省": (5, None, "以上"),
    "吉林省": (5.5, None, "左右"),
    "黑龙江省": (5, None, "左右"),
    "上海市": (5, None, "左右"),
    "江苏省": (5, None, "以上"),
    "浙江省": (5.5, None, "左右"),
    "安徽省": (5.5, None, "以上"),
    "福建省": (5.0, 5.5, ""),  # 增长5.0%—5.5%
    "江西省": (5, None, "左右"),
    "山东省": (5, None, "以上"),
    "河南省": (5.5, None, "左右"),  # 经济增长5.5%左右
    "湖北省": (6, None, "左右"),  # 经济增长6％左右
    "湖南省": (5.5, None, "左右"),
    "广东省": (5, None, "左右"),
    "广西": (5, None, "左右"),
    "海南省": (6, None, "以上"),
    "重庆市": (6, None, "左右"),
    "四川省": (5.5, None, "以上"),
    "贵州省": (5.5, None, "左右"),
    "云南省": (5, None, "左右"),
    "西藏": (7, None, "以上"),  # 增长7%以上、力争达到8%
    "陕西省": (5, None, "左右"),  # 生产总值增长5%左右
    "甘肃省": (5.5, None, "左右"),
    "青海省": (4.5, None, "左右"),
    "宁夏": (5.5, None, "左右"),
    "新疆": (6, None, "左右"),
}


@pytest.fixture(scope="module")
def reports_2025() -> list[Report]:
    return [load_bundled(entry.id) for entry in list_bundled() if entry.year == 2025]


def test_every_gdp_growth_target_side_by_side(reports_2025: list[Report]) -> None:
    rows = compare(reports_2025, "gdp_growth", targets_only=True, first_only=True)
    got = {row.region: (row.value, row.high, row.qualifier) for row in rows}
    assert got == GDP_TARGETS
    assert len(rows) == 32
    assert all(row.target and row.kind == "growth" for row in rows)
    assert all("%" in row.unit or "％" in row.unit for row in rows)
    fujian = next(row for row in rows if row.region == "福建省")
    assert "5.0%—5.5%" in fujian.sentence


def test_a_label_as_the_query_finds_the_same_rows(reports_2025: list[Report]) -> None:
    by_concept = compare(reports_2025, "gdp_growth", targets_only=True, first_only=True)
    for query in ("国内生产总值增长", "地区生产总值增长", "经济增长", "全省地区生产总值增长"):
        assert compare(reports_2025, query, targets_only=True, first_only=True) == by_concept


def test_all_matches_include_stretch_goals_and_results(reports_2025: list[Report]) -> None:
    xizang = [r for r in reports_2025 if r.region == "西藏"]
    targets = compare(xizang, "gdp_growth", targets_only=True)
    assert [(r.value, r.qualifier) for r in targets] == [(7, "以上"), (8, "力争达到")]
    results = [r for r in compare(xizang, "gdp_growth") if not r.target]
    assert (6.3, "") in [(r.value, r.qualifier) for r in results]  # 2024: 地区生产总值增长6.3%


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("国内生产总值增长", "生产总值增长"),
        ("全省地区生产总值增长", "生产总值增长"),
        ("经济增长", "生产总值增长"),
        ("生产总值增长", "生产总值增长"),
        ("规模以上工业增加值增长", "规上工业增加值增长"),
        ("规模工业增加值增长", "规上工业增加值增长"),
        ("城镇调查失业率控制在", "城镇调查失业率"),
        ("海洋生产总值增长", "海洋生产总值增长"),  # not GDP
        ("第一产业增加值增长", "第一产业增加值增长"),
    ],
)
def test_label_keys(label: str, key: str) -> None:
    assert label_key(label) == key


@pytest.mark.parametrize(("label", "key"), list(PLAN_WORD_EXAMPLES.items()))
def test_plan_words_are_not_what_is_measured(label: str, key: str) -> None:
    assert label_key(label) == key


def test_the_common_targets(reports_2025: list[Report]) -> None:
    counts = target_labels(reports_2025)
    assert next(iter(counts.items())) == ("生产总值增长", 32)
    assert counts["城镇调查失业率"] >= 25


def test_figure_as_written() -> None:
    from dataclasses import replace

    from workreport.core.compare import figure_text
    from workreport.core.record import FigureRecord, figure_records

    first = figure_records(load_bundled("china-2025"))[0]

    def row(value: float, high: float | None, qualifier: str) -> FigureRecord:
        return replace(first, value=value, high=high, unit="%", qualifier=qualifier)

    assert figure_text(row(5, None, "左右")) == "5%左右"
    assert figure_text(row(5, 5.5, "")) == "5%—5.5%"
    assert figure_text(row(7, None, "以上")) == "7%以上"
    assert figure_text(row(6.5, None, "达")) == "达6.5%"
