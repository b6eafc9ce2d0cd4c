"""The window under bad input: each bad file ends in one message, the window keeps working with
the previous report shown; closing the window ends the process even while a worker is busy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import ZHENGZHOU_TEXT
from workreport.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def _bad_files(folder: Path) -> list[Path]:
    document = json.loads((ROOT / "resources/reports/zhengzhou-hitech-2022.json").read_text())
    text = json.dumps(document)
    cases = {
        "surrogate.json": json.dumps({**document, "title": "\ud800"}).encode(),
        "digits.json": text.replace('"value": 158,', '"value": ' + "9" * 5000 + ",", 1).encode(),
        "fraction.json": text.replace('"value": 158,', '"value": ' + "9" * 400 + ".5,", 1).encode(),
        "date.json": json.dumps({**document, "date": "2023-13-45"}).encode(),
        "binary.txt": bytes(range(256)) * 4,
    }
    for name, data in cases.items():
        (folder / name).write_bytes(data)
    os.mkfifo(folder / "fifo.txt")
    (folder / "random.txt").symlink_to("/dev/urandom")
    return [*(folder / name for name in cases), folder / "fifo.txt", folder / "random.txt"]


def test_each_bad_file_shows_one_line_and_leaves_the_window_as_it_was(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    title = window.report.title
    paths = _bad_files(tmp_path)
    for path in paths:
        with qtbot.waitSignal(window.library.openFailed, timeout=30000):
            window.library.open_path(path)
    assert len(shown) == len(paths)
    for path, message in zip(paths, shown, strict=True):
        assert message.startswith(f"{path}: ") and "\n" not in message
        assert "Traceback" not in message and "unexpected" not in message
    assert window.report.title == title
    assert not window.library.busy.isVisible()


def test_closing_the_window_ends_the_process_while_an_import_runs(tmp_path: Path) -> None:
    slow = tmp_path / "slow.txt"  # an import of many seconds on this machine
    body = ZHENGZHOU_TEXT.read_text("utf-8")
    # many short paragraphs: the import is long, but no single step holds the interpreter long
    slow.write_text(body + ("“名称”产值增长5%。\n" * 19_000), "utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "WORKREPORT_QUIT_AFTER_MS": "200",
        "XDG_CONFIG_HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
    }
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "workreport", str(slow)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    elapsed = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    # the import alone takes longer than this (see benchmarks/worst_shapes.py); start-up included
    quick = subprocess.run(
        [sys.executable, "-c", "import time,sys; t=time.monotonic(); "
         "from workreport.core.library import import_file; from pathlib import Path; "
         f"import_file(Path({str(slow)!r})); print(time.monotonic()-t)"],
        capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    assert elapsed < float(quick.stdout) + 1 or elapsed < 5
