"""The programs a user starts, each launched once in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workreport", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env or ENV,
        check=False,
    )


def test_workreport_opens_the_window_and_quits(tmp_path: Path) -> None:
    env = {
        **ENV,
        "WORKREPORT_QUIT_AFTER_MS": "1500",
        "XDG_CONFIG_HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
    }
    result = _run(env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.rglob("workreport.conf")), "the window saves its state on close"


def test_screenshot_writes_a_png_of_the_asked_size(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    section = "持续强化创新引领 创新能力实现新跃升 / 创新主体持续壮大"
    result = _run("screenshot", str(out), "--section", section, "--size", "1024x700")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)
    assert [p.name for p in tmp_path.iterdir()] == ["shot.png"]


def test_screenshot_of_an_unknown_section_fails_cleanly(tmp_path: Path) -> None:
    result = _run("screenshot", str(tmp_path / "x.png"), "--section", "没有这一节")
    assert result.returncode == 2
    assert result.stderr.strip().endswith("no section '没有这一节' in 郑州高新区2022年政府工作报告")
    assert not (tmp_path / "x.png").exists()


def test_screenshot_bad_size(tmp_path: Path) -> None:
    result = _run("screenshot", str(tmp_path / "x.png"), "--size", "huge")
    assert (result.returncode, result.stderr) == (
        2,
        "workreport: error: --size 'huge': expected WIDTHxHEIGHT, e.g. 1280x800\n",
    )


def test_workreport_path_opens_that_file(tmp_path: Path) -> None:
    from tests.conftest import ZHENGZHOU_TEXT

    env = {
        **ENV,
        "WORKREPORT_QUIT_AFTER_MS": "4000",
        "XDG_CONFIG_HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
    }
    result = _run(str(ZHENGZHOU_TEXT), env=env)
    assert result.returncode == 0, result.stderr
    settings = next(tmp_path.rglob("workreport.conf")).read_text("utf-8")
    assert "zhengzhou-hitech-2022.txt" in settings  # remembered as a recent file once opened
