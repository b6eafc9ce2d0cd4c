"""Regenerate the bundled reports: import every corpus text named in resources/meta/*.json and write
resources/reports/<id>.json and resources/reports/index.json.

Usage: .venv/bin/python scripts/build_reports.py [CORPUS]   (default: ../shared/corpus)
"""

from __future__ import annotations

import sys
from pathlib import Path

from workreport.core.library import build_library

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv else ROOT.parent / "shared" / "corpus"
    entries = build_library(corpus, ROOT / "resources")
    for entry in entries:
        print(f"{entry.id:24} {entry.level:10} {entry.region:8} {entry.title}")
    print(f"{len(entries)} reports written to {ROOT / 'resources' / 'reports'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
