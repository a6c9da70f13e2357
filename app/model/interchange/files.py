"""Reading and writing interchange files, with OS errors turned into messages for the user."""

from __future__ import annotations

import csv
import io
import json
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from app.model.atomic import write_text
from app.model.errors import ImportFormatError
from app.model.interchange.cells import neutralise_row

MAX_BYTES = 64 * 1024 * 1024


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The whole file; a missing, unreadable, special or oversized file is the user's to fix."""
    try:
        info = path.stat()
        if stat.S_ISREG(info.st_mode) and info.st_size > limit:
            raise ImportFormatError(
                path, "the file is too large (at most {most} MB)", most=limit // 1024**2
            )
        if not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
            raise ImportFormatError(path, "this is not a regular file (a device or pipe)")
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
    """A UTF-8 JSON file's document; bad text, syntax or nesting raises ImportFormatError."""
    text = decode_utf8(path, read_bytes(path))
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(
            path, "not valid JSON ({reason})", line=exc.lineno, reason=exc.msg
        ) from None
    except RecursionError:
        raise ImportFormatError(path, "not a workshop export (nested too deeply)") from None
    except ValueError as exc:  # e.g. a number with more digits than Python reads
        raise ImportFormatError(path, "not valid JSON ({reason})", reason=exc) from None


def write_atomically(path: Path, text: str, workshop: Path | None = None) -> None:
    """Write ``text`` so that ``path`` is either the old file or the complete new one.

    ``workshop`` is the open workshop, which an export never replaces under any name.
    """
    write_text(path, text, workshop)


def write_csv(
    path: Path,
    columns: Sequence[str],
    rows: Iterable[Sequence[str]],
    workshop: Path | None = None,
) -> None:
    """A header and rows as CSV (``\n`` line ends), spreadsheet-safe, written atomically."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(neutralise_row(row) for row in rows)
    write_atomically(Path(path), buffer.getvalue(), workshop)
