"""What a view of the window (Figures, Keywords, Compare …) offers the window, and how one is listed.

The menus reach the view in front through :class:`WindowView` only: Edit ▸ Copy and Select All,
File ▸ Export Table and Export Chart act on whichever view that is. A new view is a widget with
these methods (:class:`TableAndChartCommands` gives them from a table and a chart stack) plus
one :class:`ViewSpec` in :mod:`workreport.gui.view_list`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget

    from workreport.core.model import Report
    from workreport.gui.chart.stack import ChartStack
    from workreport.gui.main_window import MainWindow
    from workreport.gui.table.view import TableView
    from workreport.gui.tree.model import SectionTreeModel
    from workreport.gui.tree.node import TreeNode


class Library(Protocol):
    """The reports a view may look across (the window's library controller)."""

    tree_model: SectionTreeModel  # the reports listed in the tree

    def loaded_reports(self) -> list[Report]:
        """The reports loaded so far (cheap)."""
        ...

    def all_reports(self) -> list[Report]:
        """Every report of the library, loading those not loaded yet."""
        ...

    def memory_reports(self) -> list[Report]:
        """The bundled and opened reports (loaded), not those listed from the library's store."""
        ...

    def library_store(self) -> Path | None:
        """The library's store when it holds reports added from files, else None."""
        ...


@runtime_checkable
class WindowView(Protocol):
    """A view the window shows in a tab, and acts on through the menus when it is in front."""

    copied: SignalInstance  # (rows) rows put on the clipboard, by the menu or a shortcut

    def show_node(self, node: TreeNode, library: Library) -> None:
        """Show what this view shows of the selected node (asked while the view is in front)."""
        ...

    def copy_selection(self) -> int:
        """Copy the selected cells of the table in front (all of it when none are); rows copied."""
        ...

    def select_all(self) -> None:
        """Select every cell of the table in front."""
        ...

    def export_table(self, path: Path) -> int:
        """Write the table in front (as shown: sorted, filtered) to ``path``, XLSX for ``.xlsx``,
        else CSV; the rows written. Raises OSError or ReportError."""
        ...

    def chart_widget(self) -> QWidget | None:
        """The charts of the view as one widget, every chart drawn: what Export Chart writes."""
        ...

    def export_name(self) -> str:
        """A file name without suffix for what Export writes (``keyword_counts``)."""
        ...


@dataclass(frozen=True, slots=True)
class ViewSpec:
    """One tab of the window: its key, its title and tooltip (translated when asked), and how
    to build it (the first time it is shown, so that a view nobody opens costs nothing)."""

    key: str
    title: Callable[[], str]
    tooltip: Callable[[], str]
    build: Callable[[MainWindow], QWidget]


class TableAndChartCommands:
    """The :class:`WindowView` commands of a view made of tables and charts, from the two it
    names: the table in front and its charts. A view mixes this in after its Qt class."""

    def front_table(self) -> TableView:
        """The table Copy, Select All and Export Table act on."""
        raise NotImplementedError

    def front_charts(self) -> ChartStack | None:
        """The charts Export Chart writes (None: the view has none)."""
        raise NotImplementedError

    def copy_selection(self) -> int:
        return self.front_table().copy_selection()

    def select_all(self) -> None:
        self.front_table().selectAll()

    def export_table(self, path: Path) -> int:
        return self.front_table().write_table(path)

    def chart_widget(self) -> QWidget | None:
        charts = self.front_charts()
        return charts.widget() if charts is not None and charts.chart_data() else None

    def export_name(self) -> str:
        return self.front_table().export_name
