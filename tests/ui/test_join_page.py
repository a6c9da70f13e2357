"""The projection's "Join in" page: the round's QR code and URL while phones can join."""

from __future__ import annotations

import pytest
import segno
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from app.ui.projection.join import QrItem
from tests.helpers.participants import THEMES_ROUND, open_dialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


def shown_modules(view, item: QrItem) -> list[list[bool]]:
    """Which of the code's modules the projection shows dark, read back from its pixels."""
    image = view.viewport().grab().toImage()
    rows = []
    for y in range(len(item.matrix)):
        row = []
        for x in range(len(item.matrix)):
            centre = view.mapFromScene(item.mapToScene(item.module_rect(x, y).center()))
            row.append(image.pixelColor(centre).lightness() < 128)
        rows.append(row)
    return rows


def test_the_join_page_shows_the_rounds_code_while_phones_can_join(qtbot, window, demo_file):
    window.open_file(demo_file)
    window.show_round(THEMES_ROUND)
    window.resize(1280, 800)
    dialog = open_dialog(qtbot, window)
    dialog.host.setCurrentText("127.0.0.1")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.running
    qtbot.keyClick(window.board, Qt.Key.Key_F5)
    deck = window.session.projection.deck
    pane = window.session.projection.pane
    qtbot.waitUntil(lambda: pane.size() == window.size())
    qtbot.waitUntil(lambda: any(p.kind == "join" for p in deck.pages))

    while deck.current().kind != "join":
        qtbot.keyClick(pane, Qt.Key.Key_PageDown)
    view = deck.page_view
    items = view.scene().items()
    codes = sorted((i for i in items if isinstance(i, QrItem)), key=lambda i: -i.size)
    url = dialog.links[0].url
    assert codes[0].url == url
    assert codes[0].size >= pane.height() / 3
    expected = [[bool(m) for m in row] for row in segno.make(url, error="m").matrix]
    assert shown_modules(view, codes[0]) == expected
    texts = [i for i in items if isinstance(i, QGraphicsSimpleTextItem)]
    url_lines = [t for t in texts if t.text() == url]
    assert url_lines and url_lines[0].font().pixelSize() >= pane.height() / 40
    assert url_lines[0].sceneBoundingRect().right() <= view.viewport().width()
    assert sorted(c.url for c in codes[1:]) == sorted(link.url for link in dialog.links[1:])
    for code in codes[1:]:
        assert shown_modules(view, code) == [list(r) for r in code.matrix]

    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all(p.kind != "join" for p in deck.pages))
    assert deck.current().kind != "join"
