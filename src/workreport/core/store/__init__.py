"""The library's store: reports, sections, text and figures in an SQLite file, queried in SQL.

``Store`` opens (and creates or migrates) a store; ``queries`` answers keyword counts, Find and a
measure across every report; ``folder`` imports a folder of report files on worker processes.
"""

from __future__ import annotations

from workreport.core.store.location import data_folder, default_store_path
from workreport.core.store.store import Entry, Group, Store, file_sha256

__all__ = ["Entry", "Group", "Store", "data_folder", "default_store_path", "file_sha256"]
