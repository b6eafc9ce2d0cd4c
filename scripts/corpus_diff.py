"""What a change to the importer did to each text: chapters, sections, figures and targets of a
fresh import against the bundled JSON (resources/reports), one line per text that changed.

Usage: .venv/bin/python scripts/corpus_diff.py [--all] [--texts] [CORPUS]
  --all    also list texts that did not change
  --texts  also import every .txt of the corpus that is not bundled (the national series) and
           print its counts, or the one line saying why it is refused
Exit status 1 when a bundled report differs from its fresh import.
"""

from __future__ import annotations

import sys
from pathlib import Path

from workreport.core.importer.corpusdiff import bundled_differences, describe_text

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    flags = {a for a in argv if a.startswith("--")}
    rest = [a for a in argv if not a.startswith("--")]
    corpus = Path(rest[0]) if rest else ROOT.parent / "shared" / "corpus"
    changed = 0
    for line in bundled_differences(corpus, show_unchanged="--all" in flags):
        print(line)
        changed += not line.endswith("unchanged")
    if "--texts" in flags:
        for path in sorted(corpus.rglob("*.txt")):
            print(describe_text(path))
    print(f"{changed} bundled reports changed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
