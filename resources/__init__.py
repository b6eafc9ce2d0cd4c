"""Data files shipped with workreport: the JSON Schema, bundled reports, fonts and icons."""
