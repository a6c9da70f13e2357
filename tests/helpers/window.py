"""Driving the main window like a user: its workshop tree and its board, with the mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from sqlalchemy import select

from app.model.entities import Note
from app.model.store import WorkshopStore
from app.ui.window.main_window import MainWindow
from app.ui.window.workshop_tree import ID_ROLE, KIND_ROLE


def tree_items(window: MainWindow, kind: str) -> list[QTreeWidgetItem]:
    items = window.tree.findItems("", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)
    return [i for i in items if i.data(0, KIND_ROLE) == kind]


def round_item(window: MainWindow, round_id: int) -> QTreeWidgetItem:
    (item,) = [i for i in tree_items(window, "round") if i.data(0, ID_ROLE) == round_id]
    return item


def click_item(qtbot, window: MainWindow, item: QTreeWidgetItem) -> None:
    rect = window.tree.visualItemRect(item)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_note(qtbot, window: MainWindow, note_id: int) -> None:
    board = window.board
    assert board is not None
    item = board.board_scene.notes[note_id]
    board.centerOn(item)
    pos = board.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(board.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def first_note(store: WorkshopStore, round_id: int) -> Note:
    with store.read() as db:
        return db.scalars(select(Note).where(Note.round_id == round_id).order_by(Note.id)).first()
