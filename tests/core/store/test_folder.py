"""A folder imports on worker processes, lists its failures with their reasons, and re-opens
without importing anything again."""

from __future__ import annotations

import csv
import io
import itertools
from pathlib import Path

from tests.core.store.conftest import write_variants
from workreport.core.store import Store, folder
from workreport.core.store.folder import (
    Outcome,
    Progress,
    failures_csv,
    import_files,
    report_files,
)


def _folder(root: Path) -> tuple[list[Path], dict[str, str]]:
    """Four reports (two in a subfolder), three files that are not, and files that are skipped;
    the failures' expected reasons by file name."""
    good = write_variants(root, 2) + write_variants(root / "sub", 2, start=2)
    (root / "sub" / "empty.txt").write_bytes(b"")
    (root / "sub" / "noise.txt").write_bytes(bytes(range(256)) * 20)
    (root / "broken.json").write_text('{"format": "workreport-report", ', "utf-8")
    (root / "notes.csv").write_text("not,a,report\n", "utf-8")  # not a report's suffix
    (root / ".hidden").mkdir()
    write_variants(root / ".hidden", 1, start=9)  # hidden folders are left alone
    problems = {
        "empty.txt": "the file is empty",
        "noise.txt": "is a binary file, not text",
        "broken.json": "invalid JSON at line 1",
    }
    return good, problems


def test_a_folder_imports_on_workers_and_lists_its_failures(
    store_path: Path, tmp_path: Path
) -> None:
    root = tmp_path / "reports"
    good, problems = _folder(root)
    files = report_files(root)
    assert len(files) == len(good) + len(problems)
    heard: list[tuple[Outcome, int, int]] = []

    def on_outcome(outcome: Outcome, progress: Progress) -> None:
        heard.append((outcome, progress.done, progress.failed))

    with Store(store_path) as store:
        outcomes = import_files(store, files, workers=2, on_outcome=on_outcome)
        assert [done for _, done, _ in heard] == list(range(1, len(files) + 1))
        assert heard[-1][2] == len(problems)
        failed = {Path(o.path).name: o.error for o in outcomes if o.error}
        assert failed.keys() == problems.keys()
        for name, problem in problems.items():
            assert failed[name].startswith(str(root.resolve()))  # the file is named
            assert problem in failed[name]
            assert "\n" not in failed[name]
        assert sorted(Path(e.file).name for e in store.entries()) == [p.name for p in good]
        assert all(o.imported for o in outcomes if not o.error)
        table = list(csv.reader(io.StringIO(failures_csv(outcomes).removeprefix("\ufeff"))))
        assert table[0] == ["file", "problem"]
        assert {Path(row[0]).name for row in table[1:]} == problems.keys()

        again = import_files(store, files, workers=2)  # nothing changed: nothing is imported
        assert not any(o.imported for o in again)
        assert {Path(o.path).name: o.error for o in again if o.error} == failed
        assert len(store) == len(good)


def test_a_cancelled_import_starts_no_further_file(store_path: Path, tmp_path: Path) -> None:
    files = write_variants(tmp_path, 8)
    with Store(store_path) as store:
        outcomes = import_files(store, files, workers=1, cancelled=lambda: len(store) >= 2)
        assert len(outcomes) == len(store) == 2
        rest = import_files(store, files, workers=1)
        assert sum(o.imported for o in rest) == 6


def test_a_cancel_on_workers_does_not_wait_for_the_files_handed_out_but_not_started(
    store_path: Path, tmp_path: Path
) -> None:
    files = write_variants(tmp_path, 64)
    asked = itertools.count()
    handed_out = 2 * folder.IN_FLIGHT  # cancelled once the first files are handed out

    def cancelled() -> bool:
        return next(asked) >= handed_out

    with Store(store_path) as store:
        outcomes = import_files(store, files, workers=2, cancelled=cancelled)
        assert len(store) == len(outcomes) < handed_out // 2  # the started ones, no more
        rest = import_files(store, files, workers=2)
        assert sum(o.imported for o in rest) == 64 - len(outcomes)
