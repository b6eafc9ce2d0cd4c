"""Small look-ups the window makes on the store: one report's entry, how many reports it holds
besides the bundled ones. (Added by the GUI helper; see notes/STORE_API.md, "added by scalegui".)
"""

from __future__ import annotations

from workreport.core.store.store import ENTRY_SQL, Entry, Store, entry


def entry_by_key(store: Store, key: int) -> Entry | None:
    """One report's entry, by its store key: one indexed look-up."""
    row = store.connection.execute(ENTRY_SQL + " WHERE key = ?", (key,)).fetchone()
    return None if row is None else entry(row)


def added_reports(store: Store) -> int:
    """How many reports of the store were added from files (the bundled ones not counted)."""
    count: int = store.connection.execute(
        "SELECT count(*) FROM reports WHERE NOT bundled"
    ).fetchone()[0]
    return count
