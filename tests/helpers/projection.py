"""Projecting in the projection tests (their ``room`` is in tests/helpers/room_fixture.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def project(qtbot, window, size: tuple[int, int]):
    """F5 at ``size``; the deck and pane once the pages are laid out for it."""
    window.resize(*size)
    qtbot.keyClick(window.board, Qt.Key.Key_F5)
    deck = window.session.projection.deck
    pane = window.session.projection.pane
    qtbot.waitUntil(lambda: pane.size() == window.size())
    deck.rebuild()  # what the resize's debounce does a moment later
    return deck, pane
