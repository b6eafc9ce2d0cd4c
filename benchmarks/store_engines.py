"""SQLite (standard library, FTS5) against DuckDB as the library's store, on the same rows.

Builds ``--reports`` synthetic reports (default 1,000) from the bundled ones — each takes one
bundled report's text parts (headline, titles, paragraphs, as ``core/keywords.report_parts`` reads
them) in a shuffled order, and its figures with their measure key (``core/compare.label_key``) —
and times, for each engine, in a fresh database file:

- import: every report in its own transaction (paragraphs and figures; SQLite also fills its FTS5
  index: a token per character as the store does, or, with ``--trigram``, FTS5's trigram one);
- open: connect and answer the first query;
- keyword count: occurrences of a word per report (non-overlapping, as ``str.count``);
- phrase find: the first 50 paragraphs holding a phrase, and all of them;
- measure: every figure whose measure key equals one (GDP growth).

DuckDB is optional (not a dependency of the app): install it anywhere on ``PYTHONPATH`` to compare,
e.g. ``pip install --target /tmp/duckdb duckdb`` then ``PYTHONPATH=/tmp/duckdb``.

Usage: .venv/bin/python benchmarks/store_engines.py [--reports 1000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from workreport.core.compare import label_key
from workreport.core.keywords import report_parts
from workreport.core.library import bundled_ids, load_bundled
from workreport.core.store.fulltext import fts_query, fts_text

WORD = "改革"
PHRASE = "高质量发展"
RARE_PHRASE = "新质生产力"
MEASURE = label_key("地区生产总值增长")

Paragraph = tuple[int, str, str]  # report, kind, text
FigureRow = tuple[int, str, str, float, str]  # report, label, measure, value, unit


def synthetic_rows(count: int) -> Iterator[tuple[list[Paragraph], list[FigureRow]]]:
    rng = random.Random(17)
    sources = [load_bundled(report_id) for report_id in bundled_ids()]
    parts = [[(p.kind.value, p.text) for p in report_parts(r)] for r in sources]
    figures = [
        [(i.label, label_key(i.label), float(i.value), i.unit) for _, i in r.all_indicators()]
        for r in sources
    ]
    for number in range(count):
        which = number % len(sources)
        shuffled = list(parts[which])
        rng.shuffle(shuffled)
        yield (
            [(number, kind, text) for kind, text in shuffled],
            [(number, *figure) for figure in figures[which]],
        )


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


class SQLiteEngine:
    """FTS5 over the text with a space after every character (core/store/fulltext.py), or with
    FTS5's trigram tokenizer."""

    def __init__(self, path: Path, trigram: bool = False) -> None:
        self.path = path
        self.trigram = trigram
        how = "trigram tokenizer" if trigram else "a token per character"
        self.name = f"SQLite {sqlite3.sqlite_version} (FTS5, {how})"

    def indexed(self, text: str) -> str:
        return text if self.trigram else fts_text(text)

    def connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, isolation_level=None)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.create_function("indexed", 1, self.indexed, deterministic=True)
        return connection

    def create(self) -> None:
        tokenizer = "tokenize='trigram'" if self.trigram else "content='', columnsize=0"
        with self.connect() as c:
            c.executescript(
                f"""
                CREATE TABLE paragraphs(id INTEGER PRIMARY KEY, report INTEGER, kind TEXT,
                                        text TEXT);
                CREATE TABLE figures(report INTEGER, label TEXT, measure TEXT, value REAL,
                                     unit TEXT);
                CREATE INDEX figures_measure ON figures(measure);
                CREATE VIRTUAL TABLE paragraphs_fts USING fts5(text, {tokenizer});
                """
            )

    def load(self, rows: list[tuple[list[Paragraph], list[FigureRow]]]) -> None:
        c = self.connect()
        for paragraphs, figures in rows:
            c.execute("BEGIN")
            first = c.execute("SELECT coalesce(max(id), 0) + 1 FROM paragraphs").fetchone()[0]
            c.executemany(
                "INSERT INTO paragraphs(id, report, kind, text) VALUES (?, ?, ?, ?)",
                [(first + n, *p) for n, p in enumerate(paragraphs)],
            )
            c.execute(
                "INSERT INTO paragraphs_fts(rowid, text) SELECT id, indexed(text) FROM paragraphs"
                " WHERE id >= ?",
                (first,),
            )
            c.executemany("INSERT INTO figures VALUES (?, ?, ?, ?, ?)", figures)
            c.execute("COMMIT")
        c.close()

    def count(self, c: sqlite3.Connection, word: str) -> list[Any]:
        # only the rows the index says may hold the word are read (as core/store/queries.py);
        # a trigram index cannot say it of a word of two characters
        narrow = not self.trigram or len(word) >= 3
        holds = " WHERE id IN (SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?2)"
        count = (
            "(length(CAST(text AS BLOB)) - length(CAST(replace(text, ?1, '') AS BLOB)))"
            " / length(CAST(?1 AS BLOB))"
        )
        sql = (
            f"SELECT report, sum({count}) FROM paragraphs{holds if narrow else ''} GROUP BY report"
        )
        return c.execute(sql, (word, self.query(word)) if narrow else (word,)).fetchall()

    def query(self, phrase: str) -> str:
        if self.trigram:
            return '"' + phrase.replace('"', '""') + '"'
        query = fts_query(phrase)
        assert query is not None
        return query

    def find(self, c: sqlite3.Connection, phrase: str, limit: int | None) -> list[Any]:
        query = self.query(phrase)
        sql = "SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?"
        if limit is not None:
            sql += f" LIMIT {limit}"
        return c.execute(sql, (query,)).fetchall()

    def measure(self, c: sqlite3.Connection, key: str) -> list[Any]:
        return c.execute(
            "SELECT report, label, value FROM figures WHERE measure = ?", (key,)
        ).fetchall()


class DuckDBEngine:
    def __init__(self, path: Path) -> None:
        import duckdb

        self.duckdb = duckdb
        self.name = "DuckDB " + duckdb.__version__ + " (no FTS: its extension is downloaded)"
        self.path = path

    def connect(self) -> Any:
        return self.duckdb.connect(str(self.path))

    def create(self) -> None:
        c = self.connect()
        c.execute("CREATE TABLE paragraphs(report INTEGER, kind VARCHAR, text VARCHAR)")
        c.execute(
            "CREATE TABLE figures(report INTEGER, label VARCHAR, measure VARCHAR, value DOUBLE,"
            " unit VARCHAR)"
        )
        c.close()

    def load(self, rows: list[tuple[list[Paragraph], list[FigureRow]]]) -> None:
        import pandas as pd

        c = self.connect()
        for paragraphs, figures in rows:
            c.register(
                "new_paragraphs", pd.DataFrame(paragraphs, columns=["report", "kind", "text"])
            )
            c.register(
                "new_figures",
                pd.DataFrame(figures, columns=["report", "label", "measure", "value", "unit"]),
            )
            c.execute("BEGIN")
            c.execute("INSERT INTO paragraphs SELECT * FROM new_paragraphs")
            c.execute("INSERT INTO figures SELECT * FROM new_figures")
            c.execute("COMMIT")
            c.unregister("new_paragraphs")
            c.unregister("new_figures")
        c.close()

    def count(self, c: Any, word: str) -> list[Any]:
        result: list[Any] = c.execute(
            "SELECT report, sum((length(text) - length(replace(text, $1, ''))) // length($1))"
            " FROM paragraphs GROUP BY report",
            [word],
        ).fetchall()
        return result

    def find(self, c: Any, phrase: str, limit: int | None) -> list[Any]:
        sql = "SELECT report FROM paragraphs WHERE contains(text, $1)"
        if limit is not None:
            sql += f" LIMIT {limit}"
        result: list[Any] = c.execute(sql, [phrase]).fetchall()
        return result

    def measure(self, c: Any, key: str) -> list[Any]:
        result: list[Any] = c.execute(
            "SELECT report, label, value FROM figures WHERE measure = $1", [key]
        ).fetchall()
        return result


def run(engine: Any, rows: list[Any], megabytes: float, repeat: int) -> dict[str, str]:
    engine.create()
    seconds, _ = timed(lambda: engine.load(rows))
    figures = {"import": f"{seconds:.2f} s = {megabytes / seconds:.1f} MB/s"}
    open_s, _ = timed(lambda: engine.measure(engine.connect(), MEASURE))
    figures["open + first query"] = f"{open_s * 1000:.0f} ms"
    c = engine.connect()
    checks: dict[str, Callable[[], Any]] = {
        f"keyword count {WORD} by report": lambda: engine.count(c, WORD),
        f"find {PHRASE}: first 50": lambda: engine.find(c, PHRASE, 50),
        f"find {RARE_PHRASE}: all": lambda: engine.find(c, RARE_PHRASE, None),
        "figures of one measure": lambda: engine.measure(c, MEASURE),
    }
    for name, check in checks.items():
        times = [timed(check)[0] for _ in range(repeat)]
        figures[name] = f"{statistics.median(times) * 1000:.1f} ms"
    size = sum(p.stat().st_size for p in engine.path.parent.glob(engine.path.name + "*"))
    figures["file size"] = f"{size / 1e6:.0f} MB"
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--trigram", action="store_true", help="also SQLite with FTS5's trigram tokenizer (slow)"
    )
    args = parser.parse_args()
    rows = list(synthetic_rows(args.reports))
    megabytes = sum(len(t.encode("utf-8")) for ps, _ in rows for _, _, t in ps) / 1e6
    print(f"{args.reports} synthetic reports, {megabytes:.0f} MB of text, {WORD=} {PHRASE=}")
    engines: list[Callable[[Path], Any]] = [SQLiteEngine]
    if args.trigram:
        engines.append(lambda path: SQLiteEngine(path, trigram=True))
    try:
        import duckdb  # noqa: F401

        engines.append(DuckDBEngine)
    except ImportError:
        print("duckdb is not installed: SQLite only")
    with tempfile.TemporaryDirectory(prefix="workreport-engines-") as folder:
        for number, make in enumerate(engines):
            engine = make(Path(folder) / f"store{number}.db")
            print(f"\n{engine.name}")
            for name, value in run(engine, rows, megabytes, args.repeat).items():
                print(f"  {name:<32} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
