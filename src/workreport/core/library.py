"""The reports bundled with the app, and how a REPORT argument names one.

Bundled reports are JSON resources in ``workreport.resources/reports``, found through
``importlib.resources`` both in a source checkout and in an installed wheel. Each is generated from
a corpus text by :func:`build_bundled` with the metadata in ``resources/meta/<id>.json``.
"""

from __future__ import annotations

import json
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from workreport.core.errors import ReportError
from workreport.core.importer import ReportMetadata, import_text
from workreport.core.jsonformat import load_report, loads_report
from workreport.core.model import Report
from workreport.core.textfile import read_text

DEFAULT_REPORT = "zhengzhou-hitech-2022"
_PACKAGE = "workreport.resources"


def _folder(name: str) -> Traversable:
    return resources.files(_PACKAGE).joinpath(name)


def bundled_ids() -> list[str]:
    """Ids of the bundled reports, sorted."""
    return sorted(
        entry.name.removesuffix(".json")
        for entry in _folder("reports").iterdir()
        if entry.name.endswith(".json")
    )


def load_bundled(report_id: str) -> Report:
    resource = _folder("reports").joinpath(f"{report_id}.json")
    if not resource.is_file():
        raise ReportError(report_id, "", "no bundled report has this id")
    return loads_report(resource.read_text("utf-8"), f"bundled report {report_id}")


def metadata_from_json(data: dict[str, Any]) -> ReportMetadata:
    return ReportMetadata(
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
    meta = bundled_metadata(report_id)
    text_path = corpus / meta["text"]
    return import_text(read_text(text_path), metadata_from_json(meta), name=str(text_path))


def import_file(path: Path, metadata: ReportMetadata | None = None) -> Report:
    return import_text(read_text(path), metadata, name=str(path))


def open_report(spec: str | None) -> Report:
    """A REPORT argument: a bundled id, a ``.json`` report, or a ``.txt`` text imported on the fly."""
    if spec is None:
        return load_bundled(DEFAULT_REPORT)
    path = Path(spec)
    if not path.exists() and spec in bundled_ids():
        return load_bundled(spec)
    if path.suffix.lower() == ".txt":
        return import_file(path)
    if path.suffix.lower() == ".json" or path.exists():
        return load_report(path)
    raise ReportError(spec, "", "no such file, and no bundled report has this id")


def looks_like_report(spec: str) -> bool:
    """Whether a command-line word names a report rather than, say, a keyword."""
    return (
        spec in bundled_ids()
        or Path(spec).suffix.lower() in {".json", ".txt"}
        or Path(spec).exists()
    )
