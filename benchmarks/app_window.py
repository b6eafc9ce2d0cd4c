"""Start the window the way ``workreport.gui.app.run_window`` does, with the benchmark hooks.

Used by ``startup.py`` while ``run_window`` does not install the hooks itself; the environment
variable ``WORKREPORT_BENCHMARK`` chooses the milestones (see ``workreport.gui.benchmark_hooks``).
With ``all-reports`` it shows the window, opens every bundled report (as Find does) and prints
``all-reports <time> <peak RSS KB>``.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QSettings, QTimer

from workreport.gui import benchmark_hooks, i18n
from workreport.gui.app import application
from workreport.gui.errors import install_excepthook, setup_logging
from workreport.gui.library import bundled_sources
from workreport.gui.main_window import MainWindow


def main() -> int:
    mode = os.environ.get(benchmark_hooks.ENVIRONMENT, "")
    app = application()
    setup_logging()
    install_excepthook()
    settings = QSettings()
    i18n.set_language(i18n.initial_language(settings))
    window = MainWindow(bundled_sources())
    window.restore_state(settings)
    benchmark_hooks.install(window, mode)
    window.show()
    if mode == "all-reports":

        def open_everything() -> None:
            window.library.load_everything()
            benchmark_hooks.milestone("all-reports")
            os._exit(0)

        QTimer.singleShot(0, open_everything)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
