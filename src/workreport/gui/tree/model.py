"""A thin QAbstractItemModel over :class:`TreeNode` objects, and the proxy Find uses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from workreport.gui.tree.node import TreeNode

Index = QModelIndex | QPersistentModelIndex

NODE_ROLE = Qt.ItemDataRole.UserRole + 1


class SectionTreeModel(QAbstractItemModel):
    """One column: the section titles, with the figure count and English gloss as tooltip."""

    def __init__(self, root: TreeNode, parent: Any = None) -> None:
        super().__init__(parent)
        self._invisible = TreeNode(root.report, None, children=[root])
        self._root = root
        root.parent = None

    @property
    def root(self) -> TreeNode:
        return self._root

    def node(self, index: Index) -> TreeNode:
        if not index.isValid():
            return self._invisible
        node: TreeNode = index.internalPointer()
        return node

    def index_of(self, node: TreeNode) -> QModelIndex:
        if node is self._root:
            return self.index(0, 0)
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
        node = self.node(index)
        if node is self._root:
            return QModelIndex()
        parent = node.parent
        assert parent is not None
        return self.index_of(parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.title
        if role == Qt.ItemDataRole.ToolTipRole:
            figures = len(node.figures())
            lines = [node.title]
            if node.gloss:
                lines.append(node.gloss)
            lines.append(self.tr("%n figure(s)", "", figures))
            return "\n".join(lines)
        if role == NODE_ROLE:
            return node
        return None


class SectionFilterProxy(QSortFilterProxyModel):
    """Keeps sections whose own text matches, with their ancestors (recursive filtering)."""

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
