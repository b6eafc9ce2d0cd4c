"""The charts of the Figures view: one per dimension of the node's figures, and 新 per child section.

The core (``core/views/charts.py``) groups the figures and counts the word; this names the charts
and words the tooltips. A chart shows at most ``MAX_BARS`` bars: a section with more figures of
one kind charts the largest, in order of size, and says how many it left out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workreport.core.tabular import Row, format_number
from workreport.core.views.charts import MAX_BARS, figure_groups, word_bars
from workreport.core.views.header import KEYWORD
from workreport.gui.chart.data import Bar, ChartData
from workreport.gui.tree.node import TreeNode

__all__ = ["MAX_BARS", "figure_charts", "keyword_chart"]


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
    charts = []
    for group in figure_groups(rows, max_bars):
        title = f"{dimension_title(group.dimension)} ({'、'.join(group.units)})"
        if group.cut:
            title = QCoreApplication.translate(
                "Charts", "{title}: the {shown} largest of {total} figures"
            ).format(title=title, shown=len(group.rows), total=f"{group.total:,}")
        charts.append(ChartData(group.dimension, title, [_figure_bar(m) for m in group.rows]))
    return charts


def keyword_chart(node: TreeNode) -> ChartData | None:
    """新 per child section, for the root and for chapters, counted as the header counts it."""
    if not node.children or node.is_group:
        return None
    section_id = None if node.section is None else node.section.id
    bars = [
        Bar(bar.title, float(bar.count), f"{bar.title}\n“{KEYWORD}”: {bar.count}")
        for bar in word_bars(node.report, section_id, KEYWORD)
    ]
    title = QCoreApplication.translate("Charts", "“{keyword}” per section").format(keyword=KEYWORD)
    return ChartData("keyword", title, bars)
