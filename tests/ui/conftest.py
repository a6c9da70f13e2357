"""Fixtures shared by the UI tests: settings in a temporary folder, workshops, the main window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog

from app.model.demo import build_demo
from app.model.store import WorkshopStore
from app.ui.i18n import Translations
from app.ui.interaction import Interaction
from app.ui.window.main_window import MainWindow
from app.ui.window.settings import Settings


@pytest.fixture(autouse=True)
def temporary_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point every QSettings of the app at a fresh folder, never the user's real settings."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """A closed workshop file holding the SWS Balans demo."""
    path = tmp_path / "demo.bruinpapier"
    with WorkshopStore.create(path, name="SWS Balans") as store:
        build_demo(store)
    return path


@pytest.fixture
def demo_store(demo_file: Path) -> Iterator[WorkshopStore]:
    """The demo workshop, open."""
    store = WorkshopStore.open(demo_file, backup=False)
    yield store
    store.close()


class ScriptedInteraction(Interaction):
    """Answers questions from queues the test fills and records every message shown."""

    def __init__(self) -> None:
        super().__init__(None)
        self.paths: list[Path | None] = []
        self.colours: list[QColor | None] = []
        self.errors: list[tuple[str, str]] = []
        self.shown: list[tuple[str, str]] = []
        self.dialogs: list[Callable[[QDialog], object]] = []
        """Scripts that fill in and close the app's dialogs, in order; none left: cancel."""

    def error(self, title: str, message: str) -> None:
        self.errors.append((title, message))

    def warning(self, title: str, message: str) -> None:
        self.shown.append((title, message))

    def about(self, title: str, message: str) -> None:
        self.shown.append((title, message))

    def open_path(self, title: str, filters: str) -> Path | None:
        return self.paths.pop(0)

    def save_path(
        self, title: str, filters: str, suggestion: str, confirm: bool = True
    ) -> Path | None:
        return self.paths.pop(0)

    def colour(self, title: str, initial: QColor) -> QColor | None:
        return self.colours.pop(0)

    def run(self, dialog: QDialog) -> bool:
        if not self.dialogs:
            dialog.reject()
            return False
        dialog.show()
        self.dialogs.pop(0)(dialog)
        dialog.close()
        return dialog.result() == QDialog.DialogCode.Accepted


@pytest.fixture
def interaction() -> ScriptedInteraction:
    return ScriptedInteraction()


@pytest.fixture
def translations(qapp: object) -> Iterator[Translations]:
    """The remembered interface language, put back to the untranslated source afterwards."""
    t = Translations()
    t.apply(Settings().language())
    yield t
    t.apply("en")


@pytest.fixture
def window(qtbot, translations: Translations, interaction: ScriptedInteraction) -> MainWindow:
    """The main window, shown, without a workshop; closing it releases any open file."""
    win = MainWindow(Settings(), translations, interaction)
    qtbot.addWidget(win)
    win.restore_window_state()
    win.show()
    qtbot.waitExposed(win)
    return win
