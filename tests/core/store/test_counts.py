"""The store's keyword counts are the counts of the text, part by part, as core/keywords counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from workreport.core import keywords
from workreport.core.library import load_bundled
from workreport.core.model import Report
from workreport.core.store import Store, counts
from workreport.core.store.queries import counted_kinds

IDS = ("zhengzhou-hitech-2022", "china-2025", "henan-2025", "sichuan-2025")
WORDS = ["新", "发展", "改革", "A", "a", "5", "，", "哈哈", "高质量发展", "G"]
ALL_KINDS = counted_kinds(keywords.ALL_TEXT)


@pytest.fixture(scope="module")
def reports() -> list[Report]:
    return [load_bundled(report_id) for report_id in IDS]


@pytest.fixture(scope="module")
def store(reports: list[Report], tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(tmp_path_factory.mktemp("counts") / "library.sqlite3")
    for report in reports:
        store.add_report(report, report.id)
    return store


@pytest.mark.parametrize("rule", [keywords.ALL_TEXT, keywords.STORY_RULES[-1]])
def test_counts_are_the_counts_of_the_text(
    store: Store, reports: list[Report], rule: keywords.CountingRule
) -> None:
    keys = [key for (key,) in store.connection.execute("SELECT key FROM reports ORDER BY key")]
    for word in WORDS:
        found = counts.report_counts(store, word, counted_kinds(rule))
        expected = {
            key: n
            for key, report in zip(keys, reports, strict=True)
            if (n := keywords.count_in_report(report, word, rule))
        }
        assert found == expected, word
    assert any(counts.report_counts(store, "新", counted_kinds(rule)).values())


def test_a_word_is_not_counted_across_two_parts(tmp_path: Path) -> None:
    report = load_bundled("henan-2025")
    section = next(s for s in report.walk() if len(s.paragraphs) >= 2)
    section.paragraphs[0] += "甲乙"
    section.paragraphs[1] = "丙丁" + section.paragraphs[1]
    with Store(tmp_path / "library.sqlite3") as store:
        key = store.add_report(report, "x")
        assert counts.report_counts(store, "甲乙", ALL_KINDS) == {key: 1}
        assert counts.report_counts(store, "乙丙", ALL_KINDS) == {}
        assert keywords.count_in_report(report, "乙丙", keywords.ALL_TEXT) == 0


def test_no_word_and_no_kind_count_nothing(store: Store, tmp_path: Path) -> None:
    assert counts.report_counts(store, "", ("body",)) == {}
    assert counts.report_counts(store, "新", ()) == {}
    with Store(tmp_path / "empty.sqlite3") as empty:
        assert counts.report_counts(empty, "发展", ("body",)) == {}
        assert counts.report_counts(empty, "新", ("body",)) == {}
    assert counts.report_counts(store, "\ud800", ("body",)) == {}
