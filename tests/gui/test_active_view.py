"""Edit ▸ Copy, File ▸ Export Table and Export Chart act on the view in front, whichever it is."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from workreport.gui.main_window import MainWindow
from workreport.gui.table.rows_view import RowsTableView
from workreport.gui.view_list import COMPARE, FIGURES, KEYWORDS


def _select(table: RowsTableView, rows: list[int], columns: int) -> None:
    selection = QItemSelection()
    for row in rows:
        selection.select(table.proxy.index(row, 0), table.proxy.index(row, columns - 1))
    table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_edit_copy_with_keywords_in_front_copies_the_keyword_counts(window: MainWindow) -> None:
    view = window.show_keywords()
    view.controls.words_edit.setText("专精特新")
    QApplication.processEvents()
    _select(view.counts.table, [0], 4)
    window.menus.copy_action.trigger()  # Edit ▸ Copy
    assert QGuiApplication.clipboard().text() == (
        "Section\t专精特新\t专精特新 per 10k\tCharacters\n全文\t2\t5.49\t3643\n"
    )


def test_edit_copy_with_compare_in_front_copies_the_comparison(window: MainWindow) -> None:
    view = window.show_compare()
    QApplication.processEvents()
    _select(view.table, [0], 6)
    window.menus.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == (
        "Region\tFigure as written\tValue\tHigh\tUnit\tQualifier\n国务院\t5%左右\t5\t\t%\t左右\n"
    )
    view.table.clearSelection()  # nothing selected: the whole comparison, not the figures
    window.menus.copy_action.trigger()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 1 + len(view.rows) == 33
    assert lines[0].startswith("Region\t")


def test_edit_copy_with_figures_in_front_copies_the_figures(window: MainWindow) -> None:
    window.show_compare()
    window.views.show(FIGURES)
    window.library.select_path("持续强化创新引领 创新能力实现新跃升 / 研发创新活跃度持续提升")
    window.detail.table.clearSelection()
    window.menus.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == (
        "Figure\tEnglish\tValue\tTo\tUnit\tQualifier\tTarget\tNormalised\tBase unit\n"
        "全社会研发投入\tR&D spending, whole of society\t58.2\t\t亿元\t\t\t5820000000\t元\n"
        "研发投入强度\tR&D intensity\t10.6\t\t%\t\t\t10.6\t%\n"
        "规模以上工业企业研发活动覆盖率\tShare of industrial enterprises above designated size "
        "with R&D activity\t84\t\t%\t\t\t84\t%\n"
    )


def test_export_table_writes_the_table_in_front(window: MainWindow, tmp_path: Path) -> None:
    window.show_keywords()
    QApplication.processEvents()
    assert window.views.write_table(tmp_path / "keywords.csv")
    rows = list(csv.reader((tmp_path / "keywords.csv").read_text("utf-8-sig").splitlines()))
    assert rows[0] == ["section", "新 count", "新 per_10k", "characters"]
    assert rows[1][0] == "全文"
    window.show_compare()
    assert window.views.write_table(tmp_path / "compare.csv")
    rows = list(csv.reader((tmp_path / "compare.csv").read_text("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["region", "figure", "value"] and len(rows) == 33


def _colours(path: Path) -> int:
    """How many different colours a sample of the image's pixels has (1: a blank image)."""
    image = QImage(str(path))
    assert not image.isNull()
    step_x, step_y = max(1, image.width() // 40), max(1, image.height() // 40)
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step_x)
            for y in range(0, image.height(), step_y)
        }
    )


@pytest.mark.parametrize(
    ("key", "text"),
    [
        (FIGURES, "全社会研发投入"),  # a bar's label
        (KEYWORDS, "导语"),  # the first chapter's bar
        (COMPARE, "福建省"),
    ],
)
def test_export_chart_works_in_every_view(
    window: MainWindow, tmp_path: Path, key: str, text: str
) -> None:
    if key == FIGURES:
        window.library.select_path("持续强化创新引领 创新能力实现新跃升 / 研发创新活跃度持续提升")
    window.views.show(key)
    QApplication.processEvents()
    png, svg = tmp_path / "chart.png", tmp_path / "chart.svg"
    assert window.views.write_chart(png)
    assert png.read_bytes().startswith(b"\x89PNG") and _colours(png) > 2
    assert window.views.write_chart(svg)
    drawing = svg.read_text("utf-8")
    assert "<svg" in drawing and text in drawing
