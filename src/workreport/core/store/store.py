"""The library's store: an SQLite file of reports keyed by the sha256 of their file's bytes.

- Opening an unchanged file again is a lookup: its size and modification time match the row of
  ``files`` (else its bytes are hashed and the hash is looked up); only a new or changed file is
  imported, and a changed file's old report goes when no other file has its bytes.
- Each report is written in one transaction, together with the row of ``files`` that names it: an
  import killed half-way leaves every committed report whole and the rest unrecorded, so the next
  open imports them.
- WAL mode with a busy timeout: several processes (import workers, two windows) read and write the
  same store; writes queue for the lock. ``synchronous=NORMAL``: a killed process loses nothing
  committed; after a power cut the last commits may roll back, never half of one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workreport.core.errors import ReportError
from workreport.core.store import schema
from workreport.core.store.fulltext import fts_text
from workreport.core.store.location import default_store_path

if TYPE_CHECKING:
    from workreport.core.model import Report
    from workreport.core.store.rows import ReportRows

BUSY_TIMEOUT_MS = 60_000
MMAP_BYTES = 0  # no map: pages come through the OS cache; the RSS is the program's own
CACHE_KIB = 32_768

_REPORT_COLUMNS = (
    "id", "title", "region", "level", "year", "date", "source", "speaker", "headline", "notes",
)  # fmt: skip
# the values of core/keywords.TextKind (tests/core/store/test_store.py checks), not imported: listing
# the store at start-up needs no more than this module
TEXT_KINDS = ("headline", "front", "title", "body")
CHARACTER_COLUMNS = tuple(f"{kind}_characters" for kind in TEXT_KINDS)
COUNTED_COLUMNS = (*_REPORT_COLUMNS, *CHARACTER_COLUMNS)


def file_sha256(path: Path) -> str:
    import hashlib  # not needed to list the store at start-up (OpenSSL's load costs ms)

    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Known:
    """A file seen before and unchanged since: its report's key, or why it is not a report."""

    key: int | None
    problem: str


@dataclass(frozen=True, slots=True)
class Entry:
    """One report of the store, enough to list, group and sort it without loading it."""

    key: int
    id: str
    title: str
    region: str
    level: str
    year: int | None
    date: str
    file: str
    bundled: bool
    characters: int


@dataclass(frozen=True, slots=True)
class Group:
    """The reports of one level and region: how many, and the years they span."""

    level: str
    region: str
    count: int
    first_year: int | None
    last_year: int | None


ENTRY_SQL = (
    "SELECT key, id, title, region, level, year, date, file, bundled,"
    f" {' + '.join(CHARACTER_COLUMNS)} FROM reports"
)


def entry(row: tuple[Any, ...]) -> Entry:
    key, id_, title, region, level, year, date, file, bundled, characters = row
    return Entry(key, id_, title, region, level, year, date, file, bool(bundled), characters)


class Store:
    """An open store. Not shared between threads: each thread or process opens its own."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        self.name = str(self.path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.connection = sqlite3.connect(
                self.path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
            )
            self.connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.connection.create_function("fts_text", 1, fts_text, deterministic=True)
            self.connection.create_function("casefold", 1, str.casefold, deterministic=True)
            self.connection.execute("PRAGMA journal_mode = WAL")
            self.connection.execute("PRAGMA synchronous = NORMAL")
            self.connection.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            self.connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            schema.migrate(self.connection, self.name)
        except sqlite3.DatabaseError as error:
            raise ReportError(self.name, "", f"not a workreport library ({error})") from None
        except OSError as error:
            raise ReportError(self.name, "", f"cannot be opened ({error.strerror})") from None

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # --- reading ---------------------------------------------------------------------------

    def entries(self, level: str | None = None, region: str | None = None) -> list[Entry]:
        """Every report's entry, or those of one level (and region): an indexed query."""
        if level is None:
            return [entry(row) for row in self.connection.execute(ENTRY_SQL + " ORDER BY key")]
        where = " WHERE level = ?" + ("" if region is None else " AND region = ?")
        values = (level,) if region is None else (level, region)
        rows = self.connection.execute(ENTRY_SQL + where + " ORDER BY key", values)
        return [entry(row) for row in rows]

    def groups(self, *, bundled: bool = True, title: str = "") -> list[Group]:
        """How many reports each level and region has (an index's): a tree before it opens.
        ``bundled=False``: only the reports added from files (each row read, a few ms more);
        ``title``: only the reports whose title holds it, case folded (a filter over titles)."""
        where = ([] if bundled else ["NOT bundled"]) + (
            ["instr(casefold(title), ?) > 0"] * bool(title)
        )
        sql = (
            "SELECT level, region, count(*), min(year), max(year) FROM reports"
            f"{' WHERE ' + ' AND '.join(where) if where else ''} GROUP BY level, region"
            " ORDER BY level, region"
        )
        values = (title.casefold(),) if title else ()
        return [Group(*row) for row in self.connection.execute(sql, values)]

    def entry(self, key: int) -> Entry | None:
        """The entry of one report (one indexed lookup), None when the store has no ``key``."""
        row = self.connection.execute(ENTRY_SQL + " WHERE key = ?", (key,)).fetchone()
        return None if row is None else entry(row)

    def __len__(self) -> int:
        count: int = self.connection.execute("SELECT count(*) FROM reports").fetchone()[0]
        return count

    def added_count(self) -> int:
        """How many reports were added from files (the bundled ones not counted)."""
        count: int = self.connection.execute(
            "SELECT count(*) FROM reports WHERE NOT bundled"
        ).fetchone()[0]
        return count

    def key_of_sha(self, sha256: str) -> int | None:
        row = self.connection.execute(
            "SELECT key FROM reports WHERE sha256 = ?", (sha256,)
        ).fetchone()
        return None if row is None else int(row[0])

    def load(self, key: int) -> Report:
        """The report stored under ``key``, whole (sections, paragraphs, figures)."""
        from workreport.core.store.rows import FIGURE_COLUMNS, report_from_rows

        c = self.connection
        c.execute("BEGIN")  # one snapshot: a writer cannot change the report half-way through
        try:
            row = c.execute(
                f"SELECT {', '.join(_REPORT_COLUMNS)} FROM reports WHERE key = ?", (key,)
            ).fetchone()
            if row is None:
                raise ReportError(self.name, "", f"holds no report {key}")
            report = report_from_rows(
                dict(zip(_REPORT_COLUMNS, row, strict=True)),
                c.execute(
                    "SELECT seq, id, title, kind, level, numbering, gloss FROM sections"
                    " WHERE report = ? ORDER BY seq",
                    (key,),
                ),
                c.execute(
                    "SELECT section, kind, paragraph, text FROM parts"
                    " WHERE report = ? ORDER BY rowid",
                    (key,),
                ),
                c.execute(
                    f"SELECT {', '.join(quoted(FIGURE_COLUMNS))} FROM figures"
                    " WHERE report = ? ORDER BY section, seq",
                    (key,),
                ),
            )
        finally:
            c.execute("COMMIT")
        return report

    def unchanged(self, path: Path) -> Known | None:
        """What became of ``path`` when last seen, if the file's size and time are still those it
        had then (a ``stat``, no reading): its report's key, or why it failed (a failure counts
        only if this version of the program found it). ``path`` is resolved."""
        try:
            stat = path.stat()
        except OSError:
            return None
        row = self.connection.execute(
            "SELECT r.key, f.size, f.mtime_ns, f.problem, f.program FROM files f"
            " LEFT JOIN reports r ON r.sha256 = f.sha256 WHERE f.path = ?",
            (str(path),),
        ).fetchone()
        if row is None or (row[1], row[2]) != (stat.st_size, stat.st_mtime_ns):
            return None
        key, _, _, problem, program = row
        if key is not None:
            return Known(int(key), "")
        if problem and program == _program():
            return Known(None, problem)
        return None

    def record_failure(self, path: Path, problem: str) -> None:
        """Remember that ``path``, as it is now, is not a report, and why."""
        with self.batch():
            self.failure_row(Path(path).resolve(), problem)

    def failure_row(self, path: Path, problem: str) -> None:
        """:meth:`record_failure` inside a transaction the caller holds (:meth:`batch`)."""
        try:
            stat = path.stat()
        except OSError:
            return
        self.connection.execute(
            "INSERT INTO files(path, size, mtime_ns, sha256, problem, program)"
            " VALUES (?, ?, ?, '', ?, ?) ON CONFLICT(path) DO UPDATE SET"
            " size = excluded.size, mtime_ns = excluded.mtime_ns, sha256 = '',"
            " problem = excluded.problem, program = excluded.program",
            (str(path), stat.st_size, stat.st_mtime_ns, problem, _program()),
        )

    @contextmanager
    def batch(self) -> Iterator[None]:
        """One write transaction: the write lock first (waiting for it), all or nothing. Writes
        of several reports in one batch commit together (and cost one commit)."""
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    # --- writing ---------------------------------------------------------------------------

    def add_file(self, path: Path) -> tuple[int, bool]:
        """Import ``path`` unless the store holds its bytes already: (key, whether imported).

        Raises ReportError (naming the file) when it is not a report.
        """
        from workreport.core.library import open_file

        path = Path(path).resolve()
        known = self.unchanged(path)
        if known is not None and known.key is not None:
            return known.key, False
        try:
            sha256 = file_sha256(path)
        except OSError as error:
            raise ReportError(str(path), "", f"cannot be read ({error.strerror})") from None
        key = self.key_of_sha(sha256)
        if key is None:
            report = open_file(path)
            if not report.id:
                report.id = path.stem
            return self.add_report(report, sha256, file=path), True
        with self.batch():
            self._record_file(path, sha256)
        return key, False

    def add_report(
        self, report: Report, sha256: str, *, file: Path | None = None, bundled: bool = False
    ) -> int:
        """Write ``report`` (and the file it came from) in one transaction; its key.

        If another process stored the same bytes meanwhile, that report is kept.
        """
        from workreport.core.store.rows import report_rows  # not needed to list the store

        rows = report_rows(report)  # before the lock: the lock is held only to write
        with self.batch():
            key, _ = self.write_rows(rows, sha256, file=file, bundled=bundled)
        assert key is not None  # rows were given: the report is stored
        return key

    def write_rows(
        self,
        rows: ReportRows | None,
        sha256: str,
        *,
        file: Path | None = None,
        bundled: bool = False,
        stat: tuple[int, int] | None = None,
    ) -> tuple[int | None, bool]:
        """Inside :meth:`batch`: store ``rows`` unless the store holds ``sha256`` already (then
        ``rows`` may be None), and say that ``file`` (of ``stat``: size, mtime_ns, as it was
        when hashed) holds it. (key, whether written); the key is None when ``rows`` is None and
        the store no longer holds the bytes (removed meanwhile: nothing is recorded)."""
        from workreport.core.store.write import insert_rows  # not needed to list the store

        key = self.key_of_sha(sha256)
        written = key is None and rows is not None
        if key is None:
            if rows is None:
                return None, False
            key = insert_rows(
                self.connection, rows, sha256, "" if file is None else str(file), bundled
            )
        if file is not None:
            self._record_file(Path(file), sha256, stat)
        return key, written

    def _record_file(self, path: Path, sha256: str, stat: tuple[int, int] | None = None) -> None:
        """Say that ``path`` (of ``stat``, else as it is now) holds ``sha256``; drop the report of
        its old bytes if no other file holds them."""
        c = self.connection
        if stat is None:
            now = path.stat()
            stat = (now.st_size, now.st_mtime_ns)
        old = c.execute("SELECT sha256 FROM files WHERE path = ?", (str(path),)).fetchone()
        c.execute(
            "INSERT INTO files(path, size, mtime_ns, sha256) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(path) DO UPDATE SET size = excluded.size,"
            " mtime_ns = excluded.mtime_ns, sha256 = excluded.sha256, problem = ''",
            (str(path), *stat, sha256),
        )
        if old is not None and old[0] != sha256:
            held = c.execute("SELECT 1 FROM files WHERE sha256 = ?", (old[0],)).fetchone()
            key = self.key_of_sha(old[0])
            if held is None and key is not None:
                from workreport.core.store.write import delete_rows

                delete_rows(self.connection, key)

    def remove(self, key: int) -> None:
        from workreport.core.store.write import delete_rows

        c = self.connection
        with self.batch():
            sha = c.execute("SELECT sha256 FROM reports WHERE key = ?", (key,)).fetchone()
            if sha is not None:
                c.execute("DELETE FROM files WHERE sha256 = ?", (sha[0],))
            delete_rows(self.connection, key)


def _program() -> str:
    from workreport import __version__

    return __version__


def quoted(columns: tuple[str, ...]) -> list[str]:
    return [f'"{name}"' for name in columns]
