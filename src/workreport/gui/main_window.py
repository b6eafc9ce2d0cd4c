"""The main window: the library tree beside the views, a find bar and menus, composed.

The work is done by controllers (``controllers/``: the library and opening of files, find, the view
in front, saved state) and by the views; the menus call the controllers' commands.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QWidget

from workreport import __version__
from workreport.core.library import DEFAULT_REPORT
from workreport.core.model import Report, Section
from workreport.gui.controllers.find import FindController
from workreport.gui.controllers.library import LibraryController
from workreport.gui.controllers.state import restore_state, save_state
from workreport.gui.controllers.views import ViewsController
from workreport.gui.detail.pane import SOURCE_TAB, DetailPane
from workreport.gui.library import loaded_source
from workreport.gui.menus import WindowMenus
from workreport.gui.open_progress import OpenProgress
from workreport.gui.paste import PasteAsReport
from workreport.gui.tree.node import ReportSource, TreeNode
from workreport.gui.view_list import COMPARE, FIGURES, KEYWORDS, SERIES, window_views

if TYPE_CHECKING:
    from workreport.gui.chart.stack import ChartStack
    from workreport.gui.compare.view import CompareView
    from workreport.gui.keywords import KeywordsView
    from workreport.gui.series import SeriesView
    from workreport.gui.store_find import StoreFindPanel

DEFAULT_SIZE = (1280, 800)


class MainWindow(QMainWindow):
    """The library of reports on the left, the views of the selected node on the right."""

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
        self.library = LibraryController(self, sources)
        self.find_bar = FindController(self)
        self.views = ViewsController(self, window_views(), self.library)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("MainSplitter")
        self.side = QSplitter(Qt.Orientation.Vertical, self)  # the tree; Find in the library
        self.side.setObjectName("SideSplitter")
        self.side.addWidget(self.library.tree)
        self.side.setChildrenCollapsible(False)
        self.store_path: Path | None = None  # the library's store (None: the user's)
        self.store_find: StoreFindPanel | None = None  # made when Find is first used
        self.splitter.addWidget(self.side)
        self.splitter.addWidget(self.views.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.setAcceptDrops(True)
        self.menus = WindowMenus(self)
        self.paste = PasteAsReport(self)  # Edit ▸ Paste as Report
        self.open_progress = OpenProgress(self)  # pages read, and Cancel, for long documents
        self.library.openStarted.connect(self.open_progress.track)

        self.library.nodeSelected.connect(self._on_node_selected)
        self.find_bar.needleChanged.connect(self._on_needle_changed)
        self.find_bar.resultsRequested.connect(lambda: self.detail.table.setFocus())
        self.views.currentChanged.connect(lambda _key: self._show_counts())
        self.resize(*DEFAULT_SIZE)
        self.splitter.setSizes([320, DEFAULT_SIZE[0] - 320])
        self.library.start(select)
        self.retranslate_ui()

    # --- the views ------------------------------------------------------------------------------

    @property
    def detail(self) -> DetailPane:
        """The Figures view (always built: it is the first one shown)."""
        return cast(DetailPane, self.views.view(FIGURES))

    @property
    def keywords(self) -> KeywordsView | None:
        return cast("KeywordsView | None", self.views.built(KEYWORDS))

    @property
    def compare(self) -> CompareView | None:
        return cast("CompareView | None", self.views.built(COMPARE))

    def show_keywords(self) -> KeywordsView:
        return cast("KeywordsView", self.views.show(KEYWORDS))

    def show_compare(self) -> CompareView:
        return cast("CompareView", self.views.show(COMPARE))

    def show_series(self) -> SeriesView:
        return cast("SeriesView", self.views.show(SERIES))

    def show_source_text(self) -> None:
        self.views.show(FIGURES)
        self.detail.tabs.setCurrentIndex(SOURCE_TAB)

    def show_charts(self) -> ChartStack:
        self.views.show(FIGURES)
        return self.detail.show_charts()

    def go_to_text(
        self, report: Report, section: Section | None, paragraph: int, start: int, end: int
    ) -> None:
        """Jump from a keyword-in-context row to the place in the source text."""
        if not self.library.select_section(report, section):
            return
        self.show_source_text()
        self.detail.source.mark_text(section, paragraph, start, end)

    @property
    def report(self) -> Report:
        return self.library.report

    def _on_node_selected(self, node: TreeNode) -> None:
        if not node.is_group:
            self.setWindowTitle(self.tr("{title} — workreport").format(title=node.report.title))
        self.views.set_node(node)
        self._show_counts()

    def find_in_library(self) -> StoreFindPanel:
        """The list of sentences found in the library's store, below the tree."""
        if self.store_find is None:
            from workreport.gui.folder_import import store_path
            from workreport.gui.store_find import StoreFindPanel

            self.store_find = StoreFindPanel(self, self.store_path or store_path())
            self.side.addWidget(self.store_find)
            self.side.setSizes([500, 300])
            self.store_find.retranslate()
        return self.store_find

    def _on_needle_changed(self, text: str) -> None:
        self.menus.clear_find_action.setEnabled(bool(text))
        if text.strip() or self.store_find is not None:
            self.find_in_library().set_phrase(text)
        self.library.set_needle(text)
        self.detail.table.proxy.set_needle(text)
        self._show_counts()

    def _show_counts(self) -> None:
        """The figures shown and found, while the Figures view is in front."""
        if self.views.current_key() != FIGURES:
            self.statusBar().clearMessage()
            return
        table = self.detail.table
        shown, total = table.proxy.rowCount(), table.table_model.rowCount()
        if self.find_bar.text:
            message = self.tr("{shown} of {total} figures match “{text}”").format(
                shown=shown, total=total, text=self.find_bar.text
            )
        else:
            title = self.library.current_node().title
            message = self.tr("{title}: {total} figures").format(title=title, total=total)
        self.statusBar().showMessage(message)

    # --- language -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Every string of the window, in the current language."""
        self.menus.retranslate()
        if hasattr(self, "paste"):  # the menus are named before these two exist
            self.paste.retranslate()
            self.open_progress.retranslate()
        self.find_bar.retranslate()
        self.library.retranslate()
        if getattr(self, "store_find", None) is not None:
            self.store_find.retranslate()  # type: ignore[union-attr]
        self.views.retranslate()
        node = self.library.current_node()
        if not node.is_group:
            self.setWindowTitle(self.tr("{title} — workreport").format(title=self.report.title))
        self._show_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def choose_language(self, language: str) -> None:
        self.menus.choose_language(language)

    # --- help -----------------------------------------------------------------------------------

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

    # --- drops and state ------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.library.accepts_drop(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.library.open_dropped(event.mimeData()):
            event.acceptProposedAction()

    def restore_state(self, settings: QSettings) -> None:
        restore_state(self, settings)

    def save_state(self, settings: QSettings) -> None:
        save_state(self, settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.store_find is not None:
            self.store_find.stop()
        if self.keywords is not None:
            self.keywords.library.wait()
        if self.library.title_filter is not None:
            self.library.title_filter.wait()
        series = cast("SeriesView | None", self.views.built(SERIES))
        for view in (self.compare, series):
            if view is not None:  # a question to the store may still be answered
                view.store.wait()
        self.save_state(QSettings())
        super().closeEvent(event)
