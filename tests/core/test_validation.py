"""Values that must make sense beyond their types, and numbers and text beyond range."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from tests.conftest import ZHENGZHOU_TEXT
from workreport.core.errors import ReportError
from workreport.core.importer import import_text
from workreport.core.jsonformat import dumps_report, loads_report
from workreport.core.model import Report


def _message(text: str) -> str:
    with pytest.raises(ReportError) as caught:
        loads_report(text, "r.json")
    message = caught.value.message
    assert "\n" not in message and "sys." not in message
    return message


def _changed(zhengzhou: Report, change: Callable[[dict[str, Any]], Any]) -> str:
    document = json.loads(dumps_report(zhengzhou))
    change(document)
    return _message(json.dumps(document, ensure_ascii=False))


def _figure(document: dict[str, Any]) -> dict[str, Any]:
    figure: dict[str, Any] = document["sections"][0]["indicators"][0]
    return figure


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(date="2023-13-45"), 'r.json: date: "2023-13-45" is not a real date'),
        (lambda d: d.update(year=1948), "r.json: year: expected at least 1949, got 1948"),
        (lambda d: d.update(year=2101), "r.json: year: expected at most 2100, got 2101"),
        (lambda d: d.update(sections=[]), "r.json: sections: must not be empty"),
        (
            lambda d: d.update(level="city"),
            'r.json: level: expected one of "", "national", "provincial", "prefectural",'
            ' "county", "zone", got "city"',
        ),
        (
            lambda d: _figure(d).update(start=-1),
            "r.json: sections[0].indicators[0].start: expected at least 0, got -1",
        ),
        (
            lambda d: _figure(d).update(high=_figure(d)["value"] - 1),
            "r.json: sections[0].indicators[0].high: 157 is below the value 158 of its range",
        ),
        (
            lambda d: _figure(d).update(direction="sideways"),
            'r.json: sections[0].indicators[0].direction: expected one of "", "up", "down",'
            ' got "sideways"',
        ),
        (
            lambda d: _figure(d).update(label="\ud800"),
            "r.json: sections[0].indicators[0].label: character 0 is a lone surrogate (\\ud800),"
            " not text",
        ),
        (
            lambda d: d["sections"][1].update(level=2),
            "r.json: sections[1].level: is 2; its depth in the tree is 1",
        ),
    ],
)
def test_values_that_do_not_make_sense(
    zhengzhou: Report, change: Callable[[dict[str, Any]], Any], message: str
) -> None:
    assert _changed(zhengzhou, change) == message


def test_duplicate_keys_and_a_second_bom(zhengzhou: Report) -> None:
    text = dumps_report(zhengzhou)
    assert _message(text.replace('"version": 2', '"version": 999, "version": 2', 1)) == (
        'r.json: invalid JSON: the key "version" appears twice'
    )
    assert _message("\ufeff" + text) == "r.json: invalid JSON: more than one byte-order mark"


@pytest.mark.parametrize(
    ("number", "shown"),
    [("9" * 400 + ".5", "999999999999… (402 characters)"), ("9" * 5000, "999999999999… (5000 characters)")],
)  # fmt: skip
def test_numbers_no_float_holds_are_refused_with_their_place(
    zhengzhou: Report, number: str, shown: str
) -> None:
    text = dumps_report(zhengzhou).replace('"value": 158,', f'"value": {number},', 1)
    assert _message(text) == (
        f"r.json: sections[0].indicators[0].value: the number {shown} is out of range"
    )


def test_the_importer_replaces_what_no_writer_encodes_and_skips_endless_digits() -> None:
    # three copies of the article: 5,400 digits in a text of two are "mostly not Chinese" and refused
    text = ZHENGZHOU_TEXT.read_text("utf-8") * 3
    plain = import_text(text)
    odd = "地区生产总值增长" + "9" * 400 + ".5%，投资" + "9" * 5000 + "亿元，标题\ud800。\x01"
    last = text.rindex("\n", 0, len(text) - 1)
    report = import_text(text[:last] + "\n" + odd + text[last:])
    assert [i.value for _, i in report.all_indicators()] == [
        i.value for _, i in plain.all_indicators()
    ]
    # the lone surrogate is marked U+FFFD, after the clean-up (which drops a U+FFFD of the source)
    assert any("标题\ufffd。" in s.text() for s in report.sections)
    assert not any("\ud800" in s.text() for s in report.sections)
    assert loads_report(dumps_report(report)) == report
