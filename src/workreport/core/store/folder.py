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
from typing import TYPE_CHECKING

from workreport.core.errors import ReportError
from workreport.core.sources.read import SUFFIXES as READABLE
from workreport.core.store.store import Store, file_sha256

if TYPE_CHECKING:
    from workreport.core.store.rows import ReportRows

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

BATCH_SECONDS = 0.25  # the caller writes what the workers made at most this long ago in one commit
BATCH_MAX = 64
# Files handed out per worker at a time: enough that the workers go on importing while this process
# writes a batch (a quarter second of their work), not only while it waits for them; at most
# IN_FLIGHT_MAX in all, as each finished one holds its report's rows until it is written.
IN_FLIGHT = 16
IN_FLIGHT_MAX = 64


@dataclass(frozen=True, slots=True)
class Prepared:
    """A file read, hashed and imported by a worker, as the rows the caller writes."""

    path: str
    stat: tuple[int, int]  # size, mtime_ns when it was hashed: a later change imports it again
    sha256: str
    rows: ReportRows | None  # None: the store held these bytes already when the worker looked


_worker_store: Store | None = None


def _start_worker(store_path: str) -> None:
    global _worker_store
    _worker_store = Store(Path(store_path))


def prepare(store: Store, path: Path) -> Prepared | Outcome:
    """Read, hash and import ``path`` (unless ``store`` holds its bytes) without writing; any
    failure becomes an outcome's one-line reason."""
    from workreport.core.library import open_file
    from workreport.core.store.rows import report_rows

    try:
        try:
            stat = path.stat()
            sha256 = file_sha256(path)
        except OSError as error:
            raise ReportError(str(path), "", f"cannot be read ({error.strerror})") from None
        state = (stat.st_size, stat.st_mtime_ns)
        if store.key_of_sha(sha256) is not None:
            return Prepared(str(path), state, sha256, None)
        report = open_file(path)
        if not report.id:
            report.id = path.stem
        return Prepared(str(path), state, sha256, report_rows(report))
    except ReportError as error:
        problem = error.message
    except Exception as error:  # an importer bug must not end the import of the other files
        text = " ".join(str(error).split())
        problem = f"{path}: cannot be imported ({type(error).__name__}: {text})"
    return Outcome(str(path), error=problem)


def _work(path: str) -> Prepared | Outcome:
    assert _worker_store is not None
    return prepare(_worker_store, Path(path))


# --- in the caller's process ---------------------------------------------------------------------


def write(store: Store, made: list[Prepared | Outcome]) -> list[Outcome]:
    """Write what workers made in one transaction (the failures too); the outcome of each."""
    outcomes: list[Outcome] = []
    with store.batch():
        for item in made:
            if isinstance(item, Outcome):
                store.failure_row(Path(item.path), item.error)
                outcomes.append(item)
                continue
            path = Path(item.path)
            key, written = store.write_rows(item.rows, item.sha256, file=path, stat=item.stat)
            if key is None:  # its report was removed since the worker looked: next time
                outcomes.append(Outcome(item.path, error=f"{path}: changed while it was imported"))
            else:
                outcomes.append(Outcome(item.path, key, written))
    return outcomes


def import_one(store: Store, path: Path) -> Outcome:
    """Import one file into ``store``; any failure becomes the outcome's one-line reason."""
    [outcome] = write(store, [prepare(store, path)])
    return outcome


def import_files(
    store: Store,
    files: Iterable[Path],
    *,
    workers: int | None = None,
    on_outcome: Callable[[Outcome, Progress], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[Outcome]:
    """Import ``files`` into ``store`` (the unchanged ones at once, the rest on ``workers``
    processes, default one per core). ``on_outcome`` hears of each file as it is in the store;
    when ``cancelled()`` turns true, no further file is started. Returns the outcomes so far.

    The workers read and import; this process writes what they made, a batch of up to
    ``BATCH_SECONDS`` of their work in one transaction: one writer, so no worker waits for the
    store's lock, and one commit (one segment of the full-text index) per batch, not per file.
    """
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
        running: dict[Future[Prepared | Outcome], Path] = {}
        made: list[Prepared | Outcome] = []
        oldest = 0.0
        broken = False

        def top_up() -> None:
            nonlocal broken
            while (
                len(running) < min(IN_FLIGHT * count, IN_FLIGHT_MAX)
                and not cancelled()
                and not broken
            ):
                path = next(queue, None)
                if path is None:
                    return
                try:
                    running[pool.submit(_work, str(path))] = path
                except BrokenProcessPool:  # a worker died (out of memory, killed): stop here;
                    broken = True  # the files not started are imported on the next open

        def flush() -> None:
            for outcome in write(store, made):
                record(outcome, Path(outcome.path))
            made.clear()

        top_up()
        while running:
            if cancelled():  # the files handed out but not started are not waited for
                for future in [f for f in running if f.cancel()]:
                    del running[future]
                if not running:
                    break
            done, _ = wait(running, timeout=BATCH_SECONDS, return_when=FIRST_COMPLETED)
            for future in done:
                path = running.pop(future)
                try:
                    item = future.result()
                except BrokenProcessPool:
                    broken = True
                    record(Outcome(str(path), error=f"{path}: its import worker stopped"), path)
                    continue
                if not made:
                    oldest = time.monotonic()
                made.append(item)
            top_up()  # the workers go on while this process writes
            due = time.monotonic() - oldest >= BATCH_SECONDS or len(made) >= BATCH_MAX
            if made and (due or not running):
                flush()
        if made:
            flush()
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
