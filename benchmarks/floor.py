"""The floor Python and Qt set: the least a PySide6 + pandas (+ pyqtgraph) program can start in.

Spawned by ``startup.py`` beside the app, with the same interpreter and environment::

    floor.py a    Qt widgets and pandas imported, an empty QMainWindow shown (floor A)
    floor.py b    floor A plus pyqtgraph and one PlotWidget in the window (floor B)

It prints the same milestone lines as ``workreport.gui.benchmark_hooks`` (``first-paint`` for A,
``charts`` for B: ``<name> <time.time()> <peak RSS KB>``) when the window, or the plot, has
painted for the first time, and exits at once.
"""

from __future__ import annotations

import os
import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication  # noqa: F401  # the modules the app imports
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


def milestone(name: str) -> None:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sys.stdout.write(f"{name} {time.time():.6f} {peak}\n")
    sys.stdout.flush()
    os._exit(0)


class FirstPaint(QObject):
    def __init__(self, widget: QWidget, name: str) -> None:
        super().__init__(widget)
        self.name = name
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: milestone(self.name))
        return False


def main() -> None:
    kind = sys.argv[1]
    import pandas  # noqa: F401  # the floor includes what the app must import

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    if kind == "b":
        import pyqtgraph as pg

        plot = pg.PlotWidget(window)
        window.setCentralWidget(plot)
        FirstPaint(plot.viewport(), "charts")
    else:
        window.setCentralWidget(QWidget(window))
        FirstPaint(window, "first-paint")
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
