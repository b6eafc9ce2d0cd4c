"""Compare: each province's 2025 GDP growth target side by side, copyable and exportable."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from workreport.gui.main_window import MainWindow


def test_growth_targets_of_every_province_side_by_side(window: MainWindow) -> None:
    view = window.show_compare()
    assert view.current_query() == "gdp_growth"
    regions = [row.region for row in view.rows]
    assert len(regions) == 32 and len(set(regions)) == 32  # 31 provinces and the State Council
    by_region = {row.region: row for row in view.rows}
    assert (by_region["国务院"].value, by_region["国务院"].qualifier) == (5, "左右")
    assert (by_region["福建省"].value, by_region["福建省"].high) == (5, 5.5)
    assert (by_region["西藏"].value, by_region["西藏"].qualifier) == (7, "以上")
    assert (by_region["湖北省"].label, by_region["湖北省"].value) == ("经济增长", 6)
    assert view.table.model().rowCount() == 32
    assert view.chart is not None and view.chart.bar_count() == 32


def test_the_comparison_copies_as_a_table(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.show_compare()
    view.table.clearSelection()
    view.table.setFocus()
    qtbot.keyClick(view.table, "c", Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    lines = mime.text().splitlines()
    assert lines[0].split("\t")[:6] == [
        "Region",
        "Figure as written",
        "Value",
        "High",
        "Unit",
        "Qualifier",
    ]
    assert lines[1].split("\t")[:6] == ["国务院", "5%左右", "5", "", "%", "左右"]
    assert len(lines) == 33
    assert "<table" in mime.html() and "福建省" in mime.html()


def test_the_comparison_exports(window: MainWindow, tmp_path: Path) -> None:
    view = window.show_compare()
    view.table.write_table(tmp_path / "targets.csv")
    rows = list(csv.reader((tmp_path / "targets.csv").read_text("utf-8-sig").splitlines()))
    assert len(rows) == 33
    assert rows[5][:5] == ["福建省", "5%—5.5%", "5", "5.5", "%"]


def test_any_label_can_be_compared(window: MainWindow) -> None:
    view = window.show_compare()
    view.targets_only.setChecked(False)
    view.set_query("城镇调查失业率")
    QApplication.processEvents()
    assert len(view.rows) >= 25
    assert all(row.unit in {"%", "％"} for row in view.rows)
