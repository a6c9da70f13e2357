"""Nothing silently broken: an unexpected error shows a short message and lands in a log file.

Qt prints an exception raised in a slot, timer or event handler and carries
on, so the facilitator clicks and nothing happens. :class:`ExceptionGuard`
takes over ``sys.excepthook`` (where PySide6 reports those) and
``threading.excepthook``: it writes the traceback to a log file in the user's
log folder and tells, in the interface language, what was being done and that
everything saved is safe (every action is committed when it completes).
"""

from __future__ import annotations

import datetime as dt
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.ui.window.settings import APPLICATION, ORGANISATION

LOG_NAME = "bruinpapier.log"
ShowMessage = Callable[[str, str], None]


def log_folder() -> Path:
    """The user's log folder for this app (``~/.local/state/Bruinpapier/log`` on Linux)."""
    return Path(platformdirs.user_log_dir(APPLICATION, ORGANISATION))


def _show_box(title: str, text: str) -> None:
    parent = QApplication.activeWindow()
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()


class ExceptionGuard(QObject):
    """Catches what Qt would only print; one message per error, never one inside another.

    Signals:
        caught(str): the log file written, after an error was recorded (for the status line).
    """

    caught = Signal(str)
    _from_thread = Signal(object, object, object)

    def __init__(self, folder: Path | None = None, show: ShowMessage | None = None) -> None:
        super().__init__()
        self.folder = folder or log_folder()
        self.show = show or _show_box
        self.doing = ""
        self._showing = False
        self._previous: tuple[object, object] | None = None
        self._from_thread.connect(self.handle, Qt.ConnectionType.QueuedConnection)

    @property
    def log_path(self) -> Path:
        return self.folder / LOG_NAME

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def watch_actions(self, window: QWidget) -> None:
        """Remember the last menu action or shortcut used, to say what was being done."""
        for action in window.findChildren(QAction):
            action.triggered.connect(lambda _c=False, a=action: self.note_doing(a.text()))

    def note_doing(self, text: str) -> None:
        self.doing = text.replace("&", "").rstrip("…").strip()

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        self._from_thread.emit(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Log the error; tell the facilitator unless a message about an error is open already."""
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        path = self.write_log(exc_type, exc, tb)
        self.caught.emit(str(path) if path else "")
        if self._showing:
            return
        self._showing = True
        try:
            self.show(*self.message(path))
        finally:
            self._showing = False

    def write_log(
        self, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
    ) -> Path | None:
        """Append the traceback with a time stamp; None when the folder cannot be written."""
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        stamp = dt.datetime.now().isoformat(timespec="seconds")
        doing = f" while: {self.doing}" if self.doing else ""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with self.log_path.open("a", encoding="utf-8") as log:
                log.write(f"--- {stamp}{doing}\n{text}\n")
        except OSError:
            print(text, file=sys.stderr)
            return None
        return self.log_path

    def message(self, path: Path | None) -> tuple[str, str]:
        """(title, text) in the interface language."""
        title = QCoreApplication.translate("ExceptionGuard", "Something went wrong")
        if self.doing:
            what = QCoreApplication.translate(
                "ExceptionGuard", "Something went wrong while doing: %1."
            ).replace("%1", self.doing)
        else:
            what = QCoreApplication.translate("ExceptionGuard", "Something unexpected went wrong.")
        safe = QCoreApplication.translate(
            "ExceptionGuard",
            "Everything saved is safe: each change is saved the moment it is made. "
            "The last action may not have been done; check it and try again.",
        )
        where = (
            QCoreApplication.translate("ExceptionGuard", "The details are in %1.").replace(
                "%1", str(path)
            )
            if path is not None
            else ""
        )
        return title, " ".join(part for part in (what, safe, where) if part)
