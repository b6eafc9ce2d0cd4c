"""The compiled predicates accept exactly what the schema check accepts: thousands of seeded
mutations of a real report (a value replaced by one of every type and edge, a key dropped or
added) and small schemas of every form are judged by both."""

from __future__ import annotations

import copy
import json
import random
from typing import Any

import pytest

from workreport.core.jsonformat import _float, _int, dumps_report
from workreport.core.model import Report
from workreport.core.schema import SchemaViolation, check, report_schema
from workreport.core.schema_compiled import compile_schema

ODD_VALUES: tuple[Any, ...] = (
    None, True, False, 0, 1, -1, 2, 1949, 2100, 2101, 6, 7, 1.5, 3.0, -0.0, 1e308,
    _float("1e999"), _int("9" * 400), "", "x", "\ud800", "up", "percent", "2023-02-28",
    "2023-13-45", "1", "1.2", "0.1", "no_chapters", "workreport-report", [], [""], ["x", 1], {},
    {"id": "1"},
)  # fmt: skip


def _accepted(document: Any, schema: dict[str, Any]) -> bool:
    try:
        check(document, schema, schema)
    except SchemaViolation:
        return False
    return True


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    places = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            places += _places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            places += _places(item, (*path, index))
    return places


def _mutated(document: Any, places: list[tuple[Any, ...]], rng: random.Random) -> Any:
    mutated = copy.deepcopy(document)
    for _ in range(rng.choice((1, 1, 2))):
        path = rng.choice(places[1:])
        parent = mutated
        try:
            for key in path[:-1]:
                parent = parent[key]
            if isinstance(parent, dict) and rng.random() < 0.15:
                del parent[path[-1]]
            elif isinstance(parent, dict) and rng.random() < 0.1:
                parent["extra"] = 1
            else:
                parent[path[-1]] = rng.choice(ODD_VALUES)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed the place
    return mutated


def test_mutations_of_a_real_report_are_judged_alike(zhengzhou: Report) -> None:
    schema = report_schema()
    predicate = compile_schema(schema)
    document = json.loads(dumps_report(zhengzhou))
    document["sections"] = document["sections"][:2]  # keep each deep copy small
    assert predicate(document) and _accepted(document, schema)
    places = _places(document)
    rng = random.Random(16)
    refused = 0
    for _ in range(1500):
        mutated = _mutated(document, places, rng)
        accepted = _accepted(mutated, schema)
        assert predicate(mutated) is accepted, json.dumps(mutated, default=repr)[:2000]
        refused += not accepted
    assert 300 < refused < 1400  # both outcomes are exercised


@pytest.mark.parametrize(
    "schema",
    [
        {},
        {"type": "null"},
        {"type": ["string", "number"], "minLength": 2, "minimum": 3},
        {"enum": [1, "a", None]},
        {"enum": ["a", "b"], "minLength": 2},
        {"const": "x", "type": "string"},
        {"type": "array", "minItems": 1},
        {"type": "array", "items": {"type": "integer", "maximum": 5}, "minItems": 2},
        {"minimum": 2, "pattern": "^a"},
        {"type": ["object", "null"], "required": ["a"], "properties": {"a": {"type": "boolean"}}},
        {"type": "object", "additionalProperties": False, "properties": {"a": {}}},
        {"type": "string", "format": "date"},
        {"$defs": {"n": {"type": "number"}}, "items": {"$ref": "#/$defs/n"}},
    ],
)
def test_schemas_of_every_form_are_judged_alike(schema: dict[str, Any]) -> None:
    predicate = compile_schema(schema)
    values = [*ODD_VALUES, ["a"], [1, 2], [1, 2, 9], [2.0, 3], {"a": True}, {"a": 1}, {"b": 1}]
    values += [{"a": None}, "aa", "ab", "2024-02-29"]
    for value in values:
        assert predicate(value) is _accepted(value, schema), (schema, value)
