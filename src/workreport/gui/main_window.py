"""The main window: a composition of the section tree, the detail pane, a find bar and menus.

It wires widgets together and remembers state (QSettings); the widgets do their own work.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelection,
    QObject,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QTreeView,
    QWidget,
)

from workreport import __version__
from workreport.core import export
from workreport.core.errors import ReportError
from workreport.core.jsonformat import save_report
from workreport.core.library import DEFAULT_REPORT
from workreport.core.model import Report, Section
from workreport.gui import workers
from workreport.gui.detail.pane import SOURCE_TAB, DetailPane
from workreport.gui.errors import show_report_error
from workreport.gui.library import OpenTask, loaded_source
from workreport.gui.menus import WindowMenus
from workreport.gui.tree.model import NODE_ROLE, SectionFilterProxy, SectionTreeModel
from workreport.gui.tree.node import ReportSource, TreeNode

if TYPE_CHECKING:
    from workreport.gui.compare.view import CompareView
    from workreport.gui.keywords import KeywordsView

DEFAULT_SIZE = (1280, 800)
FIGURES_VIEW, KEYWORDS_VIEW, COMPARE_VIEW = 0, 1, 2
RECENT_KEY = "library/recentFiles"
MAX_RECENT = 8


class MainWindow(QMainWindow):
    """The library of reports on the left, the selected node on the right."""

    reportOpened = Signal(object)  # the report node of a file just opened
    openFailed = Signal(str)  # the message shown for a file that did not open

    def __init__(
        self,
        reports: Report | Sequence[ReportSource],
        parent: QWidget | None = None,
        *,
        select: str = DEFAULT_REPORT,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        sources = [loaded_source(reports)] if isinstance(reports, Report) else list(reports)
        self._last_report: Report | None = None
        self._pending_opens = 0
        self.tree_model = SectionTreeModel(sources, self)
        self.tree_model.loadFailed.connect(lambda message: show_report_error(self, message))
        self.tree_proxy = SectionFilterProxy(self)
        self.tree_proxy.setSourceModel(self.tree_model)

        self.tree = QTreeView(self)
        self.tree.setObjectName("SectionTree")
        self.tree.setModel(self.tree_proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.detail = DetailPane(self)
        # Keywords and Compare are built the first time their tab is shown
        self.keywords: KeywordsView | None = None
        self.compare: CompareView | None = None
        self.views = QTabWidget(self)
        self.views.setObjectName("Views")
        self.views.setDocumentMode(True)
        self.views.addTab(self.detail, "")
        self.views.addTab(QWidget(), "")
        self.views.addTab(QWidget(), "")
        self.views.currentChanged.connect(self._on_view_changed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("MainSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.views)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("FindEdit")
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.textChanged.connect(self._on_find_changed)
        self.find_edit.installEventFilter(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # busy: an import has no steps to count
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self.setAcceptDrops(True)

        self.menus = WindowMenus(self)

        self.tree.selectionModel().selectionChanged.connect(self._on_tree_selection)
        self.detail.table.copied.connect(self._on_copied)
        self.detail.table.exportRequested.connect(self.export_table)
        self.detail.chartExportRequested.connect(self._export_chart_widget)
        self.resize(*DEFAULT_SIZE)
        self.splitter.setSizes([320, DEFAULT_SIZE[0] - 320])
        for group in self.tree_model.top.children:
            self.tree.expand(self.tree_proxy.mapFromSource(self.tree_model.index_of(group)))
        first = self.tree_model.find_report(select) or next(
            iter(self.tree_model.report_nodes()), None
        )
        if first is not None:
            self.select_node(first)
            self.tree.expand(self.tree_proxy.mapFromSource(self.tree_model.index_of(first)))
        self.retranslate_ui()

    # --- the Figures, Keywords and Compare views ------------------------------------------------

    def show_keywords(self) -> KeywordsView:
        self.views.setCurrentIndex(KEYWORDS_VIEW)
        assert self.keywords is not None
        return self.keywords

    def show_compare(self) -> CompareView:
        self.views.setCurrentIndex(COMPARE_VIEW)
        assert self.compare is not None
        return self.compare

    def _replace_view(self, index: int, widget: QWidget) -> None:
        blocked = self.views.blockSignals(True)
        placeholder = self.views.widget(index)
        self.views.removeTab(index)
        self.views.insertTab(index, widget, "")
        self.views.setCurrentIndex(index)
        self.views.blockSignals(blocked)
        if placeholder is not None:
            placeholder.deleteLater()
        self._retranslate_views()

    def _on_view_changed(self, index: int) -> None:
        if index == KEYWORDS_VIEW and self.keywords is None:
            from workreport.gui.keywords import KeywordsView  # built on first use

            self.keywords = KeywordsView()
            self.keywords.occurrenceActivated.connect(self._on_occurrence)
            self._replace_view(KEYWORDS_VIEW, self.keywords)
        if index == COMPARE_VIEW and self.compare is None:
            from workreport.gui.compare.view import CompareView  # built on first use

            self.compare = CompareView()
            self._replace_view(COMPARE_VIEW, self.compare)
        if index == KEYWORDS_VIEW:
            self._update_keywords()
        if index == COMPARE_VIEW and self.compare is not None:
            self._load_everything()  # compare across the whole library
            self.compare.set_reports(self._loaded_reports())

    def _loaded_reports(self) -> list[Report]:
        return [
            n.source.report
            for n in self.tree_model.report_nodes()
            if n.source is not None and n.source.report is not None
        ]

    def _update_keywords(self) -> None:
        node = self.current_node()
        if self.keywords is None or node.is_group:
            return
        self.keywords.set_context(node.report, node.section, self._loaded_reports())

    def _on_occurrence(
        self, report: Report, section: Section | None, paragraph: int, start: int, end: int
    ) -> None:
        """Jump from a keyword-in-context row to the place in the source text."""
        node = next(
            (
                n
                for n in self.tree_model.report_nodes()
                if n.source is not None and n.source.report is report
            ),
            None,
        )
        if node is None:
            return
        target = (
            next((n for n in node.walk() if n.section is section), node)
            if section is not None
            else node
        )
        self.select_node(target)
        self.views.setCurrentIndex(FIGURES_VIEW)
        self.detail.tabs.setCurrentIndex(SOURCE_TAB)
        self.detail.source.mark_text(section, paragraph, start, end)

    def _retranslate_views(self) -> None:
        self.views.setTabText(FIGURES_VIEW, self.tr("&Figures"))
        self.views.setTabText(KEYWORDS_VIEW, self.tr("&Keywords"))
        self.views.setTabText(COMPARE_VIEW, self.tr("Co&mpare"))
        self.views.setTabToolTip(
            FIGURES_VIEW, self.tr("The selected section's figures, text and charts")
        )
        self.views.setTabToolTip(
            KEYWORDS_VIEW, self.tr("Count words per section and read them in context")
        )
        self.views.setTabToolTip(COMPARE_VIEW, self.tr("One figure or target across all reports"))

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
        if node is None:
            node = (
                self.tree_model.find_report(self._last_report.title) if self._last_report else None
            )
        assert node is not None
        return node

    def retranslate_ui(self) -> None:
        """Every string of the window, in the current language."""
        self.menus.retranslate()
        self.find_edit.setPlaceholderText(self.tr("Find figures and text (Ctrl+F)"))
        self.find_edit.setToolTip(
            self.tr("Filter the sections and figures of the whole report; Esc clears")
        )
        self.tree.setAccessibleName(self.tr("Sections"))
        if self._last_report is not None:
            self.setWindowTitle(
                self.tr("{title} — workreport").format(title=self._last_report.title)
            )
        self.tree_model.retranslate()
        self._retranslate_views()
        self._show_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def choose_language(self, language: str) -> None:
        self.menus.choose_language(language)

    # --- navigation ---------------------------------------------------------------------------

    def current_node(self) -> TreeNode:
        index = self.tree.currentIndex()
        node = index.data(NODE_ROLE) if index.isValid() else None
        return node if isinstance(node, TreeNode) else self.tree_model.top

    def select_node(self, node: TreeNode) -> None:
        if node.is_report and not self.tree_model.ensure_loaded(node):
            return
        index = self.tree_proxy.mapFromSource(self.tree_model.index_of(node))
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

    def _on_tree_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        node: TreeNode = indexes[0].data(NODE_ROLE)
        if node.is_report and not self.tree_model.ensure_loaded(node):
            return
        if not node.is_group:
            self._last_report = node.report
            self.setWindowTitle(self.tr("{title} — workreport").format(title=node.report.title))
        self.detail.show_node(node)
        if self.views.currentIndex() == KEYWORDS_VIEW:
            self._update_keywords()
        self._show_counts()

    def collapse_tree(self) -> None:
        self.tree.collapseAll()
        for group in self.tree_model.top.children:  # the reports stay in view
            self.tree.expand(self.tree_proxy.mapFromSource(self.tree_model.index_of(group)))

    # --- find ---------------------------------------------------------------------------------

    def start_find(self) -> None:
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def clear_find(self) -> None:
        self.find_edit.clear()

    def _on_find_changed(self, text: str) -> None:
        self.menus.clear_find_action.setEnabled(bool(text))
        if text.strip():
            report = self.report_node()
            self._load_everything()  # only loaded reports can match
            self.tree_proxy.set_needle(text)
            self.select_node(report)
            self.tree.expandAll()
        else:
            self.tree_proxy.set_needle(text)
        self.detail.table.proxy.set_needle(text)
        self._show_counts()

    def _load_everything(self) -> None:
        unloaded = [n for n in self.tree_model.report_nodes() if not n.populated]
        if not unloaded:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for node in unloaded:
                self.tree_model.ensure_loaded(node)
        finally:
            QApplication.restoreOverrideCursor()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.find_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.clear_find()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.detail.table.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _show_counts(self) -> None:
        table = self.detail.table
        shown, total = table.proxy.rowCount(), table.table_model.rowCount()
        node = self.current_node()
        if self.find_edit.text().strip():
            message = self.tr("{shown} of {total} figures match “{text}”").format(
                shown=shown, total=total, text=self.find_edit.text().strip()
            )
        else:
            message = self.tr("{title}: {total} figures").format(title=node.title, total=total)
        self.statusBar().showMessage(message)

    # --- copy and export ----------------------------------------------------------------------

    def copy(self) -> None:
        source = self.detail.source
        if source.hasFocus() and source.textCursor().hasSelection():
            source.copy()
            return
        self.detail.table.copy_selection()

    def _on_copied(self, rows: int) -> None:
        self.statusBar().showMessage(self.tr("Copied %n row(s) as a table", "", rows), 4000)

    def export_table(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Table"),
            self._suggested_name(),
            self.tr("CSV (*.csv);;Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in {".csv", ".xlsx"}:
            target = target.with_suffix(".xlsx" if "xlsx" in chosen else ".csv")
        self.write_table(target)

    def write_table(self, target: Path) -> None:
        table = self.detail.table
        rows = [table.rows[r] for r in table.visible_source_rows()]
        try:
            if target.suffix.lower() == ".xlsx":
                export.write_xlsx(rows, target)
            else:
                export.write_csv(rows, target)
        except (OSError, ReportError) as error:
            QMessageBox.warning(self, self.tr("Export failed"), f"{target}: {error}")
            return
        self.statusBar().showMessage(
            self.tr("Wrote %n figure(s) to {path}", "", len(rows)).format(path=target), 6000
        )

    def _suggested_name(self) -> str:
        node = self.current_node()
        return node.title.replace("/", "-").replace(" ", "_")

    def export_charts(self) -> None:
        content = self.detail.show_charts().widget()
        if content is not None:
            self._export_chart_widget(content, None)

    def _export_chart_widget(self, widget: QWidget, kind: str | None) -> None:
        filters = self.tr("PNG image (*.png);;SVG drawing (*.svg)")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export Chart"), self._suggested_name(), filters
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in {".png", ".svg"}:
            target = target.with_suffix(".svg" if (kind == "svg" or "svg" in chosen) else ".png")
        self.write_chart(widget, target)

    def write_chart(self, widget: QWidget, target: Path) -> bool:
        from workreport.gui.detail.chart_export import save_png, save_svg

        saver = save_svg if target.suffix.lower() == ".svg" else save_png
        ok = saver(widget, target)
        if ok:
            self.statusBar().showMessage(self.tr("Wrote {path}").format(path=target), 6000)
        else:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("{path}: could not be written").format(path=target),
            )
        return ok

    # --- files --------------------------------------------------------------------------------

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Report"), "", self.tr("Reports (*.json *.txt);;All files (*)")
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
        self._pending_opens += 1
        self.busy.show()
        self.statusBar().showMessage(self.tr("Opening {path}…").format(path=path))
        workers.start(task)  # a daemon thread: closing the window ends the process at once

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
        self.menus.recent.remember(str(path))
        self.statusBar().showMessage(self.tr("Opened {path}").format(path=path), 6000)
        self.reportOpened.emit(node)

    def _on_open_failed(self, _path: Path, message: str) -> None:
        self._open_done()
        self.statusBar().clearMessage()
        show_report_error(self, message)
        self.openFailed.emit(message)

    def save_report_as(self) -> None:
        report = self.report
        path, _ = QFileDialog.getSaveFileName(
            self,
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
            QMessageBox.warning(self, self.tr("Save failed"), error.message)
            return False
        self.statusBar().showMessage(self.tr("Wrote {path}").format(path=target), 6000)
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_path(Path(url.toLocalFile()))
        event.acceptProposedAction()

    # --- help ---------------------------------------------------------------------------------

    def about_text(self) -> str:
        return self.tr(
            "workreport {version}\n\nReads Chinese government work reports as data: sections, "
            "figures and keywords.\n\nReport shown: {title}\nData source: {source}"
        ).format(
            version=__version__,
            title=self.report.title,
            source=self.report.source or self.report.headline,
        )

    def about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About workreport"),
            self.about_text(),
            parent=self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    # --- state --------------------------------------------------------------------------------

    def restore_state(self, settings: QSettings) -> None:
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        for key, splitter in (
            ("window/splitter", self.splitter),
            ("window/detailSplitter", self.detail.splitter),
        ):
            sizes = settings.value(key)
            if isinstance(sizes, QByteArray):
                splitter.restoreState(sizes)
        report_id = settings.value("library/report")
        if isinstance(report_id, str) and self.select_report(report_id):
            section = settings.value("library/section")
            if isinstance(section, str) and section:
                self.select_path(section)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/detailSplitter", self.detail.splitter.saveState())
        node = self.current_node()
        report = node.report_node()
        if report is not None and report.source is not None:
            settings.setValue("library/report", report.source.id)
            settings.setValue("library/section", node.section_path())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state(QSettings())
        super().closeEvent(event)
