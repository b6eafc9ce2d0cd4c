"""Small PDFs written by hand for tests: text in a standard font, or an image and no text."""

from __future__ import annotations

import zlib

from workreport.core.sources.samples import pdf_document, pdf_stream


def text_pdf(pages: list[list[str]]) -> bytes:
    """A PDF whose pages hold these lines of ASCII text (Helvetica, 12 pt, 14 pt apart)."""
    count = len(pages)
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for lines in pages:
        ops = [b"BT /F1 12 Tf 72 760 Td 14 TL"]
        ops += [b"(%s) Tj T*" % line.encode("latin-1") for line in lines]
        ops.append(b"ET")
        page_number = len(objects) + 1
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
            b" /Resources << /Font << /F1 3 0 R >> >> >>" % (page_number + 1)
        )
        objects.append(pdf_stream(b"\n".join(ops)))
    return pdf_document(objects)


def scanned_pdf(pages: int = 2) -> bytes:
    """A PDF of pages that each show an image (a grey square) and hold no text: a scan."""
    pixels = zlib.compress(bytes([128]) * 64 * 64)
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        pdf_stream(
            pixels,
            b"/Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray"
            b" /BitsPerComponent 8 /Filter /FlateDecode",
        ),
    ]
    for _ in range(pages):
        contents = len(objects) + 2
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
            b" /Resources << /XObject << /Im1 3 0 R >> >> >>" % contents
        )
        objects.append(pdf_stream(b"q 500 0 0 700 56 46 cm /Im1 Do Q"))
    return pdf_document(objects)
