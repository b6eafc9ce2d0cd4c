"""A table model over plain rows (dicts) whose columns the caller names (:class:`RowsColumn`):
keyword counts, keywords in context, top words, comparisons. Every cell is formatted once, in
:meth:`RowsTableModel.set_rows`; ``data()`` only looks values up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from workreport.core.tabular import Row, format_number
from workreport.gui.table.proxy import SORT_ROLE

__all__ = ["Row", "RowsColumn", "RowsTableModel", "cell_text"]

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


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

    def title(self, column: int) -> str:
        return self._columns[column].title

    def numeric(self, column: int) -> bool:
        return self._columns[column].right

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
