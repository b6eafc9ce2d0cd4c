"""Plain nodes of the section tree: the report at the root, then chapters and subsections."""

from __future__ import annotations

from dataclasses import dataclass, field

from workreport.core.glossary import section_glosses
from workreport.core.model import Indicator, Report, Section, path_title


@dataclass(eq=False)
class TreeNode:
    """One row of the tree. ``section`` is None for the report's root node."""

    report: Report
    section: Section | None
    parent: TreeNode | None = None
    children: list[TreeNode] = field(default_factory=list)
    row: int = 0
    search_text: str = ""  # title, paragraphs, figure labels and units of this node alone

    @property
    def title(self) -> str:
        return self.section.title if self.section is not None else self.report.title

    @property
    def gloss(self) -> str:
        if self.section is None:
            return ""
        return self.section.gloss or section_glosses().get(self.section.title, "")

    @property
    def is_root(self) -> bool:
        return self.section is None

    def path(self) -> list[TreeNode]:
        """Nodes from the root down to this one."""
        nodes: list[TreeNode] = []
        node: TreeNode | None = self
        while node is not None:
            nodes.append(node)
            node = node.parent
        return nodes[::-1]

    def section_path(self) -> str:
        """``chapter / subsection`` (empty for the root)."""
        sections = tuple(n.section for n in self.path() if n.section is not None)
        return path_title(sections)

    def figures(self) -> list[tuple[Section, Indicator]]:
        """Every figure at and under this node, in reading order."""
        if self.section is None:
            return list(self.report.all_indicators())
        return list(self.section.all_indicators())

    def sections(self) -> list[Section]:
        """The sections this node shows, in reading order (all of them for the root)."""
        if self.section is None:
            return list(self.report.walk())
        return list(self.section.walk())

    def text(self) -> str:
        """Everything this node shows as text, titles included (used for counts)."""
        if self.section is None:
            return "\n".join([self.report.headline, *(s.text() for s in self.report.sections)])
        return self.section.text()

    def walk(self) -> list[TreeNode]:
        nodes = [self]
        for child in self.children:
            nodes.extend(child.walk())
        return nodes

    def find(self, section_path: str) -> TreeNode | None:
        """The node whose ``chapter / subsection`` path is ``section_path`` (root for empty)."""
        for node in self.walk():
            if node.section_path() == section_path:
                return node
        return None


def _search_text(section: Section) -> str:
    parts = [section.title, section.gloss, *section.paragraphs]
    parts += [f"{i.label} {i.unit} {i.qualifier}" for i in section.indicators]
    return "\n".join(parts).casefold()


def build_tree(report: Report) -> TreeNode:
    root = TreeNode(report, None, search_text=f"{report.title}\n{report.headline}".casefold())

    def add(parent: TreeNode, section: Section) -> None:
        node = TreeNode(
            report, section, parent, row=len(parent.children), search_text=_search_text(section)
        )
        parent.children.append(node)
        for child in section.children:
            add(node, child)

    for section in report.sections:
        add(root, section)
    return root
