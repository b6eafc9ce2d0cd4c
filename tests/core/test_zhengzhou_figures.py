"""The bundled Zhengzhou report against the table written by hand from the article."""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS
from tests.core.zhengzhou_expected import EXPECTED_FIGURES
from workreport.core.library import build_bundled
from workreport.core.model import Report, path_title


def _figures(report: Report) -> list[tuple[str, str, float, str, str]]:
    return [
        (
            path_title(report.section_path(section.id)),
            section.paragraphs[i.paragraph][i.start : i.end],
            i.value,
            i.unit,
            i.qualifier,
        )
        for section, i in report.all_indicators()
    ]


def test_every_figure_matches_the_hand_written_table(zhengzhou: Report) -> None:
    found = _figures(zhengzhou)
    assert len(EXPECTED_FIGURES) == 111
    for index, (got, expected) in enumerate(zip(found, EXPECTED_FIGURES, strict=False)):
        assert got == expected, f"figure {index}"
    assert len(found) == len(EXPECTED_FIGURES)


def test_values_keep_their_type(zhengzhou: Report) -> None:
    for (_, _, value, _, _), (_, indicator) in zip(
        EXPECTED_FIGURES, zhengzhou.all_indicators(), strict=True
    ):
        assert type(indicator.value) is type(value)


def test_bundled_json_is_what_the_importer_makes_today(zhengzhou: Report) -> None:
    """The bundled file is reproducible: re-importing the corpus text gives the same report."""
    assert build_bundled("zhengzhou-hitech-2022", CORPUS) == zhengzhou


@pytest.mark.parametrize(
    ("section", "figure", "label"),
    [
        ("研发创新活跃度持续提升", "58.2亿元", "全社会研发投入"),
        ("研发创新活跃度持续提升", "10.6%", "研发投入强度"),
        ("创新主体持续壮大", "1800家", "高企总数"),
        ("创新主体持续壮大", "41家", "国家级专精特新“小巨人”企业"),
        ("创新平台建设持续加快", "2家", "新培育省级创新联合体"),
        ("创新成果不断涌现", "4家", "企业获得第23届中国专利奖"),
        ("安置房建设全面推进", "79.94万平方米", "网签安置房"),
        ("安置房建设全面推进", "92%", "群众回迁率"),
        ("城市环境面貌持续优化", "35万㎡", "完成绿化面积"),
        ("双招双引取得实效", "30亿元", "投资上海重塑燃料电池产业化基地"),
        ("探索开放国际化协同创新模式", "10余家", "外资机构与区内企业开展合作"),
        (
            "强化理论武装,加强思想建设",
            "10556人",
            "举办“万名党员进党校”、村(社区)“两委”干部等各类培训",
        ),
    ],
)
def test_labels(zhengzhou: Report, section: str, figure: str, label: str) -> None:
    labels = [
        i.label
        for s, i in zhengzhou.all_indicators()
        if s.title == section and s.paragraphs[i.paragraph][i.start : i.end] == figure
    ]
    assert labels == [label]


def test_sentences_are_whole_sentences_holding_their_figure(zhengzhou: Report) -> None:
    for section, indicator in zhengzhou.all_indicators():
        paragraph = section.paragraphs[indicator.paragraph]
        figure = paragraph[indicator.start : indicator.end]
        assert figure in indicator.sentence
        assert indicator.sentence in paragraph
        assert indicator.sentence[-1] in "。！？" or paragraph.endswith(indicator.sentence)


def test_selected_sentence(zhengzhou: Report) -> None:
    by_figure = {
        s.paragraphs[i.paragraph][i.start : i.end]: i for s, i in zhengzhou.all_indicators()
    }
    assert by_figure["1800家"].sentence.startswith(
        "全年新通过高企评审668家,净增超过300家,高企总数达1800家;"
    )
    assert by_figure["57.6%"].sentence == "战新产业增加值占高技术制造业的比重达57.6%。"


def test_structure(zhengzhou: Report) -> None:
    chapters = zhengzhou.chapters()
    assert [c.title for c in chapters] == [
        "持续强化创新引领 创新能力实现新跃升",
        "优化产业提质转型 发展质效取得新提升",
        "坚定不移深化改革 关键领域实现新突破",
        "加快推进产城融合 城市品质迈上新台阶",
        "全面统筹发展安全 民生福祉得到新改善",
        "纵深推进从严治党 基层基础得到新加强",
    ]
    assert [len(c.children) for c in chapters] == [6, 3, 4, 5, 5, 4]
    assert all(c.gloss for c in chapters)
    assert zhengzhou.sections[0].title == "导语"
    assert zhengzhou.sections[-1].paragraphs[0].startswith("以上成绩的取得")
    # chapters hold text of their own before their first subsection
    assert chapters[1].paragraphs[0].startswith("2022年,郑州高新区成功举办")
    assert [i.value for i in chapters[4].indicators] == [9.2]
    assert zhengzhou.year == 2022
    assert zhengzhou.date == "2023-01-16"
    assert zhengzhou.region == "郑州高新区"
