"""The hand audit of 200 labels (tests/core/data/label_audit_2025.tsv) and labels never empty."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AUDIT = Path(__file__).parent / "data" / "label_audit_2025.tsv"
REPORTS = ROOT / "resources" / "reports"


def _bundled() -> dict[str, list[tuple[str, str]]]:
    """(figure as written, label) of every figure, per bundled report."""
    found: dict[str, list[tuple[str, str]]] = {}
    for path in sorted(REPORTS.glob("*.json")):
        if path.name == "index.json":
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        rows: list[tuple[str, str]] = []
        stack = list(data["sections"])
        while stack:
            section = stack.pop()
            stack.extend(section["children"])
            for figure in section["indicators"]:
                paragraph = section["paragraphs"][figure["paragraph"]]
                rows.append((paragraph[figure["start"] : figure["end"]], figure["label"]))
        found[data["id"]] = rows
    return found


def _audit() -> list[list[str]]:
    lines = AUDIT.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def test_the_audit_reads_the_labels_the_reports_have_today() -> None:
    bundled = _bundled()
    rows = _audit()
    assert len(rows) == 200
    for report, written, label, _, verdict, _ in rows:
        assert (written, label) in bundled[report], (report, written, label)
        assert verdict in ("names", "partly", "misleads")


def test_nine_in_ten_labels_name_what_is_measured_and_at_most_two_in_a_hundred_mislead() -> None:
    verdicts = Counter(row[4] for row in _audit())
    assert verdicts["names"] >= 180
    assert verdicts["misleads"] <= 4


def test_no_label_is_empty_a_bracket_or_a_function_word() -> None:
    for report, rows in _bundled().items():
        for written, label in rows:
            assert label.strip(), (report, written)
            assert label[0] not in "（()）", (report, written, label)
            assert label not in ("和", "及", "与", "的", "在", "为", "是"), (report, written)
