"""The store keeps a report whole, knows a file by its bytes, and re-imports a changed one."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import ZHENGZHOU_TEXT
from tests.core.store.conftest import write_variants
from workreport.core.errors import ReportError
from workreport.core.library import import_file, load_bundled
from workreport.core.store import Store, default_store_path
from workreport.core.store.bundled import ensure_bundled


@pytest.mark.parametrize("report_id", ["zhengzhou-hitech-2022", "china-2025", "sichuan-2025"])
def test_a_report_comes_out_as_it_went_in(store_path: Path, report_id: str) -> None:
    report = load_bundled(report_id)
    report.notes = ["注：用于测试的说明"]
    with Store(store_path) as store:
        key = store.add_report(report, "sha-" + report_id)
    with Store(store_path) as store:  # from the file, not from anything cached
        assert store.load(key) == report
        (entry,) = store.entries()
    assert (entry.id, entry.title, entry.region, entry.level, entry.year) == (
        report.id, report.title, report.region, report.level, report.year,
    )  # fmt: skip


def test_a_file_is_known_by_its_bytes(store_path: Path, tmp_path: Path) -> None:
    (path,) = write_variants(tmp_path / "in", 1)
    with Store(store_path) as store:
        key, imported = store.add_file(path)
        assert imported
        assert store.add_file(path) == (key, False)
        copy = tmp_path / "elsewhere" / "same.txt"
        copy.parent.mkdir()
        shutil.copyfile(path, copy)
        assert store.add_file(copy) == (key, False)  # other name, same bytes: the same report
        assert len(store) == 1
        assert store.load(key) == _imported(path)
        (entry,) = store.entries()
        assert entry.file == str(path.resolve())
        assert entry.id == "report-000"  # a text that names no id is known by its file's name


def _imported(path: Path) -> object:
    report = import_file(path)
    report.id = path.stem
    return report


def test_a_changed_file_is_imported_again_and_its_old_report_goes(
    store_path: Path, tmp_path: Path
) -> None:
    (path,) = write_variants(tmp_path, 1)
    with Store(store_path) as store:
        old, _ = store.add_file(path)
        path.write_text(ZHENGZHOU_TEXT.read_text("utf-8") + "\n新加的一句话。\n", "utf-8")
        new, imported = store.add_file(path)
        assert imported and new != old
        assert [e.key for e in store.entries()] == [new]
        assert store.load(new).sections[-1].paragraphs[-1].endswith("新加的一句话。")
        assert store.connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_file_that_is_not_a_report_is_refused_with_its_name(
    store_path: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with (
        Store(store_path) as store,
        pytest.raises(ReportError, match=r"empty\.txt: the file is empty"),
    ):
        store.add_file(empty)


def test_the_bundled_reports_are_imported_once(store_path: Path) -> None:
    with Store(store_path) as store:
        added = ensure_bundled(store)
        assert added == len(store) > 30
        assert ensure_bundled(store) == 0
        china = next(e for e in store.entries() if e.id == "china-2025")
        assert china.bundled
        assert store.load(china.key) == load_bundled("china-2025")


def test_a_bundled_report_that_does_not_load_is_left_out_with_its_problem(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workreport.core.store import bundled

    real = bundled._resource
    monkeypatch.setattr(bundled, "_resource", lambda i: b"{" if i == "china-2025" else real(i))
    problems: list[str] = []
    with Store(store_path) as store:
        ensure_bundled(store, problems)
        assert "china-2025" not in {e.id for e in store.entries()}
        assert "zhengzhou-hitech-2022" in {e.id for e in store.entries()}
    assert [p for p in problems if "china-2025" in p] == [
        "bundled report china-2025: invalid JSON at line 1, column 2: "
        "Expecting property name enclosed in double quotes"
    ]


def test_a_file_that_is_no_store_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(ReportError, match=r"library\.sqlite3: not a workreport library"):
        Store(path)


def test_the_store_lives_in_the_data_folder_unless_told(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("WORKREPORT_DATA", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr("sys.platform", "linux")
    assert default_store_path() == tmp_path / "xdg" / "workreport" / "library.sqlite3"
    assert default_store_path(tmp_path / "qt") == tmp_path / "qt" / "library.sqlite3"
    monkeypatch.setenv("WORKREPORT_DATA", str(tmp_path / "tests"))
    assert default_store_path(tmp_path / "qt") == tmp_path / "tests" / "library.sqlite3"


def test_the_store_is_in_wal_mode(store_path: Path) -> None:
    with Store(store_path):
        pass
    connection = sqlite3.connect(store_path)
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    connection.close()


def test_the_store_knows_every_kind_of_text() -> None:
    from workreport.core.keywords import TextKind
    from workreport.core.store.store import TEXT_KINDS

    assert set(TEXT_KINDS) == {kind.value for kind in TextKind}
