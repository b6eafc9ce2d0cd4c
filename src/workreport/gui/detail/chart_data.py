"""The charts of the Figures view: one per dimension of the node's figures, and 新 per child section.

A chart shows at most :data:`MAX_BARS` bars: a section with more figures of one kind charts the
largest, in order of size, and says how many it left out. Values are base values (元, 平方米 …).
"""

from __future__ import annotations

import heapq

from PySide6.QtCore import QCoreApplication

from workreport.core.export import Row
from workreport.core.tabular import format_number
from workreport.gui.chart.data import Bar, ChartData
from workreport.gui.tree.node import TreeNode

KEYWORD = "新"
MAX_BARS = 40  # per chart: 40 bars are 1,040 pixels tall, and more cannot be read


def dimension_title(dimension: str) -> str:
    titles = {
        "money": QCoreApplication.translate("Charts", "Money"),
        "percent": QCoreApplication.translate("Charts", "Percentages"),
        "percentage_points": QCoreApplication.translate("Charts", "Percentage points"),
        "area": QCoreApplication.translate("Charts", "Area"),
        "length": QCoreApplication.translate("Charts", "Length"),
        "people": QCoreApplication.translate("Charts", "People"),
        "person_times": QCoreApplication.translate("Charts", "Person-times"),
        "households": QCoreApplication.translate("Charts", "Households"),
        "organisations": QCoreApplication.translate("Charts", "Organisations"),
        "count": QCoreApplication.translate("Charts", "Counts"),
        "duration": QCoreApplication.translate("Charts", "Durations"),
        "mass": QCoreApplication.translate("Charts", "Mass"),
        "volume": QCoreApplication.translate("Charts", "Volume"),
        "power": QCoreApplication.translate("Charts", "Power"),
        "energy": QCoreApplication.translate("Charts", "Energy"),
    }
    return titles.get(dimension, dimension)


def _figure_bar(row: Row) -> Bar:
    tooltip = f"{row['label']}\n{row['qualifier']}{format_number(row['value'])}{row['unit']}"
    if row["unit"] != row["base_unit"]:
        tooltip += f" = {format_number(row['base_value'])} {row['base_unit']}"
    return Bar(
        label=row["label"] or row["section"].rsplit(" / ", 1)[-1],
        value=row["base_value"],
        tooltip=tooltip + f"\n{row['section']}",
    )


def figure_charts(rows: list[Row], max_bars: int = MAX_BARS) -> list[ChartData]:
    """One chart per dimension, in the order dimensions first appear; one bar per figure.

    A dimension with more than ``max_bars`` figures charts the ``max_bars`` largest, largest
    first, and its title says so; otherwise the bars are in reading order.
    """
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(row["dimension"], []).append(row)
    charts = []
    for dimension, members in groups.items():
        units = sorted({m["base_unit"] for m in members})
        title = f"{dimension_title(dimension)} ({'、'.join(units)})"
        shown = members
        if len(members) > max_bars:
            sizes = [abs(m["base_value"]) for m in members]
            largest = heapq.nlargest(max_bars, range(len(members)), key=sizes.__getitem__)
            shown = [members[i] for i in largest]
            title = QCoreApplication.translate(
                "Charts", "{title}: the {shown} largest of {total} figures"
            ).format(title=title, shown=max_bars, total=f"{len(members):,}")
        charts.append(ChartData(dimension, title, [_figure_bar(m) for m in shown]))
    return charts


def keyword_chart(node: TreeNode) -> ChartData | None:
    """新 per child section, for the root and for chapters."""
    if not node.children:
        return None
    bars = [
        Bar(child.title, float(count), f"{child.title}\n“{KEYWORD}”: {count}")
        for child in node.children
        for count in [child.text().count(KEYWORD)]
    ]
    title = QCoreApplication.translate("Charts", "“{keyword}” per section").format(keyword=KEYWORD)
    return ChartData("keyword", title, bars)
