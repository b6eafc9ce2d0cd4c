"""The bundled reports in the store, imported on first use like any file.

Each is keyed by the sha256 of its JSON resource, so a new version of the app (new bytes) replaces
the old bundled reports the first time the store is used, and an unchanged one costs a lookup.
The window does not need this to start: it lists the bundled reports from their index, as before.
"""

from __future__ import annotations

import hashlib
from importlib import resources

from workreport.core.jsonformat import loads_report
from workreport.core.library import bundled_ids
from workreport.core.store.store import Store


def _resource(report_id: str) -> bytes:
    return (
        resources.files("workreport.resources")
        .joinpath("reports", f"{report_id}.json")
        .read_bytes()
    )


def ensure_bundled(store: Store) -> int:
    """Import the bundled reports the store lacks and drop outdated ones; how many were added."""
    stored = dict(
        store.connection.execute("SELECT sha256, key FROM reports WHERE bundled = 1").fetchall()
    )
    wanted: set[str] = set()
    added = 0
    for report_id in bundled_ids():
        data = _resource(report_id)
        sha256 = hashlib.sha256(data).hexdigest()
        wanted.add(sha256)
        if sha256 not in stored:
            report = loads_report(data.decode("utf-8"), f"bundled report {report_id}")
            store.add_report(report, sha256, bundled=True)
            added += 1
    for sha256, key in stored.items():
        if sha256 not in wanted:
            store.remove(key)
    return added
