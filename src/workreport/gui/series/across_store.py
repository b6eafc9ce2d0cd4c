"""Series across the library's store: its regions listed, and one region's reports (one a year)
loaded on a thread when the region is picked, never the whole library.

The regions and reports are those of :mod:`workreport.core.store.whole_library`: the store's
reports added from files together with the bundled and opened reports in memory.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from workreport.core.model import Report, Section
from workreport.core.series import SeriesIndex
from workreport.core.store import Store
from workreport.core.store.whole_library import library_regions, region_reports
from workreport.gui.store_query import StoreQuestions

if TYPE_CHECKING:
    from workreport.gui.series.view import SeriesView
    from workreport.gui.view_protocol import Library


class StoreSeries(QObject):
    """The store's side of a :class:`SeriesView`; ``path`` is None while it works in memory."""

    def __init__(self, view: SeriesView) -> None:
        super().__init__(view)
        self.view = view
        self.path: Path | None = None
        self.memory: list[Report] = []
        self.library: Library | None = None
        self.keys: dict[int, int] = {}  # id() of a report loaded from the store → its store key
        self.questions = StoreQuestions(self)
        self._library: tuple[Path, int, list[int]] | None = None  # what was asked about

    def show(self, path: Path, memory: list[Report], library: Library) -> None:
        """List the regions of the store at ``path`` and ``memory`` (again when either changed)."""
        self.library = library
        with Store(path) as store:
            asked = (path, store.added_count(), [id(r) for r in memory])
        if asked == self._library and self.path is not None:
            return
        self.path, self.memory, self._library = path, memory, asked
        self.view.explanation.setText(self.tr("Listing the library's regions…"))
        self.questions.ask(
            path, lambda store: library_regions(store, memory), self.view.set_regions, self._failed
        )

    def ask_region(self, region: str) -> None:
        """Load ``region``'s reports (the store's and those in memory) and give the view their
        series index."""
        if self.path is None:
            return
        memory = [r for r in self.memory if r.region == region]
        self.view.explanation.setText(
            self.tr("Reading the reports of {region}…").format(region=region)
        )

        def work(store: Store) -> tuple[SeriesIndex, dict[int, int]]:
            keyed = region_reports(store, region)
            keys = {id(report): key for key, report in keyed}
            return SeriesIndex(memory + [report for _, report in keyed]), keys

        self.questions.ask(self.path, work, self._on_region, self._failed)

    def _on_region(self, answer: tuple[SeriesIndex, dict[int, int]]) -> None:
        index, self.keys = answer
        self.view.set_index(index)

    def listed(self, report: Report, section: Section | None) -> tuple[Report, Section | None]:
        """``report`` (and ``section``) as the tree lists it: a report loaded from the store for
        the series is listed (when it is not yet) and loaded in the tree, to jump to its text."""
        key = self.keys.get(id(report))
        if key is None or self.path is None or self.library is None:
            return report, section  # a report in memory: listed already
        from workreport.gui.library import STORE_PREFIX
        from workreport.gui.store_listing import listed_node

        model = self.library.tree_model
        node = model.find_report(f"{STORE_PREFIX}{self.path}:{key}")
        if node is None:
            with Store(self.path) as store:
                entry = store.entry(key)
            if entry is None:  # removed since
                return report, section
            node = listed_node(model, entry, self.path)  # its region group listed first
        if not model.ensure_loaded(node):
            return report, section
        listed = node.report
        wanted = None if section is None else section.id
        return listed, next((s for s in listed.walk() if s.id == wanted), None)

    def _failed(self, message: str) -> None:
        self.view.explanation.setText(message)

    def leave(self) -> None:
        """Work in memory from now on: no answer of the store is taken."""
        self.path, self._library, self.keys = None, None, {}
        self.questions.forget()

    def busy(self) -> bool:
        return self.questions.busy()

    def wait(self) -> None:
        self.questions.wait()
