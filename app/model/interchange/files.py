"""Reading and writing interchange files, with OS errors turned into messages for the user."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from app.model.errors import FileError, ImportFormatError


def read_bytes(path: Path) -> bytes:
    """The whole file; a missing or unreadable file is the user's to fix."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportFormatError(path, "the file does not exist") from None
    except IsADirectoryError:
        raise ImportFormatError(path, "this is a folder, not a file") from None
    except OSError as exc:
        raise ImportFormatError(
            path, "the file cannot be read ({reason})", reason=exc.strerror
        ) from None


def decode_utf8(path: Path, data: bytes) -> str:
    """UTF-8 text with or without a byte-order mark; bad bytes are reported with their line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ImportFormatError(
            path, "the file is not UTF-8 text (save it as 'CSV UTF-8')", line=line
        ) from None


def read_json(path: Path) -> Any:
    """A UTF-8 JSON file's document; bad text or syntax raises ImportFormatError with the line."""
    text = decode_utf8(path, read_bytes(path))
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(
            path, "not valid JSON ({reason})", line=exc.lineno, reason=exc.msg
        ) from None


def _file_mode(path: Path) -> int:
    """Keep an existing file's permissions; a new one gets the usual ones (mkstemp's are 0600)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` so that ``path`` is either the old file or the complete new one.

    A temporary file in the same folder is replaced into place, so a full disk
    or a crash never leaves a half-written export behind.
    """
    path = Path(path)
    temp: str | None = None
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.chmod(temp, _file_mode(path))
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, path)
        temp = None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise FileError(path, "the export could not be written ({reason})", reason=reason) from None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """A header and rows as CSV (``\n`` line ends), written atomically."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    write_atomically(Path(path), buffer.getvalue())
