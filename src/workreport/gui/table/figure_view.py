"""The figure table: one node's figures, sorted and filtered, copied and exported."""

from __future__ import annotations

import heapq
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStyle

from workreport.core import export
from workreport.core.tabular import Row, format_number
from workreport.gui.table.clipboard import CopySource
from workreport.gui.table.frame import HIDDEN_BY_DEFAULT, FigureTable, columns_for, figure_table
from workreport.gui.table.model import FigureTableModel, column_titles, value_words
from workreport.gui.table.proxy import TableProxy
from workreport.gui.table.view import TableView

WIDEST_CANDIDATES = 12  # texts measured per column to find its width
WIDTH_SAMPLE = 1000  # rows looked at per column to find them
HIDDEN_KEY = "figureTable/hiddenColumns"  # QSettings: the columns the user hid


class FigureTableView(TableView):
    """Shows one node's figures. ``figureActivated`` gives the source row of the current figure."""

    figureActivated = Signal(int)  # Qt's naming for signals

    def __init__(self, parent: Any = None) -> None:
        self.table_model: FigureTableModel
        super().__init__(FigureTableModel(), TableProxy(), parent)
        self.table_model.setParent(self)
        self.proxy.setParent(self)
        self._rows: list[Row] = []
        self.export_name = "figures"
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)
        self._hidden = _saved_hidden()
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
        table = figure_table(rows, section_prefix, english=english, words=value_words())
        with_gloss = english and any(table.column("gloss"))
        self.table_model.set_table(
            table, columns_for(with_gloss=with_gloss, with_section=with_section)
        )
        self._apply_hidden()
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

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.figureActivated.emit(self.proxy.mapToSource(current).row())

    # --- which columns show (the header's context menu, remembered) ---------------------------

    @property
    def hidden_columns(self) -> frozenset[str]:
        """The keys of the columns hidden (those a node's table has or not)."""
        return frozenset(self._hidden)

    def set_column_shown(self, key: str, shown: bool) -> None:
        """Show or hide column ``key`` in every table from now on, and remember it."""
        if shown:
            self._hidden.discard(key)
        else:
            self._hidden.add(key)
        QSettings().setValue(HIDDEN_KEY, sorted(self._hidden) or ["-"])  # "-": none hidden
        self._apply_hidden()

    def _apply_hidden(self) -> None:
        for number, column in enumerate(self.table_model.columns):
            self.setColumnHidden(number, column.key in self._hidden)

    def column_menu(self) -> QMenu:
        """A check per column but the first (the figure's label, always shown)."""
        menu = QMenu(self)
        titles = column_titles()
        for column in self.table_model.columns[1:]:
            action = QAction(titles[column.key], menu)
            action.setCheckable(True)
            action.setChecked(column.key not in self._hidden)
            action.toggled.connect(lambda shown, key=column.key: self.set_column_shown(key, shown))
            menu.addAction(action)
        return menu

    def _on_header_menu(self, position: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.horizontalHeader().mapToGlobal(position))
        menu.deleteLater()

    # --- copy and export ------------------------------------------------------------------------

    def copy_source(self) -> CopySource:
        return self.table_model

    def write_table(self, path: Path) -> int:
        """The figures as shown (filtered, sorted), with the columns of ``workreport export``."""
        rows = [self._rows[r] for r in self.visible_source_rows()]
        if Path(path).suffix.lower() == ".xlsx":
            export.write_xlsx(rows, Path(path))
        else:
            export.write_csv(rows, Path(path))
        return len(rows)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.table_model.retranslate()
        super().changeEvent(event)


def _saved_hidden() -> set[str]:
    """The columns hidden when the user last chose, else :data:`HIDDEN_BY_DEFAULT`."""
    value = QSettings().value(HIDDEN_KEY)
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return set(HIDDEN_BY_DEFAULT)
    return {key for key in value if isinstance(key, str) and key != "-"}


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
