"""The library of reports in the tree, and opening files into it: the Open dialog, recent files,
drops, and the worker thread that imports a text while the window stays live."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QMimeData, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QTreeView,
)

from workreport.core.errors import ReportError
from workreport.core.jsonformat import save_report
from workreport.core.model import Report, Section
from workreport.gui import workers
from workreport.gui.errors import show_report_error
from workreport.gui.file_types import open_filter
from workreport.gui.library import STORE_PREFIX, OpenTask, loaded_source
from workreport.gui.recent_files import RecentFiles
from workreport.gui.tree.model import NODE_ROLE, SectionFilterProxy, SectionTreeModel
from workreport.gui.tree.node import ReportSource, TreeNode

if TYPE_CHECKING:
    from workreport.gui.store_listing import TitleFilter


class LibraryController(QObject):
    """The tree of reports and sections, what is selected in it, and the files opened into it."""

    nodeSelected = Signal(object)  # the TreeNode now selected (its report loaded)
    reportOpened = Signal(object)  # the report node of a file just opened
    openFailed = Signal(str)  # the message shown for a file that did not open
    openStarted = Signal(object)  # the OpenTask of a file being opened (for its progress)

    def __init__(self, window: QMainWindow, sources: Sequence[ReportSource]) -> None:
        super().__init__(window)
        self._window = window
        self._last_report: Report | None = None
        self._pending_opens = 0
        # a report of the store selected when the window last closed: (its id, its section, the
        # node selected instead), selected once the store is listed (store_listing)
        self.restore: tuple[str, str, TreeNode] | None = None
        self.title_filter: TitleFilter | None = None  # the filter over the store's titles
        self.recent = RecentFiles(self.open_path)
        self.tree_model = SectionTreeModel(list(sources), self)
        self.tree_model.loadFailed.connect(lambda message: show_report_error(window, message))
        self.tree_proxy = SectionFilterProxy(self)
        self.tree_proxy.setSourceModel(self.tree_model)
        self.tree = QTreeView(window)
        self.tree.setObjectName("SectionTree")
        self.tree.setModel(self.tree_proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.selectionModel().selectionChanged.connect(self._on_tree_selection)
        self.busy = QProgressBar(window)
        self.busy.setRange(0, 0)  # busy: an import has no steps to count
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        window.statusBar().addPermanentWidget(self.busy)

    def start(self, select: str) -> None:
        """Show the levels, and select report ``select`` (else the first), its groups open."""
        for group in self.tree_model.top.children:
            self.tree.expand(self._view_index(group))
        first = self.tree_model.find_report(select) or self.tree_model.first_report()
        if first is not None:
            self.select_node(first)
            self.tree.expand(self._view_index(first))

    def add_groups(self, counts: list[tuple[str, str, int]]) -> None:
        """Count the store's reports of each (level, region, count) in its region group (listed
        when it is opened); the level groups stay open and the selection stays."""
        current = self.current_node()
        self.tree_model.add_groups(counts)
        self._reopen(current)

    def say_listed(self, count: int) -> None:
        """Say in the status bar how many reports of the library's store the tree lists."""
        self._status(self.tr("%n report(s) of the library listed", "", count), 6000)

    def _reopen(self, current: TreeNode) -> None:
        for group in self.tree_model.top.children:
            self.tree.expand(self._view_index(group))
        if current is not self.tree_model.top:
            self.select_node(current)

    def retranslate(self) -> None:
        self.tree.setAccessibleName(self.tr("Sections"))
        self.tree_model.retranslate()

    # --- what is selected -----------------------------------------------------------------------

    def current_node(self) -> TreeNode:
        index = self.tree.currentIndex()
        node = index.data(NODE_ROLE) if index.isValid() else None
        return node if isinstance(node, TreeNode) else self.tree_model.top

    @property
    def report(self) -> Report:
        """The report of the selected node (or the last one shown, when a group is selected)."""
        node = self.current_node().report_node()
        if node is not None and node.source is not None and node.source.report is not None:
            return node.source.report
        assert self._last_report is not None, "no report has been shown yet"
        return self._last_report

    def report_node(self) -> TreeNode:
        """The node of the current report."""
        node = self.current_node().report_node()
        last = self._last_report
        if node is None and last is not None:  # a group, or nothing (the filter hid it)
            node = self.tree_model.find_report(last.title) or next(
                (n for n in self.tree_model.report_nodes() if n.source and n.source.report is last),
                None,
            )
        assert node is not None
        return node

    def _view_index(self, node: TreeNode) -> QModelIndex:
        return self.tree_proxy.mapFromSource(self.tree_model.index_of(node))

    def select_node(self, node: TreeNode) -> None:
        if node.is_report and not self.tree_model.ensure_loaded(node):
            return
        index = self._view_index(node)
        if not index.isValid():
            return
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def select_path(self, section_path: str) -> bool:
        """Select ``chapter / subsection`` in the current report; False when there is none."""
        node = self.report_node().find(section_path)
        if node is None:
            return False
        self.select_node(node)
        return True

    def select_report(self, report_id: str) -> bool:
        node = self.tree_model.find_report(report_id)
        if node is None:
            return False
        self.select_node(node)
        return True

    def select_section(self, report: Report, section: Section | None) -> bool:
        """Select ``section`` of ``report`` (its report node for None); False if it is not listed."""
        node = next(
            (
                n
                for n in self.tree_model.report_nodes()
                if n.source is not None and n.source.report is report
            ),
            None,
        )
        if node is None:
            return False
        if section is not None:
            node = next((n for n in node.walk() if n.section is section), node)
        self.select_node(node)
        return True

    def _on_tree_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        node: TreeNode = indexes[0].data(NODE_ROLE)
        if node.is_report and not self.tree_model.ensure_loaded(node):
            return
        if not node.is_group:
            self._last_report = node.report
        self.nodeSelected.emit(node)

    def expand_all(self) -> None:
        """Open every group and report, except the store's reports not loaded yet: loading each
        of a library of thousands would take minutes (10,000 reports: ~5 minutes); they open
        with their sections when the user opens one. The status bar says how many stay closed."""
        closed = self._expand_below(QModelIndex(), load=lambda n: not _in_store(n))
        if closed:
            self._status(
                self.tr("%n report(s) of the library stay closed until opened", "", closed)
            )

    def collapse_all(self) -> None:
        self.tree.collapseAll()
        for group in self.tree_model.top.children:  # the reports stay in view
            self.tree.expand(self._view_index(group))

    # --- the reports ----------------------------------------------------------------------------

    def loaded_reports(self) -> list[Report]:
        return [
            n.source.report
            for n in self.tree_model.report_nodes()
            if n.source is not None and n.source.report is not None
        ]

    def all_reports(self) -> list[Report]:
        """The bundled and opened reports, all loaded, and those of the library's store that are
        loaded already (thousands of them are not loaded for Compare and Series: the store
        answers across all of them, as Find and Keywords ▸ Across the Library do)."""
        self.load_everything(stored=False)
        return self.loaded_reports()

    def memory_reports(self) -> list[Report]:
        """The bundled and opened reports, all loaded: not those listed from the library's store
        (the store answers for them)."""
        self.load_everything(stored=False)
        return [
            n.source.report
            for n in self.tree_model.report_nodes()
            if n.source is not None and n.source.report is not None and not _in_store(n)
        ]

    def library_store(self) -> Path | None:
        """The library's store when it holds reports added from files, else None (the reports in
        memory are the whole library)."""
        from workreport.gui.folder_import import store_path
        from workreport.gui.store_query import has_added_reports

        path: Path | None = getattr(self._window, "store_path", None)
        path = path or store_path()
        return path if has_added_reports(path) else None

    def load_everything(self, *, stored: bool = True) -> None:
        """Load every listed report (``stored=False``: not those of the library's store, which
        Find searches through its index instead)."""
        unloaded = [
            n
            for n in self.tree_model.report_nodes()
            if not n.populated and n.source is not None and (stored or not _in_store(n))
        ]
        if not unloaded:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for node in unloaded:
                self.tree_model.ensure_loaded(node)
        finally:
            QApplication.restoreOverrideCursor()

    def set_needle(self, text: str) -> None:
        """Show only the sections that hold ``text``, in every report (all are loaded for it)."""
        if text.strip():
            report = self.report_node()
            self.load_everything(stored=False)  # only loaded reports can match by their text
            self.tree_proxy.set_needle(text)
            self.select_node(report)
            self._expand_below(QModelIndex(), load=lambda _: False)  # a match loads nothing
        else:
            self.tree_proxy.set_needle(text)

    def _expand_below(self, parent: QModelIndex, load: Callable[[TreeNode], bool]) -> int:
        """Open every node the tree (and its filter) shows below ``parent``, children first (a
        node opened while its parent is closed is only remembered, not laid out); a report not
        loaded yet only when ``load`` says so (it is loaded), else it stays closed; a region group
        of the store's reports not listed yet lists them first, for the filter to show those that
        match. (``expandAll`` would load every report shown.) How many reports stayed closed."""
        proxy = self.tree_proxy
        closed = 0
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            node: TreeNode = index.data(NODE_ROLE)
            unloaded = node.is_report and not node.populated
            if unloaded and not (load(node) and self.tree_model.ensure_loaded(node)):
                closed += not node.populated  # (a report that failed to load is not closed)
                continue
            if node.unlisted is not None:
                self.tree_model.list_group(node)
            closed += self._expand_below(index, load)
            self.tree.expand(index)
        return closed

    # --- files ----------------------------------------------------------------------------------

    def _status(self, text: str, milliseconds: int = 0) -> None:
        self._window.statusBar().showMessage(text, milliseconds)

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Open Report"),
            "",
            open_filter(),
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> None:
        """Load a .json report or import a .txt text on a worker thread; the window stays live.

        Ends in ``reportOpened`` (the report is listed under Opened files and selected) or in
        ``openFailed`` (a dialog names the file and the problem; nothing else changes).
        """
        task = OpenTask(Path(path))
        task.signals.finished.connect(self._on_opened)
        task.signals.failed.connect(self._on_open_failed)
        self.openStarted.emit(task)
        self._pending_opens += 1
        self.busy.show()
        self._status(self.tr("Opening {path}…").format(path=path))
        workers.start(task, "workreport-open")

    def open_dropped(self, mime: QMimeData) -> bool:
        """Open every local file of a drop; whether there was one."""
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        for path in paths:
            self.open_path(path)
        return bool(paths)

    @staticmethod
    def accepts_drop(mime: QMimeData) -> bool:
        return any(url.isLocalFile() for url in mime.urls())

    def _open_done(self) -> None:
        self._pending_opens -= 1
        self.busy.setVisible(self._pending_opens > 0)

    def _on_opened(self, path: Path, report: Report) -> None:
        self._open_done()
        source = loaded_source(report, str(path))
        existing = self.tree_model.find_report(source.id)
        node = existing or self.tree_model.add_report(source)
        if existing is not None:  # opened again: show the file as it is now
            existing.source = source
            existing.populated = False
            self.tree_model.ensure_loaded(existing)
        self.select_node(node)
        self.recent.remember(str(path))
        self._status(self.tr("Opened {path}").format(path=path), 6000)
        self.reportOpened.emit(node)

    def open_cancelled(self, path: Path) -> None:
        """The user stopped opening ``path``: nothing changes."""
        self._open_done()
        self._status(self.tr("Stopped opening {path}").format(path=path), 6000)

    def _on_open_failed(self, _path: Path, message: str) -> None:
        self._open_done()
        self._window.statusBar().clearMessage()
        show_report_error(self._window, message)
        self.openFailed.emit(message)

    def save_report_as(self) -> None:
        report = self.report
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save Report as JSON"),
            f"{report.title}.json",
            self.tr("Reports (*.json)"),
        )
        if path:
            self.write_report(Path(path) if path.endswith(".json") else Path(path + ".json"))

    def write_report(self, target: Path) -> bool:
        try:
            save_report(self.report, target)
        except ReportError as error:
            QMessageBox.warning(self._window, self.tr("Save failed"), error.message)
            return False
        self._status(self.tr("Wrote {path}").format(path=target), 6000)
        return True


def _in_store(node: TreeNode) -> bool:
    """Whether ``node`` is a report listed from the library's store (the store answers for it)."""
    return node.source is not None and node.source.id.startswith(STORE_PREFIX)
