"""The window at the edges: a hostile file is refused with a message, the report can be
cancelled without leaving anything, a backup problem only warns, and SIGTERM closes whole."""

from __future__ import annotations

import hashlib
import shutil
import signal
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app.export.files import ExportCancelled
from app.model.backups import backup_dir
from app.model.ops import Update
from app.ui.app import quit_on_signals
from app.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_file_with_a_foreign_trigger_is_refused_with_a_message(
    window: MainWindow, interaction, demo_file: Path
) -> None:
    conn = sqlite3.connect(demo_file)
    conn.execute("CREATE TRIGGER evil AFTER UPDATE ON note BEGIN DELETE FROM note; END")
    conn.commit()
    conn.close()
    before = sha(demo_file)
    interaction.paths.append(demo_file)
    window.action_set["open"].trigger()
    ((_title, message),) = interaction.errors
    assert demo_file.name in message and "evil" in message
    assert "Traceback" not in message
    assert window.document is None
    assert sha(demo_file) == before


def test_cancel_stops_the_report_and_leaves_nothing(
    qtbot, window: MainWindow, interaction, demo_file: Path
) -> None:
    window.open_file(demo_file)
    pdf = demo_file.with_name("verslag.pdf")
    interaction.paths.append(pdf)
    progress = window.files.progress
    original = window.files._report_progress
    calls: list[int] = []

    def click_cancel_once_started(done: int, total: int, label: str) -> None:
        calls.append(done)
        if len(calls) == 3:
            (button,) = progress.findChildren(QPushButton)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        original(done, total, label)

    window.files._report_progress = click_cancel_once_started  # type: ignore[method-assign]
    window.action_set["export_report"].trigger()
    assert len(calls) == 3  # the fourth step raised ExportCancelled inside the report
    assert interaction.errors == []
    assert "cancelled" in window.statusBar().currentMessage().lower() or (
        "geannuleerd" in window.statusBar().currentMessage()
    )
    assert sorted(p.name for p in demo_file.parent.iterdir() if "verslag" in p.name) == []
    assert progress.isHidden()
    assert not progress.wasCanceled()  # the next report starts afresh
    progress.cancel()
    with pytest.raises(ExportCancelled):
        original(0, 10, "x")
    progress.reset()


def test_an_unwritable_backups_folder_warns_but_opens(window: MainWindow, demo_file: Path):
    backup_dir(demo_file).write_text("a file where the folder should be")
    assert window.open_file(demo_file)
    assert window.document is not None
    message = window.statusBar().currentMessage()
    assert "backup" in message.lower() or "reservekopie" in message.lower()


def test_sigterm_closes_the_workshop_whole(window: MainWindow, demo_file: Path, tmp_path):
    previous = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    timer = quit_on_signals(QApplication.instance())  # type: ignore[arg-type]
    try:
        window.open_file(demo_file)
        store = window.document.store
        store._checkpoints.quiet = 3600  # only the signal's close can copy the edit
        store.apply(Update("note", {1: {"text": "saved by SIGTERM"}}))
        signal.raise_signal(signal.SIGTERM)
        assert window.document is None
        assert not window.isVisible()
        copy = tmp_path / "usb.bruinpapier"
        shutil.copyfile(demo_file, copy)
        conn = sqlite3.connect(copy)
        assert conn.execute("SELECT text FROM note WHERE id=1").fetchone()[0] == (
            "saved by SIGTERM"
        )
        conn.close()
    finally:
        timer.stop()
        for number, handler in previous.items():
            signal.signal(number, handler)
