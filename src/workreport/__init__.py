"""workreport: read Chinese government work reports (政府工作报告) as data.

>>> import workreport as wr
>>> wr.figures(wr.library())  # every figure of every bundled report, as a pandas DataFrame

See :mod:`workreport.api` for :func:`library`, :func:`load`, :func:`figures`,
:func:`keyword_counts` and :func:`compare`.
"""

from __future__ import annotations

__version__ = "0.1.0"

from workreport.api import COLUMNS, Library, compare, figures, keyword_counts, library, load

__all__ = [
    "COLUMNS",
    "Library",
    "__version__",
    "compare",
    "figures",
    "keyword_counts",
    "library",
    "load",
]
