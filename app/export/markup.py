"""User text made safe for a reportlab Paragraph: escaped, line breaks kept."""

from __future__ import annotations

from xml.sax.saxutils import escape

from app.export.fonts import showable

_ENTITIES = {'"': "&quot;", "'": "&#39;"}


def plain(text: str) -> str:
    """User text for drawings and outlines: one kind of line break, only showable characters."""
    return showable(text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))


def para(text: str) -> str:
    """User text as Paragraph markup that shows it literally, whatever it contains."""
    return escape(plain(text), _ENTITIES).replace("\n", "<br/>")
