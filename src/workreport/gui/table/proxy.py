"""The proxy in front of every table model: numbers sort as numbers, and Find filters.

Sorting is by the raw values (``SORT_ROLE``): numbers as numbers, text as the locale sorts it. Filtering is Qt's own, on the model's case-folded search text (``SEARCH_ROLE``):
with no needle Qt accepts every row without asking Python, so a table of 10,000 figures is shown
without 10,000 calls.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # the case-folded text Find looks in


class TableProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)  # both sides are folded
        self._needle = ""

    @property
    def needle(self) -> str:
        return self._needle

    def set_needle(self, text: str) -> None:
        self._needle = text.strip().casefold()
        self.setFilterFixedString(self._needle)


class BlanksFirstProxy(TableProxy):
    """For tables with blank (None) cells: blanks sort first, numbers as numbers, in Python.

    The figure table has no blanks, and leaves the comparing to Qt, which is faster."""

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        if isinstance(a, int | float) and isinstance(b, int | float):
            return bool(a < b)
        return super().lessThan(left, right)
