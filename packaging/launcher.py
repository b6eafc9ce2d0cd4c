"""The bundle's entry script (PyInstaller runs this): the ``workreport`` command, frozen.

With no arguments it opens the window, as the installed ``workreport`` command does; every
argument goes to :func:`workreport.cli.main` (``--self-test`` included).
"""

from __future__ import annotations

import sys

from workreport.cli import main

if __name__ == "__main__":
    sys.exit(main())
