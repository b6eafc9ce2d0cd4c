#!/usr/bin/env python3
"""Build the bundled Simplified Chinese fallback font, a subset of Noto Sans CJK SC.

The app loads ``resources/fonts/NotoSansSC-subset.otf`` with
``QFontDatabase.addApplicationFont`` when the system has no CJK font. This script makes
that file from the full Noto Sans CJK collection (OFL 1.1) as Debian ships it:

    apt-get install -y --no-install-recommends fonts-noto-cjk
    python3 -m venv /tmp/fontvenv && /tmp/fontvenv/bin/pip install fonttools==4.68.0
    /tmp/fontvenv/bin/python packaging/fonts/make_font_subset.py \
        [/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc]

The character set kept is:

* printable ASCII and Latin-1 (U+0020-U+007E, U+00A0-U+00FF);
* General Punctuation (U+2000-U+206F);
* CJK Symbols and Punctuation (U+3000-U+303F);
* Halfwidth and Fullwidth Forms (U+FF00-U+FFEF);
* every character of GB2312 (all valid two-byte codes decoded with Python's ``gb2312``
  codec: the 6763 hanzi plus GB2312's symbols, kana, Greek, Cyrillic, box drawing ...);
* every character that occurs in any file under the report corpus (``shared/corpus/``).

Characters the font has no glyph for are skipped (and counted). Hinting is dropped, the
outlines stay CFF (smaller than TrueType quadratics for this font), the layout features
are fontTools' defaults but only the default and ZHS (Simplified Chinese) language systems
are kept, and all name records (copyright, licence, trademark) are kept.
The head table's timestamp is kept from the source so the output is reproducible.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

REPO = Path(__file__).resolve().parents[2]
DEFAULT_SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
DEFAULT_OUT_DIR = REPO / "resources" / "fonts"
FACE_FAMILY = "Noto Sans CJK SC"
OUT_STEM = "NotoSansSC-subset"

RANGES: list[tuple[int, int]] = [
    (0x0020, 0x007E),  # ASCII, printable
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x2000, 0x206F),  # General Punctuation
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
]


def gb2312_chars() -> set[int]:
    """Every character of GB2312, by decoding each valid EUC-CN two-byte code."""
    chars: set[int] = set()
    for hi in range(0xA1, 0xFF):
        for lo in range(0xA1, 0xFF):
            try:
                text = bytes((hi, lo)).decode("gb2312")
            except UnicodeDecodeError:
                continue
            chars.update(ord(c) for c in text)
    return chars


def corpus_chars(corpus: Path) -> set[int]:
    """Every character in every file under ``corpus`` (read as UTF-8), controls excluded."""
    chars: set[int] = set()
    for path in sorted(corpus.rglob("*")):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            chars.update(ord(c) for c in text if unicodedata.category(c) != "Cc")
    return chars


def find_face(source: Path, family: str) -> int:
    """The index in a .ttc of the face whose family name (name ID 1) is ``family``."""
    if source.suffix.lower() not in {".ttc", ".otc"}:
        return -1
    collection = TTCollection(str(source), lazy=True)
    for number, face in enumerate(collection.fonts):
        if face["name"].getDebugName(1) == family:
            return number
    names = [face["name"].getDebugName(1) for face in collection.fonts]
    raise SystemExit(f"no face named {family!r} in {source}: {names}")


def keep_language_systems(font: TTFont, keep: set[str]) -> int:
    """Drop the OpenType language systems not in ``keep`` (the default ones always stay).

    The SC face's glyphs are already the Simplified Chinese forms; its ``locl`` features for
    Japanese, Korean and Traditional Chinese (JAN, KOR, ZHT, ZHH) would pull some 5,800
    alternate glyphs into the subset. Features no language system uses any more are pruned
    by the subsetter, and so are the glyphs only they reach. Returns how many were dropped.
    """
    dropped = 0
    for tag in ("GSUB", "GPOS"):
        if tag not in font:
            continue
        for record in font[tag].table.ScriptList.ScriptRecord:
            script = record.Script
            kept = [ls for ls in script.LangSysRecord if ls.LangSysTag.strip() in keep]
            dropped += len(script.LangSysRecord) - len(kept)
            script.LangSysRecord = kept
            script.LangSysCount = len(kept)
    return dropped


def align_cff_names(font: TTFont) -> None:
    """Give the CFF table the face's own names.

    The faces of the .ttc share one CFF table, whose names are the Japanese face's
    (``NotoSansCJKjp-Regular``); the name table has the SC face's. Make them agree.
    """
    if "CFF " not in font:
        return
    name = font["name"]
    cff = font["CFF "].cff
    old_ps = cff.fontNames[0]
    new_ps = name.getDebugName(6)
    top = cff[old_ps]
    cff.fontNames[0] = new_ps
    top.FullName = name.getDebugName(4)
    top.FamilyName = name.getDebugName(1)
    for fd in getattr(top, "FDArray", []):
        if getattr(fd, "FontName", "").startswith(old_ps):
            fd.FontName = new_ps + fd.FontName[len(old_ps) :]


def to_truetype(font: TTFont) -> None:
    """Convert CFF outlines to quadratic glyf outlines in place (for a size comparison)."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "source",
        nargs="?",
        type=Path,
        default=DEFAULT_SOURCE,
        help=f"Noto Sans CJK .ttc/.otf (default: {DEFAULT_SOURCE})",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help=f"folder whose characters are all kept (default: {DEFAULT_CORPUS})",
    )
    parser.add_argument(
        "--out-dir",
        type=Path,
        default=DEFAULT_OUT_DIR,
        help=f"where to write the font (default: {DEFAULT_OUT_DIR})",
    )
    parser.add_argument(
        "--format",
        choices=("otf", "ttf"),
        default="otf",
        help="otf keeps the CFF outlines (default, smaller); ttf converts",
    )
    parser.add_argument("--keep-hinting", action="store_true", help="keep the CFF hints")
    parser.add_argument(
        "--all-languages",
        action="store_true",
        help="keep the JAN/KOR/ZHT/ZHH language systems (and their glyphs)",
    )
    args = parser.parse_args(argv)

    if not args.source.is_file():
        raise SystemExit(
            f"source font not found: {args.source}\n"
            "install it with: apt-get install -y --no-install-recommends fonts-noto-cjk"
        )
    if not args.corpus.is_dir():
        raise SystemExit(f"corpus folder not found: {args.corpus}")

    wanted: set[int] = set()
    for first, last in RANGES:
        wanted.update(range(first, last + 1))
    gb = gb2312_chars()
    gb_hanzi = {c for c in gb if unicodedata.name(chr(c), "").startswith("CJK UNIFIED")}
    corpus = corpus_chars(args.corpus)
    wanted |= gb | corpus

    number = find_face(args.source, FACE_FAMILY)
    font = TTFont(str(args.source), fontNumber=number, lazy=False)
    font.recalcTimestamp = False
    cmap = font.getBestCmap()
    missing = sorted(wanted - cmap.keys())
    missing_corpus = sorted(corpus - cmap.keys())

    dropped = 0 if args.all_languages else keep_language_systems(font, {"ZHS"})

    options = subset.Options()
    options.hinting = args.keep_hinting
    options.name_IDs = ["*"]  # keep copyright, licence, trademark, vendor ...
    options.name_legacy = True
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.recalc_timestamp = False
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=sorted(wanted & cmap.keys()))
    subsetter.subset(font)
    align_cff_names(font)
    if args.format == "ttf":
        to_truetype(font)

    args.out_dir.mkdir(parents=True, exist_ok=True)
    out = args.out_dir / f"{OUT_STEM}.{args.format}"
    font.save(str(out))

    print(f"source      {args.source} (face {number}: {FACE_FAMILY})")
    print(f"GB2312      {len(gb)} characters, {len(gb_hanzi)} hanzi")
    print(f"corpus      {len(corpus)} distinct characters, {len(corpus - gb)} beyond GB2312")
    kept = "all" if args.all_languages else f"default + ZHS ({dropped} language systems dropped)"
    print(f"languages   {kept}")
    print(f"requested   {len(wanted)} code points, {len(missing)} not in the font")
    if missing_corpus:
        shown = " ".join(f"U+{c:04X}" for c in missing_corpus)
        print(f"corpus characters without a glyph: {shown}")
    saved = TTFont(str(out), lazy=True)
    print(f"glyphs      {saved['maxp'].numGlyphs}, mapped code points {len(saved.getBestCmap())}")
    print(f"wrote       {out} ({out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
