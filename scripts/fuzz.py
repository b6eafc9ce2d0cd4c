"""The long fuzz campaign (not in CI): every family of bad input with a random seed and more
cases, run through the CLI in-process; prints a table of outcomes by family and every bad case.

    .venv/bin/python scripts/fuzz.py [--seed N] [--per-family N]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fuzz.cases import all_cases, run_case


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=random.SystemRandom().randrange(1 << 30))
    parser.add_argument("--per-family", type=int, default=150)
    args = parser.parse_args()
    print(f"seed {args.seed}, {args.per_family} cases per family")
    table: Counter[tuple[str, str]] = Counter()
    bad: list[str] = []
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="workreport-fuzz-") as root:
        for number, case in enumerate(all_cases(args.seed, args.per_family)):
            folder = Path(root, str(number))
            folder.mkdir()
            case_started = time.monotonic()
            outcome = run_case(case, folder)
            if time.monotonic() - case_started > 30:
                outcome = "BAD: over 30 s"
            family = case.family.split()[0]
            table[family, outcome.split(":")[0]] += 1
            if outcome.startswith("BAD"):
                bad.append(f"{case.family} {case.argv}: {outcome}")
    families = sorted({family for family, _ in table})
    print(f"{'family':12} {'ok':>6} {'refused':>8} {'BAD':>5}")
    for family in families:
        row = [table[family, kind] for kind in ("ok", "refused", "BAD")]
        print(f"{family:12} {row[0]:6} {row[1]:8} {row[2]:5}")
    total = sum(table.values())
    print(f"{total} runs in {time.monotonic() - started:.0f} s, {len(bad)} bad")
    for line in bad:
        print(line)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
