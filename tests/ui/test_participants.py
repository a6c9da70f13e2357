"""Session → Let participants join, through the real main window: a phone's note on the board."""

from __future__ import annotations

import gc
import json
import sys
import threading
import urllib.request

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from sqlalchemy import select

from app.model.entities import Note, StakeholderGroup
from tests.helpers.participants import THEMES_ROUND, open_dialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


def post(url: str, body: dict) -> dict:
    request = urllib.request.Request(
        url, json.dumps(body).encode(), {"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=20) as response:
        return json.loads(response.read())


class Phone(threading.Thread):
    """A phone on another thread: joins a subgroup's URL and sends one note."""

    def __init__(self, url: str, text: str) -> None:
        super().__init__(daemon=True)
        self.base, _, sub = url.rpartition("/")
        self.subgroup = int(sub)
        self.text = text
        self.answer: dict | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            device = post(f"{self.base}/api/join", {"subgroup": self.subgroup})["device"]
            body = {"device": device, "key": "k1", "text": self.text}
            self.answer = post(f"{self.base}/api/note", body)
        except BaseException as exc:
            self.error = exc


def test_a_phones_note_arrives_on_the_board_as_one_undoable_step(
    qtbot, window, interaction, demo_file, tmp_path
):
    window.open_file(demo_file)
    window.show_round(THEMES_ROUND)
    dialog = open_dialog(qtbot, window)
    dialog.host.setCurrentText("127.0.0.1")
    switch = sys.getswitchinterval()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.running
    # the window's thread comes first while phones send: its objects out of full
    # collections, and the GIL back from the server's thread within 0.1 ms
    assert gc.get_freeze_count() > 0
    assert sys.getswitchinterval() < switch
    assert dialog.url.text().startswith("http://127.0.0.1:")
    assert not dialog.qr.pixmap().isNull()
    assert dialog.subgroups.count() == 5
    target = dialog.links[2]
    scene = window.board.board_scene
    before = set(scene.notes)

    phone = Phone(target.url, "Vanaf de telefoon")
    phone.start()
    qtbot.waitUntil(lambda: not phone.is_alive(), timeout=20_000)  # the GUI thread serves it
    assert phone.error is None, phone.error
    note_id = phone.answer["id"]
    assert set(scene.notes) == before | {note_id}
    assert (
        scene.notes[note_id]
        .sceneBoundingRect()
        .intersects(
            scene.areas[target.subgroup_id].mapRectToScene(scene.areas[target.subgroup_id].rect())
        )
    )
    store = window.document.store
    with store.read() as db:
        note = db.get_one(Note, note_id)
        assert (note.text, note.subgroup_id) == ("Vanaf de telefoon", target.subgroup_id)
    expected = QCoreApplication.translate("Participants", "Post-it from a phone")
    assert window.document.undo_stack.undoText() == expected
    window.action_set["undo"].trigger()
    assert note_id not in scene.notes
    with store.read() as db:
        assert db.scalar(select(Note.id).where(Note.id == note_id)) is None

    dialog.dots.setValue(2)
    qtbot.mouseClick(dialog.open_vote, Qt.MouseButton.LeftButton)
    box = dialog.lock
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    run = dialog.thread.server.run
    vote, writing = dialog.thread.call(lambda: (run.vote, run.writing)).result(5)
    assert (vote.dots, vote.open, writing) == (2, True, False)
    qtbot.mouseClick(dialog.close_vote, Qt.MouseButton.LeftButton)
    assert dialog.thread.call(lambda: run.vote.open).result(5) is False

    cards = tmp_path / "kaarten.pdf"
    interaction.paths.append(cards)
    qtbot.mouseClick(dialog.cards, Qt.MouseButton.LeftButton)
    assert len(PdfReader(cards).pages) == 2  # five subgroups, four cards to a page

    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert not dialog.running
    assert (gc.get_freeze_count(), sys.getswitchinterval()) == (0, switch)
    window.set_document(None)  # the window closes the file; no server is left behind
    assert window.participants.dialog is None


class Voter(threading.Thread):
    """A phone of one stakeholder group that spends ``dots`` on one post-it."""

    def __init__(self, url: str, group: int, note_id: int, dots: int) -> None:
        super().__init__(daemon=True)
        self.base, _, sub = url.rpartition("/")
        self.subgroup, self.group, self.note_id, self.dots = int(sub), group, note_id, dots
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            device = post(f"{self.base}/api/join", {"subgroup": self.subgroup})["device"]
            post(f"{self.base}/api/profile", {"device": device, "name": "", "group": self.group})
            for _ in range(self.dots):
                post(f"{self.base}/api/dot", {"device": device, "id": self.note_id, "delta": 1})
        except BaseException as exc:
            self.error = exc


def test_a_post_it_shows_its_dots_per_stakeholder_group_on_hover(qtbot, window, demo_file):
    window.open_file(demo_file)
    window.show_round(THEMES_ROUND)
    dialog = open_dialog(qtbot, window)
    dialog.host.setCurrentText("127.0.0.1")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.open_vote, Qt.MouseButton.LeftButton)
    scene = window.board.board_scene
    note_id = min(scene.notes)
    with window.document.store.read() as db:
        groups = db.execute(
            select(StakeholderGroup.id, StakeholderGroup.name).order_by(
                StakeholderGroup.position, StakeholderGroup.id
            )
        ).all()
    (first, first_name), (second, second_name) = groups[:2]
    assert scene.notes[note_id].toolTip() == ""
    for voter in (
        Voter(dialog.links[1].url, second, note_id, 2),
        Voter(dialog.links[2].url, first, note_id, 1),
    ):
        voter.start()
        qtbot.waitUntil(lambda v=voter: not v.is_alive(), timeout=20_000)
        assert voter.error is None, voter.error
    expected = f"{first_name} 1 · {second_name} 2"
    qtbot.waitUntil(lambda: scene.notes[note_id].toolTip() == expected)
    window.action_set["undo"].trigger()  # the last dot, its group's count with it
    qtbot.waitUntil(lambda: scene.notes[note_id].toolTip() == f"{second_name} 2")
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
