"""pypdf against pdfminer.six on the 31 provincial PDFs: speed and fidelity of the raw text.

Usage: .venv/bin/python benchmarks/pdf_libraries.py [CORPUS] [--only N]

For each library and each PDF: the wall and CPU time to extract every page's text, and how faithful
the text is to the report's ``.txt`` (the text the PDF was made from):

- paragraphs found: the share of the ``.txt``'s paragraphs that occur, whitespace left out, in the
  extracted text with its whitespace and its page-number lines left out (a wrong character, a
  character out of order or a lost one loses the paragraph);
- spaces inside Chinese: spaces the extraction put between two Chinese characters, per page (the
  ``.txt`` has none; they split words such as 地区生产总值 and must be taken out again).

Prints one line per library with the totals. This compares the libraries' raw text; what the app
makes of it (page numbers, running heads, broken lines) is measured by ``benchmarks/sources_speed.py``
and the tests.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WHITESPACE = re.compile(r"\s+")
PAGE_NUMBER_LINE = re.compile(r"^\s*\d{1,4}\s*$", re.MULTILINE)
CJK_SPACE = re.compile(r"(?<=[\u3400-\u9fff]) +(?=[\u3400-\u9fff])")


def pypdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(path).pages]


def pdfminer_pages(path: Path) -> list[str]:
    from pdfminer.high_level import extract_text

    return extract_text(path).split("\f")


LIBRARIES: dict[str, Callable[[Path], list[str]]] = {
    "pypdf": pypdf_pages,
    "pdfminer.six": pdfminer_pages,
}


@dataclass(slots=True)
class Totals:
    wall: float = 0.0
    cpu: float = 0.0
    pages: int = 0
    paragraphs: int = 0
    found: int = 0
    cjk_spaces: int = 0
    worst: list[tuple[float, str]] = field(default_factory=list)


def measure(extract: Callable[[Path], list[str]], pdf: Path, txt: Path, totals: Totals) -> None:
    started, started_cpu = time.perf_counter(), time.process_time()
    pages = extract(pdf)
    totals.wall += time.perf_counter() - started
    totals.cpu += time.process_time() - started_cpu
    pages = [page for page in pages if page.strip()]
    totals.pages += len(pages)
    raw = "\n".join(pages)
    totals.cjk_spaces += len(CJK_SPACE.findall(raw))
    flat = WHITESPACE.sub("", PAGE_NUMBER_LINE.sub("", raw))
    paragraphs = [WHITESPACE.sub("", line) for line in txt.read_text("utf-8").splitlines()]
    paragraphs = [p for p in paragraphs if p]
    found = sum(1 for p in paragraphs if p in flat)
    totals.paragraphs += len(paragraphs)
    totals.found += found
    totals.worst.append((found / len(paragraphs), pdf.stem))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--only", type=int, default=0, help="the first N PDFs only")
    args = parser.parse_args()
    pdfs = sorted((args.corpus / "provinces-pdf").glob("*.pdf"))
    if args.only:
        pdfs = pdfs[: args.only]
    for name, extract in LIBRARIES.items():
        totals = Totals()
        for pdf in pdfs:
            measure(extract, pdf, args.corpus / "provinces" / f"{pdf.stem}.txt", totals)
        worst = ", ".join(f"{stem[5:-6]} {share:.1%}" for share, stem in sorted(totals.worst)[:3])
        print(
            f"{name:13} {len(pdfs)} PDFs, {totals.pages} pages: "
            f"{totals.wall:.1f} s wall, {totals.cpu:.1f} s CPU "
            f"({1000 * totals.cpu / totals.pages:.0f} ms CPU a page); "
            f"paragraphs found {totals.found}/{totals.paragraphs} "
            f"({totals.found / totals.paragraphs:.2%}; worst {worst}); "
            f"spaces inside Chinese {totals.cjk_spaces / totals.pages:.1f} a page",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
