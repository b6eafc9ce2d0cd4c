"""Every figure of every bundled report as one DataFrame: how many per report, of which kind.

Run: python examples/figures_by_dimension.py
"""

from __future__ import annotations

import workreport as wr

frame = wr.figures(wr.library())
print(f"{len(frame)} figures in {frame['report'].nunique()} reports")
print("\nFigures per kind and whether they are the year's targets:")
print(frame.groupby(["kind", "target"]).size().unstack(fill_value=0).to_string())
print("\nThe five dimensions with most figures:")
print(frame["dimension"].value_counts().head(5).to_string())
china = wr.load("china-2025")
first = frame[frame["report"] == "china-2025"].iloc[0]
section = china.section(first["section_id"])
print(f"\nThe national report's first figure, {first['written']} ({first['label']}),")
print(f"is in section {first['section_id']}: {section.title}")
