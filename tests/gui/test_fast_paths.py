"""What the performance work changed, checked: charts capped at the largest bars, text formats,
and the DataFrame the table gives on request."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextCursor

from workreport.core.record import figure_rows
from workreport.gui.detail.chart_data import MAX_BARS, figure_charts
from workreport.gui.detail.pane import SOURCE_TAB
from workreport.gui.main_window import MainWindow


def _row(value: float) -> dict[str, object]:
    return {
        "section": "第一章",
        "label": f"指标{value}",
        "value": value,
        "unit": "家",
        "qualifier": "",
        "base_value": value,
        "base_unit": "家",
        "dimension": "organisations",
        "sentence": "句子。",
    }


def test_a_chart_shows_the_largest_bars_and_says_so() -> None:
    rows = [_row(v) for v in range(1, 101)]
    [chart] = figure_charts(rows)
    assert len(chart.bars) == MAX_BARS == 40
    assert [b.value for b in chart.bars][:3] == [100, 99, 98]
    assert "the 40 largest of 100 figures" in chart.title
    [small] = figure_charts(rows[:5])
    assert [b.value for b in small.bars] == [1, 2, 3, 4, 5]  # reading order when all fit


def test_body_text_is_not_bold_after_a_report_node(window: MainWindow) -> None:
    window.detail.tabs.setCurrentIndex(SOURCE_TAB)
    window.library.select_node(window.library.report_node())  # titles in bold
    window.library.select_path("持续强化创新引领 创新能力实现新跃升 / 创新主体持续壮大")
    source = window.detail.source
    cursor = QTextCursor(source.document())
    cursor.setPosition(5)
    assert source.document().toPlainText().startswith("全年新通过高企评审")
    assert cursor.charFormat().fontWeight() != QFont.Weight.Bold


def test_the_table_gives_its_dataframe_on_request(window: MainWindow) -> None:
    window.library.select_node(window.library.report_node())
    frame = window.detail.table.table_model.frame
    assert frame is not None and len(frame) == 111
    assert {"label", "value", "unit", "qualifier", "base_value", "base_unit"} <= set(frame.columns)
    rows = figure_rows(window.report)
    assert frame["value"].tolist() == [r["value"] for r in rows]
