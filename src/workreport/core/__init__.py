"""The Qt-free core: the report model, its JSON format, the text importer, units, keywords, export.

Nothing here imports Qt; the import-linter contract in ``pyproject.toml`` keeps it that way.
"""
