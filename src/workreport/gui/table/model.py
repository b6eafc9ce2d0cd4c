"""A QAbstractTableModel over the figure DataFrame, and the proxy that sorts and filters it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from workreport.gui.table.frame import COLUMNS, Column

if TYPE_CHECKING:
    import pandas as pd

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


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
        "section": QCoreApplication.translate("FigureTable", "Section"),
    }


class FigureTableModel(QAbstractTableModel):
    """Read-only; ``set_frame`` swaps the whole table in one reset."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._frame: pd.DataFrame | None = None
        self._columns: tuple[Column, ...] = COLUMNS
        self._display: list[list[str]] = []
        self._sort: list[list[Any]] = []
        self._tooltips: list[str] = []

    @property
    def frame(self) -> pd.DataFrame | None:
        return self._frame

    @property
    def columns(self) -> tuple[Column, ...]:
        return self._columns

    def set_frame(self, frame: pd.DataFrame, columns: tuple[Column, ...]) -> None:
        self.beginResetModel()
        self._frame = frame
        self._columns = columns
        # plain lists: data() is called per cell per paint and must not touch pandas
        self._display = [frame[c.display].tolist() for c in self._columns]
        self._sort = [frame[c.key].tolist() for c in self._columns]
        self._tooltips = frame["sentence"].tolist()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._frame is None else len(self._frame)

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
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[column].numeric:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltips[row]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[self._columns[section].key]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self._columns[section].numeric else None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self._columns) - 1))


class FigureFilterProxy(QSortFilterProxyModel):
    """Sorts numbers as numbers (by the raw values) and filters on label, unit and sentence."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self._needle = ""
        self._search: list[str] = []

    def set_search_column(self, values: list[str]) -> None:
        self._search = values

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return not self._needle or self._needle in self._search[source_row]
