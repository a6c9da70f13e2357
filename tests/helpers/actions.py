"""Triggering the main window's own actions by name, as a menu or key would."""

from __future__ import annotations

from PySide6.QtGui import QAction


def act(window, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None and action.isEnabled(), name
    action.trigger()
