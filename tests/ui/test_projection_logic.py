"""The projected batenlogica in legible parts, and summary pages titled by themselves."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt

from app.ui.batenlogica.items import TAG_PX, NodeItem, ThemeBandItem
from tests.helpers.projection import project

pytest_plugins = ("tests.helpers.room_fixture",)  # the room fixture
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")

SCREENS = [(1280, 800), (1024, 768)]


def logic_page_indices(deck) -> list[int]:
    return [i for i, p in enumerate(deck.pages) if p.kind == "logic"]


@pytest.mark.parametrize("size", SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS])
def test_every_label_on_every_benefits_logic_page_is_legible(qtbot, room, size):
    deck, pane = project(qtbot, room, size)
    pages = logic_page_indices(deck)
    assert pages
    legible = math.ceil(pane.height() / 40)
    scene = room.logic.view.logic_scene
    nodes = [i for i in scene.items() if isinstance(i, NodeItem)]
    whole: set[int] = set()
    for index in pages:
        while deck.index != index:
            qtbot.keyClick(room.board, Qt.Key.Key_PageDown)
        view = deck.logic_view
        assert pane._stack.currentWidget() is view
        zoom = view.transform().m11()
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        labels = 0
        for node in nodes:
            box = node.scene_box()
            if shown.intersects(node.mapRectToScene(node.label_rect())):
                labels += 1
                assert node.label_px() * zoom >= legible, node.row["label"]
                assert TAG_PX * zoom >= legible
            if shown.contains(box):
                whole.add(node.node_id)
        for band in (i for i in scene.items() if isinstance(i, ThemeBandItem)):
            if shown.intersects(band.frame()):
                assert band.title_px() * zoom >= legible, band.title
        assert labels, deck.current().title
        assert pane.question.text() == deck.current().title
    assert whole == {n.node_id for n in nodes}  # every box shows whole on some page
    assert len(pages) > 1  # the demo's diagram does not fit one legible screen


def test_highlighted_paths_on_the_laptop_show_on_the_projected_part(qtbot, room):
    deck, _pane = project(qtbot, room, (1280, 800))
    deck.go(logic_page_indices(deck)[0])
    scene = room.logic.view.logic_scene
    assert deck.logic_view.scene() is scene  # the laptop's own diagram, not a copy
    node = next(i for i in scene.items() if isinstance(i, NodeItem))
    scene.clearSelection()
    node.setSelected(True)
    assert node in deck.logic_view.scene().selectedItems()


def test_summary_pages_show_their_own_title_in_the_banner(qtbot, room):
    deck, pane = project(qtbot, room, (1280, 800))
    question = pane.question.text()
    assert question  # the round's question on the overview
    titles = {p.key[0]: p.title for p in deck.pages}
    assert titles["purpose"].startswith("De bedoeling per geleding")
    assert titles["principles"].startswith("Organisatieprincipes")
    assert titles["logic"].startswith("Batenlogica")
    for key in ("purpose", "logic", "themes", "principles", "workload"):
        while deck.current().key[0] != key:
            qtbot.keyClick(room.board, Qt.Key.Key_PageDown)
        assert pane.question.text() == deck.current().title != question
        assert not pane.title.isVisible()
    qtbot.keyClick(room.board, Qt.Key.Key_Home)
    assert pane.question.text() == question
    qtbot.keyClick(room.board, Qt.Key.Key_PageDown)  # a subgroup page: the round's question
    assert deck.current().key[0] == "subgroup" and pane.question.text() == question
