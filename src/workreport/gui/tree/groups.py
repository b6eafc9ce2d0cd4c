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
# called around an insertion: (parent, first, last row) before, then () after; None while building
Notify = Callable[[TreeNode, int, int], Callable[[], None]]
Pair = tuple[str, str]  # a store report's (level, region), as the store has them


def _order(node: TreeNode) -> Order:
    return node.order


def group_order(tier: str, key: str | int | None) -> Order:
    """Levels in GROUPS order; regions by name; years newest first; the unknown last."""
    if tier == "level":
        return (GROUPS.index(str(key)) if key in GROUPS else len(GROUPS), "")
    if tier == "year":
        return (1, 0) if key is None else (0, -int(key))
    return (1, "") if not key else (0, str(key))


def store_level(level: str) -> str:
    """The level group a report of the store is listed under (never the opened files')."""
    return level if level in GROUPS and level != FLAT else "other"


class LibraryTree:
    """The top node, its groups by path, and the report nodes by source id."""

    def __init__(self) -> None:
        self.top = TreeNode(NodeKind.GROUP, "")
        self.groups: dict[tuple[Any, ...], TreeNode] = {}
        self.reports: dict[str, TreeNode] = {}
        self.notify: Notify | None = None

    def _insert(self, parent: TreeNode, node: TreeNode, position: int) -> None:
        done = self.notify(parent, position, position) if self.notify is not None else None
        node.parent = parent
        children = parent.children
        children.insert(position, node)
        for row in range(position, len(children)):
            children[row].row = row
        if done is not None:
            done()

    def _append(self, parent: TreeNode, nodes: list[TreeNode], *, listed: bool = True) -> None:
        """Put ``nodes`` after the children of ``parent`` (``listed``: in the tree already), with
        one notification for them all."""
        start = len(parent.children)
        notify = self.notify if listed else None
        done = notify(parent, start, start + len(nodes) - 1) if notify is not None else None
        for row, node in enumerate(nodes, start):
            node.parent, node.row = parent, row
        parent.children.extend(nodes)
        parent.count += len(nodes)
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
        node = _report_node(source)
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

    # --- the store's reports, listed a region at a time ------------------------------------------

    def add_groups(self, counts: list[tuple[str, str, int]]) -> None:
        """Count the store's reports of each (level, region, count) in their region group, not
        listed (less those listed already): the group lists them when it is opened."""
        for level, region, count in counts:
            top = self._group(self.top, (store_level(level),), "level")
            group = self._group(top, (top.label, region), "region")
            pair = (level, region)
            left = count - sum(1 for n in _reports_below(group) if n.stored == pair)
            if left > 0:
                group.unlisted = group.unlisted or {}
                group.unlisted[pair] = group.unlisted.get(pair, 0) + left
                group.populated = False
                _count(group, left)

    def unlisted_group(self, level: str, region: str) -> TreeNode | None:
        """The region group of the store's reports of ``level`` and ``region`` while they are not
        listed in it."""
        group = self.groups.get((store_level(level), region))
        return group if group is not None and group.unlisted is not None else None

    def unlisted_groups(self) -> list[TreeNode]:
        return [g for g in self.groups.values() if g.unlisted is not None]

    def count_unlisted(self, group: TreeNode, pair: Pair) -> None:
        """One more report of the store in ``group``, not listed."""
        assert group.unlisted is not None
        group.unlisted[pair] = group.unlisted.get(pair, 0) + 1
        _count(group, 1)

    def list_stored(self, group: TreeNode, sources: list[ReportSource]) -> None:
        """List a region group's reports of the store (``sources``; those listed already are left
        alone) under their years; its count is then that of the reports below it."""
        group.unlisted, group.populated = None, True
        assert group.parent is not None
        by_year: dict[int | None, list[TreeNode]] = {}
        for source in sources:
            if source.id not in self.reports:
                node = self.reports[source.id] = _report_node(source)
                by_year.setdefault(source.year, []).append(node)
        for year, nodes in by_year.items():
            path = (group.parent.label, group.label, year)
            year_group = self.groups.get(path)
            if year_group is None:
                year_group = TreeNode(
                    NodeKind.GROUP, "" if year is None else str(year), tier="year"
                )
                year_group.order = group_order("year", year)
                self._append(year_group, nodes, listed=False)  # then inserted whole
                position = bisect_right(group.children, year_group.order, key=_order)
                self._insert(group, year_group, position)
                self.groups[path] = year_group
            else:
                self._append(year_group, nodes)
        _count(group, sum(year.count for year in group.children) - group.count)

    def first_report(self) -> TreeNode | None:
        """The first report in the tree's order."""
        node = self.top
        while node.children and not node.is_report:
            node = node.children[0]
        return node if node.is_report else None


def _report_node(source: ReportSource) -> TreeNode:
    return TreeNode(  # a report's sections are listed when it is opened (fetchMore)
        NodeKind.REPORT,
        source.title,
        source=source,
        search_text=source.title.casefold(),
        populated=False,
    )


def _reports_below(group: TreeNode) -> list[ReportSource]:
    return [n.source for n in group.walk() if n.is_report and n.source is not None]


def _count(group: TreeNode, change: int) -> None:
    """Add ``change`` to the count of ``group`` and of the groups above it."""
    node: TreeNode | None = group
    while node is not None:
        node.count += change
        node = node.parent
