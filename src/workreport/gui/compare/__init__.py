"""Compare one figure or target across the loaded reports: a table and a bar chart."""
