"""Work off the GUI thread that never keeps the process alive after its window closes.

``QThreadPool`` waits for its running tasks when the application ends, so a window closed while a
long import runs would leave its process behind until the import is done. A task started here runs
on a daemon thread instead: its results reach the window through queued signals, as from the pool,
and when the window closes the process ends at once; the task is abandoned, and since a task only
ever reports through signals (it writes nothing), nothing is left half done. Reading is bounded
anyway (:mod:`workreport.core.paths`): no task blocks on a FIFO or reads a stream without end.
"""

from __future__ import annotations

import threading
from typing import Protocol


class Task(Protocol):
    def run(self) -> None: ...


def start(task: Task, name: str = "workreport-task") -> threading.Thread:
    """Run ``task.run()`` on a daemon thread (the task must catch its own errors)."""
    thread = threading.Thread(target=task.run, name=name, daemon=True)
    thread.start()
    return thread
