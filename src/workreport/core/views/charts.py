"""Chart data for the window: bars of a section's figures and of a word per child section.

Values and labels only; the window adds titles and tooltips in the interface's language.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from workreport.core.keywords import ALL_TEXT, CountingRule, count_in_parts, scope
from workreport.core.model import Report
from workreport.core.tabular import Row

MAX_BARS = 40  # per chart: 40 bars are 1,040 pixels tall, and more cannot be read


@dataclass(frozen=True, slots=True)
class FigureGroup:
    """The figures of one dimension, charted together on their base values."""

    dimension: str
    units: tuple[str, ...]  # the base units, sorted
    rows: list[Row]  # the figures charted: in reading order, or the largest first when cut
    total: int  # figures of this dimension, charted or not

    @property
    def cut(self) -> bool:
        return len(self.rows) < self.total


def figure_groups(rows: list[Row], max_bars: int = MAX_BARS) -> list[FigureGroup]:
    """One group per dimension, in the order dimensions first appear.

    A dimension with more than ``max_bars`` figures keeps the ``max_bars`` largest (by absolute
    base value), largest first; otherwise its figures stay in reading order.
    """
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(row["dimension"], []).append(row)
    result = []
    for dimension, members in groups.items():
        units = tuple(sorted({m["base_unit"] for m in members}))
        shown = members
        if len(members) > max_bars:
            sizes = [abs(m["base_value"]) for m in members]
            largest = heapq.nlargest(max_bars, range(len(members)), key=sizes.__getitem__)
            shown = [members[i] for i in largest]
        result.append(FigureGroup(dimension, units, shown, len(members)))
    return result


@dataclass(frozen=True, slots=True)
class WordBar:
    """A word's count in one section (and below)."""

    section_id: str
    title: str
    count: int


def word_bars(
    report: Report, section_id: str | None, word: str, rule: CountingRule = ALL_TEXT
) -> list[WordBar]:
    """``word`` in each child section of the report (``section_id`` None) or of a section."""
    children = report.sections if section_id is None else report.section(section_id).children
    bars = []
    for child in children:
        counted = scope(report, child.id, rule)
        bars.append(WordBar(child.id, child.title, count_in_parts(counted.parts, word)))
    return bars
