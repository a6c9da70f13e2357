"""Projection pages through the main window: legible at every screen size, stepped by keys."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt

from app.model.ops.edits import Add
from tests.helpers.projection import project
from tests.helpers.window import click_item, tree_items

pytest_plugins = ("tests.helpers.room_fixture",)  # the room fixture
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")

SCREENS = [(1024, 768), (1280, 800), (1366, 768), (1920, 1080)]


@pytest.mark.parametrize("size", SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS])
def test_every_page_is_legible_at_every_screen_size(qtbot, room, size):
    deck, pane = project(qtbot, room, size)
    assert room.width() <= size[0] and room.height() <= size[1]
    assert deck.index == 0 and deck.current().kind == "overview"
    shown_notes: set[int] = set()
    pages = len(deck.pages)
    for _ in range(pages - 1):
        qtbot.keyClick(room.board, Qt.Key.Key_PageDown)  # the clicker, laptop focused
        page = deck.current()
        if page.kind != "cards":
            continue
        items = deck.card_items()
        assert items, page.title
        sizes = {i.font.pixelSize() for i in items}
        assert len(sizes) == 1, page.title  # one text size per page
        assert sizes.pop() >= math.ceil(pane.height() / 40), page.title
        viewport = deck.page_view.viewport().rect()
        for item in items:
            box = item.mapRectToScene(item.boundingRect())
            assert viewport.contains(box.toAlignedRect()), (page.title, item.text())
            if not item.card.heading and page.key[0] == "subgroup":
                shown_notes.add(item.card.key)
    assert deck.index == pages - 1
    qtbot.keyClick(room.board, Qt.Key.Key_PageDown)
    assert deck.index == pages - 1  # the last page stays
    assert shown_notes == {
        n.note_id for n in room.board.board_scene.notes.values() if n.row["text"].strip()
    }


def test_arrows_and_home_step_unless_post_its_are_selected(qtbot, room):
    deck, pane = project(qtbot, room, (1280, 800))
    qtbot.keyClick(room.board, Qt.Key.Key_Right)
    qtbot.keyClick(room.board, Qt.Key.Key_Right)
    assert deck.index == 2
    qtbot.keyClick(pane, Qt.Key.Key_Left)  # the projection focused
    assert deck.index == 1
    qtbot.keyClick(pane, Qt.Key.Key_PageUp)
    assert deck.index == 0
    qtbot.keyClick(room.board, Qt.Key.Key_PageDown)
    qtbot.keyClick(room.board, Qt.Key.Key_Home)
    assert deck.index == 0
    scene = room.board.board_scene
    scene.select_notes([next(iter(scene.notes))])  # a post-it selected on the laptop
    qtbot.keyClick(room.board, Qt.Key.Key_Right)  # nudges the selected post-it instead
    assert deck.index == 0
    qtbot.keyClick(room.board, Qt.Key.Key_PageDown)  # the clicker still steps
    assert deck.index == 1


def test_pages_follow_live_edits(qtbot, room):
    room.action_set["reopen_round"].trigger()  # the demo's round is closed
    deck, _pane = project(qtbot, room, (1280, 800))
    qtbot.keyClick(room.board, Qt.Key.Key_PageDown)
    page = deck.current()
    subgroup_id = page.key[1]
    scene = room.board.board_scene
    room.document.push(
        Add(
            "note",
            (
                {
                    "round_id": scene.round_id,
                    "subgroup_id": subgroup_id,
                    "text": "Zomerschool voor nieuwkomers",
                    "x": scene.areas[subgroup_id].row["x"] + 20,
                    "y": scene.areas[subgroup_id].row["y"] + 900,
                },
            ),
        ),
        "Nieuwe post-it",
    )
    qtbot.waitUntil(lambda: any("Zomerschool" in i.text() for i in deck.card_items()), timeout=3000)
    assert deck.current().key[:2] == page.key[:2]  # still on that subgroup's page


def test_follow_mode_shows_the_laptops_view_and_paging_leaves_it(qtbot, room):
    deck, pane = project(qtbot, room, (1280, 800))
    room.action_set["follow_laptop"].trigger()
    assert deck.follow_mode and pane._stack.currentWidget() is pane.view
    qtbot.keyClick(room.board, Qt.Key.Key_PageDown)
    assert not deck.follow_mode and not room.action_set["follow_laptop"].isChecked()
    assert pane._stack.currentWidget() is deck.page_view


def test_summaries_and_the_benefits_logic_are_pages(qtbot, room):
    deck, _pane = project(qtbot, room, (1280, 800))
    kinds = [p.key[0] for p in deck.pages]
    for key in ("purpose", "logic", "themes", "principles", "workload"):
        assert key in kinds
    room.show_logic()
    logic_scene = room.logic.view.logic_scene
    deck.go(kinds.index("logic"))
    assert deck.logic_view.scene() is logic_scene  # the laptop's highlighting shows here too


def test_no_round_makes_the_window_larger_than_a_1024x768_screen(qtbot, room):
    room.resize(1024, 768)
    for item in tree_items(room, "round"):
        click_item(qtbot, room, item)
        for on in (False, True):
            room.action_set["projector"].setChecked(on)
            hint = room.minimumSizeHint()
            assert hint.width() <= 1024 and hint.height() <= 768, item.text(0)
            assert room.width() <= 1024 and room.height() <= 768, item.text(0)
