"""Start-up time and memory, against the floor Python and Qt set, alternating in one run.

Each round spawns four processes, in turn (``t0`` is taken just before each spawn; the child prints
the wall-clock time of its milestone)::

    floor A   Qt widgets + pandas, an empty QMainWindow painted          (benchmarks/floor.py a)
    app       the window with the section tree and the figure table painted
    floor B   floor A + pyqtgraph, one PlotWidget painted                (benchmarks/floor.py b)
    app       the same, then the Charts tab: the first chart painted

The app is ``python -m workreport`` when ``workreport.gui.app`` installs the benchmark hooks, and
otherwise ``benchmarks/app_window.py``, which builds the window as ``run_window`` does. Every child
gets an empty settings folder, so no saved window state or section is restored.

Usage: .venv/bin/python benchmarks/startup.py [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path

from common import HERE, PYTHON, Figure, child_environment, settings_folder, spawn_until, table

FIRST_PAINT_BUDGET = 1.25  # × floor A
CHARTS_BUDGET = 1.15  # × floor B
RSS_BUDGET = 1.1  # × floor B's peak RSS


def app_command() -> tuple[list[str], str]:
    """The command that starts the app, and what it is."""
    spec = find_spec("workreport.gui.app")
    assert spec is not None and spec.origin is not None
    if "benchmark_hooks" in Path(spec.origin).read_text("utf-8"):
        return [PYTHON, "-m", "workreport"], "python -m workreport"
    return [PYTHON, str(HERE / "app_window.py")], "benchmarks/app_window.py (as run_window)"


@dataclass
class Startup:
    floor_a: list[float] = field(default_factory=list)
    floor_b: list[float] = field(default_factory=list)
    first_paint: list[float] = field(default_factory=list)
    charts: list[float] = field(default_factory=list)
    rss_floor_a: list[float] = field(default_factory=list)
    rss_floor_b: list[float] = field(default_factory=list)
    rss_first_paint: list[float] = field(default_factory=list)
    rss_charts: list[float] = field(default_factory=list)
    rss_all_reports: list[float] = field(default_factory=list)
    app: str = ""


def measure(rounds: int, *, progress: bool = True) -> Startup:
    command, what = app_command()
    result = Startup(app=what)
    with settings_folder() as folder:
        env = child_environment(folder)
        app_env = {**env, "WORKREPORT_BENCHMARK": "first-paint"}
        charts_env = {**env, "WORKREPORT_BENCHMARK": "charts"}
        floor_a = [PYTHON, str(HERE / "floor.py"), "a"]
        floor_b = [PYTHON, str(HERE / "floor.py"), "b"]
        # one of each, unmeasured: file caches, font caches, .pyc files
        spawn_until(floor_b, env, "charts")
        spawn_until(command, charts_env, "charts")
        for number in range(1, rounds + 1):
            a = spawn_until(floor_a, env, "first-paint")
            paint = spawn_until(command, app_env, "first-paint")
            b = spawn_until(floor_b, env, "charts")
            charts = spawn_until(command, charts_env, "charts")
            result.floor_a.append(a.seconds)
            result.first_paint.append(paint.seconds)
            result.floor_b.append(b.seconds)
            result.charts.append(charts.seconds)
            result.rss_floor_a.append(a.peak_rss_mb)
            result.rss_floor_b.append(b.peak_rss_mb)
            result.rss_first_paint.append(paint.peak_rss_mb)
            result.rss_charts.append(charts.peak_rss_mb)
            if progress:
                print(
                    f"  round {number}: floor A {a.seconds:.3f} s, first paint "
                    f"{paint.seconds:.3f} s, floor B {b.seconds:.3f} s, charts "
                    f"{charts.seconds:.3f} s",
                    flush=True,
                )
        everything = [PYTHON, str(HERE / "app_window.py")]
        all_env = {**env, "WORKREPORT_BENCHMARK": "all-reports"}
        for _ in range(max(3, rounds // 3)):
            result.rss_all_reports.append(
                spawn_until(everything, all_env, "all-reports").peak_rss_mb
            )
    return result


def figures(s: Startup) -> list[Figure]:
    a, b = statistics.median(s.floor_a), statistics.median(s.floor_b)
    rss_b = statistics.median(s.rss_floor_b)
    paint_ratio = statistics.median(s.first_paint) / a
    charts_ratio = statistics.median(s.charts) / b
    rss_ratio = statistics.median(s.rss_first_paint) / rss_b
    return [
        Figure("floor A: Qt + pandas, empty QMainWindow", s.floor_a, "s"),
        Figure(
            f"start-up: tree and table painted ({paint_ratio:.2f}× A)",
            s.first_paint,
            "s",
            FIRST_PAINT_BUDGET * a,
            f"≤ {FIRST_PAINT_BUDGET}× A = {FIRST_PAINT_BUDGET * a:.3f} s",
        ),
        Figure("floor B: floor A + pyqtgraph PlotWidget", s.floor_b, "s"),
        Figure(
            f"start-up: charts drawn ({charts_ratio:.2f}× B)",
            s.charts,
            "s",
            CHARTS_BUDGET * b,
            f"≤ {CHARTS_BUDGET}× B = {CHARTS_BUDGET * b:.3f} s",
        ),
        Figure("peak RSS, floor A", s.rss_floor_a, "MB"),
        Figure("peak RSS, floor B", s.rss_floor_b, "MB"),
        Figure(
            f"peak RSS after start-up ({rss_ratio:.2f}× B)",
            s.rss_first_paint,
            "MB",
            RSS_BUDGET * rss_b,
            f"≤ {RSS_BUDGET}× B = {RSS_BUDGET * rss_b:.0f} MB",
        ),
        Figure("peak RSS, charts drawn", s.rss_charts, "MB"),
        Figure("peak RSS, every bundled report opened", s.rss_all_reports, "MB"),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    result = measure(args.rounds)
    print(f"app: {result.app}")
    rows = figures(result)
    print(table(rows))
    return 0 if all(f.met is not False for f in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
