"""The text importer: plain text of a work report → :class:`~workreport.core.model.Report`.

``paragraphs`` joins lines cut by page breaks, ``headings`` holds the tables of heading patterns,
``figures`` recognises quantitative figures and ``labels`` names them; ``build`` assembles the tree.
"""

from __future__ import annotations

from workreport.core.importer.build import ReportMetadata, import_text

__all__ = ["ReportMetadata", "import_text"]
