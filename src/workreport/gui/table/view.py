"""The figure table widget: sorting, copy as TSV + HTML, a context menu, export."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from workreport.core.export import Row
from workreport.gui.table.clipboard import TableCopy, mime_data, table_copy
from workreport.gui.table.frame import columns_for, figure_frame
from workreport.gui.table.model import FigureFilterProxy, FigureTableModel


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
        frame = figure_frame(rows, section_prefix, english=english)
        with_gloss = english and bool(frame["gloss"].astype(bool).any())
        self.proxy.set_search_column(frame["search"].tolist())
        self.table_model.set_frame(
            frame, columns_for(with_gloss=with_gloss, with_section=with_section)
        )
        self._fit_columns()
        if keep_row >= 0:
            self.select_source_row(keep_row)

    def _fit_columns(self) -> None:
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        count = self.table_model.columnCount()
        for column in range(count):
            self.resizeColumnToContents(column)
        label_width = min(header.sectionSize(0), metrics.horizontalAdvance("中") * 16)
        header.resizeSection(0, max(label_width, metrics.horizontalAdvance("中") * 6))
        if count > 6:
            header.resizeSection(
                count - 1, min(header.sectionSize(count - 1), metrics.horizontalAdvance("中") * 18)
            )

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
        copy = self.current_copy()
        QGuiApplication.clipboard().setMimeData(mime_data(copy, self._source_line))
        self.copied.emit(len(copy.raw))

    def copy_all(self) -> None:
        copy = table_copy(self.proxy, None, self._rows)
        QGuiApplication.clipboard().setMimeData(mime_data(copy, self._source_line))
        self.copied.emit(len(copy.raw))

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
