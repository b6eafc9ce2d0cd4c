"""Nothing lost: an import killed half-way keeps every committed report whole, and two processes
writing one store at once leave it sound."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import ROOT
from tests.core.store.conftest import write_variants
from workreport.core.library import import_file
from workreport.core.store import Store
from workreport.core.store.folder import import_files

IMPORT = """
import sys
from pathlib import Path
from workreport.core.store import Store
from workreport.core.store.folder import import_files
store = Store(Path(sys.argv[1]))
outcomes = import_files(store, [Path(p) for p in sys.argv[2:]], workers=1)
assert not any(o.error for o in outcomes), [o.error for o in outcomes]
"""


def _start(store_path: Path, files: list[Path]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", IMPORT, str(store_path), *map(str, files)],
        cwd=ROOT,
        stderr=subprocess.PIPE,
    )


def _committed(store_path: Path) -> int:
    if not store_path.exists():
        return 0
    c = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True, timeout=30)
    try:
        return int(c.execute("SELECT count(*) FROM reports").fetchone()[0])
    except sqlite3.OperationalError:  # the tables are not made yet
        return 0
    finally:
        c.close()


def _check_whole(store: Store) -> None:
    assert store.connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert store.connection.execute(
        "INSERT INTO parts_fts(parts_fts, rank) VALUES ('integrity-check', 0)"
    )
    for entry in store.entries():
        expected = import_file(Path(entry.file))
        expected.id = Path(entry.file).stem
        assert store.load(entry.key) == expected


def test_an_import_killed_half_way_loses_no_committed_report(
    store_path: Path, tmp_path: Path
) -> None:
    files = write_variants(tmp_path / "in", 60)
    process = _start(store_path, files)
    deadline = time.monotonic() + 120
    while _committed(store_path) < 3 and process.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    os.kill(process.pid, signal.SIGKILL)
    process.communicate()
    assert process.returncode == -signal.SIGKILL
    with Store(store_path) as store:
        kept = len(store)
        assert 3 <= kept < len(files), "the import was not killed half-way"
        _check_whole(store)
        outcomes = import_files(store, files, workers=1)  # the next open imports the rest
        assert not any(o.error for o in outcomes)
        assert sum(o.imported for o in outcomes) == len(files) - kept
        assert len(store) == len(files)
        _check_whole(store)


def test_two_processes_writing_one_store_leave_it_sound(store_path: Path, tmp_path: Path) -> None:
    files = write_variants(tmp_path / "in", 16)
    with Store(store_path):  # made before, so that both find the same tables
        pass
    first = _start(store_path, files[:10])
    second = _start(store_path, files[6:])  # six files both import
    for process in (first, second):
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err.decode()
    with Store(store_path) as store:
        assert sorted(Path(e.file).name for e in store.entries()) == [p.name for p in files]
        _check_whole(store)
