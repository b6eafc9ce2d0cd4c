"""Render workreport.svg into the icon files the platforms want, with Qt's own SVG renderer.

    QT_QPA_PLATFORM=offscreen python packaging/icons/make_icons.py [--check]

Writes, beside this script:

- ``workreport-<N>.png`` for N in 16, 24, 32, 48, 64, 128, 256, 512 (Linux icon themes:
  ``hicolor/<N>x<N>/apps/workreport.png``);
- ``workreport.ico`` (Windows: 16, 24, 32, 48, 64, 128 and 256 pixels, PNG-compressed entries,
  which Windows reads since Vista);
- ``workreport.icns`` (macOS: 16 to 1024 pixels, PNG entries ``icp4`` ``icp5`` ``icp6`` ``ic07`` to
  ``ic14``);

and copies the SVG to ``resources/icons/workreport.svg`` so that the running app has it. With
``--check`` it writes nothing and exits 1 if any file differs from what it would write.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "workreport.svg"
APP_COPY = HERE.parent.parent / "resources" / "icons" / "workreport.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, and the pixel size of each
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512x512@2x
    (b"ic11", 32),  # 16x16@2x
    (b"ic12", 64),  # 32x32@2x
    (b"ic13", 256),  # 128x128@2x
    (b"ic14", 512),  # 256x256@2x
)


def png_name(size: int) -> str:
    return f"workreport-{size}.png"


def render(svg: Path, sizes: set[int]) -> dict[int, bytes]:
    """PNG bytes of the SVG at each size, transparent, antialiased."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: Qt cannot read this SVG")
    result = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
            raise SystemExit(f"could not encode the {size}px PNG")
        buffer.close()
        result[size] = bytes(data.data())
    return result


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (ICONDIR, ICONDIRENTRY × n, the images)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: 'icns', the total length, then (type, length incl. header, PNG) elements."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def outputs() -> dict[Path, bytes]:
    wanted = set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    pngs = render(SOURCE, wanted)
    files = {HERE / png_name(size): pngs[size] for size in PNG_SIZES}
    files[HERE / "workreport.ico"] = ico({size: pngs[size] for size in ICO_SIZES})
    files[HERE / "workreport.icns"] = icns(pngs)
    files[APP_COPY] = SOURCE.read_bytes()
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale")
    args = parser.parse_args()
    stale = []
    for path, data in outputs().items():
        current = path.read_bytes() if path.exists() else None
        if current == data:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    for path in stale:
        print(("stale: " if args.check else "wrote: ") + str(path.relative_to(HERE.parent.parent)))
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
