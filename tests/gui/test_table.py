"""The generic rows table: numbers sort as numbers, copy is TSV + HTML, export is CSV or XLSX."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QFileDialog

from workreport.gui.table.rows import RowsColumn
from workreport.gui.table.rows_view import RowsTableView

SOURCE = "Source: a test <of escaping>"


def _rows() -> list[dict[str, object]]:
    return [
        {"name": "高企", "value": 1800, "rate": 12.5, "note": "<script>x</script>"},
        {"name": "研发", "value": 9, "rate": None, "note": "a\tb"},
        {"name": "专利", "value": 100, "rate": 0.25, "note": ""},
        {"name": "孵化", "value": 10, "rate": 3.0, "note": "n"},
    ]


def _columns() -> list[RowsColumn]:
    return [
        RowsColumn("name", "Name"),
        RowsColumn("value", "Value", numeric=True, display=lambda v: f"{v:,}"),
        RowsColumn("rate", "Rate", numeric=True, display=lambda v: f"{v:.2f}"),
        RowsColumn("note", "Note", emphasis=True),
    ]


@pytest.fixture
def table(qtbot) -> RowsTableView:  # type: ignore[no-untyped-def]
    view = RowsTableView()
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.set_rows(_rows(), _columns(), SOURCE)
    view.show()
    qtbot.waitExposed(view)
    return view


def _shown(table: RowsTableView, column: int) -> list[str]:
    proxy = table.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_cells_are_formatted_once_and_numbers_right_aligned(table: RowsTableView) -> None:
    assert _shown(table, 0) == ["高企", "研发", "专利", "孵化"]
    assert _shown(table, 1) == ["1,800", "9", "100", "10"]
    assert _shown(table, 2) == ["12.50", "", "0.25", "3.00"]  # None is blank
    model = table.table_model
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) != right
    font = model.index(0, 3).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Name",
        "Value",
        "Rate",
        "Note",
    ]


def test_numbers_sort_as_numbers_and_blanks_first(table: RowsTableView) -> None:
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert _shown(table, 1) == ["9", "10", "100", "1,800"]  # as text: 1,800 < 10 < 100 < 9
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert _shown(table, 1) == ["1,800", "100", "10", "9"]
    table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert _shown(table, 2) == ["", "0.25", "3.00", "12.50"]
    assert table.visible_source_rows() == [1, 2, 3, 0]


def test_a_sort_survives_new_rows_while_its_column_is_there(table: RowsTableView) -> None:
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    rows = [*_rows(), {"name": "新", "value": 5000, "rate": 1.0, "note": ""}]
    table.set_rows(rows, _columns(), SOURCE)
    assert _shown(table, 1) == ["5,000", "1,800", "100", "10", "9"]
    table.set_rows(rows, [c for c in _columns() if c.key != "value"], SOURCE)
    assert _shown(table, 0) == ["高企", "研发", "专利", "孵化", "新"]  # the caller's order again


def test_copy_puts_raw_tsv_and_shown_html_with_the_source_line(qtbot, table) -> None:  # type: ignore[no-untyped-def]
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # 研发 9, 孵化 10, 专利 100, 高企 1800
    selection = QItemSelection(table.proxy.index(2, 0), table.proxy.index(3, 3))
    table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    table.setFocus()
    with qtbot.waitSignal(table.copied) as copied:
        qtbot.keyClick(table, "c", Qt.KeyboardModifier.ControlModifier)
    assert copied.args == [2]
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == (
        "Name\tValue\tRate\tNote\n专利\t100\t0.25\t\n高企\t1800\t12.5\t<script>x</script>\n"
    )
    assert mime.html() == (
        '<meta charset="utf-8">\n'
        '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">\n'
        "<thead><tr><th>Name</th><th>Value</th><th>Rate</th><th>Note</th></tr></thead>\n"
        '<tbody><tr><td>专利</td><td style="text-align:right">100</td>'
        '<td style="text-align:right">0.25</td><td></td></tr>'
        '<tr><td>高企</td><td style="text-align:right">1,800</td>'
        '<td style="text-align:right">12.50</td><td>&lt;script&gt;x&lt;/script&gt;</td></tr>'
        "</tbody>\n</table>\n<p>Source: a test &lt;of escaping&gt;</p>\n"
    )


def test_copying_scattered_cells_leaves_the_others_blank(qtbot, table) -> None:  # type: ignore[no-untyped-def]
    selection = table.selectionModel()
    flag = QItemSelectionModel.SelectionFlag.Select
    selection.select(table.proxy.index(0, 0), flag)
    selection.select(table.proxy.index(1, 2), flag)  # a None: blank
    selection.select(table.proxy.index(3, 1), flag)
    table.copy_selection()
    assert QGuiApplication.clipboard().text() == ("Name\tValue\tRate\n高企\t\t\n\t\t\n\t10\t\n")


def test_the_context_menu_copies_the_whole_table(qtbot, table) -> None:  # type: ignore[no-untyped-def]
    table.selectRow(1)
    menu = table.context_menu()
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert list(actions) == ["&Copy", "Copy &Whole Table", "&Export Table…"]
    actions["Copy &Whole Table"].trigger()
    menu.deleteLater()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0] == "Name\tValue\tRate\tNote"
    assert len(lines) == 5
    assert lines[2] == "研发\t9\t\ta b"  # a tab inside a cell becomes a space


def test_write_table_writes_csv_with_bom_in_view_order(
    table: RowsTableView, tmp_path: Path
) -> None:
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    target = tmp_path / "rows.csv"
    table.write_table(target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert rows == [
        ["name", "value", "rate", "note"],
        ["高企", "1800", "12.5", "<script>x</script>"],
        ["专利", "100", "0.25", ""],
        ["孵化", "10", "3.0", "n"],
        ["研发", "9", "", "a\tb"],
    ]


def test_write_table_writes_xlsx_with_numbers_as_numbers(
    table: RowsTableView, tmp_path: Path
) -> None:
    table.export_name = "counts"
    target = tmp_path / "rows.xlsx"
    table.write_table(target)
    workbook = openpyxl.load_workbook(target)
    sheet = workbook["counts"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    workbook.close()
    assert values[0] == ["name", "value", "rate", "note"]
    assert values[1] == ["高企", 1800, 12.5, "<script>x</script>"]
    assert values[2][:3] == ["研发", 9, ""]  # blank, not "None"


def test_export_dialog_adds_the_chosen_suffix(
    table: RowsTableView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = (str(tmp_path / "export"), "Excel workbook (*.xlsx)")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: chosen)
    table.export_dialog()
    assert (tmp_path / "export.xlsx").is_file()


def test_double_click_gives_the_source_row(qtbot, table: RowsTableView) -> None:  # type: ignore[no-untyped-def]
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # view row 0 is source row 1 (研发 9)
    rect = table.visualRect(table.proxy.index(0, 0))
    with qtbot.waitSignal(table.rowActivated) as activated:
        # as a real double click: Qt 6's mouseDClick sends only the second press
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated.args == [1]
