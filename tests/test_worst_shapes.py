"""The worst-shapes benchmark runs its pipeline (import, save, reload, CSV export, as the CLI does)
at a small size, so that a change of API cannot break it unnoticed. Not a timed test."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path
from types import ModuleType

BENCHMARK = Path(__file__).resolve().parent.parent / "benchmarks" / "worst_shapes.py"


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("worst_shapes", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_shape_runs_through_import_save_reload_and_export(tmp_path: Path) -> None:
    benchmark = _benchmark()
    shapes = benchmark.shapes(scale=0.005)
    assert len(shapes) == len(benchmark.SHAPES)
    for number, (name, (maker, count)) in enumerate(shapes.items()):
        folder = tmp_path / str(number)
        folder.mkdir()
        outcome = benchmark.run_shape(maker, count, folder)
        assert outcome.startswith("ok"), (name, outcome)
        with (folder / "figures.csv").open(encoding="utf-8-sig", newline="") as file:
            rows = list(csv.DictReader(file))
        if "figures" in name:  # each shape's figure is 5% (产值增长5%)
            assert rows and all(row["value"] == "5" and row["unit"] == "%" for row in rows), name


def test_a_shape_over_a_limit_is_refused_in_one_line(tmp_path: Path) -> None:
    benchmark = _benchmark()
    outcome = benchmark.run_shape(lambda n: benchmark._chapters("增长5%，" * n), 20_001, tmp_path)
    assert outcome.startswith("refused: ") and "\n" not in outcome
