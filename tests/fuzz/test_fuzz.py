"""The fuzz campaign, small: every family with a fixed seed, within a time budget. Each case ends
in exit 0 with an output that loads, or exit 2 with one line and nothing written."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.fuzz.cases import FAMILIES, all_cases, run_case

SEED = 16
PER_FAMILY = 12
BUDGET_SECONDS = 60


def test_every_family_ends_in_ok_or_one_line(tmp_path: Path) -> None:
    started = time.monotonic()
    outcomes: dict[str, int] = {}
    bad: list[str] = []
    for number, case in enumerate(all_cases(SEED, PER_FAMILY)):
        if time.monotonic() - started > BUDGET_SECONDS:
            break
        folder = tmp_path / str(number)
        folder.mkdir()
        outcome = run_case(case, folder)
        outcomes[case.family.split()[0]] = outcomes.get(case.family.split()[0], 0) + 1
        if outcome.startswith("BAD"):
            bad.append(f"{case.family} {case.argv}: {outcome}")
    assert bad == []
    assert len(outcomes) >= 5  # the budget reached most families


@pytest.mark.parametrize("family", FAMILIES)
def test_each_family_makes_cases(family: str) -> None:
    import random

    assert list(FAMILIES[family](random.Random(1), 2))
