"""The JSON format: exact round trips, clear errors, atomic writes."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import JSON_TEST_SUITE
from workreport.core.errors import ReportError
from workreport.core.importer.figures import ALL_KINDS
from workreport.core.jsonformat import (
    dumps_report,
    load_report,
    loads_report,
    report_to_json,
    save_report,
)
from workreport.core.model import Indicator, Report, Section, SectionKind, assign_section_ids
from workreport.core.schema import report_schema
from workreport.core.units import ALL_DIMENSIONS

# --- round trips -------------------------------------------------------------------------------


def test_bundled_report_round_trips(zhengzhou: Report, tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    save_report(zhengzhou, path)
    assert load_report(path) == zhengzhou
    assert path.read_text("utf-8") == dumps_report(zhengzhou)


def test_written_as_utf8_with_chinese_unescaped_and_stable_order(
    zhengzhou: Report, tmp_path: Path
) -> None:
    path = tmp_path / "r.json"
    save_report(zhengzhou, path)
    text = path.read_bytes().decode("utf-8")
    assert "全社会研发投入" in text and "\\u" not in text
    assert list(json.loads(text)) == list(report_schema()["properties"])
    save_report(load_report(path), tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == path.read_bytes()


def test_the_schema_is_valid_and_accepts_the_bundled_report(zhengzhou: Report) -> None:
    schema = report_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(report_to_json(zhengzhou), schema, cls=jsonschema.Draft202012Validator)


_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
_number = st.one_of(st.integers(-(10**15), 10**15), st.floats(-1e300, 1e300, allow_nan=False))


@st.composite
def _indicators(draw: st.DrawFn, paragraphs: list[str]) -> Indicator:
    index = draw(st.integers(0, len(paragraphs) - 1))
    paragraph = paragraphs[index]
    start = draw(st.integers(0, len(paragraph) - 1))
    end = draw(st.integers(start + 1, len(paragraph)))
    value = draw(_number)
    return Indicator(
        label=draw(_text),
        value=value,
        unit=draw(_text.filter(bool)),
        qualifier=draw(_text),
        base_value=draw(_number),
        base_unit=draw(_text.filter(bool)),
        dimension=draw(st.sampled_from(ALL_DIMENSIONS)),
        paragraph=index,
        start=start,
        end=end,
        sentence=paragraph[start:end],
        high=draw(st.none() | st.floats(0, 1e300).map(lambda extra: value + extra)),
        kind=draw(st.sampled_from(ALL_KINDS)),
        target=draw(st.booleans()),
        direction=draw(st.sampled_from(["", "up", "down"])),
        bound=draw(st.sampled_from(["", "about", "at_least", "at_most", "more_than"])),
    )


@st.composite
def _sections(draw: st.DrawFn, depth: int = 0) -> Section:
    paragraphs = draw(st.lists(_text.filter(bool), max_size=3))
    indicators = draw(st.lists(_indicators(paragraphs), max_size=3)) if paragraphs else []
    children = draw(st.lists(_sections(depth + 1), max_size=2)) if depth < 2 else []
    return Section(
        title=draw(_text.filter(bool)),
        kind=draw(st.sampled_from(list(SectionKind))),
        level=depth + 1,
        numbering=draw(_text),
        gloss=draw(_text),
        paragraphs=paragraphs,
        indicators=indicators,
        children=children,
    )


@st.composite
def _reports(draw: st.DrawFn) -> Report:
    report = Report(
        title=draw(_text.filter(bool)),
        region=draw(_text),
        id=draw(_text),
        level=draw(
            st.sampled_from(["", "national", "provincial", "prefectural", "county", "zone"])
        ),
        year=draw(st.none() | st.integers(1949, 2100)),
        date=draw(st.sampled_from(["", "2023-01-16", "2025-03-05"])),
        source=draw(_text),
        speaker=draw(_text),
        headline=draw(_text),
        sections=draw(st.lists(_sections(), min_size=1, max_size=3)),
    )
    assign_section_ids(report.sections)
    return report


@settings(max_examples=150, deadline=None)
@given(_reports())
def test_any_report_round_trips(report: Report) -> None:
    assert loads_report(dumps_report(report)) == report


# --- errors -----------------------------------------------------------------------------------


def _document(zhengzhou: Report) -> dict[str, Any]:
    return json.loads(dumps_report(zhengzhou))


def _error(document: Any, name: str = "r.json") -> str:
    with pytest.raises(ReportError) as caught:
        loads_report(json.dumps(document, ensure_ascii=False), name)
    return caught.value.message


def test_error_names_file_path_and_problem(zhengzhou: Report) -> None:
    document = _document(zhengzhou)
    document["sections"][2]["children"][0]["indicators"][1]["value"] = "五"
    assert (
        _error(document)
        == 'r.json: sections[2].children[0].indicators[1].value: expected a number, got "五"'
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("title"), 'r.json: missing key "title"'),
        (lambda d: d.update(extra=1), 'r.json: unexpected key "extra"'),
        (lambda d: d.update(version=3), "r.json: version: format version 3 is not supported"),
        (
            lambda d: d.update(format="other"),
            'r.json: format: expected "workreport-report", got "other"',
        ),
        (lambda d: d.update(year="2022"), 'r.json: year: expected an integer or null, got "2022"'),
        (
            lambda d: d["sections"][1].update(kind="part"),
            'r.json: sections[1].kind: expected one of "intro", "chapter", "section", "closing", "appendix", got "part"',
        ),
        (
            lambda d: d["sections"][0]["indicators"][0].update(paragraph=7),
            "r.json: sections[0].indicators[0].paragraph: 7 is past the section's 1 paragraphs",
        ),
        (
            lambda d: d["sections"][0]["indicators"][0].update(end=100000),
            "r.json: sections[0].indicators[0].end: 162–100000 is not a span of paragraph 0",
        ),
        (
            lambda d: d["sections"][0]["indicators"][0].update(sentence="别的句子。"),
            "r.json: sections[0].indicators[0].sentence: is not the sentence of its paragraph that holds it",
        ),
    ],
)
def test_schema_violations(zhengzhou: Report, change: Any, message: str) -> None:
    document = _document(zhengzhou)
    change(document)
    assert _error(document) == message


@pytest.mark.parametrize("document", [[], {}, "report", 5, None, {"format": "workreport-report"}])
def test_json_that_is_not_a_report(document: Any) -> None:
    assert _error(document).startswith("r.json: ")


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "the file is empty"),
        (b"  \n", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "is a binary file, not text"),
        (b'{"title": "\xff\xfe\xfa"}', "is not UTF-8 text (byte 0xff at offset 11)"),
        (b'{"title": ', "invalid JSON at line 1, column 11: Expecting value"),
        (b"[NaN]", "invalid JSON: NaN is not valid JSON"),
        (b"[1e999]", 'expected an object, got ["1e999"]'),
    ],
)
def test_unreadable_files(tmp_path: Path, data: bytes, problem: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(data)
    with pytest.raises(ReportError) as caught:
        load_report(path)
    assert caught.value.message == f"{path}: {problem}"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="no such file"):
        load_report(tmp_path / "nowhere.json")


_N_FILES = sorted(JSON_TEST_SUITE.glob("n_*.json"))
# a fixed sample of the suite's must-reject cases: the same 30 on every run, not 188 tests
_SAMPLE = sorted(random.Random(2025).sample(_N_FILES, 30)) if len(_N_FILES) >= 30 else _N_FILES


def test_the_json_test_suite_is_there() -> None:
    assert len(_N_FILES) > 150


@pytest.mark.parametrize("path", _SAMPLE, ids=lambda p: p.name)
def test_json_test_suite_rejections(path: Path) -> None:
    with pytest.raises(ReportError) as caught:
        load_report(path)
    assert caught.value.message.startswith(str(path) + ": ")


# --- atomic writes ----------------------------------------------------------------------------


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    zhengzhou: Report, tmp_path: Path
) -> None:
    path = tmp_path / "r.json"
    path.write_text("old", "utf-8")
    broken = Report(title="t", sections=[Section("s", indicators=[], paragraphs=["x"])])
    broken.sections[0].indicators.append(
        Indicator("l", float("nan"), "个", "", 1, "个", "count", 0, 0, 1, "x")
    )
    with pytest.raises(ReportError, match="cannot be written"):
        save_report(broken, path)
    assert path.read_text("utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


def test_the_schema_knows_every_dimension_and_kind() -> None:
    indicator = report_schema()["$defs"]["indicator"]["properties"]
    assert indicator["dimension"]["enum"] == list(ALL_DIMENSIONS)
    assert indicator["kind"]["enum"] == list(ALL_KINDS)


def test_new_indicator_fields_are_required(zhengzhou: Report) -> None:
    for key in ("high", "kind", "target"):
        document = _document(zhengzhou)
        del document["sections"][0]["indicators"][0][key]
        assert _error(document) == f'r.json: sections[0].indicators[0]: missing key "{key}"'
