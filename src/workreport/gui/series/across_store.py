"""Series across the library's store: its regions listed, and one region's reports (one a year)
loaded on a thread when the region is picked, never the whole library.

The regions and reports are those of :mod:`workreport.core.store.whole_library`: the store's
reports added from files together with the bundled and opened reports in memory.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from workreport.core.model import Report
from workreport.core.series import SeriesIndex
from workreport.core.store import Store
from workreport.core.store.whole_library import library_regions, region_reports
from workreport.gui.store_query import StoreQuestions

if TYPE_CHECKING:
    from workreport.gui.series.view import SeriesView


class StoreSeries(QObject):
    """The store's side of a :class:`SeriesView`; ``path`` is None while it works in memory."""

    def __init__(self, view: SeriesView) -> None:
        super().__init__(view)
        self.view = view
        self.path: Path | None = None
        self.memory: list[Report] = []
        self.questions = StoreQuestions(self)
        self._library: tuple[Path, int, list[int]] | None = None  # what was asked about

    def show(self, path: Path, memory: list[Report]) -> None:
        """List the regions of the store at ``path`` and ``memory`` (again when either changed)."""
        with Store(path) as store:
            library = (path, store.added_count(), [id(r) for r in memory])
        if library == self._library and self.path is not None:
            return
        self.path, self.memory, self._library = path, memory, library
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

        def work(store: Store) -> SeriesIndex:
            return SeriesIndex(memory + region_reports(store, region))

        self.questions.ask(self.path, work, self.view.set_index, self._failed)

    def _failed(self, message: str) -> None:
        self.view.explanation.setText(message)

    def leave(self) -> None:
        """Work in memory from now on: no answer of the store is taken."""
        self.path, self._library = None, None
        self.questions.forget()

    def busy(self) -> bool:
        return self.questions.busy()

    def wait(self) -> None:
        self.questions.wait()
