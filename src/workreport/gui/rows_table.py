"""A table of plain rows (dicts): sorting, copy as TSV + HTML, export as CSV or XLSX.

The figure table (``gui/table``) is made for figures; this one shows any rows a view computes with
the core (keyword counts, keywords in context, top words, comparisons). The caller names the columns
(:class:`RowsColumn`); every cell is formatted once in :meth:`RowsTableView.set_rows`, a proxy sorts
numbers as numbers by the raw values, and Copy puts the raw values in the TSV (numeric cells for a
spreadsheet) and the shown text in the HTML (a formatted table for a word processor).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QMenu,
    QMessageBox,
    QTableView,
)

from workreport.core import export
from workreport.core.errors import ReportError
from workreport.core.tabular import Row, format_number
from workreport.gui.table.clipboard import TableCopy, mime_data

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
MAX_COLUMN_CHARS = 30  # a fitted column is never wider than this many Chinese characters
FIT_SAMPLE = 40  # texts measured per column when fitting it


@dataclass(frozen=True, slots=True)
class RowsColumn:
    """One column: the row key it shows, its (translated) title and how its cells look."""

    key: str
    title: str
    numeric: bool = False
    display: Callable[[Any], str] | None = None  # value → shown text; default: as the figures
    align_right: bool | None = None  # None: numbers right, text left
    emphasis: bool = False  # bold on a tint, e.g. the keyword of a keyword-in-context line

    @property
    def right(self) -> bool:
        return self.numeric if self.align_right is None else self.align_right


def cell_text(value: Any, column: RowsColumn) -> str:
    """What a cell shows: blank for None, the column's own format, numbers as a report writes them."""
    if value is None:
        return ""
    if column.display is not None:
        return column.display(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return format_number(value)
    return str(value)


def _raw(value: Any, shown: str) -> str | int | float:
    """What TSV and files get: numbers as numbers, blanks for None, else the shown text."""
    if value is None:
        return ""
    if isinstance(value, str) or (isinstance(value, int | float) and not isinstance(value, bool)):
        return value
    return shown


def _tint(role: QPalette.ColorRole, alpha: int) -> QColor:
    color = QColor(QGuiApplication.palette().color(role))
    color.setAlpha(alpha)
    return color


class RowsTableModel(QAbstractTableModel):
    """Read-only; :meth:`set_rows` swaps the whole table in one reset and formats every cell."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._columns: list[RowsColumn] = []
        self._display: list[list[str]] = []  # per column, per row
        self._sort: list[list[Any]] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._tint = QBrush()

    @property
    def rows(self) -> list[Row]:
        return self._rows

    @property
    def columns(self) -> list[RowsColumn]:
        return self._columns

    def set_rows(self, rows: list[Row], columns: list[RowsColumn]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._columns = list(columns)
        # plain lists: data() runs per cell per paint and must only look values up
        self._sort = [[row.get(c.key) for row in rows] for c in self._columns]
        self._display = [
            [cell_text(value, c) for value in values]
            for c, values in zip(self._columns, self._sort, strict=True)
        ]
        self._tint = QBrush(_tint(QPalette.ColorRole.Highlight, 60))
        self.endResetModel()

    def shown(self, row: int, column: int) -> str:
        return self._display[column][row]

    def raw(self, row: int, column: int) -> str | int | float:
        return _raw(self._sort[column][row], self._display[column][row])

    def column_texts(self, column: int) -> list[str]:
        return self._display[column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[column][row]
        if role == SORT_ROLE:
            return self._sort[column][row]
        spec = self._columns[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if spec.right else LEFT
        if spec.emphasis and role == Qt.ItemDataRole.FontRole:
            return self._bold
        if spec.emphasis and role == Qt.ItemDataRole.BackgroundRole:
            return self._tint
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return RIGHT if self._columns[section].right else LEFT
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None


class RowsSortProxy(QSortFilterProxyModel):
    """Sorts by the raw values: numbers as numbers, text as the locale sorts it, blanks first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        if isinstance(a, int | float) and isinstance(b, int | float):
            return bool(a < b)
        return super().lessThan(left, right)


class RowsTableView(QTableView):
    """Rows of plain dicts; ``rowActivated`` gives the source row double-clicked (or Enter)."""

    rowActivated = Signal(int)  # Qt's naming for signals
    copied = Signal(int)  # number of rows copied
    exported = Signal(str, int)  # path, rows written

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._source_line = ""
        self._sort_key: str | None = None
        self.export_name = "table"  # suggested file name and XLSX sheet name
        self.table_model = RowsTableModel(self)
        self.proxy = RowsSortProxy(self)
        self.proxy.setSourceModel(self.table_model)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the caller's order until a click
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        vertical = self.verticalHeader()
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # no row numbers: sizing them on every new set of rows doubled the cost of a redraw
        vertical.hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.sortIndicatorChanged.connect(self._on_sort_changed)
        self.doubleClicked.connect(self._on_double_clicked)

    # --- content ------------------------------------------------------------------------------

    @property
    def rows(self) -> list[Row]:
        return self.table_model.rows

    @property
    def columns(self) -> list[RowsColumn]:
        return self.table_model.columns

    @property
    def source_line(self) -> str:
        return self._source_line

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

    def visible_source_rows(self) -> list[int]:
        return [
            self.proxy.mapToSource(self.proxy.index(r, 0)).row()
            for r in range(self.proxy.rowCount())
        ]

    def select_source_row(self, source_row: int) -> None:
        index = self.proxy.mapFromSource(self.table_model.index(source_row, 0))
        if index.isValid():
            self.selectRow(index.row())
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.rowActivated.emit(self.proxy.mapToSource(index).row())

    # --- copy ---------------------------------------------------------------------------------

    def table_copy(self, *, whole: bool = False) -> TableCopy:
        """The selected cells in view order, or every cell when nothing is selected (or whole)."""
        model = self.table_model
        selected = [] if whole else self.selectionModel().selectedIndexes()
        if selected:
            proxy_rows = sorted({i.row() for i in selected})
            columns = sorted({i.column() for i in selected})
            chosen: set[tuple[int, int]] | None = {(i.row(), i.column()) for i in selected}
        else:
            proxy_rows = list(range(self.proxy.rowCount()))
            columns = list(range(model.columnCount()))
            chosen = None
        raw: list[list[str | int | float]] = []
        shown: list[list[str | int | float]] = []
        for proxy_row in proxy_rows:
            row = self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()
            picked = [chosen is None or (proxy_row, c) in chosen for c in columns]
            cells = list(zip(columns, picked, strict=True))
            raw.append([model.raw(row, c) if p else "" for c, p in cells])
            shown.append([model.shown(row, c) if p else "" for c, p in cells])
        specs = [model.columns[c] for c in columns]
        numeric = [i for i, spec in enumerate(specs) if spec.right]
        return TableCopy([spec.title for spec in specs], raw, shown, numeric)

    def copy_selection(self) -> None:
        self._copy(self.table_copy())

    def copy_all(self) -> None:
        self._copy(self.table_copy(whole=True))

    def _copy(self, copy: TableCopy) -> None:
        QGuiApplication.clipboard().setMimeData(mime_data(copy, self._source_line))
        self.copied.emit(len(copy.raw))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.rowActivated.emit(self.proxy.mapToSource(self.currentIndex()).row())
            event.accept()
            return
        super().keyPressEvent(event)

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

    # --- export -------------------------------------------------------------------------------

    def export_rows(self) -> list[Row]:
        """The rows in view order, by column key, as files get them (blanks for None)."""
        model = self.table_model
        keys = [c.key for c in model.columns]
        return [
            {key: model.raw(row, column) for column, key in enumerate(keys)}
            for row in self.visible_source_rows()
        ]

    def write_table(self, path: Path) -> None:
        """Write the table as shown (rows in view order) to ``path``: .xlsx, else CSV with BOM."""
        path = Path(path)
        rows = self.export_rows()
        columns = tuple(c.key for c in self.table_model.columns)
        if path.suffix.lower() == ".xlsx":
            export.write_xlsx(rows, path, columns, sheet=self.export_name)
        else:
            export.write_csv(rows, path, columns)
        self.exported.emit(str(path), len(rows))

    def export_dialog(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Table"),
            self.export_name,
            self.tr("CSV (*.csv);;Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in {".csv", ".xlsx"}:
            target = target.with_suffix(".xlsx" if "xlsx" in chosen else ".csv")
        try:
            self.write_table(target)
        except (OSError, ReportError) as error:
            QMessageBox.warning(self, self.tr("Export failed"), f"{target}: {error}")
