"""Find across the library's store: every sentence that holds the text, from the full-text index
(``core/store/queries.find``), streamed into a list below the tree in batches.

The search runs on a thread of its own with its own connection to the store; a new text or an
empty one stops the search under way (its iterator is closed, so it holds no read snapshot).
Activating a row lists its report in the tree (when it is not yet there) and shows the sentence
in the source text.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workreport.core.errors import ReportError
from workreport.core.store import Store
from workreport.core.store.queries import Hit, find

if TYPE_CHECKING:
    from workreport.gui.main_window import MainWindow

BATCH = 200  # hits posted to the window at a time
PAUSE_S = 0.1  # or the hits found in this long, whichever comes first
DELAY_MS = 250  # typing pauses this long before a search starts


@dataclass(frozen=True, slots=True)
class FoundSentence:
    key: int  # the report's store key
    title: str
    section: str  # Section.id; '' for the headline
    paragraph: int | None
    start: int  # where the text begins in the paragraph
    sentence: str


def _sentences(hit: Hit) -> list[FoundSentence]:
    return [
        FoundSentence(hit.report, hit.title, hit.section, hit.paragraph, start, sentence)
        for start, sentence in zip(hit.starts, hit.sentences(), strict=True)
    ]


class StoreSearch(QThread):
    """Streams the sentences holding ``phrase`` as ``found`` batches, then ``done`` (the total)."""

    found = Signal(object)  # list[FoundSentence]
    done = Signal(int)
    failed = Signal(str)

    def __init__(self, path: Path, phrase: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path, self.phrase = path, phrase
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    def run(self) -> None:
        total, last = 0, time.monotonic()
        try:
            with Store(self.path) as store:
                hits = find(store, self.phrase)
                batch: list[FoundSentence] = []
                try:
                    for hit in hits:
                        if self._stop.is_set():
                            return
                        batch += _sentences(hit)
                        # the first hit at once, then a batch at a time, or every so often
                        now = time.monotonic()
                        if not total or len(batch) >= BATCH or now - last >= PAUSE_S:
                            total += len(batch)
                            self.found.emit(batch)
                            batch, last = [], now
                finally:
                    hits.close()
                total += len(batch)
                if batch:
                    self.found.emit(batch)
        except ReportError as error:
            self.failed.emit(error.message)
            return
        if not self._stop.is_set():
            self.done.emit(total)


Index = QModelIndex | QPersistentModelIndex


class FoundModel(QAbstractTableModel):
    """Report, section and sentence of each hit, rows appended a batch at a time."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FoundSentence] = []
        self.reports: set[int] = set()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows, self.reports = [], set()
        self.endResetModel()

    def append(self, batch: list[FoundSentence]) -> None:
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
        self.rows.extend(batch)
        self.reports.update(row.key for row in batch)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.title if index.column() == 0 else row.sentence
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Report") if section == 0 else self.tr("Sentence")
        return None


class StoreFindPanel(QWidget):
    """The library's Find results under the tree; hidden while there is nothing to show."""

    def __init__(self, window: MainWindow, path: Path) -> None:
        super().__init__(window)
        self.setObjectName("StoreFind")
        self.window_, self.path = window, path
        self.phrase = ""
        self.search: StoreSearch | None = None
        self._stopped: list[StoreSearch] = []  # stopped, perhaps still finishing a row
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.model = FoundModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.activated.connect(self.show_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.table)
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self._start)
        self.hide()

    def has_library(self) -> bool:
        """Whether the store holds reports added from files (the bundled ones are in the tree)."""
        if not self.path.exists():
            return False
        try:
            with Store(self.path) as store:
                return store.added_count() > 0
        except ReportError:
            return False

    def set_phrase(self, phrase: str, *, at_once: bool = False) -> None:
        """Search for ``phrase`` after a pause in typing (or at once); empty: stop and hide."""
        self.phrase = phrase.strip()
        self._stop()
        self._timer.stop()
        if not self.phrase:
            self.model.clear()
            self.hide()
            return
        if at_once:
            self._start()
        else:
            self._timer.start()

    def _stop(self) -> None:
        if self.search is not None:
            self.search.stop()
            self.search.found.disconnect()
            self.search.done.disconnect()
            self.search.failed.disconnect()
            self._stopped = [s for s in self._stopped if s.isRunning()] + [self.search]
            self.search = None

    def _start(self) -> None:
        self.model.clear()
        if not self.phrase or not self.has_library():
            self.hide()
            return
        self.show()
        self._show_status(self.tr("Finding “{text}” in the library…").format(text=self.phrase))
        self.search = StoreSearch(self.path, self.phrase, self)
        self.search.found.connect(self._on_found)
        self.search.done.connect(self._on_done)
        self.search.failed.connect(self._show_status)
        self.search.start()

    def _count_text(self) -> str:
        sentences = self.tr("%n sentence(s)", "", len(self.model.rows))
        reports = self.tr("%n report(s)", "", len(self.model.reports))
        return self.tr("“{text}”: {sentences} in {reports} of the library").format(
            text=self.phrase, sentences=sentences, reports=reports
        )

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self._fit_status()

    def _fit_status(self) -> None:
        # the splitter does not ask a wrapped label for its height: give it every line's
        self.status.setMinimumHeight(max(self.status.heightForWidth(max(self.width(), 1)), 0))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_status()

    def _on_found(self, batch: list[FoundSentence]) -> None:
        self.model.append(batch)
        self._show_status(self._count_text() + self.tr(" (finding more…)"))

    def _on_done(self, _total: int) -> None:
        self._show_status(self._count_text())

    def stop(self) -> None:
        """Stop a search under way and wait for its thread (the window is closing)."""
        self._stop()
        for search in self._stopped:
            search.wait()
        self._stopped = []

    def show_row(self, index: QModelIndex) -> None:
        """List the row's report in the tree (if it is not yet) and show its sentence."""
        from workreport.gui.library import STORE_PREFIX
        from workreport.gui.store_listing import listed_node

        row = self.model.rows[index.row()]
        library = self.window_.library
        node = library.tree_model.find_report(f"{STORE_PREFIX}{self.path}:{row.key}")
        if node is None:
            with Store(self.path) as store:
                entry = store.entry(row.key)
            if entry is None:  # removed since it was found
                return
            # a bundled report is listed under its own id already
            node = library.tree_model.find_report(entry.id) if entry.bundled else None
            if node is None:  # its region group listed first, if it is not yet
                node = listed_node(library.tree_model, entry, self.path)
        library.select_node(node)
        if not node.populated:
            return
        report = node.report
        section = next((s for s in report.walk() if s.id == row.section), None)
        if section is not None and row.paragraph is not None:
            self.window_.go_to_text(
                report, section, row.paragraph, row.start, row.start + len(self.phrase)
            )

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Found in the library"))
        if self.phrase and self.search is None and self.isVisible():
            self._show_status(self._count_text())
