"""CSV cells and headers at the edges: spreadsheet-safe cells, bounds, NULs, headers.

Text a spreadsheet would run as a formula gets a leading ``'``.

A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a
formula (or becomes one) in Excel, LibreOffice and Google Sheets; with a ``'`` in
front it is shown as the text it is. Import removes exactly that one ``'`` again,
and a text that itself starts with ``'`` and one of those characters gets a second
one on export, so export followed by import gives back every text unchanged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

from app.model import limits
from app.model.errors import ImportFormatError

MAX_COLUMNS = 100
BOUNDED = {
    "session": ("session", "title"),
    "round": ("round", "title"),
    "subgroup": ("subgroup", "name"),
    "cluster": ("cluster", "title"),
    "text": ("note", "text"),
}
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _needs_quote(text: str) -> bool:
    return text.startswith(TRIGGERS) or (text.startswith("'") and text[1:].startswith(TRIGGERS))


def neutralise(text: str) -> str:
    return "'" + text if _needs_quote(text) else text


def restore(text: str) -> str:
    """The text as it was before :func:`neutralise`."""
    return text[1:] if text.startswith("'") and _needs_quote(text[1:]) else text


def neutralise_row(row: Iterable[str]) -> list[str]:
    return [neutralise(cell) for cell in row]


def refuse_nul(path: Path, text: str) -> None:
    """A NUL byte means a binary file (or an attack on the parser): refused with its line."""
    nul = text.find("\0")
    if nul >= 0:
        raise ImportFormatError(
            path,
            "the file contains a NUL byte (it is not a text file)",
            line=text.count("\n", 0, nul) + 1,
        )


def refuse_bad_header(path: Path, names: list[str]) -> None:
    """A header naming a column twice (one would be lost) or far too many is refused."""
    if len(names) > MAX_COLUMNS:
        raise ImportFormatError(
            path,
            "the header has {count} columns (at most {most})",
            line=1,
            count=len(names),
            most=MAX_COLUMNS,
        )
    twice = sorted(name for name, count in Counter(names).items() if name and count > 1)
    if twice:
        raise ImportFormatError(
            path, "the header names the column(s) {columns} twice", line=1, columns=", ".join(twice)
        )


def check_bounds(values: Mapping[str, str]) -> None:
    """Raise ``InvalidValue`` for a name or text longer than the model takes."""
    for name, (table, column) in BOUNDED.items():
        limits.check_value(table, column, values.get(name, ""))
