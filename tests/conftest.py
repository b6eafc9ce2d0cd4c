"""Shared test set-up: Qt renders offscreen, and paths to the shared corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
ZHENGZHOU_TEXT = CORPUS / "zhengzhou-hitech-2022.txt"
JSON_TEST_SUITE = ROOT.parent / "shared" / "jsontestsuite" / "test_parsing"


@pytest.fixture(scope="session")
def zhengzhou():  # type: ignore[no-untyped-def]
    from workreport.core.library import load_bundled

    return load_bundled("zhengzhou-hitech-2022")
