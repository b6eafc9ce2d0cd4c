"""Plain nodes of the library tree: level → region → year groups → reports → chapters →
subsections.

A report node loads its report only when first needed (:meth:`ReportSource.load`), so listing
33 reports costs nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from workreport.core.glossary import section_glosses
from workreport.core.model import Indicator, Report, Section, path_title


class NodeKind(Enum):
    GROUP = "group"
    REPORT = "report"
    SECTION = "section"


@dataclass(eq=False)
class ReportSource:
    """A report the tree lists: its id, title, level, region and year now; its content when
    loaded."""

    id: str  # a bundled report's id, or a file's path
    title: str
    level: str
    loader: Callable[[], Report]
    report: Report | None = None
    region: str = ""
    year: int | None = None
    stored: tuple[str, str] | None = None  # a store report's (level, region) as the store has it

    def load(self) -> Report:
        """The report, loaded on first use (may raise ReportError)."""
        if self.report is None:
            self.report = self.loader()
        return self.report


@dataclass(eq=False)
class TreeNode:
    kind: NodeKind
    label: str
    source: ReportSource | None = None
    section: Section | None = None
    parent: TreeNode | None = None
    children: list[TreeNode] = field(default_factory=list)
    row: int = 0
    search_text: str = ""  # this node's own title, text and figure labels, case-folded
    populated: bool = True  # False for a report node whose sections are not built yet
    tier: str = ""  # a group's: "level", "region" or "year"
    count: int = 0  # a group's: the reports below it
    order: tuple[int, int | str] = (0, "")  # a group's place among its siblings
    # a region group's reports in the store not listed yet, by the store's (level, region); they
    # are in its count, and listed when it is opened (populated False until then)
    unlisted: dict[tuple[str, str], int] | None = None

    # --- what the node is -------------------------------------------------------------------

    @property
    def is_group(self) -> bool:
        return self.kind is NodeKind.GROUP

    @property
    def is_report(self) -> bool:
        return self.kind is NodeKind.REPORT

    @property
    def title(self) -> str:
        if self.section is not None:
            return self.section.title
        if self.source is not None and self.source.report is not None:
            return self.source.report.title
        return self.label

    @property
    def gloss(self) -> str:
        if self.section is None:
            return ""
        return self.section.gloss or section_glosses().get(self.section.title, "")

    @property
    def report(self) -> Report:
        assert self.source is not None, "a group node has no report"
        return self.source.load()

    def report_node(self) -> TreeNode | None:
        """The report node this node belongs to (itself for a report node)."""
        node: TreeNode | None = self
        while node is not None and not node.is_report:
            node = node.parent
        return node

    # --- paths and walking ------------------------------------------------------------------

    def path(self) -> list[TreeNode]:
        """Nodes from the top of the tree down to this one."""
        nodes: list[TreeNode] = []
        node: TreeNode | None = self
        while node is not None:
            nodes.append(node)
            node = node.parent
        return nodes[::-1]

    def section_path(self) -> str:
        """``chapter / subsection`` within the report (empty for report and group nodes)."""
        sections = tuple(n.section for n in self.path() if n.section is not None)
        return path_title(sections)

    def walk(self) -> list[TreeNode]:
        nodes = [self]
        for child in self.children:
            nodes.extend(child.walk())
        return nodes

    def find(self, section_path: str) -> TreeNode | None:
        """The node below this one whose ``chapter / subsection`` path is ``section_path``."""
        for node in self.walk():
            if node.section_path() == section_path:
                return node
        return None

    # --- content ----------------------------------------------------------------------------

    def figures(self) -> list[tuple[Section, Indicator]]:
        """Every figure at and under this node, in reading order."""
        if self.is_group:
            return []
        if self.section is None:
            return list(self.report.all_indicators())
        return list(self.section.all_indicators())

    def sections(self) -> list[Section]:
        """The sections this node shows, in reading order."""
        if self.is_group:
            return []
        if self.section is None:
            return list(self.report.walk())
        return list(self.section.walk())

    def text(self) -> str:
        """Everything this node shows as text, titles included (used for counts)."""
        if self.is_group:
            return ""
        if self.section is None:
            return "\n".join([self.report.headline, *(s.text() for s in self.report.sections)])
        return self.section.text()


def _search_text(section: Section) -> str:
    parts = [section.title, section.gloss, *section.paragraphs]
    parts += [f"{i.label} {i.unit} {i.qualifier}" for i in section.indicators]
    return "\n".join(parts).casefold()


def populate(node: TreeNode) -> None:
    """Build a report node's section children (loads the report; may raise ReportError)."""
    report = node.report
    node.search_text = f"{report.title}\n{report.headline}".casefold()

    def add(parent: TreeNode, section: Section) -> None:
        child = TreeNode(
            NodeKind.SECTION,
            section.title,
            source=node.source,
            section=section,
            parent=parent,
            row=len(parent.children),
            search_text=_search_text(section),
        )
        parent.children.append(child)
        for grandchild in section.children:
            add(child, grandchild)

    node.children = []
    for section in report.sections:
        add(node, section)
    node.populated = True
