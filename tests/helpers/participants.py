"""The main window's participants dialog, opened the way a facilitator does."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from app.ui.session.participants import ParticipantsDialog
from app.ui.window.main_window import MainWindow

THEMES_ROUND = 3  # open in the demo, with five subgroups


def open_dialog(qtbot, window: MainWindow) -> ParticipantsDialog:
    menu = window.action_set.menus["session"]
    assert isinstance(menu, QMenu)
    action = next(a for a in menu.actions() if a.objectName() == "participants")
    action.trigger()
    dialog = window.participants.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog
