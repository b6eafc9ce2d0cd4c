"""The figure table: a DataFrame (``frame``) behind a Qt model (``model``) behind a proxy, shown
by a view that copies and exports (``view``)."""
