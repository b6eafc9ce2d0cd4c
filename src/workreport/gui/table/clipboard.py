"""What Copy puts on the clipboard: the selected cells (or the whole table) as TSV and HTML.

The TSV carries raw numbers (58.2, 5820000000) so that a spreadsheet gets numeric cells; the HTML
carries the table as the user sees it (58.2亿) for a word processor, plus a source line. One
function for every table: it asks the model (:class:`CopySource`) for the cells, in view order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QItemSelectionModel, QMimeData, QSortFilterProxyModel

from workreport.core.tabular import to_html, to_tsv

Cell = str | int | float


class CopySource(Protocol):
    """What a table model tells Copy about its cells (source rows and columns)."""

    def shown(self, row: int, column: int) -> str: ...
    def raw(self, row: int, column: int) -> Cell: ...
    def title(self, column: int) -> str: ...
    def numeric(self, column: int) -> bool: ...


@dataclass(frozen=True, slots=True)
class TableCopy:
    header: list[str]
    raw: list[list[Cell]]
    shown: list[list[Cell]]
    numeric_columns: list[int]

    def tsv(self) -> str:
        return to_tsv(self.header, self.raw)

    def html(self, source: str) -> str:
        return to_html(self.header, self.shown, numeric_columns=self.numeric_columns, source=source)


def table_copy(
    model: CopySource,
    proxy: QSortFilterProxyModel,
    selection: QItemSelectionModel | None,
    hidden: Callable[[int], bool] = lambda _column: False,
) -> TableCopy:
    """The selected cells in view order (others of their rows and columns blank), or every
    visible cell when nothing is selected (or ``selection`` is None). Hidden columns are left
    out."""
    selected = selection.selectedIndexes() if selection is not None else []
    if selected:
        proxy_rows = sorted({i.row() for i in selected})
        columns = sorted({i.column() for i in selected})
        chosen: set[tuple[int, int]] | None = {(i.row(), i.column()) for i in selected}
    else:
        proxy_rows = list(range(proxy.rowCount()))
        columns = list(range(proxy.columnCount()))
        chosen = None
    columns = [c for c in columns if not hidden(c)]
    raw: list[list[Cell]] = []
    shown: list[list[Cell]] = []
    for proxy_row in proxy_rows:
        row = proxy.mapToSource(proxy.index(proxy_row, 0)).row()
        picked = [chosen is None or (proxy_row, c) in chosen for c in columns]
        cells = list(zip(columns, picked, strict=True))
        raw.append([model.raw(row, c) if p else "" for c, p in cells])
        shown.append([model.shown(row, c) if p else "" for c, p in cells])
    numeric = [i for i, c in enumerate(columns) if model.numeric(c)]
    return TableCopy([model.title(c) for c in columns], raw, shown, numeric)


def mime_data(copy: TableCopy, source: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(copy.tsv())
    mime.setHtml(copy.html(source))
    return mime
