"""The store's figures as one table file for other tools: CSV, or Parquet when pyarrow is there.

CSV is written row by row (a library's figures may not fit a list in memory comfortably), UTF-8
with a BOM for spreadsheets, to a temporary file renamed over the target. Parquet needs pyarrow,
which the app does not depend on (about 40 MB more in the bundle): without it, a clear error.
"""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

from workreport.core.errors import ReportError
from workreport.core.store.location import EXPORT_FORMATS
from workreport.core.store.queries import FIGURE_EXPORT_COLUMNS, figure_rows
from workreport.core.store.store import Store

FORMATS = EXPORT_FORMATS


def export_figures(store: Store, path: Path, fmt: str) -> int:
    """Write every figure of the store to ``path``; how many were written."""
    path = Path(path)
    if fmt not in FORMATS:
        raise ReportError(str(path), "", f"cannot write {fmt or 'a file without a suffix'}:"
                          " the formats are csv and parquet")  # fmt: skip
    if fmt == "parquet":
        _pyarrow(path)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        count = (_csv if fmt == "csv" else _parquet)(store, Path(temporary))
        Path(temporary).replace(path)
    except OSError as error:
        raise ReportError(str(path), "", f"cannot be written ({error.strerror})") from None
    finally:
        Path(temporary).unlink(missing_ok=True)
    return count


def _csv(store: Store, path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, FIGURE_EXPORT_COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        for row in figure_rows(store):
            writer.writerow(row)
            count += 1
    return count


def _pyarrow(path: Path) -> None:
    try:
        import pyarrow  # type: ignore[import-not-found, unused-ignore]  # noqa: F401
    except ImportError:
        raise ReportError(
            str(path),
            "",
            "Parquet needs pyarrow, which is not installed (pip install pyarrow);"
            " --format csv needs nothing",
        ) from None


def _parquet(store: Store, path: Path) -> int:
    import pyarrow as pa  # type: ignore[import-not-found, unused-ignore]
    import pyarrow.parquet as pq  # type: ignore[import-not-found, unused-ignore]

    rows = list(figure_rows(store))
    columns = {name: [row[name] for row in rows] for name in FIGURE_EXPORT_COLUMNS}
    for name in ("value", "high", "base_value"):
        columns[name] = [None if v is None else float(v) for v in columns[name]]
    pq.write_table(pa.table(columns), path)
    return len(rows)
