"""Questions to the library's store asked off the window's thread: Compare and Series across it.

Each question runs on a thread of its own with its own connection (a ``Store`` must not be shared
between threads); only the answer to the latest question is taken, so a view asked again while a
thread still answers an older question shows the newer answer, never the older one after it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from workreport.core.errors import ReportError
from workreport.core.store import Store


def has_added_reports(path: Path) -> bool:
    """Whether the store at ``path`` holds reports added from files (the bundled ones are in the
    window already)."""
    if not path.exists():
        return False
    try:
        with Store(path) as store:
            return store.added_count() > 0
    except ReportError:
        return False


class StoreQuestion(QThread):
    """Runs ``work`` on its own connection to the store at ``path``; ``answered`` its result."""

    answered = Signal(object)
    failed = Signal(str)

    def __init__(self, path: Path, work: Callable[[Store], Any], parent: QObject | None) -> None:
        super().__init__(parent)
        self.path, self.work = path, work

    def run(self) -> None:
        try:
            with Store(self.path) as store:
                answer = self.work(store)
        except ReportError as error:
            self.failed.emit(error.message)
            return
        self.answered.emit(answer)


class StoreQuestions(QObject):
    """A view's questions: each new one makes the answers to those before it stale."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._asked = 0
        self._running: list[StoreQuestion] = []

    def ask(
        self,
        path: Path,
        work: Callable[[Store], Any],
        answered: Callable[[Any], None],
        failed: Callable[[str], None],
    ) -> None:
        """Answer ``work`` on a thread; ``answered`` (or ``failed``) on the window's thread, unless
        another question was asked meanwhile."""
        self._asked += 1
        asked = self._asked
        question = StoreQuestion(path, work, self)

        def on_answer(answer: Any) -> None:
            if asked == self._asked:
                answered(answer)

        def on_failure(message: str) -> None:
            if asked == self._asked:
                failed(message)

        question.answered.connect(on_answer)
        question.failed.connect(on_failure)
        question.finished.connect(lambda: self._done(question))
        self._running.append(question)
        question.start()

    def _done(self, question: StoreQuestion) -> None:
        question.wait()  # ``finished`` comes just before the thread ends
        if question in self._running:
            self._running.remove(question)
        question.setParent(None)  # Python's to delete, once nothing refers to it

    def busy(self) -> bool:
        """Whether a question is being answered."""
        return any(q.isRunning() for q in self._running)

    def forget(self) -> None:
        """Take no answer to the questions asked so far."""
        self._asked += 1

    def wait(self) -> None:
        """Wait for every thread (the window is closing)."""
        self.forget()
        for question in list(self._running):
            question.wait()
