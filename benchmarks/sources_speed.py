"""How fast documents import: a 30-page PDF (goal ≤ 1.5 s) and a .docx (goal ≤ 0.5 s), read,
cleaned and imported to a report, on one core.

Usage: .venv/bin/python benchmarks/sources_speed.py [CORPUS] [--rounds N]

Prints the best and median of N rounds in one process (after a first, cold round that also loads
pypdf, python-docx and lxml, printed apart), wall and CPU time. On a machine shared with other
work, CPU time is the steadier figure; the goals are judged on the best wall time.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from workreport.core.library import import_file

ROOT = Path(__file__).resolve().parent.parent
PDF_GOAL_S = 1.5
DOCX_GOAL_S = 0.5
PDF_PAGES = 30


def thirty_page_pdf(corpus: Path) -> tuple[Path, int]:
    """The provincial PDF whose page count is nearest 30."""
    from pypdf import PdfReader

    counts = {
        path: len(PdfReader(path).pages)
        for path in sorted((corpus / "provinces-pdf").glob("*.pdf"))
    }
    path = min(counts, key=lambda p: (abs(counts[p] - PDF_PAGES), p.name))
    return path, counts[path]


def _time(path: Path, rounds: int) -> tuple[float, list[float], list[float]]:
    started, cpu = time.perf_counter(), time.process_time()
    import_file(path)
    cold = time.perf_counter() - started
    walls, cpus = [], []
    for _ in range(rounds):
        started, cpu = time.perf_counter(), time.process_time()
        import_file(path)
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    return cold, walls, cpus


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    pdf, pages = thirty_page_pdf(args.corpus)
    docx = args.corpus / "provinces-docx" / f"{pdf.stem}.docx"
    met = True
    for label, path, goal in (
        (f"pdf, {pages} pages", pdf, PDF_GOAL_S),
        ("docx, same report", docx, DOCX_GOAL_S),
    ):
        cold, walls, cpus = _time(path, args.rounds)
        best = min(walls)
        ok = best <= goal
        met &= ok
        print(
            f"{label:18} {path.name}: best {best:.3f} s, median {statistics.median(walls):.3f} s"
            f" wall; best {min(cpus):.3f} s CPU; first (cold) {cold:.3f} s;"
            f" goal ≤ {goal} s: {'met' if ok else 'NOT met'}",
            flush=True,
        )
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
