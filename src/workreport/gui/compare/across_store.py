"""Compare across the library's store: the Compare view's rows answered by the store on a thread.

The store's reports are not loaded: each region's newest report is chosen, the target labels
counted and the figures of a query read by indexed queries
(:mod:`workreport.core.store.whole_library`), together with the bundled and opened reports in
memory. The view shows the rows in the same table and chart as those computed in memory.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from workreport.core.model import Report
from workreport.core.store import Store
from workreport.core.store.whole_library import (
    Newest,
    compare_library,
    library_target_labels,
    newest,
)
from workreport.core.tabular import Row
from workreport.gui.store_query import StoreQuestions

if TYPE_CHECKING:
    from workreport.gui.compare.view import CompareView

Question = tuple[str, bool, bool]  # query, targets only, first only


class StoreCompare(QObject):
    """The store's side of a :class:`CompareView`; ``path`` is None while it compares in memory."""

    def __init__(self, view: CompareView) -> None:
        super().__init__(view)
        self.view = view
        self.path: Path | None = None
        self.memory: list[Report] = []
        self.chosen: Newest | None = None
        self.labels: dict[str, int] = {}
        self.questions = StoreQuestions(self)
        self._library: tuple[Path, int, list[int]] | None = None  # what was asked about
        self._answered: tuple[Question, list[Row]] | None = None  # rows not shown yet

    def _question(self) -> Question:
        view = self.view
        return view.current_query(), view.targets_only.isChecked(), view.first_only.isChecked()

    def show(self, path: Path, memory: list[Report]) -> None:
        """Compare across the store at ``path`` and ``memory`` (asked again when either changed)."""
        with Store(path) as store:
            library = (path, store.added_count(), [id(r) for r in memory])
        if library == self._library and self.path is not None:
            return
        self.path, self.memory, self._library = path, memory, library
        self.chosen = None
        self.view.explanation.setText(self.tr("Comparing across the library…"))
        question = self._question()

        def work(store: Store) -> tuple[Newest, dict[str, int], Question, list[Row]]:
            chosen = newest(store, memory)
            labels = library_target_labels(store, chosen)
            query, targets_only, first_only = question
            rows = compare_library(
                store, query, chosen, targets_only=targets_only, first_only=first_only
            )
            return chosen, labels, question, rows

        self.questions.ask(path, work, self._on_library, self._on_failed)

    def _on_library(self, answer: tuple[Newest, dict[str, int], Question, list[Row]]) -> None:
        self.chosen, self.labels, question, rows = answer
        self._answered = (question, rows)
        self.view.set_labels(self.labels)  # compares: the rows answered, if for the same question

    def refresh(self) -> None:
        """Show the rows of the view's question: those answered already, else ask the store."""
        if self.path is None or self.chosen is None:
            return  # the library's answer is on its way
        question, answered = self._question(), self._answered
        self._answered = None
        if answered is not None and answered[0] == question:
            self.view.show_rows(answered[1], len(self.chosen))
            return
        chosen = self.chosen
        self.view.explanation.setText(self.tr("Comparing across the library…"))

        def work(store: Store) -> list[Row]:
            query, targets_only, first_only = question
            return compare_library(
                store, query, chosen, targets_only=targets_only, first_only=first_only
            )

        self.questions.ask(
            self.path, work, lambda rows: self.view.show_rows(rows, len(chosen)), self._on_failed
        )

    def _on_failed(self, message: str) -> None:
        self.view.explanation.setText(message)

    def relabel(self) -> None:
        """List the labels again (the language changed)."""
        if self.chosen is not None:
            self.view.set_labels(self.labels)

    def leave(self) -> None:
        """Compare in memory from now on: no answer of the store is taken."""
        self.path, self.chosen, self._library, self._answered = None, None, None, None
        self.questions.forget()

    def busy(self) -> bool:
        return self.questions.busy()

    def wait(self) -> None:
        self.questions.wait()
