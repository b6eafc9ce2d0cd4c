"""workreport: read Chinese government work reports (政府工作报告) as data."""

from __future__ import annotations

__all__ = ["__version__"]

__version__ = "0.1.0"
