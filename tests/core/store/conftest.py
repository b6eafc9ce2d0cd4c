"""Report files for the store's tests: variants of the Zhengzhou article, each of other bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ZHENGZHOU_TEXT


def write_variants(folder: Path, count: int, start: int = 0) -> list[Path]:
    """``count`` report texts: the article with one more sentence naming its number."""
    folder.mkdir(parents=True, exist_ok=True)
    text = ZHENGZHOU_TEXT.read_text("utf-8")
    paths = []
    for number in range(start, start + count):
        path = folder / f"report-{number:03}.txt"
        path.write_text(f"{text}\n第{number}份测试文本的最后一句。\n", "utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "library.sqlite3"


def loadable_bundled_ids() -> list[str]:
    """The bundled reports that load (the store leaves out one that does not)."""
    from workreport.core.errors import ReportError
    from workreport.core.library import bundled_ids, load_bundled

    ids = []
    for report_id in bundled_ids():
        try:
            load_bundled(report_id)
        except ReportError:
            continue
        ids.append(report_id)
    return ids
