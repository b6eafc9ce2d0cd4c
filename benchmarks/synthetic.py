"""A synthetic report for the benchmarks: one chapter with 10,000 figures, and two small ones.

Built in memory from the core's model (nothing is shipped): 1,000 paragraphs of ten sentences, one
figure each, in eight units across six dimensions, with the positions, sentences and normalised
values the importer would give them.
"""

from __future__ import annotations

import random

from workreport.core.model import Indicator, Report, Section, SectionKind, assign_section_ids
from workreport.core.units import normalise, parse_value

UNITS = ("亿元", "%", "平方公里", "万人", "家", "个", "项", "万元")
SUBJECTS = ("园区企业营业收入", "高新技术企业", "研发投入", "新建厂房面积", "新增就业", "孵化载体")
QUALIFIERS = ("", "达", "超过", "累计", "新增", "约")


def _paragraph(rng: random.Random, number: int, sentences: int) -> tuple[str, list[Indicator]]:
    text = ""
    indicators: list[Indicator] = []
    for k in range(sentences):
        unit = UNITS[(number * sentences + k) % len(UNITS)]
        value = (
            f"{rng.randint(1, 9999)}.{rng.randint(0, 9)}"
            if k % 3 == 0
            else str(rng.randint(1, 999))
        )
        label = f"{SUBJECTS[(number + k) % len(SUBJECTS)]}第{number + 1}组{k + 1}"
        qualifier = QUALIFIERS[(number + k) % len(QUALIFIERS)]
        sentence = f"{label}{qualifier}{value}{unit}，同比增长{k + 1}%。"
        start = len(text) + len(label) + len(qualifier)
        end = start + len(value) + len(unit)
        magnitude, base = (
            ("", unit) if unit not in ("亿元", "万人", "万元") else (unit[0], unit[1:])
        )
        normalised = normalise(value, magnitude, base)
        indicators.append(
            Indicator(
                label=label,
                value=parse_value(value),
                unit=unit,
                qualifier=qualifier,
                base_value=normalised.base_value,
                base_unit=normalised.base_unit,
                dimension=normalised.dimension,
                paragraph=number,
                start=start,
                end=end,
                sentence=sentence,
            )
        )
        text += sentence
    return text, indicators


def _chapter(
    rng: random.Random, title: str, numbering: str, paragraphs: int, sentences: int
) -> Section:
    section = Section(title, SectionKind.CHAPTER, numbering=numbering)
    for number in range(paragraphs):
        text, indicators = _paragraph(rng, number, sentences)
        section.paragraphs.append(text)
        section.indicators.extend(indicators)
    return section


BIG_CHAPTER = "万项指标 数据规模测试"


def synthetic_report(figures: int = 10_000) -> Report:
    """A report whose chapter ``BIG_CHAPTER`` holds ``figures`` figures (a multiple of ten)."""
    rng = random.Random(2022)
    big = _chapter(rng, BIG_CHAPTER, "一、", figures // 10, 10)
    small = _chapter(rng, "小型章节 对照测试", "二、", 2, 3)
    closing = _chapter(rng, "结语 新的征程", "三、", 1, 2)
    report = Report(
        title=f"合成报告（{figures}项指标）",
        region="基准测试区",
        level="county",
        year=2022,
        headline="合成报告：用于性能基准测试",
        sections=[big, small, closing],
    )
    assign_section_ids(report.sections)  # as the importer and the loader give every report
    return report
