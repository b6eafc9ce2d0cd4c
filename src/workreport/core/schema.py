"""Validate a JSON document against the report schema, with messages a person can act on.

The schema (``resources/report.schema.json``) is the single description of the format. This module
interprets the part of JSON Schema that it uses — type, const, enum, required,
additionalProperties: false, properties, items, $ref, minimum, maximum, minLength, minItems,
pattern, format: date — which
keeps loading fast (the jsonschema package costs ~0.1 s to import; the tests check the schema with
it). Messages name the place: ``sections[2].indicators[5].value: expected a number, got "五"``.
"""

from __future__ import annotations

import datetime
import json
import re
import sys
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

SCHEMA_RESOURCE = "report.schema.json"

_TYPE_NAMES = {
    "object": "an object",
    "array": "an array",
    "string": "a string",
    "number": "a number",
    "integer": "an integer",
    "boolean": "true or false",
    "null": "null",
}


@cache
def report_schema() -> dict[str, Any]:
    text = resources.files("workreport.resources").joinpath(SCHEMA_RESOURCE).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


# Characters no encoder writes: lone surrogates (``"\\ud800"`` in a JSON file).
_SURROGATE = re.compile("[\\ud800-\\udfff]")
_LARGEST = sys.float_info.max


class OutOfRange:
    """A JSON number no float holds (400 digits before the point, 5,000 digits): the parser makes
    one of these in its place, so that the schema check names where it is."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return (
            self.text
            if len(self.text) <= 20
            else f"{self.text[:12]}… ({len(self.text)} characters)"
        )


def _shown(value: Any) -> str:
    if isinstance(value, OutOfRange):
        return repr(value)
    text = json.dumps(value, ensure_ascii=False, default=repr)
    text = text if len(text) <= 60 else text[:57] + "…"
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _is_type(value: Any, name: str) -> bool:
    match name:
        case "object":
            return isinstance(value, dict)
        case "array":
            return isinstance(value, list)
        case "string":
            return isinstance(value, str)
        case "number":
            return isinstance(value, int | float) and not isinstance(value, bool)
        case "integer":
            return (isinstance(value, int) and not isinstance(value, bool)) or (
                isinstance(value, float) and value.is_integer()
            )
        case "boolean":
            return isinstance(value, bool)
        case "null":
            return value is None
    raise ValueError(f"unknown schema type {name!r}")


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


class SchemaViolation(Exception):
    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}" if path else problem)
        self.path = path
        self.problem = problem


def _resolve(ref: str, root: dict[str, Any]) -> dict[str, Any]:
    if not ref.startswith("#/"):
        raise ValueError(f"only local $ref is supported, not {ref!r}")
    node: Any = root
    for part in ref[2:].split("/"):
        node = node[part]
    resolved: dict[str, Any] = node
    return resolved


def check(value: Any, schema: dict[str, Any], root: dict[str, Any], path: str = "") -> None:
    """Raise :class:`SchemaViolation` at the first place ``value`` breaks ``schema``."""
    if "$ref" in schema:
        check(value, _resolve(schema["$ref"], root), root, path)
    if isinstance(value, OutOfRange):
        raise SchemaViolation(path, f"the number {value!r} is out of range")
    if "const" in schema and (value != schema["const"] or type(value) is bool):
        raise SchemaViolation(path, f"expected {_shown(schema['const'])}, got {_shown(value)}")
    if "enum" in schema and value not in schema["enum"]:
        options = ", ".join(_shown(option) for option in schema["enum"])
        raise SchemaViolation(path, f"expected one of {options}, got {_shown(value)}")
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_is_type(value, name) for name in types):
            expected = " or ".join(_TYPE_NAMES[name] for name in types)
            raise SchemaViolation(path, f"expected {expected}, got {_shown(value)}")
    if isinstance(value, dict):
        _check_object(value, schema, root, path)
    elif isinstance(value, list) and "items" in schema:
        if len(value) < schema.get("minItems", 0):
            raise SchemaViolation(path, "must not be empty")
        for index, item in enumerate(value):
            check(item, schema["items"], root, _join(path, index))
    elif isinstance(value, str):
        _check_string(value, schema, path)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if not -_LARGEST <= value <= _LARGEST:
            raise SchemaViolation(path, f"the number {_shown(value)} is out of range")
        if "minimum" in schema and value < schema["minimum"]:
            raise SchemaViolation(path, f"expected at least {schema['minimum']}, got {value}")
        if "maximum" in schema and value > schema["maximum"]:
            raise SchemaViolation(path, f"expected at most {schema['maximum']}, got {value}")


def _check_string(value: str, schema: dict[str, Any], path: str) -> None:
    if len(value) < schema.get("minLength", 0):
        raise SchemaViolation(path, "must not be empty")
    surrogate = _SURROGATE.search(value)
    if surrogate is not None:
        where = surrogate.start()
        raise SchemaViolation(
            path,
            f"character {where} is a lone surrogate (\\u{ord(surrogate.group()):04x}), not text",
        )
    if "pattern" in schema and not re.search(schema["pattern"], value):
        raise SchemaViolation(path, f"{_shown(value)} is not in the expected form")
    if schema.get("format") == "date" and value:
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            raise SchemaViolation(path, f"{_shown(value)} is not a real date") from None


def _check_object(
    value: dict[str, Any], schema: dict[str, Any], root: dict[str, Any], path: str
) -> None:
    properties: dict[str, Any] = schema.get("properties", {})
    for key in schema.get("required", []):
        if key not in value:
            raise SchemaViolation(path, f"missing key {_shown(key)}")
    if schema.get("additionalProperties") is False:
        for key in value:
            if key not in properties:
                raise SchemaViolation(path, f"unexpected key {_shown(key)}")
    for key, subschema in properties.items():
        if key in value:
            check(value[key], subschema, root, _join(path, key))


# --- the fast path: the schema compiled into predicates (schema_compiled) ------------------------


@cache
def _report_predicate() -> Callable[[Any], bool]:
    from workreport.core.schema_compiled import compile_schema  # it builds on this module

    return compile_schema(report_schema())


def validate(document: Any) -> None:
    """Raise :class:`SchemaViolation` if ``document`` is not a valid report document."""
    schema = report_schema()
    if isinstance(document, dict) and document.get("format") == "workreport-report":
        version = document.get("version")
        if version != schema["properties"]["version"]["const"]:
            raise SchemaViolation("version", f"format version {_shown(version)} is not supported")
    if not _report_predicate()(document):
        check(document, schema, schema)  # says where and what; the predicate only says no
