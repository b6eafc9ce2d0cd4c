"""English glosses of figure labels, shipped as ``resources/glossary/<report>.en.json``.

Section titles may carry their glosses in the report itself (``Section.gloss``); the glossary
fills in the rest. Both are keyed by the Chinese text, so one gloss serves every report using it.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


def _merged(kind: str) -> dict[str, str]:
    glosses: dict[str, str] = {}
    folder = resources.files("workreport.resources").joinpath("glossary")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".en.json"):
            data = json.loads(entry.read_text("utf-8"))
            glosses.update(data.get(kind, {}))
    return glosses


@cache
def label_glosses() -> dict[str, str]:
    """Every shipped label gloss, Chinese label → English."""
    return _merged("labels")


@cache
def section_glosses() -> dict[str, str]:
    """Shipped glosses of section titles, for reports whose JSON carries none."""
    return _merged("sections")
