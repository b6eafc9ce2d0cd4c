"""``python -m workreport``: the same as the ``workreport`` command."""

from __future__ import annotations

import sys

from workreport.cli import main

sys.exit(main())
