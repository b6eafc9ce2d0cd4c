"""The worst shapes of input under the size limit: each must finish well under 30 s, in under 500 MB.

Each shape runs in a fresh process (so that its peak memory is its own): it is written to a file,
then imported (a text) or loaded (a JSON), saved as JSON, loaded again and exported as CSV. Prints
one line per shape: seconds (wall and CPU), peak RSS in MB, the outcome (ok, or the one-line
refusal).

    .venv/bin/python benchmarks/worst_shapes.py [SHAPE ...]
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workreport.core.model import Report

HEADLINE = "2023年某市政府工作报告\n"


def _headings(count: int) -> str:
    return HEADLINE + "一、推进改革各项工作\n推进改革。\n" * count


def _chapters(body: str) -> str:
    return HEADLINE + "一、工作回顾\n" + body + "\n二、工作安排\n做好工作。\n"


# (name with {} for the count, what to write for a count, the count under the size limit)
Maker = Callable[[int], "str | Report"]
SHAPES: tuple[tuple[str, Maker, int], ...] = (
    ("{} 一、 headings", _headings, 100_000),
    ("{} figures, one per line", lambda n: _chapters("产值增长5%。\n" * n), 1_000_000),
    ("{} figures, one paragraph", lambda n: _chapters("产值增长5%，" * n), 1_000_000),
    ("{} figures, one paragraph", lambda n: _chapters("产值增长5%，" * n), 19_000),
    ("{} figures, no sentence end", lambda n: _chapters("产值增长5%" * n), 19_000),
    ("{} figures, one per line", lambda n: _chapters("产值增长5%。\n" * n), 19_000),
    ("{} figures among quoted names", lambda n: _chapters("“名称”产值增长5%，" * n), 19_000),
    ("one paragraph of {} words", lambda n: _chapters("推进改革" * n), 1_700_000),
    ("{} short lines", lambda n: _chapters("推进\n" * n), 2_000_000),
    ("JSON of {} chapters", lambda n: _json_chapters(n), 35_030),
    ("JSON of one section with {} figures", lambda n: _json_figures(n), 45_722),
)


def shapes(scale: float = 1.0) -> dict[str, tuple[Maker, int]]:
    """The shapes at ``scale`` of their full size: printed name → (maker, count)."""
    scaled = {}
    for name, maker, count in SHAPES:
        size = max(1, round(count * scale))
        scaled[name.format(size)] = (maker, size)
    return scaled


def _json_chapters(count: int) -> Report:
    from workreport.core.model import Report, Section, assign_section_ids

    sections = [
        Section(f"第{i}章", paragraphs=["推进改革，" * 40 + "增长5%。"]) for i in range(count)
    ]
    assign_section_ids(sections)
    return Report(title="报告", sections=sections)


def _json_figures(count: int) -> Report:
    from workreport.core.model import Indicator, Report, Section, assign_section_ids

    paragraph = "产值增长5%，" * count
    figures = [
        Indicator(
            "产值增长", 5, "%", "", 5, "%", "percent", 0, 7 * i + 4, 7 * i + 6, "产值增长5%，"
        )
        for i in range(count)
    ]
    sections = [Section("工作回顾", paragraphs=[paragraph], indicators=figures)]
    assign_section_ids(sections)
    return Report(title="报告", sections=sections)


def run_shape(maker: Maker, count: int, folder: Path) -> str:
    """What the CLI does with the shape: ``workreport import shape.txt saved.json`` (for a JSON
    shape, the report is opened as ``export`` opens it), then ``workreport export saved.json -o
    figures.csv``. Returns "ok (… MB input)" or "refused: <the one-line problem>"."""
    from workreport.core import export
    from workreport.core.errors import ReportError
    from workreport.core.jsonformat import save_report
    from workreport.core.library import open_report
    from workreport.core.record import figure_rows

    made = maker(count)
    try:
        if isinstance(made, str):
            source = folder / "shape.txt"
            source.write_text(made, "utf-8")
        else:
            source = folder / "shape.json"
            save_report(made, source)
        del made
        report = open_report(str(source))
        if not report.id:  # as `workreport import` names it
            report.id = "saved"
        save_report(report, folder / "saved.json")
        del report
        report = open_report(str(folder / "saved.json"))
        export.write_csv(figure_rows(report), folder / "figures.csv")
    except ReportError as error:
        return f"refused: {error.problem}"
    return f"ok ({source.stat().st_size / 1e6:.1f} MB input)"


def main() -> int:
    named = shapes()
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        with tempfile.TemporaryDirectory() as folder:
            outcome = run_shape(*named[sys.argv[2]], Path(folder))
        usage = resource.getrusage(resource.RUSAGE_SELF)
        print(f"{outcome}\t{usage.ru_maxrss / 1024:.0f}\t{usage.ru_utime + usage.ru_stime:.1f}")
        return 0
    names = sys.argv[1:] or list(named)
    # CPU seconds as well as wall seconds: on a shared machine the CPU time is the steadier
    print(f"{'shape':42} {'seconds':>8} {'CPU s':>6} {'peak MB':>8}  outcome")
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
            outcome, peak, cpu = (done.stdout.strip().rpartition("\n")[2].split("\t") + ["?"] * 2)[
                :3
            ]
            if done.returncode:
                outcome, peak, cpu = f"FAILED: {done.stderr.strip().splitlines()[-1:]}", "?", "?"
        except subprocess.TimeoutExpired:
            outcome, peak, cpu = "TIMEOUT (120 s)", "?", "?"
        seconds = time.perf_counter() - start
        print(f"{name:42} {seconds:8.1f} {cpu:>6} {peak:>8}  {outcome}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
