"""Tiny documents written from a text, for the self-test and the tests: a Word file through
python-docx and a PDF written here, with Chinese text in a Type0 font (Identity-H, a ToUnicode map,
the font not embedded), its lines wrapped, indented and numbered by page as a word processor does.
"""

from __future__ import annotations

import io

SAMPLE_TEXT = """2025年示例市政府工作报告
各位代表：
现在，我代表市人民政府，向大会报告政府工作，请予审议。
一、2024年工作回顾
过去一年，全市地区生产总值增长5.2%，一般公共预算收入达到120亿元，新增城镇就业3.5万人，各项事业取得新进展。
二、2025年主要目标
今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇调查失业率5.5%左右，居民消费价格涨幅2%左右。
各位代表！让我们团结一心，奋发有为，努力完成全年目标任务！"""

CHARS_PER_LINE = 30
LINES_PER_PAGE = 12
FONT_SIZE = 12.0
LEFT, TOP = 72.0, 760.0


def sample_docx(text: str = SAMPLE_TEXT, *, footer: str = "") -> bytes:
    """A .docx holding each line of ``text`` as a paragraph, and ``footer`` in its footer (python-docx
    writes a footer from a template file of its own, which the bundle leaves out)."""
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    if footer:
        document.sections[0].footer.paragraphs[0].text = footer
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _wrapped(text: str) -> list[tuple[str, bool]]:
    """Every printed line and whether it opens a paragraph (and so is indented two characters)."""
    lines: list[tuple[str, bool]] = []
    for paragraph in text.splitlines():
        width = CHARS_PER_LINE - 2
        first = True
        while paragraph:
            lines.append((paragraph[:width], first))
            paragraph, first, width = paragraph[width:], False, CHARS_PER_LINE
    return lines


def _hex(text: str) -> bytes:
    return b"<" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def pdf_stream(data: bytes, extra: bytes = b"") -> bytes:
    """A PDF stream object of ``data`` (``extra``: more entries for its dictionary)."""
    return b"<< /Length %d%s >>\nstream\n" % (len(data), b" " + extra if extra else b"") + (
        data + b"\nendstream"
    )


def pdf_document(objects: list[bytes]) -> bytes:
    """A PDF of ``objects`` (numbered from 1; object 1 is the catalog) with a correct xref."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _to_unicode(text: str) -> bytes:
    codes = sorted({char for char in text if char != "\n"})
    body = [b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap", b"/CMapType 2 def"]
    body.append(b"1 begincodespacerange <0000> <FFFF> endcodespacerange")
    for start in range(0, len(codes), 100):
        block = codes[start : start + 100]
        body.append(b"%d beginbfchar" % len(block))
        body += [_hex(c) + b" " + _hex(c) for c in block]
        body.append(b"endbfchar")
    body.append(b"endcmap CMapName currentdict /CMap defineresource pop end end")
    return pdf_stream(b"\n".join(body))


def sample_pdf(text: str = SAMPLE_TEXT) -> bytes:
    """A PDF of ``text``: wrapped lines, indented paragraphs, page numbers at the foot."""
    lines = _wrapped(text)
    pages = [lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]
    first_page = 7
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H"
        b" /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /DW 1000"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
        b" /FontDescriptor 5 0 R >>",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 /FontBBox [0 -200 1000 900]"
        b" /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>",
        _to_unicode(text + "0123456789"),
    ]
    for number, page in enumerate(pages, 1):
        ops = [b"BT /F1 %.1f Tf" % FONT_SIZE]
        for row, (line, indented) in enumerate(page):
            x = LEFT + (2 * FONT_SIZE if indented else 0)
            y = TOP - row * FONT_SIZE * 2
            ops.append(b"1 0 0 1 %.1f %.1f Tm %s Tj" % (x, y, _hex(line)))
        ops.append(b"1 0 0 1 300 40 Tm %s Tj ET" % _hex(str(number)))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
            b" /Resources << /Font << /F1 3 0 R >> >> >>" % (len(objects) + 2)
        )
        objects.append(pdf_stream(b"\n".join(ops)))
    return pdf_document(objects)
