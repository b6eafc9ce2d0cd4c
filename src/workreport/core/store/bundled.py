"""The bundled reports in the store, imported on first use like any file.

Each is keyed by the sha256 of its JSON resource, so a new version of the app (new bytes) replaces
the old bundled reports the first time the store is used, and an unchanged one costs a lookup.
The window does not need this to start: it lists the bundled reports from their index, as before.
"""

from __future__ import annotations

import hashlib

from workreport.core.errors import ReportError
from workreport.core.jsonformat import loads_report
from workreport.core.library import bundled_ids, bundled_report_bytes
from workreport.core.store.store import Store


def _resource(report_id: str) -> bytes:
    return bundled_report_bytes(report_id)


def ensure_bundled(store: Store, failures: list[str] | None = None) -> int:
    """Import the bundled reports the store lacks and drop outdated ones; how many were added.

    A bundled report that does not load (a bug of the build) is left out, its one-line problem
    added to ``failures``: it must not keep every other report out of the library.
    """
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
            try:
                report = loads_report(data.decode("utf-8"), f"bundled report {report_id}")
            except ReportError as error:
                if failures is not None:
                    failures.append(error.message)
                continue
            store.add_report(report, sha256, bundled=True)
            added += 1
    for sha256, key in stored.items():
        if sha256 not in wanted:
            store.remove(key)
    return added
