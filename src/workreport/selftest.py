"""``workreport --self-test``: prove that an installation or a bundle starts and works, headless.

It loads every bundled report, checks that Chinese text has a glyph (the system's font or the
bundled fallback), renders the window and its charts offscreen to PNG files in a temporary folder,
checks that jieba's dictionary, which word frequency needs, is where jieba looks for it, and
imports a small Word file and PDF that it writes (python-docx, pypdf, lxml at work). One
line per check (``ok  …`` or ``FAIL …``), then ``self-test passed`` (exit 0) or the failures
(exit 1). Tracebacks of failures go to standard error.

It sets QT_QPA_PLATFORM=offscreen unless the variable is set. With WORKREPORT_SELF_TEST_DIR set,
the PNG files are written to that folder and kept. A windowed Windows build has no standard
output: there the lines go to ``workreport-self-test.log`` in the temporary folder.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workreport.core.model import Report

WINDOW_SIZE = (1280, 800)
LOG_NAME = "workreport-self-test.log"
KEEP_VARIABLE = "WORKREPORT_SELF_TEST_DIR"  # keep the rendered PNGs there, to look at them


class _SelfTest:
    def __init__(self, out: IO[bytes]) -> None:
        self.out = out
        self.failures: list[str] = []

    def say(self, line: str) -> None:
        try:
            self.out.write((line + "\n").encode("utf-8", "backslashreplace"))
            self.out.flush()
        except BrokenPipeError:  # `workreport --self-test | head`: the reader has gone
            pass

    def check(self, what: str, step: Callable[[], str]) -> bool:
        """Run one check; ``step`` returns the text of its ``ok`` line or raises.

        An exception that Qt hands to ``sys.excepthook`` meanwhile (one raised in a slot, say,
        where it would otherwise only be printed) fails the check too.
        """
        unhandled: list[BaseException] = []

        def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
            unhandled.append(error)
            traceback.print_exception(kind, error, tb, file=sys.stderr)

        saved, sys.excepthook = sys.excepthook, hook
        try:
            detail = step()
            if unhandled:
                raise unhandled[0]
        except Exception as error:  # a self-test reports every failure and goes on
            message = f"{type(error).__name__}: {error}".strip().splitlines()[0]
            self.failures.append(f"{what}: {message}")
            self.say(f"FAIL {what}: {message}")
            if not unhandled:
                traceback.print_exc(file=sys.stderr)
            return False
        finally:
            sys.excepthook = saved
        self.say(f"ok  {what}: {detail}")
        return True


def _output() -> IO[bytes]:
    stream = sys.stdout
    if stream is not None and hasattr(stream, "buffer"):
        return stream.buffer
    # A windowed build on Windows starts with no standard output.
    return Path(tempfile.gettempdir(), LOG_NAME).open("wb")  # closed by the caller


def _describe_report(report: Report) -> str:
    sections = sum(1 for _ in report.walk())
    figures = sum(1 for _ in report.all_indicators())
    if sections == 0:
        raise ValueError("the report has no sections")
    return f"{sections} sections, {figures} figures"


def _chinese_glyph(sample: str = "新") -> str:
    """The family that draws ``sample`` with the application's font; raises if none has a glyph."""
    from PySide6.QtGui import QGuiApplication, QTextLayout

    layout = QTextLayout(sample, QGuiApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    for run in layout.glyphRuns():
        if any(index != 0 for index in run.glyphIndexes()):
            return f"{sample} drawn with {run.rawFont().familyName()}"
    raise RuntimeError(f"no font has a glyph for {sample}: Chinese would show as boxes")


def _save_png(widget: Any, path: Path) -> str:
    from PySide6.QtGui import QImage

    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"{path}: could not write the PNG")
    image = QImage(str(path))
    if image.isNull() or image.width() < 100 or image.height() < 100:
        raise RuntimeError(f"{path}: the rendered PNG is empty or unreadable")
    return f"{image.width()}x{image.height()} PNG, {path.stat().st_size // 1024} KB"


def _no_report() -> str:
    raise RuntimeError("no bundled report loaded, so there is nothing to show")


def _jieba_dictionary() -> str:
    """jieba's dictionary file, found the way jieba finds it (beside its package), not loaded."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("jieba is not installed")
    dictionary = Path(next(iter(spec.submodule_search_locations))) / "dict.txt"
    with dictionary.open("rb") as handle:
        entries = sum(1 for _ in handle)
    if entries < 1000:
        raise RuntimeError(f"{dictionary}: only {entries} entries")
    return f"{entries:,} entries"


def _open_document(kind: str) -> str:
    """Write a small .docx or .pdf (python-docx, or by hand) and import it as a user's file is."""
    from workreport.core.library import open_report
    from workreport.core.sources.samples import sample_docx, sample_pdf

    with tempfile.TemporaryDirectory(prefix="workreport-self-test-") as folder:
        path = Path(folder, f"sample.{kind}")
        path.write_bytes(sample_docx() if kind == "docx" else sample_pdf())
        report = open_report(str(path))
    if len(report.chapters()) != 2:
        raise RuntimeError(f"sample.{kind}: {len(report.chapters())} chapters, not 2")
    return _describe_report(report)


def run_self_test() -> int:
    """Run every check; 0 when all pass, 1 otherwise."""
    started = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = _output()
    try:
        return _run(_SelfTest(out), started)
    finally:
        if out is not getattr(sys.stdout, "buffer", None):
            out.close()


def _run(test: _SelfTest, started: float) -> int:
    from workreport import __version__
    from workreport.core.library import DEFAULT_REPORT, bundled_ids, load_bundled

    how = "bundle" if getattr(sys, "frozen", False) else "source"
    test.say(
        f"workreport {__version__} self-test ({how}), Python {platform.python_version()},"
        f" {sys.platform}, QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}"
    )

    reports: dict[str, Report] = {}
    ids: list[str] = []

    def find() -> str:
        ids.extend(bundled_ids())
        if not ids:
            raise FileNotFoundError("no bundled reports")
        return f"{len(ids)} found"

    def load(report_id: str) -> str:
        reports[report_id] = load_bundled(report_id)
        return _describe_report(reports[report_id])

    test.check("bundled reports", find)
    for report_id in ids:
        test.check(report_id, functools.partial(load, report_id))

    state: dict[str, Any] = {}

    def start_qt() -> str:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        from workreport.gui.app import application

        state["app"] = application()
        return f"PySide6 {pyside_version}, Qt {qVersion()}"

    if test.check("Qt", start_qt):
        test.check("Chinese text", _chinese_glyph)
        shown = reports.get(DEFAULT_REPORT) or next(iter(reports.values()), None)
        keep = os.environ.get(KEEP_VARIABLE)
        if shown is not None and keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            _render(test, state["app"], shown, Path(keep))
        elif shown is not None:
            with tempfile.TemporaryDirectory(prefix="workreport-self-test-") as folder:
                _render(test, state["app"], shown, Path(folder))
        else:
            test.check("window", _no_report)

    test.check("jieba dictionary", _jieba_dictionary)
    for kind in ("docx", "pdf"):
        test.check(f"{kind} document", functools.partial(_open_document, kind))

    elapsed = time.perf_counter() - started
    if test.failures:
        test.say(f"self-test FAILED ({len(test.failures)} of the checks above) in {elapsed:.2f} s")
        return 1
    test.say(f"self-test passed in {elapsed:.2f} s")
    return 0


def _render(test: _SelfTest, app: Any, report: Report, folder: Path) -> None:
    """Render the window on ``report``, then its charts (which import pyqtgraph), to PNG files."""
    from workreport.gui.main_window import MainWindow

    window: Any = None

    def render_window() -> str:
        nonlocal window
        window = MainWindow(report)
        window.resize(*WINDOW_SIZE)
        window.show()
        app.processEvents()
        return _save_png(window, folder / "window.png")

    def render_charts() -> str:
        window.detail.show_charts()
        app.processEvents()
        return _save_png(window, folder / "charts.png")

    if test.check("window", render_window):
        test.check("charts", render_charts)
    if window is not None:
        window.close()
        window.deleteLater()
        app.processEvents()


if __name__ == "__main__":
    sys.exit(run_self_test())
