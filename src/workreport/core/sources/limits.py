"""How much of a document the sources read before refusing it (the README states these)."""

from __future__ import annotations

# A PDF longer than this is not a work report (the longest provincial report is 40 pages).
MAX_PDF_PAGES = 500
# A .docx is a zip: the sum of its members' uncompressed sizes, checked before anything is
# inflated, so that a zip bomb is refused unread.
MAX_DOCX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_DOCX_MEMBERS = 10_000
# The text a document may hold once extracted (a report is a few hundred KB of text).
MAX_TEXT_CHARS = 10_000_000
