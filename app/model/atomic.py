"""Every file the app writes goes through here: a temporary file beside the target, fsynced,
then renamed over it, so the target is always either the old file or the whole new one.

Targets are checked first: only regular files are replaced (a device or FIFO is
refused), and nothing that belongs to a workshop — the file itself under any
name, its ``-wal``/``-shm``, its backups — is ever an export target. Temporary
files of exports that were killed are removed by the next write to that folder.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from app.model.errors import FileError

SQLITE_MAGIC = b"SQLite format 3\x00"
WORKSHOP_SUFFIX = ".bruinpapier"
TEMP_SUFFIX = ".bptmp"
STALE_AFTER_S = 3600  # where a writer's pid cannot be asked (Windows), age decides
WORKSHOP_PARTS = ("-wal", "-shm", "-journal", ".lock")


class WriteError(FileError):
    """A file could not be written, or may not be: names the file."""


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _alive(pid: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - no cheap liveness check there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def remove_stale_temps(folder: Path) -> list[Path]:
    """Delete temporary files left by writers that died; returns what was removed."""
    removed = []
    with contextlib.suppress(OSError):
        for temp in folder.glob(f".*{TEMP_SUFFIX}"):
            # .NAME.PID.RANDOM.bptmp
            parts = temp.name[: -len(TEMP_SUFFIX)].rsplit(".", 2)
            try:
                pid = int(parts[1])
                old = time.time() - temp.lstat().st_mtime > STALE_AFTER_S
            except (IndexError, ValueError, OSError):
                continue
            if pid != os.getpid() and (not _alive(pid) or old):
                with contextlib.suppress(OSError):
                    temp.unlink()
                    removed.append(temp)
    return removed


def _family(workshop: Path) -> Iterable[Path]:
    yield workshop
    for part in WORKSHOP_PARTS:
        yield workshop.with_name(workshop.name + part)


def _same_file(a: os.stat_result, b: os.stat_result) -> bool:
    return os.path.samestat(a, b) and (a.st_ino != 0 or sys.platform != "win32")


def _looks_like_database(path: Path) -> bool:
    with contextlib.suppress(OSError), path.open("rb") as f:
        return f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    return False


def check_target(path: Path, workshop: Path | None = None, copy: bool = False) -> None:
    """Refuse a target that is not a plain file to replace, or that is part of a workshop.

    ``workshop`` is the open workshop, compared by identity (device and inode), so a
    hard link, symbolic link or ``..`` path to it is refused as well as its own name.
    ``copy`` is for a new workshop file (a copy or a backup), which must not exist yet.
    """
    try:
        target = path.stat()
    except FileNotFoundError:
        target = None
    except OSError as exc:
        raise WriteError(path, "cannot write here ({reason})", reason=exc.strerror) from None
    if target is not None:
        if stat.S_ISDIR(target.st_mode):
            raise WriteError(path, "this is a folder; choose a file name")
        if not stat.S_ISREG(target.st_mode):
            raise WriteError(path, "this is not a regular file (a device or pipe); choose a file")
    if copy:
        if target is not None:
            raise WriteError(path, "a file with this name already exists; choose a new name")
        return
    real = Path(os.path.realpath(path))
    name = real.name.lower()
    suffixes = (WORKSHOP_SUFFIX, *(WORKSHOP_SUFFIX + p for p in WORKSHOP_PARTS))
    if (
        name.endswith(suffixes)
        or real.parent.name.lower().endswith(WORKSHOP_SUFFIX + "-backups")
        or (target is not None and _looks_like_database(path))
    ):
        raise WriteError(
            path, "this is a workshop file or part of one; an export never replaces it"
        )
    if workshop is not None and target is not None:
        for member in _family(workshop):
            with contextlib.suppress(OSError):
                if _same_file(target, member.stat()):
                    raise WriteError(
                        path, "this is the open workshop file; an export never replaces it"
                    )


def _fsync_folder(folder: Path) -> None:
    if sys.platform == "win32":  # pragma: no cover - folders cannot be opened there
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _mode_for(path: Path) -> int:
    """An existing file keeps its permissions; a new one gets the usual ones (not mkstemp's)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~_umask()


@contextlib.contextmanager
def atomic_target(
    path: Path | str, workshop: Path | None = None, copy: bool = False
) -> Iterator[str]:
    """A temporary file name to write to; it replaces ``path`` only if the block succeeds.

    The target is checked (see :func:`check_target`) before any work is done; the
    temporary file is fsynced before the rename and removed on any failure, a
    cancel (an exception from a progress callback) included.
    """
    path = Path(path)
    check_target(path, workshop, copy)
    folder = path.parent
    remove_stale_temps(folder)
    try:
        handle, temp = tempfile.mkstemp(
            prefix=f".{path.name}.{os.getpid()}.", suffix=TEMP_SUFFIX, dir=folder
        )
    except FileNotFoundError:
        raise WriteError(path, "the folder {folder} does not exist", folder=folder) from None
    except NotADirectoryError:
        raise WriteError(path, "{folder} is not a folder", folder=folder) from None
    except OSError as exc:
        raise WriteError(
            path, "cannot write in {folder} ({reason})", folder=folder, reason=exc.strerror
        ) from None
    os.close(handle)
    try:
        os.chmod(temp, _mode_for(path))
        yield temp
        fd = os.open(temp, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        check_target(path, workshop, copy)  # it may have changed while we wrote
        os.replace(temp, path)
        _fsync_folder(folder)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise WriteError(path, "the file could not be written ({reason})", reason=reason) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)


def write_text(path: Path | str, text: str, workshop: Path | None = None) -> None:
    """Write ``text`` (UTF-8, line ends as given) atomically; see :func:`atomic_target`."""
    with atomic_target(path, workshop) as temp, open(temp, "w", encoding="utf-8", newline="") as f:
        f.write(text)
