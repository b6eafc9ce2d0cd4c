"""The figure table's extra columns (range end, target, kind …), shown or hidden from the
header's context menu, and the choice remembered from one window to the next."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication

from workreport.gui.main_window import MainWindow
from workreport.gui.table.figure_view import HIDDEN_KEY, FigureTableView


def _cells(table: FigureTableView, key: str) -> list[str]:
    column = [c.key for c in table.table_model.columns].index(key)
    model = table.table_model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _shown(table: FigureTableView) -> list[str]:
    return [c.key for n, c in enumerate(table.table_model.columns) if not table.isColumnHidden(n)]


def test_a_range_shows_its_end_and_a_target_says_so(window: MainWindow) -> None:
    window.library.select_report("fujian-2025")
    table = window.detail.table
    rows = table.rows
    growth = next(i for i, r in enumerate(rows) if r["value"] == 5 and r["high"] == 5.5)
    assert rows[growth]["target"]  # 全省地区生产总值增长5%—5.5%: the year's target
    assert _cells(table, "high")[growth] == "5.5"
    assert _cells(table, "target")[growth] == "target"
    assert _cells(table, "kind")[growth] == "growth"
    no_range = next(i for i, r in enumerate(rows) if r["high"] is None)
    assert _cells(table, "high")[no_range] == ""


def test_columns_hidden_by_default_and_shown_from_the_header_menu(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    table = window.detail.table
    QSettings().remove(HIDDEN_KEY)
    assert {"bound", "direction", "kind"} <= set(table.hidden_columns)
    menu = table.column_menu()
    actions = {a.text(): a for a in menu.actions()}
    assert not actions["Kind"].isChecked() and actions["To"].isChecked()
    assert "Figure" not in actions  # the label is always shown
    actions["Kind"].setChecked(True)  # the user shows Kind …
    actions["Target"].setChecked(False)  # … and hides Target
    menu.deleteLater()
    assert "kind" in _shown(table) and "target" not in _shown(table)
    table.clearSelection()
    table.copy_all()
    header = QGuiApplication.clipboard().text().splitlines()[0].split("\t")
    assert "Kind" in header and "Target" not in header  # Copy leaves hidden columns out

    from workreport.gui.library import bundled_sources

    second = MainWindow(bundled_sources())  # a later run remembers the choice
    qtbot.addWidget(second)
    second.library.select_report("china-2025")
    assert "kind" in _shown(second.detail.table)
    assert "target" not in _shown(second.detail.table)
    QSettings().remove(HIDDEN_KEY)
