"""A table of plain rows (dicts) a view computes with the core: keyword counts, keywords in
context, top words, comparisons. The caller names the columns (:class:`RowsColumn`); a sort the
user chose survives new rows; Copy puts the raw values in the TSV (numeric cells for a
spreadsheet) and the shown text in the HTML (a formatted table for a word processor).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent

from workreport.core import export
from workreport.gui.table.clipboard import CopySource
from workreport.gui.table.proxy import BlanksFirstProxy
from workreport.gui.table.rows import Row, RowsColumn, RowsTableModel
from workreport.gui.table.view import TableView

MAX_COLUMN_CHARS = 30  # a fitted column is never wider than this many Chinese characters
FIT_SAMPLE = 40  # texts measured per column when fitting it


class RowsTableView(TableView):
    """Rows of plain dicts; ``rowActivated`` gives the source row double-clicked (or Enter)."""

    rowActivated = Signal(int)  # Qt's naming for signals

    def __init__(self, parent: Any = None) -> None:
        self.table_model: RowsTableModel
        super().__init__(RowsTableModel(), BlanksFirstProxy(), parent)
        self.table_model.setParent(self)
        self.proxy.setParent(self)
        self._sort_key: str | None = None
        # no row numbers: sizing them on every new set of rows doubled the cost of a redraw
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.sortIndicatorChanged.connect(self._on_sort_changed)
        self.doubleClicked.connect(self._on_double_clicked)

    # --- content ------------------------------------------------------------------------------

    @property
    def rows(self) -> list[Row]:
        return self.table_model.rows

    @property
    def columns(self) -> list[RowsColumn]:
        return self.table_model.columns

    def set_rows(self, rows: list[Row], columns: list[RowsColumn], source_line: str) -> None:
        """Show these rows; ``source_line`` goes under the copied HTML table."""
        sort_key = self._sort_key
        self._source_line = source_line
        self.table_model.set_rows(rows, columns)
        keys = [c.key for c in columns]
        # a sort the user chose survives new rows, as long as its column is still there
        if sort_key in keys:
            self.sortByColumn(keys.index(sort_key), self.horizontalHeader().sortIndicatorOrder())
        else:  # column -1 in descending order would be the caller's order reversed
            self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        # a text column at the end takes the room left; numbers stay next to their neighbours
        self.horizontalHeader().setStretchLastSection(bool(columns) and not columns[-1].right)
        self._fit_columns()

    def _on_sort_changed(self, column: int, _order: Qt.SortOrder) -> None:
        columns = self.table_model.columns
        self._sort_key = columns[column].key if 0 <= column < len(columns) else None

    def _fit_columns(self) -> None:
        """Widths from the texts themselves: resizeColumnToContents asks every cell's size hint."""
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        limit = metrics.horizontalAdvance("中") * MAX_COLUMN_CHARS
        padding = metrics.horizontalAdvance("M")  # the cell's margins
        sort_arrow = metrics.height()  # room for the header's sort indicator
        for column, spec in enumerate(self.table_model.columns):
            measure = bold_metrics if spec.emphasis else metrics
            # measuring is the cost: only the longest texts, which are the widest but for mixes
            # of narrow and wide characters, hence a few dozen of them
            texts = sorted(set(self.table_model.column_texts(column)), key=len)[-FIT_SAMPLE:]
            widest = max((measure.horizontalAdvance(t) for t in texts), default=0)
            title = metrics.horizontalAdvance(spec.title) + sort_arrow
            header.resizeSection(column, min(limit, max(widest, title) + padding))

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.rowActivated.emit(self.source_row(index))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.rowActivated.emit(self.source_row(self.currentIndex()))
            event.accept()
            return
        super().keyPressEvent(event)

    # --- copy and export ------------------------------------------------------------------------

    def copy_source(self) -> CopySource:
        return self.table_model

    def export_rows(self) -> list[Row]:
        """The rows in view order, by column key, as files get them (blanks for None)."""
        model = self.table_model
        keys = [c.key for c in model.columns]
        return [
            {key: model.raw(row, column) for column, key in enumerate(keys)}
            for row in self.visible_source_rows()
        ]

    def write_table(self, path: Path) -> int:
        """Write the table as shown (rows in view order) to ``path``: .xlsx, else CSV with BOM."""
        path = Path(path)
        rows = self.export_rows()
        columns = tuple(c.key for c in self.table_model.columns)
        if path.suffix.lower() == ".xlsx":
            export.write_xlsx(rows, path, columns, sheet=self.export_name)
        else:
            export.write_csv(rows, path, columns)
        self.exported.emit(str(path), len(rows))
        return len(rows)
