"""The report JSON format: load with validation, save atomically, round-trip exactly.

``load_report(save_report(r, p)) == r``. The file is UTF-8 with Chinese unescaped, keys in the
schema's order, and written to a temporary file that is loaded again and validated before it is
renamed over the target (:mod:`workreport.core.paths`), so a crash never leaves half a file and the
app never writes a report it cannot open.

The size limit of a report follows from the one of a text (:data:`MAX_REPORT_BYTES`), and the
writer refuses a report over it, so that what is written is always loaded again. Values must make
sense beyond their types: no key twice, real dates, offsets inside their paragraph, a range's high
end not below its value, a section's level its depth, numbers a float can hold.
"""

from __future__ import annotations

import json
import math
from dataclasses import fields
from pathlib import Path
from typing import Any

from workreport.core import indented_json, paths
from workreport.core.errors import ReportError
from workreport.core.model import Indicator, Report, Section, SectionKind
from workreport.core.schema import OutOfRange, SchemaViolation, validate
from workreport.core.textfile import MAX_BYTES, decode_text, read_bytes

FORMAT = "workreport-report"
VERSION = 2
# A report holds its text once in its paragraphs and again, in part, in its figures' sentences,
# plus the keys of every section and figure: the importer keeps that below this multiple of the
# text (it refuses a text that would make more), so an accepted text always gives a loadable report.
REPORT_SIZE_FACTOR = 5
MAX_REPORT_BYTES = REPORT_SIZE_FACTOR * MAX_BYTES
# An integer with more digits than this is beyond any float (1.8e308).
_MAX_INT_DIGITS = 309


# --- model → JSON ------------------------------------------------------------------------------


# the figure's fields, in the model's order, which is the schema's
_INDICATOR_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Indicator))
_NUMBER_FIELDS = frozenset(("value", "base_value", "high"))
_INDEX_FIELDS = frozenset(("paragraph", "start", "end"))


def _indicator_to_json(indicator: Indicator) -> dict[str, Any]:
    return {name: getattr(indicator, name) for name in _INDICATOR_FIELDS}


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
    return indented_json.dumps(report_to_json(report)) + "\n"


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path`` and rename it over ``path``."""
    paths.write_file(path, data)


def encode_report(report: Report, name: str = "") -> bytes:
    """The report's file contents; a ReportError (its place named) when it is not a valid report
    or is too large to be loaded again."""
    document = report_to_json(report)
    try:
        data = indented_json.dumps(document) + "\n"  # as json.dumps(indent=1) writes it
        encoded = data.encode("utf-8")
    except (ValueError, RecursionError):  # NaN, a lone surrogate, 5,000 digits: say where
        try:
            report_from_json(document)
        except SchemaViolation as violation:
            problem = f"cannot be written: {violation.problem}"
            raise ReportError(name, violation.path, problem) from None
        except RecursionError:
            raise ReportError(name, "", "cannot be written: sections nested too deeply") from None
        raise ReportError(name, "", "cannot be written: not a valid report") from None
    if len(encoded) > MAX_REPORT_BYTES:
        raise ReportError(
            name,
            "",
            f"cannot be written: the report would be {len(encoded) / 1024 / 1024:.0f} MB, over the"
            f" {MAX_REPORT_BYTES // 1024 // 1024} MB a report may have",
        )
    return encoded


def save_report(report: Report, path: Path) -> None:
    """Write the report to ``path``; the file is loaded again and compared before it replaces
    ``path``."""
    name = paths.shown(path)
    paths.check_output(path)
    data = encode_report(report, name)

    def verify(temporary: Path) -> None:
        try:
            loaded = load_report(temporary)
        except ReportError as error:
            raise ReportError(name, error.path, f"cannot be written: {error.problem}") from None
        if loaded != report:
            raise ReportError(name, "", "cannot be written: it does not read back the same")

    paths.write_file(path, data, verify)


# --- JSON → model ------------------------------------------------------------------------------


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not valid JSON")


def _float(text: str) -> float | OutOfRange:
    value = float(text)
    return value if math.isfinite(value) else OutOfRange(text)


def _int(text: str) -> int | OutOfRange:
    digits = len(text) - text.startswith("-")
    return OutOfRange(text) if digits > _MAX_INT_DIGITS else int(text)


class _DuplicateKey(ValueError):
    pass


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    document = dict(pairs)
    if len(document) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(f"the key {json.dumps(key, ensure_ascii=True)} appears twice")
            seen.add(key)
    return document


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
    sentence: str = data["sentence"]
    # the sentence holds the figure's start: look for it around there only (linear time)
    near = paragraph.find(sentence, max(0, start - len(sentence) + 1), start + len(sentence))
    if near < 0 or not near <= start < near + len(sentence):
        raise SchemaViolation(
            f"{path}.sentence", "is not the sentence of its paragraph that holds it"
        )
    if data["high"] is not None and data["high"] < data["value"]:
        raise SchemaViolation(
            f"{path}.high", f"{data['high']} is below the value {data['value']} of its range"
        )
    values: dict[str, Any] = {}
    for name in _INDICATOR_FIELDS:
        value = data[name]
        if name in _NUMBER_FIELDS and value is not None:
            value = _number(value)
        elif name in _INDEX_FIELDS:
            value = int(value)
        values[name] = value
    return Indicator(**values)


def _section_from_json(data: dict[str, Any], path: str, expected_id: str) -> Section:
    if data["id"] != expected_id:
        raise SchemaViolation(
            f"{path}.id", f"is {data['id']!r}; its place in the tree is {expected_id!r}"
        )
    depth = expected_id.count(".") + 1
    if data["level"] != depth:
        raise SchemaViolation(
            f"{path}.level", f"is {data['level']}; its depth in the tree is {depth}"
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
    if text.startswith("\ufeff"):
        raise ReportError(name, "", "invalid JSON: more than one byte-order mark")
    try:
        document = json.loads(
            text,
            parse_constant=_reject_constant,
            parse_float=_float,
            parse_int=_int,
            object_pairs_hook=_object,
        )
    except json.JSONDecodeError as error:
        raise ReportError(
            name, "", f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        ) from None
    except ValueError as error:  # our own messages: a constant, a duplicate key
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
    name = paths.shown(path)
    data = read_bytes(Path(path), MAX_REPORT_BYTES)
    text = decode_text(data, name, encodings=("utf-8",))
    return loads_report(text, name)
