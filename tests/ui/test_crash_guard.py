"""An exception in a slot, timer or thread shows a short message and is logged, never lost."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from app.ui.crash_guard import ExceptionGuard, log_folder

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _boom() -> None:
    raise RuntimeError("kapot in een slot")


def test_an_exception_in_a_timer_slot_is_logged_and_told_in_dutch(
    qtbot, window, demo_file, tmp_path: Path
):
    window.open_file(demo_file)
    shown: list[tuple[str, str]] = []
    guard = ExceptionGuard(tmp_path / "log", lambda title, text: shown.append((title, text)))
    guard.install()
    try:
        guard.watch_actions(window)
        window.action_set["fit"].trigger()  # what the facilitator did last
        QTimer.singleShot(0, _boom)
        qtbot.waitUntil(lambda: bool(shown))
    finally:
        guard.uninstall()
    title, text = shown[0]
    assert title == "Er ging iets mis"
    assert "Alles wat is opgeslagen is veilig" in text
    assert window.action_set["fit"].text().replace("&", "") in text
    assert str(guard.log_path) in text
    log = guard.log_path.read_text(encoding="utf-8")
    assert "RuntimeError: kapot in een slot" in log and "_boom" in log


def test_an_exception_in_a_thread_reaches_the_guard(qtbot, tmp_path: Path):
    shown: list[tuple[str, str]] = []
    guard = ExceptionGuard(tmp_path, lambda title, text: shown.append((title, text)))
    guard.install()
    try:
        worker = threading.Thread(target=_boom)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(shown))  # shown on the GUI thread, queued
    finally:
        guard.uninstall()
    assert "RuntimeError" in guard.log_path.read_text(encoding="utf-8")


def test_the_log_goes_to_the_users_log_folder() -> None:
    assert "Bruinpapier" in log_folder().parts
