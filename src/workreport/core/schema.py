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


# --- the fast path: the schema compiled into one predicate per subschema ------------------------
# A report of 45,000 figures has 700,000 values; :func:`check` builds the path of each as it goes.
# The compiled predicates only answer "valid or not" (no paths, no messages), and :func:`check`
# runs only when they say no, to name the place and the problem: both read the same schema.

Predicate = Callable[[Any], bool]
_NUMBER_TYPES = (int, float)


def _type_test(names: list[str]) -> Predicate:
    def test(value: Any) -> bool:
        return any(_is_type(value, name) for name in names)

    return test


def _compile(schema: dict[str, Any], root: dict[str, Any], memo: dict[str, Predicate]) -> Predicate:
    if "$ref" in schema:
        ref: str = schema["$ref"]
        if ref not in memo:
            holder: list[Predicate] = []
            memo[ref] = lambda value: holder[0](value)
            holder.append(_compile(_resolve(ref, root), root, memo))
        referenced = memo[ref]
        rest = {key: item for key, item in schema.items() if key not in ("$ref", "description")}
        if not rest:
            return referenced
        own = _compile(rest, root, memo)
        return lambda value: referenced(value) and own(value)
    missing = object()
    const = schema.get("const", missing)
    enum = schema.get("enum")
    names = schema.get("type")
    type_ok = _type_test(names if isinstance(names, list) else [names]) if names else None
    properties = {
        key: _compile(sub, root, memo) for key, sub in schema.get("properties", {}).items()
    }
    required = tuple(schema.get("required", ()))
    closed = schema.get("additionalProperties") is False
    items = _compile(schema["items"], root, memo) if "items" in schema else None
    min_items = schema.get("minItems", 0)
    min_length = schema.get("minLength", 0)
    pattern = re.compile(schema["pattern"]) if "pattern" in schema else None
    is_date = schema.get("format") == "date"
    minimum, maximum = schema.get("minimum"), schema.get("maximum")

    def valid(value: Any) -> bool:
        if isinstance(value, OutOfRange):
            return False
        if const is not missing and (value != const or type(value) is bool):
            return False
        if enum is not None and value not in enum:
            return False
        if type_ok is not None and not type_ok(value):
            return False
        if isinstance(value, dict):
            if any(key not in value for key in required):
                return False
            if closed and any(key not in properties for key in value):
                return False
            return all(test(value[key]) for key, test in properties.items() if key in value)
        if isinstance(value, list):
            return items is None or (len(value) >= min_items and all(map(items, value)))
        if isinstance(value, str):
            if len(value) < min_length or _SURROGATE.search(value) is not None:
                return False
            if pattern is not None and not pattern.search(value):
                return False
            if is_date and value:
                try:
                    datetime.date.fromisoformat(value)
                except ValueError:
                    return False
            return True
        if isinstance(value, _NUMBER_TYPES) and not isinstance(value, bool):
            if not -_LARGEST <= value <= _LARGEST:
                return False
            if minimum is not None and value < minimum:
                return False
            return maximum is None or value <= maximum
        return True

    return valid


@cache
def _report_predicate() -> Predicate:
    schema = report_schema()
    return _compile(schema, schema, {})


def validate(document: Any) -> None:
    """Raise :class:`SchemaViolation` if ``document`` is not a valid report document."""
    schema = report_schema()
    if isinstance(document, dict) and document.get("format") == "workreport-report":
        version = document.get("version")
        if version != schema["properties"]["version"]["const"]:
            raise SchemaViolation("version", f"format version {_shown(version)} is not supported")
    if not _report_predicate()(document):
        check(document, schema, schema)  # says where and what; the predicate only says no
