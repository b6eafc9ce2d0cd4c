"""List figures whose direction may be wrong: a decrease word near a figure not marked down, or a
figure marked down with no decrease word near it. For reading by hand, not a test.

Usage: .venv/bin/python scripts/check_directions.py [CORPUS_GLOB ...]
(default: the 2025 reports in ../shared/corpus)
"""

from __future__ import annotations

import sys
from pathlib import Path

from workreport.core.importer.direction import DIRECTION_RULES, Direction
from workreport.core.importer.figures import find_figures
from workreport.core.textfile import read_text

ROOT = Path(__file__).resolve().parent.parent
DOWN_WORDS = tuple(
    w for rule in DIRECTION_RULES if rule.direction == Direction.DOWN for w in rule.words
)
WINDOW = 8  # characters before the number that are looked at


def check(path: Path) -> list[str]:
    lines = []
    for paragraph in read_text(path).splitlines():
        for figure in find_figures(paragraph):
            before = paragraph[max(0, figure.start - WINDOW) : figure.start]
            for delimiter in "，。；：":
                before = before.rpartition(delimiter)[2]
            near_down = any(word in before for word in DOWN_WORDS)
            written = paragraph[figure.start : figure.end]
            if near_down and figure.direction != Direction.DOWN:
                lines.append(f"NOT DOWN\t{path.name}\t{before}|{written}\t{figure.kind}")
            if figure.direction == Direction.DOWN and not near_down:
                lines.append(f"DOWN?\t{path.name}\t{before}|{written}\t{figure.kind}")
    return lines


def main(argv: list[str]) -> int:
    corpus = ROOT.parent / "shared" / "corpus"
    paths = [Path(p) for p in argv] or sorted(corpus.glob("*/2025*.txt"))
    found = [line for path in paths for line in check(path)]
    print("\n".join(found))
    print(f"{len(found)} figures to read in {len(paths)} reports", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
