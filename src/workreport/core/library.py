"""The reports bundled with the app, and how a REPORT argument names one.

Bundled reports are JSON resources in ``workreport.resources/reports``, found through
``importlib.resources`` both in a source checkout and in an installed wheel. Each is generated from
a corpus text by :func:`build_bundled` with the metadata in ``resources/meta/<id>.json``;
``scripts/build_reports.py`` regenerates them all and writes ``reports/index.json``, a small list of
each report's id, title, region, level, year and date, so that :func:`list_bundled` can list the
library without parsing any report.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workreport.core import paths
from workreport.core.errors import ReportError
from workreport.core.jsonformat import MAX_REPORT_BYTES, loads_report, save_report, write_atomically
from workreport.core.model import Report
from workreport.core.sources import (
    SUFFIXES,
    Progress,
    SourceFormat,
    SourceText,
    detect_format,
    read_source,
    source_from_bytes,
    source_from_clipboard,
)
from workreport.core.textfile import MAX_BYTES, decode_text, read_bytes, read_text

if TYPE_CHECKING:  # the importer is loaded when a text is imported, not to show the window
    from workreport.core.importer import ReportMetadata

DEFAULT_REPORT = "zhengzhou-hitech-2022"
CLIPBOARD = "clipboard"  # names pasted text in errors
INDEX = "index.json"
_PACKAGE = "workreport.resources"


@dataclass(frozen=True, slots=True)
class BundledReport:
    """One entry of the library's index: enough to list and sort a report without loading it."""

    id: str
    title: str
    region: str
    level: str
    year: int | None
    date: str


def _folder(name: str) -> Traversable:
    return resources.files(_PACKAGE).joinpath(name)


@cache
def list_bundled() -> tuple[BundledReport, ...]:
    """The bundled reports, from the index (national first, then by level; newest year first)."""
    entries: list[dict[str, Any]] = json.loads(
        _folder("reports").joinpath(INDEX).read_text("utf-8")
    )
    return tuple(BundledReport(**entry) for entry in entries)


def bundled_ids() -> list[str]:
    """Ids of the bundled reports, sorted."""
    return sorted(entry.id for entry in list_bundled())


_LEVEL_ORDER = {"national": 0, "provincial": 1, "prefectural": 2, "county": 3, "zone": 4}


def index_entries(reports: dict[str, Report]) -> list[BundledReport]:
    """Index entries for reports by id, in the library's order: by level, then the newest year
    first (a series of 52 national reports lists 2025 at the top), then by id."""
    entries = [
        BundledReport(report_id, r.title, r.region, r.level, r.year, r.date)
        for report_id, r in reports.items()
    ]
    return sorted(entries, key=lambda e: (_LEVEL_ORDER.get(e.level, 9), -(e.year or 0), e.id))


def dumps_index(entries: list[BundledReport]) -> str:
    """The index as JSON, one report a line: small to read at start-up, easy to diff."""
    lines = (json.dumps(asdict(e), ensure_ascii=False) for e in entries)
    return "[\n" + ",\n".join(lines) + "\n]\n"


def meta_ids(meta_folder: Path) -> list[str]:
    """Ids of the reports that have metadata (and so can be built), sorted."""
    return sorted(path.stem for path in Path(meta_folder).glob("*.json"))


def build_library(corpus: Path, resources_folder: Path) -> list[BundledReport]:
    """Import every report that has metadata in ``resources_folder/meta`` from ``corpus`` and write
    it, and the index, to ``resources_folder/reports``. Returns the index."""
    reports: dict[str, Report] = {}
    for report_id in meta_ids(resources_folder / "meta"):
        meta: dict[str, Any] = {
            "id": report_id,
            **json.loads((resources_folder / "meta" / f"{report_id}.json").read_text("utf-8")),
        }
        text_path = corpus / meta["text"]
        from workreport.core.importer import import_text

        reports[report_id] = import_text(
            read_text(text_path), metadata_from_json(meta), name=str(text_path)
        )
    out = resources_folder / "reports"
    for stale in out.glob("*.json"):
        if stale.stem not in reports and stale.name != INDEX:
            stale.unlink()
    for report_id, report in reports.items():
        save_report(report, out / f"{report_id}.json")
    entries = index_entries(reports)
    write_atomically(out / INDEX, dumps_index(entries).encode("utf-8"))
    return entries


def bundled_report_bytes(report_id: str) -> bytes:
    """A bundled report's JSON: ``reports/<id>.json``, or ``<id>.json.gz`` where the desktop
    bundle ships it compressed (packaging/workreport.spec: a fifth of the size)."""
    folder = _folder("reports")
    plain = folder.joinpath(f"{report_id}.json")
    if plain.is_file():
        return plain.read_bytes()
    packed = folder.joinpath(f"{report_id}.json.gz")
    if packed.is_file():
        return gzip.decompress(packed.read_bytes())
    raise ReportError(report_id, "", "no bundled report has this id")


def load_bundled(report_id: str) -> Report:
    return loads_report(
        bundled_report_bytes(report_id).decode("utf-8"), f"bundled report {report_id}"
    )


def metadata_from_json(data: dict[str, Any]) -> ReportMetadata:
    from workreport.core.importer import ReportMetadata

    return ReportMetadata(
        id=data.get("id", ""),
        title=data.get("title", ""),
        region=data.get("region", ""),
        level=data.get("level", ""),
        year=data.get("year"),
        date=data.get("date", ""),
        source=data.get("source", ""),
        speaker=data.get("speaker", ""),
        glosses=dict(data.get("glosses", {})),
    )


def bundled_metadata(report_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        _folder("meta").joinpath(f"{report_id}.json").read_text("utf-8")
    )
    return data


def build_bundled(report_id: str, corpus: Path) -> Report:
    """Import a bundled report afresh from its corpus text and metadata."""
    meta = {"id": report_id, **bundled_metadata(report_id)}
    text_path = corpus / meta["text"]
    from workreport.core.importer import import_text

    return import_text(read_text(text_path), metadata_from_json(meta), name=str(text_path))


def import_source(source: SourceText, metadata: ReportMetadata | None = None) -> Report:
    """Import a document's text; a page's own title names the report when its text does not."""
    return _import_read(lambda: source, metadata)


def _import_read(read: Callable[[], SourceText], metadata: ReportMetadata | None) -> Report:
    """Import the source ``read`` gives, its lines let go before the import starts when nothing
    else holds them (2,000,000 short lines are 300 MB of line objects)."""
    from workreport.core.importer import import_text

    source = read()
    text, name, title = source.text(), source.name, source.title
    del source
    return import_text(text, metadata, name=name, title=title)


def import_file(
    path: Path, metadata: ReportMetadata | None = None, progress: Progress | None = None
) -> Report:
    """Import a ``.txt``, ``.docx``, ``.pdf`` or saved web page, its format read from its content."""
    return _import_read(lambda: read_source(Path(path), progress), metadata)


def import_data(data: bytes, name: str, metadata: ReportMetadata | None = None) -> Report:
    """Import a document given as bytes (standard input, say); ``name`` names it in errors."""
    if len(data) > MAX_BYTES:
        raise ReportError(
            name, "", f"is over {MAX_BYTES // 1024 // 1024} MB; such reports are refused"
        )
    if not data.strip():
        raise ReportError(name, "", "is empty")
    return _import_read(lambda: source_from_bytes(data, name), metadata)


def import_clipboard(html: str, text: str) -> Report:
    """Import what a copy put on the clipboard: a browser selection's HTML, else plain text."""
    return _import_read(lambda: source_from_clipboard(html, text, CLIPBOARD), None)


def open_file(path: Path, progress: Progress | None = None) -> Report:
    """A file of any kind the app reads: a JSON report is loaded, any other document imported."""
    # a saved report may be larger than a text: read up to its limit, then decide by content
    data = read_bytes(path, MAX_REPORT_BYTES)
    name = paths.shown(path)
    if detect_format(data, name) is SourceFormat.JSON:
        return loads_report(decode_text(data, name, encodings=("utf-8",)), name)
    if len(data) > MAX_BYTES:
        raise ReportError(
            name, "", f"is over {MAX_BYTES // 1024 // 1024} MB; documents over that are refused"
        )
    return _import_read(lambda: source_from_bytes(data, name, progress), None)


def open_report(spec: str | None, progress: Progress | None = None) -> Report:
    """A REPORT argument: a bundled id, a ``.json`` report, or a ``.txt``, ``.docx``, ``.pdf``,
    ``.html`` or ``.htm`` document imported on the fly (the format read from the content)."""
    if spec is None:
        return load_bundled(DEFAULT_REPORT)
    if not spec:
        raise ReportError("", "", "no report named: the argument is empty")
    path = Path(spec)
    exists = os.path.lexists(path)  # a broken link or a loop is a file named, with its problem
    if not exists and spec in bundled_ids():
        return load_bundled(spec)
    if exists or path.suffix.lower() in SUFFIXES:
        return open_file(path, progress)
    raise ReportError(paths.shown(spec), "", "no such file, and no bundled report has this id")


def names_a_file(spec: str) -> bool:
    """Whether a command-line word names a file: one that exists, or a path with a ``/`` or a
    report's suffix. Such a word is a report (or an error when the file is missing), never a
    keyword."""
    return (
        "/" in spec
        or os.sep in spec
        or Path(spec).suffix.lower() in SUFFIXES
        or os.path.lexists(spec)
    )


def looks_like_report(spec: str) -> bool:
    """Whether a command-line word names a report rather than, say, a keyword."""
    return spec in bundled_ids() or names_a_file(spec)
