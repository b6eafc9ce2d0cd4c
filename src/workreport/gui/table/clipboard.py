"""What Copy puts on the clipboard: the selected cells (or the whole table) as TSV and HTML.

The TSV carries raw numbers (58.2, 5820000000) so that a spreadsheet gets numeric cells; the HTML
carries the table as the user sees it (58.2亿) for a word processor, plus a source line.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QMimeData, QSortFilterProxyModel

from workreport.core.tabular import Row, to_html, to_tsv
from workreport.gui.table.model import FigureTableModel, column_titles


@dataclass(frozen=True, slots=True)
class TableCopy:
    header: list[str]
    raw: list[list[str | int | float]]
    shown: list[list[str | int | float]]
    numeric_columns: list[int]

    def tsv(self) -> str:
        return to_tsv(self.header, self.raw)

    def html(self, source: str) -> str:
        return to_html(self.header, self.shown, numeric_columns=self.numeric_columns, source=source)


def table_copy(
    proxy: QSortFilterProxyModel,
    selection: QItemSelectionModel | None,
    rows: list[Row],
) -> TableCopy:
    """The selected cells in view order, or every visible cell when nothing is selected."""
    model = proxy.sourceModel()
    assert isinstance(model, FigureTableModel)
    selected = selection.selectedIndexes() if selection is not None else []
    if selected:
        proxy_rows = sorted({i.row() for i in selected})
        columns = sorted({i.column() for i in selected})
        chosen = {(i.row(), i.column()) for i in selected}
    else:
        proxy_rows = list(range(proxy.rowCount()))
        columns = list(range(proxy.columnCount()))
        chosen = None
    titles = column_titles()
    spec = [model.columns[c] for c in columns]
    raw: list[list[str | int | float]] = []
    shown: list[list[str | int | float]] = []
    for proxy_row in proxy_rows:
        source_row = proxy.mapToSource(proxy.index(proxy_row, 0)).row()
        raw_cells: list[str | int | float] = []
        shown_cells: list[str | int | float] = []
        for column, column_spec in zip(columns, spec, strict=True):
            if chosen is not None and (proxy_row, column) not in chosen:
                raw_cells.append("")
                shown_cells.append("")
                continue
            text = model.display_text(source_row, column)
            raw_cells.append(rows[source_row].get(column_spec.key, text))  # exact numbers
            shown_cells.append(text)
        raw.append(raw_cells)
        shown.append(shown_cells)
    numeric = [i for i, c in enumerate(spec) if c.numeric]
    return TableCopy([titles[c.key] for c in spec], raw, shown, numeric)


def mime_data(copy: TableCopy, source: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(copy.tsv())
    mime.setHtml(copy.html(source))
    return mime
