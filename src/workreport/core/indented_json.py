"""JSON text exactly as ``json.dumps(value, ensure_ascii=False, indent=1, allow_nan=False)``
writes it, several times faster.

With ``indent`` set, the standard library encodes in pure Python, one generator step per value: a
report of 100,000 sections took 2.6 s. Here the containers are laid out in Python and everything
inside a container that holds no container (a figure, a section's paragraphs) is encoded by the C
encoder in one call: its item separator carries the newline and the indent of that depth, so its
output is the indented text but for the brackets. Keys must be strings (as every report document's
are); values are dicts, lists, strings, numbers, booleans and None. Errors are the standard
library's: ValueError for NaN or infinity, RecursionError for nesting too deep.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from functools import cache
from typing import Any

__all__ = ["dumps"]

_CONTAINERS = (dict, list)
_string = json.encoder.encode_basestring  # the C function with ensure_ascii=False, as json uses
_default = json.JSONEncoder().default  # raises the TypeError json raises
_LITERALS = {None: "null", True: "true", False: "false"}


def _scalar(value: Any) -> str:
    if isinstance(value, str):
        return str(_string(value))
    if value is None or value is True or value is False:
        return _LITERALS[value]
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"Out of range float values are not JSON compliant: {value!r}")
        return float.__repr__(value)
    raise TypeError(f"Object of type {value.__class__.__name__} is not JSON serializable")


@cache
def _flat(depth: int) -> Callable[[Any], str]:
    """An encoder for a container at ``depth`` whose items are all scalars."""
    separator = ",\n" + " " * (depth + 1)
    make = getattr(json.encoder, "c_make_encoder", None)  # not in the typeshed stubs
    if make is None:  # no C accelerator (not CPython): the same text, item by item

        def encode_items(value: Any) -> str:
            if isinstance(value, dict):
                items = (_string(key) + ": " + _scalar(item) for key, item in value.items())
                return "{" + separator.join(items) + "}"
            return "[" + separator.join(map(_scalar, value)) + "]"

        return encode_items
    # no circular check: a container of scalars holds no container
    chunks = make(None, _default, _string, None, ": ", separator, False, False, False)

    def encode(value: Any) -> str:
        return "".join(chunks(value, 0))

    return encode


def dumps(value: Any, depth: int = 0) -> str:
    """``value`` as JSON text indented by one space a level, starting at ``depth``."""
    if isinstance(value, dict):
        return _object(value, depth) if value else "{}"
    if isinstance(value, list):
        return _array(value, depth) if value else "[]"
    return _scalar(value)


def _flat_text(value: dict[str, Any] | list[Any], depth: int) -> str:
    inner = _flat(depth)(value)
    return inner[0] + "\n" + " " * (depth + 1) + inner[1:-1] + "\n" + " " * depth + inner[-1]


def _object(value: dict[str, Any], depth: int) -> str:
    for item in value.values():
        if isinstance(item, _CONTAINERS):
            break
    else:
        return _flat_text(value, depth)
    below = depth + 1
    pad = "\n" + " " * below
    parts = [
        (_KEYS.get(key) or _key(key))
        + (dumps(item, below) if isinstance(item, _CONTAINERS) else _scalar(item))
        for key, item in value.items()
    ]
    return "{" + pad + ("," + pad).join(parts) + "\n" + " " * depth + "}"


def _array(value: list[Any], depth: int) -> str:
    for item in value:
        if isinstance(item, _CONTAINERS):
            break
    else:
        return _flat_text(value, depth)
    below = depth + 1
    pad = "\n" + " " * below
    parts = [dumps(item, below) for item in value]
    return "[" + pad + ("," + pad).join(parts) + "\n" + " " * depth + "]"


_KEYS: dict[str, str] = {}  # a key's text with its separator, '"title": '


def _key(key: str) -> str:
    if not isinstance(key, str):
        raise TypeError(f"keys must be str, not {key.__class__.__name__}")
    text = _string(key) + ": "
    if len(_KEYS) < 1000:
        _KEYS[key] = text
    return text
