"""The Help menu's work: the keyboard shortcuts overview and the About box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow

from app import __version__
from app.ui.interaction import Interaction
from app.ui.window.shortcuts_dialog import ShortcutsDialog


class HelpCommands(QObject):
    """Shows the shortcuts of a window's menus, and what the app is."""

    def __init__(self, window: QMainWindow, interaction: Interaction) -> None:
        super().__init__(window)
        self._window = window
        self._interaction = interaction
        self._shortcuts: ShortcutsDialog | None = None

    def shortcuts_dialog(self) -> ShortcutsDialog:
        if self._shortcuts is None:
            self._shortcuts = ShortcutsDialog(self._window.menuBar(), self._window)
        return self._shortcuts

    def show_shortcuts(self) -> None:
        dialog = self.shortcuts_dialog()
        dialog.fill(self._window.menuBar())
        dialog.show()
        dialog.raise_()

    def show_about(self) -> None:
        self._interaction.about(
            QCoreApplication.translate("MainWindow", "About Bruinpapier"),
            QCoreApplication.translate(
                "MainWindow",
                "<h3>Bruinpapier %1</h3>"
                "<p>Capture and cluster the post-its of brown-paper sessions "
                "in schools, working from the purpose (werken vanuit de bedoeling).</p>"
                "<p>Everything is saved automatically: each change is written to the "
                "workshop file the moment you make it, so there is no Save command. "
                "Use <i>Save a copy as…</i> to keep a separate copy.</p>",
            ).replace("%1", __version__),
        )
