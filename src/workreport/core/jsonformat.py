"""The report JSON format: load with validation, save atomically, round-trip exactly.

``load_report(save_report(r, p)) == r``. The file is UTF-8 with Chinese unescaped, keys in the
schema's order, and written to a temporary file that is then renamed over the target, so a crash
never leaves half a file.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from pathlib import Path
from typing import Any

from workreport.core.errors import ReportError
from workreport.core.model import Indicator, Report, Section, SectionKind
from workreport.core.schema import SchemaViolation, validate
from workreport.core.textfile import decode_text, read_bytes

FORMAT = "workreport-report"
VERSION = 2


# --- model → JSON ------------------------------------------------------------------------------


def _indicator_to_json(indicator: Indicator) -> dict[str, Any]:
    return {
        "label": indicator.label,
        "value": indicator.value,
        "unit": indicator.unit,
        "qualifier": indicator.qualifier,
        "base_value": indicator.base_value,
        "base_unit": indicator.base_unit,
        "dimension": indicator.dimension,
        "paragraph": indicator.paragraph,
        "start": indicator.start,
        "end": indicator.end,
        "sentence": indicator.sentence,
        "high": indicator.high,
        "kind": indicator.kind,
        "target": indicator.target,
        "direction": indicator.direction,
        "bound": indicator.bound,
    }


def _section_to_json(section: Section) -> dict[str, Any]:
    return {
        "id": section.id,
        "kind": section.kind.value,
        "title": section.title,
        "numbering": section.numbering,
        "level": section.level,
        "gloss": section.gloss,
        "paragraphs": list(section.paragraphs),
        "indicators": [_indicator_to_json(i) for i in section.indicators],
        "children": [_section_to_json(c) for c in section.children],
    }


def report_to_json(report: Report) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "id": report.id,
        "title": report.title,
        "region": report.region,
        "level": report.level,
        "year": report.year,
        "date": report.date,
        "source": report.source,
        "speaker": report.speaker,
        "headline": report.headline,
        "notes": list(report.notes),
        "sections": [_section_to_json(s) for s in report.sections],
    }


def dumps_report(report: Report) -> str:
    return json.dumps(report_to_json(report), ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path`` and rename it over ``path``."""
    path = Path(path)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def save_report(report: Report, path: Path) -> None:
    try:
        write_atomically(Path(path), dumps_report(report).encode("utf-8"))
    except ValueError as error:  # NaN or infinity in a figure
        raise ReportError(str(path), "", f"cannot be written: {error}") from None
    except OSError as error:
        raise ReportError(str(path), "", f"cannot be written ({error.strerror or error})") from None


# --- JSON → model ------------------------------------------------------------------------------


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not valid JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text} is out of range")
    return value


def _number(value: Any) -> float:
    """JSON numbers as Python numbers: an integral value stays an int, as the importer makes it."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    number: float = value
    return number


def _indicator_from_json(data: dict[str, Any], section: dict[str, Any], path: str) -> Indicator:
    paragraphs: list[str] = section["paragraphs"]
    index, start, end = int(data["paragraph"]), int(data["start"]), int(data["end"])
    if index >= len(paragraphs):
        raise SchemaViolation(
            f"{path}.paragraph", f"{index} is past the section's {len(paragraphs)} paragraphs"
        )
    paragraph = paragraphs[index]
    if not start < end <= len(paragraph):
        raise SchemaViolation(f"{path}.end", f"{start}–{end} is not a span of paragraph {index}")
    if data["sentence"] not in paragraph:
        raise SchemaViolation(f"{path}.sentence", "is not a sentence of its paragraph")
    return Indicator(
        label=data["label"],
        value=_number(data["value"]),
        unit=data["unit"],
        qualifier=data["qualifier"],
        base_value=_number(data["base_value"]),
        base_unit=data["base_unit"],
        dimension=data["dimension"],
        paragraph=index,
        start=start,
        end=end,
        sentence=data["sentence"],
        high=None if data["high"] is None else _number(data["high"]),
        kind=data["kind"],
        target=data["target"],
        direction=data["direction"],
        bound=data["bound"],
    )


def _section_from_json(data: dict[str, Any], path: str, expected_id: str) -> Section:
    if data["id"] != expected_id:
        raise SchemaViolation(
            f"{path}.id", f"is {data['id']!r}; its place in the tree is {expected_id!r}"
        )
    return Section(
        id=expected_id,
        title=data["title"],
        kind=SectionKind(data["kind"]),
        level=int(data["level"]),
        numbering=data["numbering"],
        gloss=data["gloss"],
        paragraphs=list(data["paragraphs"]),
        indicators=[
            _indicator_from_json(item, data, f"{path}.indicators[{i}]")
            for i, item in enumerate(data["indicators"])
        ],
        children=[
            _section_from_json(child, f"{path}.children[{i}]", f"{expected_id}.{i + 1}")
            for i, child in enumerate(data["children"])
        ],
    )


def report_from_json(document: Any) -> Report:
    """Build a report from a parsed JSON document; raises SchemaViolation if it is not one."""
    validate(document)
    return Report(
        id=document["id"],
        title=document["title"],
        region=document["region"],
        level=document["level"],
        year=None if document["year"] is None else int(document["year"]),
        date=document["date"],
        source=document["source"],
        speaker=document["speaker"],
        headline=document["headline"],
        notes=[str(note) for note in document.get("notes", [])],
        sections=[
            _section_from_json(section, f"sections[{i}]", str(i + 1))
            for i, section in enumerate(document["sections"])
        ],
    )


def loads_report(text: str, name: str = "") -> Report:
    """Parse and validate a report from JSON text; ``name`` names the file in errors."""
    try:
        document = json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float)
    except json.JSONDecodeError as error:
        raise ReportError(
            name, "", f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        ) from None
    except ValueError as error:
        raise ReportError(name, "", f"invalid JSON: {error}") from None
    except RecursionError:
        raise ReportError(name, "", "invalid JSON: nested too deeply") from None
    try:
        return report_from_json(document)
    except SchemaViolation as violation:
        raise ReportError(name, violation.path, violation.problem) from None
    except RecursionError:
        raise ReportError(name, "", "not a report: nested too deeply") from None


def load_report(path: Path) -> Report:
    name = str(path)
    data = read_bytes(Path(path))
    text = decode_text(data, name, encodings=("utf-8",))
    return loads_report(text, name)
