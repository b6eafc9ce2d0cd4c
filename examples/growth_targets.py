"""Each province's 2025 GDP growth target beside the national one, from the bundled reports.

Run: python examples/growth_targets.py
"""

from __future__ import annotations

import workreport as wr

reports = wr.library().where(year=2025)
targets = wr.compare(reports, "gdp_growth", targets_only=True, first_only=True)
columns = ["region", "value", "high", "qualifier", "written"]
table = targets[columns].sort_values(["value", "region"], ascending=[False, True])
print(f"{len(table)} of {len(reports)} reports of 2025 set a GDP growth target:")
print(table.to_string(index=False))
ranges = table[table["high"].notna()]
print(f"\nGiven as a range: {', '.join(ranges['region'])}")
print(f"Median target: {table['value'].median():g}%")
