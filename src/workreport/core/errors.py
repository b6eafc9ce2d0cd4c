"""The one error type for bad input: a file that cannot be read, parsed or understood."""

from __future__ import annotations


class ReportError(Exception):
    """A report file is missing, unreadable or invalid.

    ``file`` names the file (may be empty for text given in memory), ``path`` the place inside the
    document (``sections[2].indicators[5].value``; empty for the whole file) and ``problem`` says
    what is wrong. ``str()`` joins them into the one line shown to users.
    """

    def __init__(self, file: str, path: str, problem: str) -> None:
        self.file = file
        self.path = path
        self.problem = problem
        super().__init__(self.message)

    @property
    def message(self) -> str:
        parts = [part for part in (self.file, self.path) if part]
        return ": ".join([*parts, self.problem])
