"""Writing a file so that a failure never costs the old one: every file Kontakt writes.

`replacing(path)` gives a hidden temporary file beside the target; when the work is done
it is synced to disk and renamed onto the target in one step, so a reader sees the old
file or the new one, never half of either, and a failed, cancelled or killed export leaves
the old file as it was. Around that:

- A target that exists and is not a regular file (a folder, a device such as `/dev/null`,
  a FIFO, a socket) is refused: it is never replaced by a file.
- A symbolic link is followed: the file it points to is the one written (atomically, in
  its own folder), and the link stays a link.
- An existing file keeps its permissions (and, where the writer may set it, its owner); a
  new file is readable by its owner only (0600), since exports hold personal data.
- A file with several hard links is rewritten in place once the new content is complete
  beside it, so every name still shows the same file.

Temporary files are named `.<target>.kontakt-<host>-<pid>-<random>.tmp` beside the target
and `kontakt-<host>-<pid>-<random>.<suffix>` in the system's temporary folder (`$TMPDIR`;
openpyxl's sheet streams). A process killed mid-export leaves them behind: every start of
`kontakt` removes those in the temporary folder, and every export those beside its own
target and in the temporary folder (`remove_leftovers`): only files of processes on this
machine that are no longer running, and no one else's files.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import socket
import stat
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TextIO

from kontakt.core.reasons import os_reason
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate, render, untranslated

FILE_ERRORS = "FileErrors"
NOT_A_FILE = QT_TRANSLATE_NOOP(
    "FileErrors",
    "{path} is not a regular file (it is a folder, a device or a pipe); Kontakt writes only "
    "to files. Choose another name.",
)
CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "FileErrors", "Cannot write {path}: {reason} (in {folder}). The old file is unchanged."
)

NEW_FILE_MODE = 0o600
"""Permissions of a file Kontakt creates: its contents are personal data."""

_MARK = "kontakt"
_HOST = re.sub(r"[^A-Za-z0-9]", "_", socket.gethostname())[:40] or "host"
_LEFTOVER = re.compile(
    rf"^(?:\..+\.)?{_MARK}-(?P<host>[A-Za-z0-9_]+)-(?P<pid>[0-9]+)-[a-z0-9_]{{8}}\.[a-z]+$"
)
_ABANDONED_AFTER_S = 7 * 24 * 3600
"""Where a process cannot be asked whether it still runs (Windows), files this old go."""


class FileWriteError(Exception):
    """A file cannot be written; `key` is the untranslated message, `params` fill it."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params: Mapping[str, object] = params
        super().__init__(render(untranslated, FILE_ERRORS, key, params))

    def message(self, translate: Translate) -> str:
        """The message in the user's language."""
        return render(translate, FILE_ERRORS, self.key, self.params)


def temporary_file(suffix: str) -> Path:
    """A new empty file (0600) in the system's temporary folder, named as Kontakt's, so that
    `remove_leftovers` can find it if this process is killed before removing it."""
    fd, name = tempfile.mkstemp(prefix=f"{_MARK}-{_HOST}-{os.getpid()}-", suffix=suffix)
    os.close(fd)
    return Path(name)


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary file to write the new content of `path` into; on leaving the block
    without an error, it becomes `path` (see the module's note).

    Raises `FileWriteError` for a target that is not a regular file and for an operating
    system error while writing (a full disk, a folder without write permission), naming
    the place; the target is then unchanged and the temporary file is gone.
    """
    target = _target(path)
    remove_leftovers(target.parent)
    remove_temporary_leftovers()
    try:
        old = target.stat()
    except FileNotFoundError:
        old = None
    except OSError as exc:
        raise write_error(path, exc, target.parent) from exc
    try:
        fd, name = tempfile.mkstemp(
            dir=target.parent,
            prefix=f".{target.name}.{_MARK}-{_HOST}-{os.getpid()}-",
            suffix=".tmp",
        )
    except OSError as exc:
        raise write_error(path, exc, target.parent) from exc
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        _put_in_place(temporary, target, old)
    except OSError as exc:
        raise write_error(path, exc, target.parent) from exc
    finally:
        temporary.unlink(missing_ok=True)


@contextlib.contextmanager
def replacing_text(path: Path, encoding: str = "utf-8") -> Iterator[TextIO]:
    """`replacing(path)` opened for writing text."""
    with replacing(path) as temporary, temporary.open("w", encoding=encoding) as out:
        yield out


def write_file(path: Path, write: Callable[[Path], object]) -> Path:
    """Let `write(temporary)` write the file by name (openpyxl saves so), then put it in
    place as `replacing` does; returns `path`."""
    with replacing(path) as temporary:
        write(temporary)
    return path


def remove_temporary_leftovers() -> list[Path]:
    """`remove_leftovers` in the system's temporary folder (`$TMPDIR`, else /tmp, ...)."""
    return remove_leftovers(Path(tempfile.gettempdir()))


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files in `folder` that a Kontakt process on this machine left
    when it was killed (named as `replacing` and `temporary_file` name them); the removed.

    Files of a process that still runs are kept, as is anything not named as ours.
    """
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        match = _LEFTOVER.match(name)
        if match is None:
            continue
        path = folder / name
        if _abandoned(path, match["host"], int(match["pid"])):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def _abandoned(path: Path, host: str, pid: int) -> bool:
    if host != _HOST or pid == os.getpid():
        return False
    if os.name == "posix":
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:  # another user's process runs under that number
            return False
        return False
    # os.kill on Windows would end the process: judge by age there
    try:
        import time

        return time.time() - path.stat().st_mtime > _ABANDONED_AFTER_S
    except OSError:
        return False


def _target(path: Path) -> Path:
    """The file to write for `path`: a symbolic link's final target; refused when it exists
    and is not a regular file."""
    target = Path(os.path.realpath(path))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise write_error(path, exc, target.parent) from exc
    if not stat.S_ISREG(mode):
        raise FileWriteError(NOT_A_FILE, path=str(path))
    return target


def _put_in_place(temporary: Path, target: Path, old: os.stat_result | None) -> None:
    if old is not None and not stat.S_ISREG(old.st_mode):  # it changed since it was checked
        raise FileWriteError(NOT_A_FILE, path=str(target))
    if old is not None and old.st_nlink > 1:
        _sync(temporary)
        # Renaming would leave the other names on the old file: copy into the file itself.
        with temporary.open("rb") as source, target.open("r+b") as out:
            shutil.copyfileobj(source, out, 1 << 20)
            out.truncate()
            out.flush()
            os.fsync(out.fileno())
        return
    os.chmod(temporary, stat.S_IMODE(old.st_mode) if old is not None else NEW_FILE_MODE)
    if old is not None and hasattr(os, "chown"):
        with contextlib.suppress(PermissionError):  # only root may give a file away
            os.chown(temporary, old.st_uid, old.st_gid)
    _sync(temporary)
    os.replace(temporary, target)
    _sync_folder(target.parent)


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    # The rename is durable only once the folder is synced; not every system can (Windows).
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP):
            raise
    finally:
        os.close(fd)


def write_error(
    path: Path, error: FileWriteError | OSError, folder: Path | None = None
) -> FileWriteError:
    """`error` (met while writing `path`) as a `FileWriteError`, naming the folder where the
    system refused: the file's that `error` names (the temporary folder, when a stream
    there could not be written), else `folder`, else the one of `path`."""
    if isinstance(error, FileWriteError):
        return error
    if error.filename:
        where = Path(os.fsdecode(error.filename)).parent
    else:
        where = folder if folder is not None else Path(os.path.abspath(path)).parent
    return FileWriteError(CANNOT_WRITE, path=str(path), reason=os_reason(error), folder=str(where))
