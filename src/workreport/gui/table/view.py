"""The figure table widget: sorting, copy as TSV + HTML, a context menu, export."""

from __future__ import annotations

import heapq
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QStyle, QTableView

from workreport.core.tabular import Row, format_number
from workreport.gui.table.clipboard import TableCopy, mime_data, table_copy
from workreport.gui.table.frame import FigureTable, columns_for, figure_table
from workreport.gui.table.model import FigureFilterProxy, FigureTableModel

WIDEST_CANDIDATES = 12  # texts measured per column to find its width
WIDTH_SAMPLE = 1000  # rows looked at per column to find them


class FigureTableView(QTableView):
    """Shows one node's figures. ``figureActivated`` gives the source row of the current figure."""

    figureActivated = Signal(int)  # Qt's naming for signals
    copied = Signal(int)  # number of rows copied
    exportRequested = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._source_line = ""
        self.table_model = FigureTableModel(self)
        self.proxy = FigureFilterProxy(self)
        self.proxy.setSourceModel(self.table_model)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(
            -1, Qt.SortOrder.AscendingOrder
        )  # reading order until a header is clicked
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    # --- content ------------------------------------------------------------------------------

    @property
    def rows(self) -> list[Row]:
        return self._rows

    def set_rows(
        self,
        rows: list[Row],
        *,
        with_section: bool,
        source_line: str,
        section_prefix: str = "",
        english: bool = False,
    ) -> None:
        """Show these figures (the core's export rows); ``source_line`` goes under copied HTML."""
        current = self.currentIndex()
        keep_row = (
            self.proxy.mapToSource(current).row()
            if rows is self._rows and current.isValid()
            else -1
        )
        self._rows = rows
        self._source_line = source_line
        table = figure_table(rows, section_prefix, english=english)
        with_gloss = english and any(table.column("gloss"))
        self.table_model.set_table(
            table, columns_for(with_gloss=with_gloss, with_section=with_section)
        )
        self._fit_columns(table)
        # place headers and scroll bars now, not in the middle of the next paint (which then
        # has to paint again)
        self.executeDelayedItemsLayout()
        self.horizontalHeader().executeDelayedItemsLayout()
        self.updateGeometries()
        if keep_row >= 0:
            self.select_source_row(keep_row)

    def _fit_columns(self, table: FigureTable) -> None:
        """Size each column to its widest text, measured on the longest few texts only.

        ``resizeColumnToContents`` would ask ``data()`` for several roles of up to 1,000 rows
        per column, through Qt: most of a section switch. Labels and sections are capped.
        """
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        em = metrics.horizontalAdvance("中")
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
        padding = 2 * (margin + 1) + (1 if self.showGrid() else 0)  # as the item delegate pads
        columns = self.table_model.columns
        for number, column in enumerate(columns):
            texts = _longest_texts(table, column.display)
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
            header.resizeSection(number, max(widest + padding, header.sectionSizeHint(number)))
        # long texts are elided (the tooltip has the sentence) so the numbers stay in view
        caps = {"label": em * 16, "gloss": em * 16, "section": em * 18}
        for number, column in enumerate(columns):
            if column.key in caps:
                width = min(header.sectionSize(number), caps[column.key])
                header.resizeSection(number, max(width, em * 6))

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

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.figureActivated.emit(self.proxy.mapToSource(current).row())

    # --- copy ---------------------------------------------------------------------------------

    def current_copy(self) -> TableCopy:
        return table_copy(self.proxy, self.selectionModel(), self._rows)

    def copy_selection(self) -> None:
        # everything selected (Ctrl+A) copies as the whole table, without listing every cell
        copy = table_copy(self.proxy, None, self._rows) if self._all_selected() else None
        copy = copy or self.current_copy()
        QGuiApplication.clipboard().setMimeData(mime_data(copy, self._source_line))
        self.copied.emit(len(copy.raw))

    def _all_selected(self) -> bool:
        """Whether one selected range covers the table (as Select All makes it)."""
        rows, columns = self.proxy.rowCount(), self.proxy.columnCount()
        selection = self.selectionModel().selection()
        for i in range(selection.count()):
            part = selection.at(i)
            if (part.top(), part.left(), part.bottom(), part.right()) == (
                0,
                0,
                rows - 1,
                columns - 1,
            ):
                return rows > 0
        return False

    def copy_all(self) -> None:
        copy = table_copy(self.proxy, None, self._rows)
        QGuiApplication.clipboard().setMimeData(mime_data(copy, self._source_line))
        self.copied.emit(len(copy.raw))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.table_model.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        copy = QAction(self.tr("&Copy"), menu)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.triggered.connect(self.copy_selection)
        copy_all = QAction(self.tr("Copy &Whole Table"), menu)
        copy_all.triggered.connect(self.copy_all)
        export = QAction(self.tr("&Export Table…"), menu)
        export.triggered.connect(self.exportRequested)
        menu.addActions([copy, copy_all])
        menu.addSeparator()
        menu.addAction(export)
        menu.exec(event.globalPos())


def _longest_texts(table: FigureTable, name: str) -> list[str]:
    """The texts of a column likeliest to be its widest: the longest of a sample of rows (as
    Qt's own ``resizeContentsPrecision`` samples 1,000), numbers formatted for the purpose."""
    if name in ("value_text", "base_text"):  # formatted lazily: format the candidates only
        sample = table.sample("value" if name == "value_text" else "base_value", WIDTH_SAMPLE)
        values = list(set(sample))
        written = list(map(repr, values))
        by_repr = dict(zip(written, values, strict=True))
        longest = [by_repr[text] for text in heapq.nlargest(WIDEST_CANDIDATES, written, key=len)]
        if name == "value_text":
            return [format_number(value) for value in longest]
        return [table.format_base_value(value) for value in longest]
    return heapq.nlargest(WIDEST_CANDIDATES, set(table.sample(name, WIDTH_SAMPLE)), key=len)
