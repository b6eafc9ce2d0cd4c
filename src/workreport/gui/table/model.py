"""The Qt model of the figure table: it looks cells up in a :class:`FigureTable`, and nothing more."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from workreport.gui.table.frame import COLUMNS, Column, FigureTable, Words
from workreport.gui.table.proxy import SEARCH_ROLE, SORT_ROLE

if TYPE_CHECKING:
    import pandas as pd

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_HORIZONTAL = Qt.Orientation.Horizontal


def column_titles() -> dict[str, str]:
    """Header titles, translated (a function so that a language switch takes effect)."""
    return {
        "label": QCoreApplication.translate("FigureTable", "Figure"),
        "value": QCoreApplication.translate("FigureTable", "Value"),
        "unit": QCoreApplication.translate("FigureTable", "Unit"),
        "qualifier": QCoreApplication.translate("FigureTable", "Qualifier"),
        "base_value": QCoreApplication.translate("FigureTable", "Normalised"),
        "base_unit": QCoreApplication.translate("FigureTable", "Base unit"),
        "gloss": QCoreApplication.translate("FigureTable", "English"),
        "high": QCoreApplication.translate("FigureTable", "To"),
        "bound": QCoreApplication.translate("FigureTable", "Bound"),
        "direction": QCoreApplication.translate("FigureTable", "Direction"),
        "kind": QCoreApplication.translate("FigureTable", "Kind"),
        "target": QCoreApplication.translate("FigureTable", "Target"),
        "section": QCoreApplication.translate("FigureTable", "Section"),
    }


def value_words() -> Words:
    """The words of the coded columns (bound, direction, kind, target), translated."""
    return {
        "bound": {
            "about": QCoreApplication.translate("FigureTable", "about"),
            "at_least": QCoreApplication.translate("FigureTable", "at least"),
            "at_most": QCoreApplication.translate("FigureTable", "at most"),
            "more_than": QCoreApplication.translate("FigureTable", "more than"),
        },
        "direction": {
            "up": QCoreApplication.translate("FigureTable", "up"),
            "down": QCoreApplication.translate("FigureTable", "down"),
        },
        "kind": {
            "level": QCoreApplication.translate("FigureTable", "level"),
            "growth": QCoreApplication.translate("FigureTable", "growth"),
            "change": QCoreApplication.translate("FigureTable", "change"),
        },
        "target": {"yes": QCoreApplication.translate("FigureTable", "target")},
    }


def _no_cell(_name: str, _row: int) -> Any:
    return None


class FigureTableModel(QAbstractTableModel):
    """Read-only; ``set_table`` swaps the whole table in one reset.

    ``data()`` is called per cell per paint (and ``rowCount`` more often still), so both only
    look values up: the table makes each cell the first time it is shown, and keeps numbers.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._table: FigureTable | None = None
        self._columns: tuple[Column, ...] = COLUMNS
        self._rows = 0
        self._cell: Callable[[str, int], Any] = _no_cell
        self._display: list[str] = []  # per column, the table column with the text shown
        self._keys: list[str] = []  # per column, the table column with the raw value
        self._sorts: list[str] = []  # per column, the table column sorted by
        self._numeric: list[bool] = [c.numeric for c in COLUMNS]
        self._titles: list[str] = [column_titles()[c.key] for c in COLUMNS]

    @property
    def table(self) -> FigureTable | None:
        return self._table

    @property
    def frame(self) -> pd.DataFrame | None:
        """The table as a pandas DataFrame, made on request (it imports pandas)."""
        return None if self._table is None else self._table.frame()

    @property
    def columns(self) -> tuple[Column, ...]:
        return self._columns

    def set_table(self, table: FigureTable, columns: tuple[Column, ...]) -> None:
        self.beginResetModel()
        self._table = table
        self._columns = columns
        self._rows = len(table)
        self._cell = table.cell
        self._display = [c.display for c in columns]
        self._keys = [c.key for c in columns]
        self._sorts = [c.sort or c.key for c in columns]
        self._numeric = [c.numeric for c in columns]
        self._titles = [column_titles()[c.key] for c in columns]
        self.endResetModel()

    def display_text(self, row: int, column: int) -> Any:
        """The text shown in a cell, without going through Qt."""
        return self._cell(self._display[column], row)

    # --- what Copy asks (see table/clipboard.py) ------------------------------------------------

    def shown(self, row: int, column: int) -> str:
        return str(self._cell(self._display[column], row))

    def raw(self, row: int, column: int) -> str | int | float:
        """The exact value (numbers as numbers; the section's full path) for TSV and files."""
        value = self._cell(self._keys[column], row)
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            return self.shown(row, column)  # a blank for None; the word for a flag
        return value

    def title(self, column: int) -> str:
        return self._titles[column]

    def numeric(self, column: int) -> bool:
        return self._numeric[column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        row, column = index.row(), index.column()
        if row < 0 or column < 0:  # an invalid index
            return None
        if role == _DISPLAY:
            return self._cell(self._display[column], row)
        if role == _ALIGNMENT:
            return RIGHT if self._numeric[column] else None
        if role == SORT_ROLE:
            return self._cell(self._sorts[column], row)
        if role == _TOOLTIP:
            return self._cell("sentence", row)
        if role == SEARCH_ROLE:
            return self._cell("search", row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != _HORIZONTAL:
            return str(section + 1) if role == _DISPLAY else None
        if role == _DISPLAY:
            return self._titles[section]
        if role == _ALIGNMENT:
            return RIGHT if self._numeric[section] else None
        return None

    def retranslate(self) -> None:
        self._titles = [column_titles()[c.key] for c in self._columns]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self._columns) - 1))
