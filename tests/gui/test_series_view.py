"""The Series view: the national GDP growth target and outcome year by year, hover, jump, copy,
export and the chart."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from workreport.gui.main_window import SOURCE_TAB, MainWindow


def _row(view, year: int) -> int:  # type: ignore[no-untyped-def]
    return next(i for i, row in enumerate(view.table.rows) if row["year"] == year)


def test_the_national_gdp_growth_series(window: MainWindow) -> None:
    view = window.show_series()
    assert view.current_region() == "国务院"
    assert view.current_measure() == "生产总值增长"
    rows = {row["year"]: row for row in view.table.rows}
    assert (rows[2016]["target"], rows[2016]["outcome"], rows[2016]["verdict"]) == (
        "6.5%—7%",
        "6.7%",
        "met",
    )
    assert (rows[2022]["target"], rows[2022]["outcome"], rows[2022]["verdict"]) == (
        "5.5%左右",
        "3%",
        "missed",
    )
    assert rows[2019]["outcome"] == "" and rows[2019]["note"] == "no report of the next year"
    assert rows[2020]["target"] == "" and rows[2020]["outcome"] == "2.3％"
    assert rows[2007]["outcome"] == ""
    assert "multi-year" in rows[2007]["note"]
    assert view.chart is not None
    years = [p[0] for p in view.chart.points]
    assert years == sorted(years) and 2020 in years  # a year without a report is a gap row
    assert view.chart.describe(next(p for p in view.chart.points if p[0] == 2016)) == (
        "2016\nTarget: 6.5—7\nOutcome: 6.7"
    )


def test_hover_shows_the_sentences_and_a_double_click_jumps(window: MainWindow) -> None:
    view = window.show_series()
    row = _row(view, 2021)
    assert view.sentence_at(row, "target").startswith(
        "今年发展主要预期目标是：国内生产总值增长6%以上"
    )
    assert "增长8.1%" in view.sentence_at(row, "outcome")
    view.activate(row, "outcome")
    assert window.views.current_key() == "figures"
    assert window.detail.tabs.currentIndex() == SOURCE_TAB
    assert window.report.id == "china-2022"
    assert "8.1%" in window.detail.source.textCursor().selectedText()


def test_the_series_copies_and_exports(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = window.show_series()
    view.table.setFocus()
    view.table.selectAll()
    qtbot.keyClick(view.table, "c", Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    lines = mime.text().splitlines()
    assert lines[0].split("\t")[:4] == ["Year", "Target", "Outcome", "Met?"]
    assert "2016\t6.5%—7%\t6.7%\tmet" in mime.text()
    assert "<table" in mime.html()
    view.table.write_table(tmp_path / "series.csv")
    rows = list(csv.reader((tmp_path / "series.csv").read_text("utf-8-sig").splitlines()))
    assert len(rows) == len(view.rows) + 1
    assert rows[[r[0] for r in rows].index("2024")][:4] == ["2024", "5%左右", "5%", "met"]
