"""Every script under examples/ runs in a fresh interpreter and prints real results
(pyqtgraph's examples/test_examples.py does the same for its examples)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from workreport.core.library import bundled_ids

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.py"))

# a line each example must print: a result read from the reports, not just "no error"
EXPECTED = {
    "growth_targets.py": "福建省    5.0   5.5",
    "figures_by_dimension.py": f"figures in {len(bundled_ids())} reports",
    "keyword_new.py": "持续强化创新引领 创新能力实现新跃升     31",
}


def test_every_example_has_its_expected_line() -> None:
    assert sorted(p.name for p in EXAMPLES) == sorted(EXPECTED)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_runs(path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(path)], capture_output=True, text=True, encoding="utf-8", timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert EXPECTED[path.name] in result.stdout
