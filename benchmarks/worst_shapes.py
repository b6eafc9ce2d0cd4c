"""The worst shapes of input under the size limit: each must finish well under 30 s, in under 500 MB.

Each shape runs in a fresh process (so that its peak memory is its own): it is written to a file,
then imported (a text) or loaded (a JSON), saved as JSON, loaded again and exported as CSV. Prints
one line per shape: the outcome (ok, or the one-line refusal), seconds, peak RSS in MB.

    .venv/bin/python benchmarks/worst_shapes.py [SHAPE ...]
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHAPTERS = 35_030
HEADLINE = "2023年某市政府工作报告\n"


def _headings(count: int) -> str:
    return HEADLINE + "一、推进改革各项工作\n推进改革。\n" * count


def _chapters(body: str) -> str:
    return HEADLINE + "一、工作回顾\n" + body + "\n二、工作安排\n做好工作。\n"


SHAPES = {
    "100000 一、 headings": lambda: _headings(100_000),
    "1000000 figures, one per line": lambda: _chapters("产值增长5%。\n" * 1_000_000),
    "1000000 figures, one paragraph": lambda: _chapters("产值增长5%，" * 1_000_000),
    "19000 figures, one paragraph": lambda: _chapters("产值增长5%，" * 19_000),
    "19000 figures, no sentence end": lambda: _chapters("产值增长5%" * 19_000),
    "19000 figures, one per line": lambda: _chapters("产值增长5%。\n" * 19_000),
    "19000 figures among quoted names": lambda: _chapters("“名称”产值增长5%，" * 19_000),
    "one 20 MB paragraph": lambda: _chapters("推进改革" * 1_700_000),
    "2000000 short lines": lambda: _chapters("推进\n" * 2_000_000),
    "JSON of 35030 chapters": lambda: "json:chapters",
    "JSON of one section with 45722 figures": lambda: "json:figures",
}


def _json_report(kind: str) -> object:
    from workreport.core.model import Indicator, Report, Section, assign_section_ids

    if kind == "json:chapters":
        sections = [
            Section(f"第{i}章", paragraphs=["推进改革，" * 40 + "增长5%。"])
            for i in range(CHAPTERS)
        ]
    else:
        paragraph = "产值增长5%，" * 45_722
        figures = [
            Indicator(
                "产值增长", 5, "%", "", 5, "%", "percent", 0, 7 * i + 4, 7 * i + 6, "产值增长5%，"
            )
            for i in range(45_722)
        ]
        sections = [Section("工作回顾", paragraphs=[paragraph], indicators=figures)]
    report = Report(title="报告", sections=sections)
    assign_section_ids(report.sections)
    return report


def run_one(name: str, folder: Path) -> str:
    from workreport.core import export
    from workreport.core.errors import ReportError
    from workreport.core.jsonformat import load_report, save_report
    from workreport.core.library import import_file

    made = SHAPES[name]()
    try:
        if made.startswith("json:"):
            source = folder / "shape.json"
            save_report(_json_report(made), source)  # type: ignore[arg-type]
            del made
            report = load_report(source)
        else:
            source = folder / "shape.txt"
            source.write_text(made, "utf-8")
            del made
            report = import_file(source)
        save_report(report, folder / "saved.json")
        report = load_report(folder / "saved.json")
        export.write_csv(export.figure_rows(report), folder / "figures.csv")
    except ReportError as error:
        return f"refused: {error.problem}"
    return f"ok ({source.stat().st_size / 1e6:.1f} MB input)"


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        with tempfile.TemporaryDirectory() as folder:
            outcome = run_one(sys.argv[2], Path(folder))
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{outcome}\t{peak:.0f}")
        return 0
    names = sys.argv[1:] or list(SHAPES)
    print(f"{'shape':42} {'seconds':>8} {'peak MB':>8}  outcome")
    for name in names:
        start = time.perf_counter()
        try:
            done = subprocess.run(
                [sys.executable, __file__, "--one", name],
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
            outcome, _, peak = done.stdout.strip().rpartition("\n")[2].partition("\t")
            if done.returncode:
                outcome, peak = f"FAILED: {done.stderr.strip().splitlines()[-1:]}", "?"
        except subprocess.TimeoutExpired:
            outcome, peak = "TIMEOUT (120 s)", "?"
        seconds = time.perf_counter() - start
        print(f"{name:42} {seconds:8.1f} {peak:>8}  {outcome}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
