"""Fixtures of the board tests: a fresh two-subgroup round, its document and a shown board view.

Test modules load them with ``pytest_plugins = ("tests.helpers.board_fixtures",)``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.model.store import WorkshopStore
from app.ui.board.editor import editor_for
from app.ui.board.view import BoardView
from app.ui.document import Document
from tests.helpers.board import Board, build_board


@pytest.fixture
def board(store: WorkshopStore) -> Board:
    return build_board(store)


@pytest.fixture
def document(store: WorkshopStore, board: Board) -> Iterator[Document]:
    doc = Document(store)
    yield doc
    doc.undo_stack.clear()


@pytest.fixture
def view(qtbot, document: Document, board: Board) -> BoardView:
    """A shown board view on the fresh round, fitted to a 1200x800 viewport."""
    v = BoardView(document)
    editor_for(v)  # the board's edits, as the main window's board editor makes them
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    qtbot.waitExposed(v)
    v.show_round(board.round_id)
    v.activateWindow()
    v.setFocus()
    return v
