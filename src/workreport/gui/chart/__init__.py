"""Bar charts: what they show (``data``, no pyqtgraph), the chart (``bars``, pyqtgraph), one
container that stacks them (``stack``), and writing them as PNG or SVG (``export``)."""
