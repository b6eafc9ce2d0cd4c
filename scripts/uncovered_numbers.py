"""List the numbers no figure covers, grouped by the characters written after them, over a corpus.

Each group is a question to decide: a unit the table lacks (370亿方 → add 方), a rate (元/月), or
digits that are rightly no figure (2024年, 第3届, 1—11月). The most frequent groups come first.

Usage: .venv/bin/python scripts/uncovered_numbers.py [CORPUS] [--after N] [--top N]
(default: ../shared/corpus, 2 characters after the number, the 60 largest groups)
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from workreport.core.importer.figures import find_figures
from workreport.core.importer.numerals import ascii_digits, compact_digits
from workreport.core.textfile import read_text

ROOT = Path(__file__).resolve().parent.parent
NUMBER = re.compile(r"(?<![0-9A-Za-z.])\d+(?:\.\d+)?")


def uncovered(paragraph: str, after: int) -> list[tuple[str, str]]:
    """(characters after, number with them) for each Arabic number no figure covers."""
    text, _ = compact_digits(ascii_digits(paragraph))
    covered = [(f.start, f.end) for f in find_figures(text)]
    found = []
    for match in NUMBER.finditer(text):
        if any(start <= match.start() < end for start, end in covered):
            continue
        following = text[match.end() : match.end() + after]
        found.append((following, text[max(0, match.start() - 6) : match.end() + after]))
    return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--after", type=int, default=2)
    parser.add_argument("--top", type=int, default=60)
    args = parser.parse_args(argv)
    groups: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for path in sorted(Path(args.corpus).rglob("*.txt")):
        for paragraph in read_text(path).splitlines():
            for following, example in uncovered(paragraph, args.after):
                groups[following] += 1
                if len(examples[following]) < 3:
                    examples[following].append(example)
    for following, count in groups.most_common(args.top):
        print(f"{count:6}  {following!r:10}  {' | '.join(examples[following])}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
