"""Spreadsheet-safe CSV cells: text a spreadsheet would run as a formula gets a leading ``'``.

A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a
formula (or becomes one) in Excel, LibreOffice and Google Sheets; with a ``'`` in
front it is shown as the text it is. Import removes exactly that one ``'`` again,
and a text that itself starts with ``'`` and one of those characters gets a second
one on export, so export followed by import gives back every text unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable

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
