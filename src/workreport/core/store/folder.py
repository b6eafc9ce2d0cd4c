"""Import every report file below a folder into the store, on worker processes.

The caller's process checks each file against the store (an unchanged file costs a ``stat``) and
hands the rest to a pool of spawned workers, one per core; each worker opens the store itself,
imports a file through ``core/library.open_file`` (so every format the library reads is read
here) and commits it in one transaction. Progress (files done, failures, time left) and each file's
outcome come back as they happen; a cancel stops handing out files and waits only for the ones
being imported. Failures keep their one-line reason.
"""

from __future__ import annotations

import csv
import io
import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from workreport.core.errors import ReportError
from workreport.core.sources.read import SUFFIXES as READABLE
from workreport.core.store.store import Store

SUFFIXES = frozenset(READABLE)  # what core/sources reads


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one file: its report's key, whether it was imported now, or why not."""

    path: str
    key: int | None = None
    imported: bool = False
    error: str = ""  # one line naming the problem; empty when the file is in the store


@dataclass(slots=True)
class Progress:
    total: int
    done: int = 0
    failed: int = 0
    imported: int = 0
    started: float = field(default_factory=time.monotonic)
    bytes_total: int = 0
    bytes_done: int = 0

    def seconds_left(self) -> float | None:
        """From the bytes imported so far; None until there is something to go by."""
        elapsed = time.monotonic() - self.started
        if not self.bytes_done or elapsed <= 0:
            return None
        return max(0.0, (self.bytes_total - self.bytes_done) * elapsed / self.bytes_done)

    def line(self) -> str:
        left = self.seconds_left()
        when = "" if left is None or self.done == self.total else f", about {left:.0f} s left"
        return f"{self.done}/{self.total} files, {self.failed} failed{when}"


def report_files(folder: Path) -> list[Path]:
    """Every file below ``folder`` that may be a report, by name; hidden ones left out."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ReportError(str(folder), "", "is not a folder")
    return sorted(
        path
        for path in folder.rglob("*")
        if path.suffix.lower() in SUFFIXES
        and path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )


# --- in a worker process -------------------------------------------------------------------------

_worker_store: Store | None = None


def _start_worker(store_path: str) -> None:
    global _worker_store
    _worker_store = Store(Path(store_path))


def import_one(store: Store, path: Path) -> Outcome:
    """Import one file into ``store``; any failure becomes the outcome's one-line reason."""
    try:
        key, imported = store.add_file(path)
    except ReportError as error:
        problem = error.message
    except Exception as error:  # an importer bug must not end the import of the other files
        text = " ".join(str(error).split())
        problem = f"{path}: cannot be imported ({type(error).__name__}: {text})"
    else:
        return Outcome(str(path), key, imported)
    store.record_failure(path, problem)
    return Outcome(str(path), error=problem)


def _work(path: str) -> Outcome:
    assert _worker_store is not None
    return import_one(_worker_store, Path(path))


# --- in the caller's process ---------------------------------------------------------------------


def import_files(
    store: Store,
    files: Iterable[Path],
    *,
    workers: int | None = None,
    on_outcome: Callable[[Outcome, Progress], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[Outcome]:
    """Import ``files`` into ``store`` (the unchanged ones at once, the rest on ``workers``
    processes, default one per core). ``on_outcome`` hears of each file as it is done; when
    ``cancelled()`` turns true, no further file is started. Returns the outcomes so far."""
    paths = [Path(p).resolve() for p in files]
    sizes = {p: _size(p) for p in paths}
    progress = Progress(total=len(paths), bytes_total=sum(sizes.values()))
    outcomes: list[Outcome] = []

    def record(outcome: Outcome, path: Path) -> None:
        outcomes.append(outcome)
        progress.done += 1
        progress.failed += bool(outcome.error)
        progress.imported += outcome.imported
        progress.bytes_done += sizes[path]
        if on_outcome is not None:
            on_outcome(outcome, progress)

    pending: list[Path] = []
    for path in paths:
        known = store.unchanged(path)
        if known is None:
            pending.append(path)
        else:
            progress.bytes_total -= sizes[path]
            sizes[path] = 0
            record(Outcome(str(path), known.key, error=known.problem), path)
    count = min(workers or os.cpu_count() or 1, len(pending))
    if count <= 1:
        for path in pending:
            if cancelled():
                break
            record(import_one(store, path), path)
        return outcomes
    with ProcessPoolExecutor(
        count, mp_context=get_context("spawn"), initializer=_start_worker,
        initargs=(str(store.path),),
    ) as pool:  # fmt: skip
        queue = iter(pending)
        running: dict[Future[Outcome], Path] = {}

        broken = False

        def top_up() -> None:
            nonlocal broken
            while len(running) < 2 * count and not cancelled() and not broken:
                path = next(queue, None)
                if path is None:
                    return
                try:
                    running[pool.submit(_work, str(path))] = path
                except BrokenProcessPool:  # a worker died (out of memory, killed): stop here;
                    broken = True  # the files not started are imported on the next open

        top_up()
        while running:
            done, _ = wait(running, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in done:
                path = running.pop(future)
                try:
                    outcome = future.result()
                except BrokenProcessPool:
                    broken = True
                    outcome = Outcome(str(path), error=f"{path}: its import worker stopped")
                record(outcome, path)
            top_up()
    return outcomes


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


FAILURE_COLUMNS = ("file", "problem")


def failures_csv(outcomes: Iterable[Outcome]) -> str:
    """The failed files and their reasons, as CSV (UTF-8 with a BOM, for spreadsheets)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FAILURE_COLUMNS)
    writer.writerows((o.path, o.error) for o in outcomes if o.error)
    return "\ufeff" + out.getvalue()
