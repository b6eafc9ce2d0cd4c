"""``wr.library``'s functions over a store: the same answers as the store's queries."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.core.store.conftest import loadable_bundled_ids, write_variants
from workreport.core import keywords
from workreport.core.errors import ReportError
from workreport.core.library import import_file, load_bundled
from workreport.core.store.python_api import library


def test_a_library_adds_a_folder_and_answers_across_it(store_path: Path, tmp_path: Path) -> None:
    files = write_variants(tmp_path / "in", 2)
    with library(store_path) as lib:
        assert len(lib) == len(loadable_bundled_ids())
        outcomes = lib.add(tmp_path / "in", workers=1)
        assert [o.imported for o in outcomes] == [True, True]
        expected = import_file(files[1])
        expected.id = "report-001"  # a text that names no id is known by its file's name
        assert lib.report("report-001") == expected
        assert lib.report("china-2025") == load_bundled("china-2025")
        with pytest.raises(KeyError):
            lib.report("no-such-report")
        rows = {row["level"]: row["count"] for row in lib.keywords("改革", by="level")}
        national = [e.key for e in lib.reports() if e.level == "national"]
        assert rows["national"] == sum(
            keywords.count_in_report(lib.report(key), "改革") for key in national
        )
        hit = next(lib.find("新质生产力"))
        assert "新质生产力" in hit.sentences()[0]
        assert lib.measure("gdp_growth", targets_only=True, first_only=True)
        out = tmp_path / "figures.csv"
        count = lib.export(out)
        with out.open(encoding="utf-8-sig", newline="") as handle:
            assert len(list(csv.DictReader(handle))) == count == len(list(lib.figures()))
        with pytest.raises(ReportError, match="the formats are csv and parquet"):
            lib.export(tmp_path / "figures.xls")
