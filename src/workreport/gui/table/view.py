"""What every table of the window shares: a model behind a sorting, filtering proxy, copy as TSV +
HTML (Ctrl+C, the context menu), and export as CSV or XLSX. The figure table
(``figure_view.py``) and the tables of plain rows (``rows_view.py``) are this view."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QMessageBox, QTableView

from workreport.core.errors import ReportError
from workreport.gui.table.clipboard import CopySource, TableCopy, mime_data, table_copy
from workreport.gui.table.proxy import TableProxy


class TableView(QTableView):
    """``copied`` gives the rows put on the clipboard; ``exported`` the path and rows written."""

    copied = Signal(int)
    exported = Signal(str, int)

    def __init__(self, model: QAbstractTableModel, proxy: TableProxy, parent: Any = None) -> None:
        super().__init__(parent)
        self._source_line = ""
        self.export_name = "table"  # suggested file name and XLSX sheet name
        self.table_model = model
        self.proxy = proxy
        self.proxy.setSourceModel(self.table_model)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the model's order until a click
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        vertical = self.verticalHeader()
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setHighlightSections(False)

    @property
    def source_line(self) -> str:
        """The line under a copied HTML table: where its figures come from."""
        return self._source_line

    def visible_source_rows(self) -> list[int]:
        """The model's rows in view order, those filtered out left out."""
        return [
            self.proxy.mapToSource(self.proxy.index(r, 0)).row()
            for r in range(self.proxy.rowCount())
        ]

    def select_source_row(self, source_row: int) -> None:
        index = self.proxy.mapFromSource(self.table_model.index(source_row, 0))
        if index.isValid():
            self.selectRow(index.row())
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def source_row(self, index: QModelIndex) -> int:
        return self.proxy.mapToSource(index).row()

    # --- copy -----------------------------------------------------------------------------------

    def table_copy(self, *, whole: bool = False) -> TableCopy:
        """The selected cells in view order, or every shown cell when nothing is selected (or
        ``whole``); everything selected (Ctrl+A) copies without listing every cell."""
        selection = None if whole or self._all_selected() else self.selectionModel()
        return table_copy(self.copy_source(), self.proxy, selection, self.isColumnHidden)

    def copy_source(self) -> CopySource:
        """The model, as Copy reads it: every table's model is one."""
        raise NotImplementedError

    def copy_selection(self) -> int:
        return self._copy(self.table_copy())

    def copy_all(self) -> int:
        return self._copy(self.table_copy(whole=True))

    def _copy(self, copy: TableCopy) -> int:
        QGuiApplication.clipboard().setMimeData(mime_data(copy, self._source_line))
        self.copied.emit(len(copy.raw))
        return len(copy.raw)

    def _all_selected(self) -> bool:
        """Whether one selected range covers the table (as Select All makes it)."""
        rows, columns = self.proxy.rowCount(), self.proxy.columnCount()
        selection = self.selectionModel().selection()
        for i in range(selection.count()):
            part = selection.at(i)
            corners = (part.top(), part.left(), part.bottom(), part.right())
            if corners == (0, 0, rows - 1, columns - 1):
                return rows > 0
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- export ---------------------------------------------------------------------------------

    def write_table(self, path: Path) -> int:
        """Write the table as shown (rows in view order) to ``path``: .xlsx, else CSV with BOM;
        the rows written. Every table defines it."""
        raise NotImplementedError

    def export_dialog(self) -> None:
        from workreport.gui.save_dialog import ask_save_path, table_filters

        target = ask_save_path(
            self, self.tr("Export Table"), self.export_name, table_filters(), (".csv", ".xlsx")
        )
        if target is None:
            return
        try:
            rows = self.write_table(target)
        except (OSError, ReportError) as error:
            QMessageBox.warning(self, self.tr("Export failed"), f"{target}: {error}")
            return
        self.exported.emit(str(target), rows)

    # --- context menu ---------------------------------------------------------------------------

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        copy = QAction(self.tr("&Copy"), menu)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.triggered.connect(self.copy_selection)
        copy_all = QAction(self.tr("Copy &Whole Table"), menu)
        copy_all.triggered.connect(self.copy_all)
        export_action = QAction(self.tr("&Export Table…"), menu)
        export_action.triggered.connect(self.export_dialog)
        menu.addActions([copy, copy_all])
        menu.addSeparator()
        menu.addAction(export_action)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()
