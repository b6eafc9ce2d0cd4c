"""A report's rows written into the store's tables, and taken out again: inside a transaction the
caller holds (``Store.batch``)."""

from __future__ import annotations

import sqlite3

from workreport.core.store.rows import FIGURE_COLUMNS, ReportRows
from workreport.core.store.store import COUNTED_COLUMNS, quoted

TABLES = ("parts", "report_texts", "figures", "sections")  # each keyed by the report's key


def insert_rows(
    c: sqlite3.Connection, rows: ReportRows, sha256: str, file: str, bundled: bool
) -> int:
    """Write ``rows``: the new report's key."""
    header = rows.header
    cursor = c.execute(
        f"INSERT INTO reports(sha256, file, bundled, {', '.join(COUNTED_COLUMNS)})"
        f" VALUES (?, ?, ?{', ?' * len(COUNTED_COLUMNS)})",
        (sha256, file, int(bundled), *(header[name] for name in COUNTED_COLUMNS)),
    )  # fmt: skip
    key = cursor.lastrowid
    assert key is not None
    c.executemany(
        "INSERT INTO sections VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(key, *section) for section in rows.sections],
    )
    first = c.execute("SELECT coalesce(max(rowid), 0) + 1 FROM parts").fetchone()[0]
    c.executemany(
        "INSERT INTO parts(rowid, report, section, kind, paragraph, text)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(first + n, key, *part) for n, part in enumerate(rows.parts)],
    )
    c.executemany(
        "INSERT INTO parts_fts(rowid, text) VALUES (?, ?)",
        [(first + n, indexed) for n, indexed in enumerate(rows.indexed)],
    )
    c.executemany(
        "INSERT INTO report_texts(report, kind, text) VALUES (?, ?, ?)",
        [(key, kind, text) for kind, text in rows.texts],
    )
    c.executemany(
        f"INSERT INTO figures(report, {', '.join(quoted(FIGURE_COLUMNS))})"
        f" VALUES (?{', ?' * len(FIGURE_COLUMNS)})",
        [(key, *figure) for figure in rows.figures],
    )
    return key


def delete_rows(c: sqlite3.Connection, key: int) -> None:
    """Take the report ``key`` out of every table (and the full-text index)."""
    c.execute(
        "INSERT INTO parts_fts(parts_fts, rowid, text)"
        " SELECT 'delete', rowid, fts_text(text) FROM parts WHERE report = ?",
        (key,),
    )
    for table in TABLES:
        c.execute(f"DELETE FROM {table} WHERE report = ?", (key,))
    c.execute("DELETE FROM reports WHERE key = ?", (key,))
