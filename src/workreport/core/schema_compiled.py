"""The report schema compiled into one predicate per subschema: "valid or not", fast.

A report of 45,000 figures has 800,000 values. :func:`workreport.core.schema.check` walks them
building the path of each, to name the place of a problem; these predicates only answer yes or no
(no paths, no messages), and ``check`` runs only when they say no. Both read the same schema, and
they accept the same documents (``tests/core/test_schema_compiled.py`` compares them).

Each predicate does only what its subschema asks: a node of ``"type": "string"`` tests a string and
its surrogates, an ``enum`` of strings is one set lookup, an object checks its keys with set
operations. A subschema of a form not foreseen here falls back to a predicate that tests every
keyword the schema module knows, whatever the value's type.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Any

from workreport.core.schema import _LARGEST, _SURROGATE, OutOfRange, _is_type, _resolve

Predicate = Callable[[Any], bool]
_NUMBER = (int, float)
_MISSING = object()


def compile_schema(schema: dict[str, Any]) -> Predicate:
    """The predicate of a whole schema (its ``$ref`` resolved against itself)."""
    return _compile(schema, schema, {})


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
    names = schema.get("type")
    types = names if isinstance(names, list) else [names] if names else []
    checks: list[Predicate] = []
    const = schema.get("const", _MISSING)
    if const is not _MISSING:
        checks.append(lambda value: value == const and type(value) is not bool)
    enum = schema.get("enum")
    if enum is not None:
        if all(isinstance(option, str) for option in enum):
            options = frozenset(enum)
            checks.append(lambda value: isinstance(value, str) and value in options)
        else:
            checks.append(lambda value: value in enum)
    nullable = "null" in types and len(types) == 2
    kinds = [name for name in types if name != "null"] if nullable else types
    if len(kinds) == 1 and kinds[0] in _TYPED:
        typed = _TYPED[kinds[0]](schema, root, memo)
        checks.append((lambda value: value is None or typed(value)) if nullable else typed)
    elif (
        not types
        and enum is not None
        and all(isinstance(option, str) for option in enum)
        and not {"minLength", "pattern", "format"} & schema.keys()
        and not any(_SURROGATE.search(option) for option in enum)
    ):
        pass  # a string of the enum: nothing more to test
    else:
        checks.append(_any_type(schema, root, memo, types, guarded=not (types or checks)))
    return _all(checks)


def _all(checks: list[Predicate]) -> Predicate:
    if not checks:
        return lambda value: not isinstance(value, OutOfRange)
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda value: first(value) and second(value)
    return lambda value: all(check(value) for check in checks)


def _string(schema: dict[str, Any], root: dict[str, Any], memo: dict[str, Predicate]) -> Predicate:
    min_length = schema.get("minLength", 0)
    pattern = re.compile(schema["pattern"]) if "pattern" in schema else None
    is_date = schema.get("format") == "date"
    search = _SURROGATE.search
    if not min_length and pattern is None and not is_date:
        return lambda value: isinstance(value, str) and search(value) is None

    def valid(value: Any) -> bool:
        if not isinstance(value, str) or len(value) < min_length or search(value) is not None:
            return False
        if pattern is not None and not pattern.search(value):
            return False
        return not (is_date and value) or _real_date(value)

    return valid


def _real_date(value: str) -> bool:
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _number_range(schema: dict[str, Any]) -> tuple[float, float]:
    low, high = -_LARGEST, _LARGEST
    if "minimum" in schema:
        low = max(low, schema["minimum"])
    if "maximum" in schema:
        high = min(high, schema["maximum"])
    return low, high


def _number(schema: dict[str, Any], root: dict[str, Any], memo: dict[str, Predicate]) -> Predicate:
    low, high = _number_range(schema)
    return lambda value: (
        isinstance(value, _NUMBER) and not isinstance(value, bool) and low <= value <= high
    )


def _integer(schema: dict[str, Any], root: dict[str, Any], memo: dict[str, Predicate]) -> Predicate:
    low, high = _number_range(schema)

    def valid(value: Any) -> bool:
        if isinstance(value, bool):
            return False
        if isinstance(value, int):
            return low <= value <= high
        return isinstance(value, float) and value.is_integer() and low <= value <= high

    return valid


def _boolean(schema: dict[str, Any], root: dict[str, Any], memo: dict[str, Predicate]) -> Predicate:
    return lambda value: isinstance(value, bool)


def _object(schema: dict[str, Any], root: dict[str, Any], memo: dict[str, Predicate]) -> Predicate:
    properties = {
        key: _compile(sub, root, memo) for key, sub in schema.get("properties", {}).items()
    }
    required = frozenset(schema.get("required", ()))
    closed = schema.get("additionalProperties") is False
    known = frozenset(properties)

    def valid(value: Any) -> bool:
        if not isinstance(value, dict):
            return False
        keys = value.keys()
        if not required <= keys or (closed and not keys <= known):
            return False
        for key, item in value.items():
            test = properties.get(key)
            if test is not None and not test(item):
                return False
        return True

    return valid


def _array(schema: dict[str, Any], root: dict[str, Any], memo: dict[str, Predicate]) -> Predicate:
    items = _compile(schema["items"], root, memo) if "items" in schema else None
    min_items = schema.get("minItems", 0)
    if items is None:
        return lambda value: isinstance(value, list)
    return lambda value: (
        isinstance(value, list) and len(value) >= min_items and all(map(items, value))
    )


_TYPED: dict[str, Callable[[dict[str, Any], dict[str, Any], dict[str, Predicate]], Predicate]] = {
    "string": _string,
    "number": _number,
    "integer": _integer,
    "boolean": _boolean,
    "object": _object,
    "array": _array,
}


def _any_type(
    schema: dict[str, Any],
    root: dict[str, Any],
    memo: dict[str, Predicate],
    types: list[str],
    guarded: bool,
) -> Predicate:
    """Every keyword, for a value of any type (a schema of a form the typed ones do not cover)."""
    by_kind = {
        name: _TYPED[name](
            {**schema, "type": name, "minItems": schema.get("minItems", 0)}, root, memo
        )
        for name in ("string", "number", "object", "array")
    }
    is_string, is_number = by_kind["string"], by_kind["number"]
    is_object, is_array = by_kind["object"], by_kind["array"]
    plain_array = "items" not in schema

    def valid(value: Any) -> bool:
        if guarded and isinstance(value, OutOfRange):
            return False
        if types and not any(_is_type(value, name) for name in types):
            return False
        if isinstance(value, dict):
            return is_object(value)
        if isinstance(value, list):
            return plain_array or is_array(value)
        if isinstance(value, str):
            return is_string(value)
        if isinstance(value, _NUMBER) and not isinstance(value, bool):
            return is_number(value)
        return not isinstance(value, OutOfRange)

    return valid
