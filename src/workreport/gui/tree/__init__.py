"""The section tree: plain nodes (``node``) behind a thin Qt model (``model``)."""
