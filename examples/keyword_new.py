"""How often 新 (new) occurs per chapter of the Zhengzhou article, and per 10,000 characters
across the 2025 provincial reports.

Run: python examples/keyword_new.py
"""

from __future__ import annotations

import workreport as wr

zhengzhou = wr.load("zhengzhou-hitech-2022")
chapters = wr.keyword_counts(zhengzhou, "新", by="chapter")
print(chapters[["section", "count", "per_10k"]].to_string(index=False))

provinces = wr.library().where(level="provincial", year=2025)
counts = wr.keyword_counts(provinces, ["新", "改革"])
rates = counts.pivot(index="report", columns="word", values="per_10k")
print("\nPer 10,000 characters, the five provincial reports of 2025 that say 新 most often:")
print(rates.sort_values("新", ascending=False).head(5).round(1).to_string())
