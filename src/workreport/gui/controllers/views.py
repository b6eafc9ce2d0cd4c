"""The views in their tabs, and the view in front: what Copy, Select All, Export Table and Export
Chart act on, through :class:`~workreport.gui.view_protocol.WindowView`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QWidget

from workreport.core.errors import ReportError
from workreport.gui.view_protocol import Library, ViewSpec, WindowView

if TYPE_CHECKING:
    from workreport.gui.main_window import MainWindow
    from workreport.gui.tree.node import TreeNode

TABLE_SUFFIXES = (".csv", ".xlsx")


class ViewsController(QObject):
    """Builds each view the first time it is shown and keeps the one in front up to date."""

    viewBuilt = Signal(str, object)  # (key, view widget), once per view
    currentChanged = Signal(str)  # the key of the view now in front

    def __init__(self, window: MainWindow, specs: list[ViewSpec], library: Library) -> None:
        super().__init__(window)
        self._window = window
        self._library = library
        self._specs = list(specs)
        self._built: dict[str, QWidget] = {}
        self._node: TreeNode | None = None
        self.tabs = QTabWidget(window)
        self.tabs.setObjectName("Views")
        self.tabs.setDocumentMode(True)
        for _spec in self._specs:
            self.tabs.addTab(QWidget(), "")  # a placeholder until the view is first shown
        self.view(self._specs[0].key)
        self.tabs.currentChanged.connect(self._on_current_changed)

    # --- the views ------------------------------------------------------------------------------

    @property
    def keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    def built(self, key: str) -> QWidget | None:
        """The view of ``key`` if it has been built."""
        return self._built.get(key)

    def view(self, key: str) -> QWidget:
        """The view of ``key``, built now if it never was (it is not brought to the front)."""
        existing = self._built.get(key)
        if existing is not None:
            return existing
        index = self.keys.index(key)
        widget = self._specs[index].build(self._window)
        assert isinstance(widget, WindowView), f"{key}: not a WindowView"
        widget.copied.connect(self._on_copied)
        self._built[key] = widget
        blocked = self.tabs.blockSignals(True)
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, "")
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(blocked)
        if placeholder is not None:
            placeholder.deleteLater()
        self.retranslate()
        self.viewBuilt.emit(key, widget)
        return widget

    def show(self, key: str) -> QWidget:
        """Bring the view of ``key`` to the front (building it if needed) and return it."""
        widget = self.view(key)
        self.tabs.setCurrentWidget(widget)
        return widget

    def current_key(self) -> str:
        return self.keys[self.tabs.currentIndex()]

    def current(self) -> WindowView:
        """The view in front."""
        widget = self.view(self.current_key())
        assert isinstance(widget, WindowView)
        return widget

    def set_node(self, node: TreeNode) -> None:
        """The node selected in the tree: the view in front shows it now, others when shown."""
        self._node = node
        self.current().show_node(node, self._library)

    def _on_current_changed(self, index: int) -> None:
        key = self.keys[index]
        view = self.view(key)
        if self._node is not None:
            assert isinstance(view, WindowView)
            view.show_node(self._node, self._library)
        self.currentChanged.emit(key)

    def retranslate(self) -> None:
        for index, spec in enumerate(self._specs):
            self.tabs.setTabText(index, spec.title())
            self.tabs.setTabToolTip(index, spec.tooltip())

    # --- commands on the view in front ----------------------------------------------------------

    def copy(self) -> int:
        """Edit ▸ Copy: the selection (or the whole table) of the view in front."""
        return self.current().copy_selection()

    def select_all(self) -> None:
        self.current().select_all()

    def _status(self, text: str, milliseconds: int = 6000) -> None:
        window: QMainWindow = self._window
        window.statusBar().showMessage(text, milliseconds)

    def _on_copied(self, rows: int) -> None:
        self._status(self.tr("Copied %n row(s) as a table", "", rows), 4000)

    def export_table_dialog(self) -> None:
        """File ▸ Export Table: ask where, then write the table of the view in front."""
        from workreport.gui.save_dialog import ask_save_path, table_filters

        target = ask_save_path(
            self._window,
            self.tr("Export Table"),
            self.current().export_name(),
            table_filters(),
            TABLE_SUFFIXES,
        )
        if target is not None:
            self.write_table(target)

    def write_table(self, target: Path) -> bool:
        try:
            rows = self.current().export_table(target)
        except (OSError, ReportError) as error:
            QMessageBox.warning(self._window, self.tr("Export failed"), f"{target}: {error}")
            return False
        self._status(self.tr("Wrote %n row(s) to {path}", "", rows).format(path=target))
        return True

    def export_chart_dialog(self) -> None:
        """File ▸ Export Chart: ask where, then write the charts of the view in front."""
        from workreport.gui.chart.export import export_dialog

        widget = self._chart_widget()
        if widget is not None:
            target = export_dialog(self._window, widget, self.current().export_name())
            if target is not None:
                self._status(self.tr("Wrote {path}").format(path=target))

    def write_chart(self, target: Path) -> bool:
        """Write the charts of the view in front: PNG, or SVG for ``.svg``."""
        from workreport.gui.chart.export import save_or_warn

        widget = self._chart_widget()
        if widget is None or not save_or_warn(self._window, widget, target):
            return False
        self._status(self.tr("Wrote {path}").format(path=target))
        return True

    def _chart_widget(self) -> QWidget | None:
        widget = self.current().chart_widget()
        if widget is None:
            self._status(self.tr("This view shows no chart to export."))
        return widget
