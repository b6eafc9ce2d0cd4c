"""``wr.library(path)``: the store for Python users, the same file the window and CLI use.

    import workreport as wr
    lib = wr.library()                     # the user's library (or wr.library("my.sqlite3"))
    lib.add("reports/")                    # every report file below the folder, on all cores
    lib.keywords("改革", "开放", by="year")  # rows: year, word, count
    next(lib.find("新质生产力")).sentences()
    lib.measure("gdp_growth", targets_only=True)
    lib.export("figures.csv")

Rows are plain dicts (``pandas.DataFrame(rows)`` makes a table of them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from workreport.core.keywords import ALL_TEXT, CountingRule
from workreport.core.model import Report
from workreport.core.store import queries
from workreport.core.store.folder import Outcome, Progress, import_files, report_files
from workreport.core.store.store import Entry, Store


class Library:
    """An open store, with the bundled reports in it."""

    def __init__(self, path: str | Path | None = None, *, bundled: bool = True) -> None:
        self.store = Store(None if path is None else Path(path))
        if bundled:
            from workreport.core.store.bundled import ensure_bundled

            ensure_bundled(self.store)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def __len__(self) -> int:
        return len(self.store)

    def reports(self) -> list[Entry]:
        return self.store.entries()

    def report(self, which: int | str) -> Report:
        """A report by its key in the store, or by its id (``china-2025``, a file's stem)."""
        if isinstance(which, int):
            return self.store.load(which)
        for entry in self.store.entries():
            if which in (entry.id, entry.file):
                return self.store.load(entry.key)
        raise KeyError(which)

    def add(
        self,
        where: str | Path,
        *,
        workers: int | None = None,
        on_outcome: Callable[[Outcome, Progress], None] | None = None,
    ) -> list[Outcome]:
        """Import a report file, or every report file below a folder; the outcome of each."""
        path = Path(where)
        files = report_files(path) if path.is_dir() else [path]
        return import_files(self.store, files, workers=workers, on_outcome=on_outcome)

    def keywords(
        self,
        *words: str,
        by: str = "report",
        rule: CountingRule = ALL_TEXT,
        rates: bool = False,
    ) -> list[queries.Row]:
        return queries.keyword_counts(
            self.store, list(words), by=queries.GroupBy(by), rule=rule, rates=rates
        )

    def find(self, phrase: str, *, limit: int | None = None) -> Iterator[queries.Hit]:
        return queries.find(self.store, phrase, limit=limit)

    def measure(
        self, query: str, *, targets_only: bool = False, first_only: bool = False
    ) -> list[queries.Row]:
        return queries.measure(self.store, query, targets_only=targets_only, first_only=first_only)

    def figures(self) -> Iterator[queries.Row]:
        return queries.figure_rows(self.store)

    def export(self, path: str | Path, fmt: str | None = None) -> int:
        """Every figure to a CSV or Parquet file (by its suffix unless ``fmt`` says)."""
        from workreport.core.store.export import export_figures

        target = Path(path)
        return export_figures(self.store, target, fmt or target.suffix.lstrip(".").lower())


def library(path: str | Path | None = None) -> Library:
    """Open (or create) the library's store: ``path``, else the user's data folder."""
    return Library(path)
