"""What a view of the window (Figures, Keywords, Compare …) offers the window, and how one is listed.

The menus reach the view in front through :class:`WindowView` only: Edit ▸ Copy and Select All,
File ▸ Export Table and Export Chart act on whichever view that is. A new view is a widget with
these methods plus one :class:`ViewSpec` in :mod:`workreport.gui.view_list`.
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
    from workreport.gui.main_window import MainWindow
    from workreport.gui.tree.node import TreeNode


class Library(Protocol):
    """The reports a view may look across (the window's library controller)."""

    def loaded_reports(self) -> list[Report]:
        """The reports loaded so far (cheap)."""
        ...

    def all_reports(self) -> list[Report]:
        """Every report of the library, loading those not loaded yet."""
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
