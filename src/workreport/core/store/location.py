"""Where the library's store lives when nobody says: the user's data folder.

The window passes Qt's ``QStandardPaths.AppDataLocation`` (the core imports no Qt); the command
line and the Python API use the platform's own data folder, as Qt would name it. ``WORKREPORT_DATA``
overrides both (tests, and users who keep their library elsewhere).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

STORE_NAME = "library.sqlite3"
EXPORT_FORMATS = ("csv", "parquet")  # `workreport library export --format`
ENVIRONMENT = "WORKREPORT_DATA"


def data_folder() -> Path:
    """``$WORKREPORT_DATA``, else the platform's data folder for workreport."""
    override = os.environ.get(ENVIRONMENT)
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming") / "workreport"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "workreport"
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / "workreport"


def default_store_path(folder: Path | None = None) -> Path:
    """The store's file in ``folder`` (the window's AppDataLocation), or in :func:`data_folder`."""
    if os.environ.get(ENVIRONMENT):
        return data_folder() / STORE_NAME
    return (folder if folder is not None else data_folder()) / STORE_NAME
