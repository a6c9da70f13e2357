"""One Bruinpapier process per workshop file, enforced by an OS lock keyed on the file's identity.

The lock file is named after the workshop's device and inode (its real path where
the file system has no inode numbers), in a per-user folder, so a hard link, a
symbolic link or a ``..`` path to an open workshop finds the same lock. The
``filelock`` library takes the OS lock (``flock`` on POSIX, ``msvcrt`` on
Windows), which the OS drops when the process dies, so a crash never leaves a
file locked. A file beside the lock holds the owner's pid so a refusal can name it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import tempfile
from pathlib import Path

import filelock


def lock_folder() -> Path:
    """A folder only this user writes to, shared by every Bruinpapier process of the user."""
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    folder = Path(tempfile.gettempdir()) / f"bruinpapier-locks-{user}"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def identity(path: Path) -> str:
    """A name for the file itself, the same under every path that leads to it."""
    info = path.stat()
    if info.st_ino and not (sys.platform == "win32" and info.st_dev == 0):
        return f"{info.st_dev:x}-{info.st_ino:x}"
    real = os.path.normcase(os.path.realpath(path))
    return hashlib.sha256(real.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def lock_path(path: Path) -> Path:
    return lock_folder() / f"{identity(path)}.lock"


class FileLock:
    """An exclusive, non-blocking lock on an existing workshop, held while it is open."""

    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self._owner = self.path.with_suffix(".pid")
        self._lock = filelock.FileLock(self.path, timeout=0, is_singleton=False)

    def acquire(self) -> str | None:
        """Take the lock; return None on success, else who holds it (may be empty)."""
        try:
            self._lock.acquire()
        except filelock.Timeout:
            try:
                return self._owner.read_text(encoding="ascii", errors="replace").strip()
            except OSError:
                return ""
        with contextlib.suppress(OSError):
            self._owner.write_text(str(os.getpid()), encoding="ascii")
        return None

    def release(self) -> None:
        if not self._lock.is_locked:
            return
        with contextlib.suppress(OSError):
            self._owner.unlink(missing_ok=True)
        self._lock.release(force=True)
