"""What the app remembers between runs: window geometry, recent files, language, colour mode.

Stored with QSettings in an INI file under the user's configuration folder, so
tests can redirect it with ``QSettings.setPath`` and never touch the real one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Bruinpapier"
APPLICATION = "Bruinpapier"
MAX_RECENT = 8
LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
COLOUR_MODES = ("subgroup", "kind")


class Settings:
    """Typed access to the app's QSettings."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        )

    def sync(self) -> None:
        self._q.sync()

    # -- language ---------------------------------------------------------------

    def language(self) -> str:
        value = str(self._q.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self._q.setValue("ui/language", language)

    # -- board colouring --------------------------------------------------------

    def colour_mode(self) -> str:
        value = str(self._q.value("board/colour_mode", COLOUR_MODES[0]))
        return value if value in COLOUR_MODES else COLOUR_MODES[0]

    def set_colour_mode(self, mode: str) -> None:
        self._q.setValue("board/colour_mode", mode)

    # -- recent files -----------------------------------------------------------

    def recent_files(self) -> list[Path]:
        """Recently opened workshops, newest first; files that no longer exist are dropped."""
        raw = self._q.value("files/recent", [])
        names = [raw] if isinstance(raw, str) else list(raw or [])
        existing = [Path(n) for n in names if n and Path(n).is_file()]
        if len(existing) != len(names):
            self._store_recent(existing)
        return existing

    def add_recent_file(self, path: Path) -> None:
        path = path.resolve()
        files = [path] + [p for p in self.recent_files() if p != path]
        self._store_recent(files[:MAX_RECENT])

    def clear_recent_files(self) -> None:
        self._store_recent([])

    def _store_recent(self, files: list[Path]) -> None:
        self._q.setValue("files/recent", [str(p) for p in files])

    # -- window -----------------------------------------------------------------

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        """Saved (geometry, dock/toolbar state) of the main window, or None when never saved."""
        geometry = self._q.value("window/geometry")
        state = self._q.value("window/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def set_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._q.setValue("window/geometry", geometry)
        self._q.setValue("window/state", state)
