"""A store of schema version 1 opens as the current version, with its reports intact and the
same values in the tables that later versions add as a new store writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workreport.core.errors import ReportError
from workreport.core.library import load_bundled
from workreport.core.store import Store, queries, schema
from workreport.core.store.fulltext import fts_text
from workreport.core.store.rows import FIGURE_COLUMNS, report_rows


def _version_1_store(path: Path) -> None:
    """A store as version 1 of the program wrote it: figures without their measure."""
    report = load_bundled("china-2025")
    rows = report_rows(report)
    c = sqlite3.connect(path, isolation_level=None)
    c.create_function("fts_text", 1, fts_text)
    schema.migrate(c, str(path), target=1)
    header = dict(rows.header.items())
    columns = ", ".join(header)
    c.execute(
        f"INSERT INTO reports(key, sha256, file, {columns}) VALUES (1, 'x', ''"
        f"{', ?' * len(header)})",
        tuple(header.values()),
    )
    c.executemany("INSERT INTO sections VALUES (1, ?, ?, ?, ?, ?, ?, ?)", rows.sections)
    c.executemany(
        "INSERT INTO parts(report, section, kind, paragraph, text) VALUES (1, ?, ?, ?, ?)",
        rows.parts,
    )
    c.execute("INSERT INTO parts_fts(rowid, text) SELECT rowid, fts_text(text) FROM parts")
    old_columns = FIGURE_COLUMNS[:-1]
    assert FIGURE_COLUMNS[-1] == "measure"
    c.executemany(
        f"INSERT INTO figures(report, {', '.join(f'{n!r}' for n in old_columns)})"
        f" VALUES (1{', ?' * len(old_columns)})",
        [figure[:-1] for figure in rows.figures],
    )
    assert schema.version(c) == 1
    c.close()


def test_a_version_1_store_is_migrated_to_the_current_version(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _version_1_store(path)
    with Store(path) as store:
        assert schema.version(store.connection) == schema.VERSION == 5
        plan = store.connection.execute(
            "EXPLAIN QUERY PLAN SELECT level, region, count(*), min(year), max(year) FROM reports"
            " WHERE NOT bundled GROUP BY level, region"
        ).fetchall()
        assert "COVERING INDEX reports_group" in str(plan)  # no report's row is read
        assert store.load(1) == load_bundled("china-2025")
        rows = queries.measure(store, "gdp_growth", targets_only=True)
        assert [(r["label"], r["value"], r["qualifier"]) for r in rows] == [
            ("国内生产总值增长", 5, "左右")
        ]
        assert queries.keyword_counts(store, ["改革"])[0]["count"] == 44
        texts = store.connection.execute("SELECT kind, text FROM report_texts")
        assert sorted(texts) == sorted(report_rows(load_bundled("china-2025")).texts)


def test_a_store_of_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    with Store(path):
        pass
    c = sqlite3.connect(path)
    c.execute(f"PRAGMA user_version = {schema.VERSION + 1}")
    c.close()
    with pytest.raises(ReportError, match="schema is version 6; this program reads up to 5"):
        Store(path)
