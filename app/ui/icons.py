"""The app's own line icons (SVG in resources/icons), so every platform looks the same."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


@cache
def icon(name: str) -> QIcon:
    """The icon called ``name``; an unknown name is a programming error."""
    path = ICONS / f"{name}.svg"
    if not path.is_file():
        raise FileNotFoundError(f"icon missing: {path}")
    return QIcon(str(path))
