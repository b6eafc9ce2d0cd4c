"""A thin QAbstractItemModel over :class:`TreeNode` objects, and the proxy Find uses.

Report nodes fill in their sections on ``fetchMore`` (when expanded or selected), so that the
library lists every bundled report at start-up without loading any; a region group of the
library's store lists its reports on ``fetchMore`` (when opened), so that a store of thousands
lists only its groups and their counts at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from workreport.core.errors import ReportError
from workreport.gui.tree.groups import FLAT, LibraryTree
from workreport.gui.tree.node import ReportSource, TreeNode, populate

Index = QModelIndex | QPersistentModelIndex

NODE_ROLE = Qt.ItemDataRole.UserRole + 1


def group_title(key: str) -> str:
    titles = {
        "national": QCoreApplication.translate("Library", "National"),
        "provincial": QCoreApplication.translate("Library", "Provincial"),
        "prefectural": QCoreApplication.translate("Library", "Prefectural"),
        "county": QCoreApplication.translate("Library", "County"),
        "zone": QCoreApplication.translate("Library", "Development zones"),
        "other": QCoreApplication.translate("Library", "Other"),
        "files": QCoreApplication.translate("Library", "Opened files"),
    }
    return titles.get(key, key or QCoreApplication.translate("Library", "Other"))


class SectionTreeModel(QAbstractItemModel):
    """Level → region → year groups → reports → sections; one column.

    Opened files, pasted text and the like are listed flat under their own top group.
    """

    loadFailed = Signal(str)  # a report could not be loaded: the message

    def __init__(self, sources: list[ReportSource] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._tree = LibraryTree()
        # the store's reports of (level, region) pairs, once its groups are listed (add_groups)
        self.lister: Callable[[list[tuple[str, str]]], list[ReportSource]] | None = None
        for source in sources or []:  # no view yet: the first listing sends no signals
            self._tree.add(source)
        self._tree.notify = self._notify_insert

    # --- structure ----------------------------------------------------------------------------

    @property
    def top(self) -> TreeNode:
        return self._tree.top

    def report_nodes(self) -> list[TreeNode]:
        return list(self._tree.reports.values())

    def group_nodes(self) -> list[TreeNode]:
        return list(self._tree.groups.values())

    def _notify_insert(self, parent: TreeNode, first: int, last: int) -> Callable[[], None]:
        self.beginInsertRows(self.index_of(parent), first, last)
        return self.endInsertRows

    def add_report(self, source: ReportSource, group_key: str = FLAT) -> TreeNode:
        """List another report (under ``group_key``: a level, or opened files); its node."""
        node, groups = self._tree.add(source, group_key)
        for group in groups[:-1]:  # the counts shown above the new row
            index = self.index_of(group)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        return node

    def add_reports(self, sources: list[ReportSource]) -> None:
        """List many reports at once (those of the library's store), each under its level,
        region and year; the views are told once. Reports already listed are left alone."""
        self.beginResetModel()
        tree = self._tree
        tree.notify = None
        tree.add_many(sources)
        tree.notify = self._notify_insert
        self.endResetModel()

    # --- the store's reports, listed a region at a time ----------------------------------------

    def add_groups(self, counts: list[tuple[str, str, int]]) -> None:
        """Count the store's reports of each (level, region, count) in its region group, to list
        when the group is opened (:meth:`list_group`); the views are told once."""
        self.beginResetModel()
        tree = self._tree
        tree.notify = None
        tree.add_groups(counts)
        tree.notify = self._notify_insert
        self.endResetModel()

    def unlisted_group(self, level: str, region: str) -> TreeNode | None:
        """The region group of the store's reports of ``level`` and ``region``, if they are not
        listed yet."""
        return self._tree.unlisted_group(level, region)

    def unlisted_groups(self) -> list[TreeNode]:
        return self._tree.unlisted_groups()

    def count_unlisted(self, group: TreeNode, pair: tuple[str, str]) -> None:
        """One more of the store's reports in ``group`` (not listed yet)."""
        self._tree.count_unlisted(group, pair)
        self._counts_changed(group)

    def list_group(self, group: TreeNode, sources: list[ReportSource] | None = None) -> bool:
        """List the store's reports of a region group (``sources``, else asked of
        :attr:`lister`); False (and loadFailed) when the store could not say."""
        if group.unlisted is None:
            return True
        if sources is None:
            if self.lister is None:
                return False
            try:
                sources = self.lister(list(group.unlisted))
            except ReportError as error:
                group.populated = True  # not asked again on each expand; Find may ask
                self.loadFailed.emit(error.message)
                return False
        self._tree.list_stored(group, sources)
        self._counts_changed(group)
        return True

    def _counts_changed(self, group: TreeNode) -> None:
        for node in group.path()[1:]:  # the counts shown in it and above it
            index = self.index_of(node)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def find_report(self, report_id: str) -> TreeNode | None:
        return self._tree.reports.get(report_id)

    def first_report(self) -> TreeNode | None:
        return self._tree.first_report()

    def ensure_loaded(self, node: TreeNode) -> bool:
        """Load a report node's report and list its sections; False (and loadFailed) on error."""
        if node.populated:
            return True
        try:
            node.report  # noqa: B018  # loads it
        except ReportError as error:
            node.populated = True
            self.loadFailed.emit(error.message)
            return False
        index = self.index_of(node)
        count = len(node.report.sections)
        if count:
            self.beginInsertRows(index, 0, count - 1)
        populate(node)
        if count:
            self.endInsertRows()
        self.dataChanged.emit(index, index)
        return True

    # --- QAbstractItemModel -------------------------------------------------------------------

    def node(self, index: Index) -> TreeNode:
        if not index.isValid():
            return self._tree.top
        node: TreeNode = index.internalPointer()
        return node

    def index_of(self, node: TreeNode) -> QModelIndex:
        if node is self._tree.top or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0:
            return QModelIndex()
        children = self.node(parent).children
        if not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self.node(index).parent
        if parent is None or parent is self._tree.top:
            return QModelIndex()
        return self.index_of(parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        node = self.node(parent)
        return bool(node.children) or not node.populated

    def canFetchMore(self, parent: Index) -> bool:
        return parent.isValid() and not self.node(parent).populated

    def fetchMore(self, parent: Index) -> None:
        if not parent.isValid():
            return
        node = self.node(parent)
        if node.is_group:
            self.list_group(node)
        else:
            self.ensure_loaded(node)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if node.is_group:
                return f"{self.group_name(node)} ({node.count})"
            return node.title
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [node.title if not node.is_group else self.group_name(node)]
            if node.is_group:
                lines.append(self.tr("%n report(s)", "", node.count))
            if node.gloss:
                lines.append(node.gloss)
            if node.is_report and node.source is not None:
                lines.append(node.source.id)
            if not node.is_group and node.populated:
                lines.append(self.tr("%n figure(s)", "", len(node.figures())))
            return "\n".join(lines)
        if role == NODE_ROLE:
            return node
        return None

    def group_name(self, node: TreeNode) -> str:
        """A group's name: its level, its region or its year (or that it is not known)."""
        if node.tier == "level":
            return group_title(node.label)
        if node.label:
            return node.label
        return self.tr("Region unknown") if node.tier == "region" else self.tr("Year unknown")

    def retranslate(self) -> None:
        for group in self._tree.groups.values():
            index = self.index_of(group)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])


class SectionFilterProxy(QSortFilterProxyModel):
    """Keeps nodes whose own text matches, with their ancestors (recursive filtering).

    Only loaded reports can match by their text; Find loads the library first.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._needle = ""

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, SectionTreeModel)
        node = model.node(model.index(source_row, 0, source_parent))
        return self._needle in node.search_text
