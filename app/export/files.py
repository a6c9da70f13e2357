"""Writing export files safely: to a temporary file beside the target, renamed over it when done."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from app.model.errors import FileError


class ExportError(FileError):
    """A report or picture could not be written; names the file."""


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_target(path: Path) -> Iterator[str]:
    """A temporary file name to write to; it replaces ``path`` only if the block succeeds.

    An unwritable place raises :class:`ExportError` before any work is done,
    and a failure part-way leaves neither a temporary nor a half-written file.
    """
    if path.is_dir():
        raise ExportError(path, "this is a folder; choose a file name")
    folder = path.parent
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except FileNotFoundError:
        raise ExportError(path, "the folder {folder} does not exist", folder=folder) from None
    except NotADirectoryError:
        raise ExportError(path, "{folder} is not a folder", folder=folder) from None
    except OSError as exc:
        raise ExportError(
            path, "cannot write in {folder} ({reason})", folder=folder, reason=exc.strerror
        ) from None
    os.close(handle)
    try:
        os.chmod(temp, 0o666 & ~_umask())
        yield temp
        os.replace(temp, path)
    except OSError as exc:
        raise ExportError(
            path, "the file could not be written ({reason})", reason=exc.strerror
        ) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
