"""The library tree's groups, Qt-free: level → region → year → reports, built in one pass.

Groups are kept in order as they are made (levels in :data:`GROUPS` order, regions by name, years
newest first, the unknown last), so that reports landing one by one go straight to their place.
Reports listed under ``files`` (opened files, pasted text) stay flat below that group.

A plain class, not the Qt model: attribute access on a QObject costs several times more, and
listing 10,000 reports touches these attributes some 100,000 times.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import Any

from workreport.gui.tree.node import NodeKind, ReportSource, TreeNode

# Groups in the order they are listed; "files" holds reports opened from disk.
GROUPS: tuple[str, ...] = (
    "national",
    "provincial",
    "prefectural",
    "county",
    "zone",
    "other",
    "files",
)
FLAT = "files"

Order = tuple[int, int | str]
# called around an insertion: (parent, position) before, then () after; None while building
Notify = Callable[[TreeNode, int], Callable[[], None]]


def _order(node: TreeNode) -> Order:
    return node.order


def group_order(tier: str, key: str | int | None) -> Order:
    """Levels in GROUPS order; regions by name; years newest first; the unknown last."""
    if tier == "level":
        return (GROUPS.index(str(key)) if key in GROUPS else len(GROUPS), "")
    if tier == "year":
        return (1, 0) if key is None else (0, -int(key))
    return (1, "") if not key else (0, str(key))


class LibraryTree:
    """The top node, its groups by path, and the report nodes by source id."""

    def __init__(self) -> None:
        self.top = TreeNode(NodeKind.GROUP, "")
        self.groups: dict[tuple[Any, ...], TreeNode] = {}
        self.reports: dict[str, TreeNode] = {}
        self.notify: Notify | None = None

    def _insert(self, parent: TreeNode, node: TreeNode, position: int) -> None:
        done = self.notify(parent, position) if self.notify is not None else None
        node.parent = parent
        children = parent.children
        children.insert(position, node)
        for row in range(position, len(children)):
            children[row].row = row
        if done is not None:
            done()

    def _group(self, parent: TreeNode, path: tuple[Any, ...], tier: str) -> TreeNode:
        group = self.groups.get(path)
        if group is None:
            key = path[-1]
            group = TreeNode(NodeKind.GROUP, "" if key is None else str(key), tier=tier)
            group.order = group_order(tier, key)
            # a group's children are all groups or all reports: the groups are kept in order
            self._insert(parent, group, bisect_right(parent.children, group.order, key=_order))
            self.groups[path] = group
        return group

    def add(
        self, source: ReportSource, level: str | None = None
    ) -> tuple[TreeNode, list[TreeNode]]:
        """List ``source`` under its level (or ``level``), region and year: its node, and the
        groups above it (top first)."""
        level = level or source.level
        level = level if level in GROUPS else "other"
        top = self._group(self.top, (level,), "level")
        groups = [top]
        if level != FLAT:
            region = self._group(top, (level, source.region), "region")
            groups += [region, self._group(region, (level, source.region, source.year), "year")]
        parent = groups[-1]
        node = TreeNode(  # a report's sections are listed when it is opened (fetchMore)
            NodeKind.REPORT,
            source.title,
            source=source,
            search_text=source.title.casefold(),
            populated=False,
        )
        self._insert(parent, node, len(parent.children))
        for group in groups:
            group.count += 1
        self.reports.setdefault(source.id, node)
        return node, groups

    def add_many(self, sources: list[ReportSource]) -> None:
        """List ``sources`` not listed yet, each under its level, region and year."""
        listed = self.reports
        for source in sources:
            if source.id not in listed:
                self.add(source)

    def first_report(self) -> TreeNode | None:
        """The first report in the tree's order."""
        node = self.top
        while node.children and not node.is_report:
            node = node.children[0]
        return node if node.is_report else None
