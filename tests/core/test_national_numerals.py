"""The older national reports show their figures: a hand-read sample, ≥ 90% found as written."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import CORPUS
from workreport.core.importer.figures import find_figures

SAMPLE = Path(__file__).parent / "data" / "national_numerals_sample.tsv"


def _rows() -> list[tuple[str, str, str, float, str]]:
    rows = []
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        year, sentence, written, value, unit = line.split("\t")
        rows.append((year, sentence, written, float(value), unit))
    return rows


def test_the_sample_is_from_the_reports() -> None:
    rows = _rows()
    assert len(rows) >= 30
    assert len({year for year, *_ in rows}) >= 5
    for year, _, written, _, _ in rows:
        [path] = (CORPUS / "national").glob(f"{year}年*.txt")
        assert written in path.read_text(encoding="utf-8"), (year, written)


def test_at_least_nine_in_ten_are_found_with_their_value_as_written() -> None:
    rows = _rows()
    found = 0
    missed = []
    for year, sentence, written, value, unit in rows:
        figures = [f for f in find_figures(sentence) if sentence[f.start : f.end] == written]
        if figures and (figures[0].value, figures[0].unit) == (value, unit):
            found += 1
        else:
            missed.append((year, written))
    assert found / len(rows) >= 0.9, missed


def test_people_counted_with_no_unit_written_are_figures() -> None:
    sentence, written = "在全国的三千六百万的少数民族人口中。", "三千六百万"  # 1959
    assert written in [sentence[f.start : f.end] for f in find_figures(sentence)]


def test_a_small_average_in_numerals_is_a_figure() -> None:
    sentence = "平均每个公社有农业中学一点二所。"  # 1960
    [figure] = find_figures(sentence)
    assert (sentence[figure.start : figure.end], figure.value, figure.unit) == (
        "一点二所",
        1.2,
        "所",
    )
