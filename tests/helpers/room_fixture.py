"""The projection tests' room: the demo's brown-paper round, opened the way `--round` does.

Test modules load it with ``pytest_plugins = ("tests.helpers.room_fixture",)``.
"""

from __future__ import annotations

import pytest

from app.ui.app import open_main_window

BROWN_PAPER = "Ronde 3 – Nieuwe"


@pytest.fixture
def room(qtbot, demo_file):
    """The main window at the demo's brown-paper round, the way `--round` opens it."""
    window = open_main_window(demo_file, demo=False, round_name=BROWN_PAPER)
    qtbot.addWidget(window)
    yield window
    window.close()
    window.translations.apply("en")
