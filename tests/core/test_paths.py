"""Every path the user names is checked before work starts; writes are atomic, verified, and get
the umask's mode; reading stops at the limit whatever the file is."""

from __future__ import annotations

import copy
import os
import stat
import threading
from pathlib import Path

import pytest

from workreport.core import paths
from workreport.core.errors import ReportError
from workreport.core.jsonformat import load_report, save_report
from workreport.core.model import Report
from workreport.core.textfile import read_bytes


def _problem(call, *args) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(ReportError) as caught:
        call(*args)
    assert "\n" not in caught.value.message
    return caught.value.message


def test_outputs_are_checked(tmp_path: Path) -> None:
    assert _problem(paths.check_output, "") == "no file name given for the output"
    assert _problem(paths.check_output, tmp_path) == f"{tmp_path}: is a folder, not a file"
    missing = tmp_path / "no" / "x.csv"
    assert _problem(paths.check_output, missing) == (
        f"{missing}: the folder {missing.parent} does not exist"
    )
    long_name = tmp_path / ("名" * 100 + ".csv")
    assert _problem(paths.check_output, long_name).endswith("the file name is too long")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert _problem(paths.check_output, fifo).endswith("is a FIFO (named pipe), not a file")
    afile = tmp_path / "f"
    afile.write_text("x")
    assert _problem(paths.check_output, afile / "x.csv").endswith(
        "a part of the path is not a folder"
    )


def test_inputs_are_checked_and_never_block(tmp_path: Path) -> None:
    fifo = tmp_path / "in.txt"
    os.mkfifo(fifo)
    loop = tmp_path / "loop.json"
    loop.symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(loop)
    device = tmp_path / "random.txt"
    device.symlink_to("/dev/urandom")
    result: list[str] = []
    worker = threading.Thread(
        target=lambda: result.extend(
            _problem(read_bytes, p) for p in (fifo, loop, device, Path("/dev/zero"))
        ),
        daemon=True,
    )
    worker.start()
    worker.join(5)
    assert result == [
        f"{fifo}: is a FIFO (named pipe), not a file",
        f"{loop}: is a symbolic link loop",
        f"{device}: is a device, not a file",
        "/dev/zero: is a device, not a file",
    ]


def test_a_name_with_a_newline_stays_on_one_line(tmp_path: Path) -> None:
    assert _problem(read_bytes, tmp_path / "a\nb.txt").endswith("a\\nb.txt: no such file")


def test_reading_stops_at_the_limit_for_files_that_claim_no_size(tmp_path: Path) -> None:
    # /proc files say they are empty; the limit is checked on what is read
    assert paths.read_file(Path("/proc/self/status"), 1 << 20)
    assert _problem(paths.read_file, Path("/proc/self/status"), 10) == (
        "/proc/self/status: is over 0 MB; larger files are refused"
    )


def test_streams_are_read_to_the_limit_only() -> None:
    with Path("/dev/urandom").open("rb") as stream:
        assert _problem(paths.read_limited, stream, "-", 3 << 20) == (
            "-: is over 3 MB; larger files are refused"
        )
        assert stream.tell() <= (3 << 20) + 1


def test_written_files_get_the_umask_mode_and_existing_ones_keep_theirs(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        paths.write_file(tmp_path / "new.csv", b"x")
        assert stat.S_IMODE((tmp_path / "new.csv").stat().st_mode) == 0o640
        (tmp_path / "new.csv").chmod(0o604)
        paths.write_file(tmp_path / "new.csv", b"y")
        assert stat.S_IMODE((tmp_path / "new.csv").stat().st_mode) == 0o604
    finally:
        os.umask(old)


def test_a_link_is_written_through(tmp_path: Path) -> None:
    (tmp_path / "real.csv").write_text("old")
    (tmp_path / "link.csv").symlink_to(tmp_path / "real.csv")
    paths.write_file(tmp_path / "link.csv", b"new")
    assert (tmp_path / "link.csv").is_symlink()
    assert (tmp_path / "real.csv").read_text() == "new"


def test_a_failed_verification_leaves_the_target_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "r.json"
    target.write_text("old")

    def refuse(_temporary: Path) -> None:
        raise ReportError("r.json", "", "does not read back")

    with pytest.raises(ReportError):
        paths.write_file(target, b"new", refuse)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


def test_a_report_without_sections_is_not_written(tmp_path: Path) -> None:
    message = _problem(save_report, Report(title="t"), tmp_path / "r.json")
    assert message == f"{tmp_path / 'r.json'}: sections: cannot be written: must not be empty"
    assert not list(tmp_path.iterdir())


def test_a_lone_surrogate_is_refused_with_its_place(zhengzhou: Report, tmp_path: Path) -> None:
    zhengzhou = copy.deepcopy(zhengzhou)  # the fixture is the session's: change a copy
    zhengzhou.sections[1].title = "\ud800"
    message = _problem(save_report, zhengzhou, tmp_path / "r.json")
    assert message.endswith("sections[1].title: cannot be written: character 0 is a lone"
                            " surrogate (\\ud800), not text")  # fmt: skip
    zhengzhou.sections[1].title = "标题"
    save_report(zhengzhou, tmp_path / "r.json")
    assert load_report(tmp_path / "r.json") == zhengzhou
