"""Every text of the corpus: each chapter found, front matter kept out, and no year, date, ordinal
or name made into a figure.

The chapter titles below were copied by hand from the texts (the lines that open each chapter).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from workreport.core.importer import import_text
from workreport.core.library import build_bundled, bundled_ids, load_bundled
from workreport.core.model import Report, SectionKind
from workreport.core.textfile import read_text
from workreport.core.units import dimension_of

R = "2024年工作回顾"
CHAPTERS: dict[str, list[str]] = {
    "national/2025年国务院政府工作报告.txt": [
        R, "2025年经济社会发展总体要求和政策取向", "2025年政府工作任务",
    ],
    "provinces/2025年上海市政府工作报告.txt": [R, "2025年主要任务", "全面提升政府治理现代化水平"],
    "provinces/2025年云南省政府工作报告.txt": [R, "2025年总体要求", "2025年重点任务"],
    "provinces/2025年内蒙古自治区政府工作报告.txt": [R, "2025年工作安排"],
    "provinces/2025年北京市政府工作报告.txt": [R, "2025年工作总体要求和重点任务"],
    "provinces/2025年吉林省政府工作报告.txt": [R, "2025年工作安排", "锲而不舍加强政府自身建设"],
    "provinces/2025年四川省政府工作报告.txt": [R, "2025年工作安排建议", "加强政府自身建设"],
    "provinces/2025年天津市政府工作报告.txt": [R, "2025年工作安排", "努力建设人民满意政府"],
    "provinces/2025年宁夏政府工作报告.txt": [R, "2025年目标任务"],
    "provinces/2025年安徽省政府工作报告.txt": [
        R, "2025年工作总体要求和主要目标任务", "2025年重点工作",
    ],
    "provinces/2025年山东省政府工作报告.txt": [R, "2025年工作总体要求和主要目标", "2025年重点工作"],
    "provinces/2025年山西省政府工作报告.txt": [R, "2025年工作安排", "全面提升政府治理效能"],
    "provinces/2025年广东省政府工作报告.txt": [R, "2025年工作安排"],
    "provinces/2025年广西政府工作报告.txt": ["过去一年工作回顾", "2025年目标任务和重点工作"],
    "provinces/2025年新疆政府工作报告.txt": [R, "2025年重点工作", "全面加强政府自身建设"],
    "provinces/2025年江苏省政府工作报告.txt": [R, "2025年工作总体要求和目标任务", "2025年重点工作"],
    "provinces/2025年江西省政府工作报告.txt": [R, "2025年工作安排"],
    "provinces/2025年河北省政府工作报告.txt": [R, "2025年目标任务和主要工作"],
    "provinces/2025年河南省政府工作报告.txt": [
        "2024 年工作回顾", "2025年工作总体要求和主要目标", "2025年重点工作",
    ],
    "provinces/2025年浙江省政府工作报告.txt": [R, "2025年目标任务和重点工作"],
    "provinces/2025年海南省政府工作报告.txt": [R, "2025年工作总体要求和主要目标", "2025年工作安排"],
    "provinces/2025年湖北省政府工作报告.txt": [R, "2025年工作思路和重点任务", "全面加强政府自身建设"],
    "provinces/2025年湖南省政府工作报告.txt": [R, "关于2025年工作", "全面加强政府自身建设"],
    "provinces/2025年甘肃省政府工作报告.txt": [R, "2025年工作总体要求和预期目标", "2025年重点工作"],
    "provinces/2025年福建省政府工作报告.txt": [
        "牢记殷殷嘱托，在接续奋斗中新福建建设取得新成效",
        "牢记历史使命，在中国式现代化建设中奋勇争先",
        "牢记人民至上，在建设服务型政府中践行初心使命",
    ],
    "provinces/2025年西藏政府工作报告.txt": [R, "2025年工作安排"],
    "provinces/2025年贵州省政府工作报告.txt": [R, "2025年主要目标任务"],
    "provinces/2025年辽宁省政府工作报告.txt": [R, "2025年工作安排", "全面提升政府现代化治理水平"],
    "provinces/2025年重庆市政府工作报告.txt": [
        R, "2025年主要任务", "持续提升政府治理效能和服务水平",
    ],
    "provinces/2025年陕西省政府工作报告.txt": [R, "2025年工作安排"],
    "provinces/2025年青海省政府工作报告.txt": [R, "2025年目标任务和重点工作", "大力加强政府自身建设"],
    "provinces/2025年黑龙江省政府工作报告.txt": [
        R, "2025年工作总体要求", "2025年重点工作任务", "加强政府自身建设",
    ],
}  # fmt: skip

APPENDICES: dict[str, list[str]] = {
    "provinces/2025年云南省政府工作报告.txt": ["名词解释", "2025年10件惠民实事"],
    "provinces/2025年四川省政府工作报告.txt": ["名词解释"],
    "provinces/2025年广东省政府工作报告.txt": ["2025年省十件民生实事", "名词解释"],
    "provinces/2025年江西省政府工作报告.txt": ["《政府工作报告》有关内容名词注释"],
}

FILES = sorted(CHAPTERS)


@cache
def _import(name: str) -> Report:
    path = CORPUS / name
    return import_text(read_text(path), name=str(path))


def test_the_table_covers_the_whole_corpus() -> None:
    # the national series beyond 2025 is read by tests of its own
    found = sorted(
        str(p.relative_to(CORPUS))
        for p in CORPUS.glob("*/*.txt")
        if p.parent.name != "national" or p.name.startswith("2025")
    )
    assert found == FILES
    assert len(FILES) == 32


@pytest.mark.parametrize("name", FILES)
def test_every_chapter_is_found(name: str) -> None:
    report = _import(name)
    assert [c.title for c in report.chapters()] == CHAPTERS[name]
    assert [a.title for a in report.sections if a.kind is SectionKind.APPENDIX] == APPENDICES.get(
        name, []
    )
    kinds = [s.kind for s in report.sections]
    # intro, chapters, closing (when there is one), appendices: in that order
    assert kinds == sorted(kinds, key=list(SectionKind).index)


@pytest.mark.parametrize("name", FILES)
def test_front_matter_stays_out_of_the_chapters(name: str) -> None:
    report = _import(name)
    intro = report.sections[0]
    assert intro.kind is SectionKind.INTRO
    assert intro.paragraphs[0].startswith(("来源", "——", "----", "2025年", "各位代表"))
    assert any(p.startswith("各位代表") for p in intro.paragraphs)
    for chapter in report.chapters():
        text = chapter.text()
        assert "来源：" not in text and "各位代表：" not in text
    if name.startswith("provinces/"):
        assert report.title == Path(name).stem
        assert report.level == "provincial" and report.year == 2025
        assert re.fullmatch(r"2025-01-\d\d", report.date)
        assert 2 <= len(report.speaker) <= 8 or "·" in report.speaker


# Digits that must never start a figure: a year, a month or day, an ordinal, a version or a code.
_NOT_A_FIGURE_AFTER = re.compile(r"^\d+(?:\.\d+)?(?:年|月|日|届|号|次会议|版|级|周年)")


@pytest.mark.parametrize("name", FILES)
def test_no_year_date_ordinal_or_name_becomes_a_figure(name: str) -> None:
    report = _import(name)
    for section, indicator in report.all_indicators():
        paragraph = section.paragraphs[indicator.paragraph]
        written = paragraph[indicator.start : indicator.end]
        before = paragraph[max(0, indicator.start - 1) : indicator.start]
        where = f"{written!r} in {indicator.sentence!r}"
        assert before != "第", where  # an ordinal: 第23届
        assert not (before.isascii() and before.isalnum()), where  # a name: PM2.5, G219
        assert not re.search("[A-Za-z]", written) or written.endswith(("EFlops", "万P")), (
            where
        )  # 5G
        assert not _NOT_A_FIGURE_AFTER.match(written), where
        assert not re.fullmatch(r"(19|20)\d\d年", written), where  # a year: 2022年
        assert indicator.sentence in paragraph and written in indicator.sentence, where


@pytest.mark.parametrize("name", FILES)
def test_quoted_names_hold_no_figures(name: str) -> None:
    report = _import(name)
    for section, indicator in report.all_indicators():
        paragraph = section.paragraphs[indicator.paragraph]
        sentence_start = paragraph.index(indicator.sentence)
        before = paragraph[sentence_start : indicator.start]
        rest = paragraph[indicator.end : sentence_start + len(indicator.sentence)]
        opened = before.rfind("“") > before.rfind("”")
        # inside a quotation that closes in the same sentence: 《资本力量》1+6, “15分钟服务圈”
        assert not (opened and "”" in rest and rest.find("”") < rest.find("“") % 999), paragraph[
            indicator.start - 20 : indicator.end + 5
        ]


def test_every_report_has_its_main_targets() -> None:
    for name in FILES:
        targets = [i for _, i in _import(name).all_indicators() if i.target]
        assert len(targets) >= 3, name  # 浙江 lists three
        # each target's unit is one the unit table knows, and measures what the figure says
        assert all(dimension_of(i.unit) == i.dimension for i in targets), name


@pytest.mark.parametrize("report_id", bundled_ids())
def test_bundled_json_is_what_the_importer_makes_today(report_id: str) -> None:
    assert build_bundled(report_id, CORPUS) == load_bundled(report_id)
