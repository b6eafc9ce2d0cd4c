"""What the benchmarks share: statistics, child processes, and the table they print."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


@dataclass(frozen=True, slots=True)
class Figure:
    """One line of the table: a benchmark's median and spread over its runs, and its budget."""

    name: str
    values: list[float]
    unit: str  # "s", "ms", "MB", "MB/s"
    budget: float | None = None  # the largest (or, with ``at_least``, smallest) median allowed
    budget_text: str = ""
    at_least: bool = False
    statistic: str = "median"  # or "p95"

    @property
    def value(self) -> float:
        if self.statistic == "p95":
            return percentile(self.values, 95)
        return statistics.median(self.values)

    @property
    def met(self) -> bool | None:
        if self.budget is None:
            return None
        return self.value >= self.budget if self.at_least else self.value <= self.budget


def percentile(values: list[float], p: float) -> float:
    """The ``p``th percentile, linearly interpolated between the closest ranks."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * p / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def number(value: float, unit: str) -> str:
    digits = {"s": 3, "ms": 1, "MB": 0, "MB/s": 2}.get(unit, 2)
    return f"{value:.{digits}f} {unit}"


def spread(figure: Figure) -> str:
    """min–max, and the interquartile range when there are enough runs to have one."""
    low, high = min(figure.values), max(figure.values)
    digits = {"s": 3, "ms": 1, "MB": 0, "MB/s": 2}.get(figure.unit, 2)
    text = f"{low:.{digits}f}–{high:.{digits}f}"
    if len(figure.values) >= 5:
        q1, q3 = percentile(figure.values, 25), percentile(figure.values, 75)
        text += f" (IQR {q1:.{digits}f}–{q3:.{digits}f})"
    return f"{text} {figure.unit}, n={len(figure.values)}"


def table(figures: list[Figure]) -> str:
    header = ("benchmark", "median", "spread", "budget", "met?")
    rows = [header]
    for f in figures:
        met = f.met
        shown = number(f.value, f.unit) + (" (p95)" if f.statistic == "p95" else "")
        rows.append(
            (
                f.name,
                shown,
                spread(f),
                f.budget_text or "—",
                "—" if met is None else ("yes" if met else "NO"),
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = [" | ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)) for r in rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)


BYTECODE = Path(tempfile.gettempdir()) / "workreport-benchmark-pycache"


def child_environment(settings_folder: str) -> dict[str, str]:
    """Offscreen Qt, settings of its own (no user's saved state is restored), and compiled
    bytecode kept between runs, as an installed program has it (the first run fills the cache;
    each benchmark also starts with unmeasured runs)."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = settings_folder
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(BYTECODE)
    env.pop("WORKREPORT_BENCHMARK", None)
    env.pop("WORKREPORT_QUIT_AFTER_MS", None)
    return env


@dataclass(frozen=True, slots=True)
class Milestone:
    name: str
    seconds: float  # from just before the spawn
    peak_rss_mb: float


def spawn_until(
    command: list[str], env: dict[str, str], milestone: str, timeout: float = 60
) -> Milestone:
    """Spawn ``command`` and wait for its line ``<milestone> <time.time()> <peak RSS KB>``."""
    t0 = time.time()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        raise RuntimeError(f"{command} timed out:\n{out}\n{err}") from None
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == milestone:
            return Milestone(milestone, float(parts[1]) - t0, int(parts[2]) / 1024)
    raise RuntimeError(f"{command} printed no {milestone!r} line:\n{out}\n{err}")


def settings_folder() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="workreport-benchmark-")


PYTHON = sys.executable
