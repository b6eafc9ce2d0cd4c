"""Every path the user names — an input, ``-o``, Save as, Export, a recent file — is checked here
before any work starts, and every file the app writes is written here.

Each problem is one line (:class:`ReportError`) naming the file: no file name, no such file, a
folder, a device or FIFO (never opened for reading: a FIFO nobody writes to would block forever), a
symbolic link loop, a name too long, a missing or unwritable folder, a file over the size limit.
Reading stops at the limit whatever the file is (``/proc`` files say they are empty; a stream has no
size), so nothing is ever read without bound.

Writing goes to a temporary file beside the target, which an optional ``verify`` reads back before
it is renamed over the target: when anything fails nothing is left behind and an existing target is
left as it was. The written file gets the mode the user's umask gives (an existing target keeps its
own), not the temporary file's 600.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from workreport.core.errors import ReportError

# Read in pieces of this size, so that the limit is checked while reading.
CHUNK_BYTES = 1024 * 1024
# Longest file name (one path component) and whole path most file systems accept, in bytes.
NAME_MAX = 255
PATH_MAX = 4096


def shown(path: Path | str) -> str:
    """A path as one line: control characters (a newline in a file name) are escaped."""
    text = str(path)
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


def _too_long(path: Path) -> bool:
    raw = os.fsencode(path)
    return len(raw) > PATH_MAX or any(len(part) > NAME_MAX for part in raw.split(b"/"))


def _kind(mode: int) -> str:
    """What a file that is not a regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "is a FIFO (named pipe), not a file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a file"
    return "is not a regular file"


def _os_problem(error: OSError) -> str:
    match error.errno:
        case errno.ENOENT:
            return "no such file"
        case errno.EACCES | errno.EPERM:
            return "permission denied"
        case errno.ELOOP:
            return "is a symbolic link loop"
        case errno.ENAMETOOLONG:
            return "the file name is too long"
        case errno.ENOTDIR:
            return "a part of the path is not a folder"
        case errno.EISDIR:
            return "is a folder, not a file"
        case errno.ENOSPC:
            return "the disk is full"
        case errno.EROFS:
            return "the file system is read-only"
    return f"cannot be used ({error.strerror or type(error).__name__})"


def check_input(path: Path | str) -> Path:
    """The path of a file to read, checked: it exists and is a regular file (links followed)."""
    if str(path) == "":
        raise ReportError("", "", "no file name given")
    path = Path(path)
    name = shown(path)
    if _too_long(path):
        raise ReportError(name, "", "the file name is too long")
    try:
        mode = path.stat().st_mode
    except OSError as error:
        raise ReportError(name, "", _os_problem(error)) from None
    if not stat.S_ISREG(mode):
        raise ReportError(name, "", _kind(mode))
    return path


def read_limited(stream: BinaryIO, name: str, limit: int) -> bytes:
    """Everything ``stream`` gives, up to ``limit`` bytes; a ReportError as soon as it gives more."""
    pieces: list[bytes] = []
    total = 0
    while True:
        piece = stream.read(min(CHUNK_BYTES, limit + 1 - total))
        if not piece:
            return b"".join(pieces)
        pieces.append(piece)
        total += len(piece)
        if total > limit:
            raise ReportError(name, "", f"is over {_megabytes(limit)}; larger files are refused")


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.0f} MB"


def read_file(path: Path | str, limit: int) -> bytes:
    """The bytes of a regular file, at most ``limit`` of them (checked while reading)."""
    path = check_input(path)
    name = shown(path)
    try:
        # O_NONBLOCK: should the file have become a FIFO since the check, opening does not block
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise ReportError(name, "", _os_problem(error)) from None
    with os.fdopen(descriptor, "rb") as stream:
        try:
            mode = os.fstat(descriptor).st_mode
            if not stat.S_ISREG(mode):
                raise ReportError(name, "", _kind(mode))
            if os.fstat(descriptor).st_size > limit:
                size = _megabytes(os.fstat(descriptor).st_size)
                raise ReportError(
                    name, "", f"is {size}; files over {_megabytes(limit)} are refused"
                )
            return read_limited(stream, name, limit)
        except OSError as error:
            raise ReportError(name, "", f"cannot be read ({_os_problem(error)})") from None


def check_output(path: Path | str) -> Path:
    """The path of a file to write, checked before any work: a name, not too long, not a folder,
    device or FIFO, in a folder that exists and can be written. A link is followed to its file."""
    if str(path) == "":
        raise ReportError("", "", "no file name given for the output")
    path = Path(path)
    name = shown(path)
    if _too_long(path):
        raise ReportError(name, "", "the file name is too long")
    if str(path).endswith(os.sep) or path.name in ("", ".", ".."):
        raise ReportError(name, "", "names a folder, not a file")
    try:
        mode: int | None = path.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:
        if error.errno != errno.ENOENT:
            raise ReportError(name, "", _os_problem(error)) from None
        mode = None
    if mode is not None:
        if not stat.S_ISREG(mode):
            raise ReportError(name, "", _kind(mode))
        path = Path(os.path.realpath(path))  # write the file a link points to, keep the link
    elif path.is_symlink():
        raise ReportError(name, "", "is a link to a file that does not exist")
    folder = path.parent
    try:
        folder_mode = folder.stat().st_mode
    except OSError as error:
        problem = "does not exist" if error.errno == errno.ENOENT else _os_problem(error)
        raise ReportError(name, "", f"the folder {shown(folder)} {problem}") from None
    if not stat.S_ISDIR(folder_mode):
        raise ReportError(name, "", f"{shown(folder)} is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ReportError(name, "", f"the folder {shown(folder)} is not writable")
    return path


def _umask() -> int:
    try:
        for line in Path("/proc/self/status").read_text("ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    current = os.umask(0o022)  # elsewhere: read it by setting it, and set it back
    os.umask(current)
    return current


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def write_file(path: Path | str, data: bytes, verify: Callable[[Path], None] | None = None) -> Path:
    """Write ``data`` to ``path`` atomically; returns the file written (a link's target).

    ``verify`` gets the temporary file once it is complete and raises (a ReportError) if what was
    written is not what should be: then the target is left as it was.
    """
    return write_with(path, lambda temporary: temporary.write_bytes(data), verify)


def write_with(
    path: Path | str,
    writer: Callable[[Path], object],
    verify: Callable[[Path], None] | None = None,
) -> Path:
    """Like :func:`write_file`, for writers that want a path (XlsxWriter): ``writer`` fills the
    temporary file it is given."""
    target = check_output(path)
    name = shown(path)
    try:
        descriptor, temporary_name = tempfile.mkstemp(
            prefix=f".{target.name[:200]}.", suffix=".tmp", dir=target.parent
        )
    except OSError as error:
        raise ReportError(name, "", f"cannot be written ({_os_problem(error)})") from None
    temporary = Path(temporary_name)
    try:
        os.close(descriptor)
        writer(temporary)
        with temporary.open("rb+") as handle:
            os.fsync(handle.fileno())
        if verify is not None:
            verify(temporary)
        temporary.chmod(_mode_for(target))
        temporary.replace(target)
    except OSError as error:
        raise ReportError(name, "", f"cannot be written ({_os_problem(error)})") from None
    finally:
        temporary.unlink(missing_ok=True)
    return target
