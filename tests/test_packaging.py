"""Packaging: the Linux desktop entry, the AppStream metadata and the icons; and, slow, the wheel
installed and the bundle built, both run for real (packaging/check_wheel.py, check_build.py)."""

from __future__ import annotations

import configparser
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from workreport import __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = PACKAGING / "icons"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = {16, 24, 32, 48, 64, 128, 256}
ICNS_SIZES = {
    b"icp4": 16,
    b"icp5": 32,
    b"icp6": 64,
    b"ic07": 128,
    b"ic08": 256,
    b"ic09": 512,
    b"ic10": 1024,
    b"ic11": 32,
    b"ic12": 64,
    b"ic13": 256,
    b"ic14": 512,
}
APP_NAME = "workreport"  # QApplication's name and desktop file name (gui/app.py): X11's WM_CLASS


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_MAGIC and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_desktop_entry_names_the_icon_and_the_window_class() -> None:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(PACKAGING / "linux" / f"{APP_NAME}.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_NAME
    assert entry["StartupWMClass"] == APP_NAME
    assert entry["Exec"].split()[0] == entry["TryExec"] == APP_NAME
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert "Office" in entry["Categories"].split(";")


def test_appstream_metainfo_launches_the_desktop_entry() -> None:
    path = PACKAGING / "linux" / "io.github.workreport.metainfo.xml"
    root = ET.parse(path).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == "io.github.workreport"
    assert path.name == f"{root.findtext('id')}.metainfo.xml"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == f"{APP_NAME}.desktop"
    assert root.findtext("icon") == APP_NAME
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("name") and root.findtext("summary")
    assert root.find("description/p") is not None
    release = root.find("releases/release")
    assert release is not None and release.get("version") == __version__
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", release.get("date", ""))


def test_icon_files_exist_in_the_sizes_claimed() -> None:
    source = ICONS / "workreport.svg"
    svg = ET.parse(source).getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert svg.get("viewBox") == "0 0 256 256"
    assert (ROOT / "resources" / "icons" / "workreport.svg").read_bytes() == source.read_bytes()

    for size in PNG_SIZES:
        assert png_size((ICONS / f"workreport-{size}.png").read_bytes()) == (size, size)

    ico = (ICONS / "workreport.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for index in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * index : 22 + 16 * index]
        )
        side = width or 256
        assert (height or 256) == side
        assert png_size(ico[offset : offset + length]) == (side, side)
        sizes.add(side)
    assert sizes == ICO_SIZES

    icns = (ICONS / "workreport.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
    found = {}
    position = 8
    while position < len(icns):
        kind_bytes, length = (
            icns[position : position + 4],
            struct.unpack(">I", icns[position + 4 : position + 8])[0],
        )
        found[kind_bytes] = png_size(icns[position + 8 : position + length])
        position += length
    assert position == len(icns)
    assert found == {kind: (size, size) for kind, size in ICNS_SIZES.items()}


def _run_check(script: str, *args: str, timeout: int) -> str:
    result = subprocess.run(
        [sys.executable, str(PACKAGING / script), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"{script} failed:\n{output}"
    return output


@pytest.mark.slow
def test_wheel_installs_and_its_command_works_from_another_folder() -> None:
    output = _run_check("check_wheel.py", timeout=900)
    assert "wheel check passed" in output
    assert re.search(r"^workreport export: [1-9]\d* figures", output, re.MULTILINE)
    assert re.search(r"^workreport screenshot: 1280x800 PNG", output, re.MULTILINE)


@pytest.mark.slow
def test_bundle_builds_and_starts() -> None:
    output = _run_check("check_build.py", "--runs", "5", timeout=1800)
    assert "build check passed" in output
    assert re.search(r"^  self-test passed in", output, re.MULTILINE), output
    assert re.search(r"^  export: [1-9]\d* figures", output, re.MULTILINE)
    assert re.search(r"^  screenshot: 1280x800 PNG", output, re.MULTILINE)
    assert re.search(
        r"^bundle size: [\d.]+ MB .*goal under 200 MB: (met|MISSED)$", output, re.MULTILINE
    )
    assert re.search(
        r"^start time ratio bundle/source: [\d.]+; goal at most 1.2: (met|MISSED)$",
        output,
        re.MULTILINE,
    )
    # the measurements, for the test log (pytest -rP shows them)
    print("\n".join(line for line in output.splitlines() if not line.startswith("  ")))
