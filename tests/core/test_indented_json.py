"""indented_json writes the very bytes json.dumps(indent=1) writes, and fails where it fails."""

from __future__ import annotations

import json
from typing import Any

import pytest

from workreport.core.indented_json import dumps
from workreport.core.jsonformat import report_to_json
from workreport.core.model import Report

EDGES: list[Any] = [
    {}, [], [[]], [{}], {"a": []}, {"a": {}}, "s", 3, -0.0, 1e300, None, True,
    {"a": [1, {"b": None}], "c": "x\u2028\"\\\n\t"}, [1.5, True, False, None, "新", 10**30],
    [[1, [2, [3]]]], {"k": [[], {}], "l": [{"m": [1]}, 2]},
]  # fmt: skip


@pytest.mark.parametrize("value", EDGES)
def test_the_same_text_as_the_standard_library(value: Any) -> None:
    assert dumps(value) == json.dumps(value, ensure_ascii=False, indent=1, allow_nan=False)


def test_a_real_report_the_same(zhengzhou: Report) -> None:
    document = report_to_json(zhengzhou)
    assert dumps(document) == json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False)


@pytest.mark.parametrize("value", [float("nan"), [float("inf")], {"a": [float("nan"), []]}])
def test_no_nan_or_infinity(value: Any) -> None:
    with pytest.raises(ValueError):
        dumps(value)


def test_only_json_values() -> None:
    with pytest.raises(TypeError):
        dumps({"a": [object(), []]})
    with pytest.raises(TypeError):
        dumps([{1: []}])
