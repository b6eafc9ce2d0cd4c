"""Counts from the index's positions and counts split among threads are the counts of the text."""

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


@pytest.fixture(scope="module")
def reports() -> list[Report]:
    return [load_bundled(report_id) for report_id in IDS]


@pytest.fixture(scope="module")
def store(reports: list[Report], tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(tmp_path_factory.mktemp("counts") / "library.sqlite3")
    for report in reports:
        store.add_report(report, report.id)
    return store


def test_single_tokens_are_chinese_characters_only() -> None:
    assert counts.is_single_token("新") and counts.is_single_token("㐀")
    for word in ("A", "a", "5", "，", "发展", "", "あ"):
        assert not counts.is_single_token(word), word


@pytest.mark.parametrize("threads", [1, 2, 7])
@pytest.mark.parametrize("rule", [keywords.ALL_TEXT, keywords.STORY_RULES[-1]])
def test_counts_are_the_counts_of_the_text(
    store: Store,
    reports: list[Report],
    threads: int,
    rule: keywords.CountingRule,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(counts, "MIN_RANGE", 1)  # ranges of a few parts: reports straddle them
    keys = [key for (key,) in store.connection.execute("SELECT key FROM reports ORDER BY key")]
    for word in WORDS:
        found = counts.report_counts(store, word, counted_kinds(rule), threads=threads)
        expected = {
            key: n
            for key, report in zip(keys, reports, strict=True)
            if (n := keywords.count_in_report(report, word, rule))
        }
        assert found == expected, word
    assert any(counts.report_counts(store, "新", counted_kinds(rule)).values())


def test_no_word_and_no_kind_count_nothing(store: Store, tmp_path: Path) -> None:
    assert counts.report_counts(store, "", ("body",)) == {}
    assert counts.report_counts(store, "新", ()) == {}
    with Store(tmp_path / "empty.sqlite3") as empty:
        assert counts.report_counts(empty, "发展", ("body",)) == {}
        assert counts.report_counts(empty, "新", ("body",)) == {}
