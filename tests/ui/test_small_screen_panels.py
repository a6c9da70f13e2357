"""Side panels on a 1024x768 screen: tabbed, each at least its minimum size, nothing off-screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDockWidget

from tests.helpers.window import click_item, tree_items

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


def settle(qtbot, window, size: tuple[int, int]) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    qtbot.wait(20)  # the panels are arranged right after the resize (a zero-time timer)


def visible_docks(window) -> list[QDockWidget]:
    return [d for d in window.findChildren(QDockWidget) if d.isVisible() and d.widget()]


def test_at_1024x768_the_right_panels_are_tabs_and_none_is_squeezed(qtbot, window, demo_file):
    window.open_file(demo_file)
    settle(qtbot, window, (1024, 768))
    assert window.capture_dock in window.tabifiedDockWidgets(window.inspector_dock)
    checked = 0
    for item in tree_items(window, "round"):
        click_item(qtbot, window, item)
        qtbot.wait(20)
        assert window.width() <= 1024 and window.height() <= 768, item.text(0)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 768, item.text(0)
        for dock in visible_docks(window):
            contents, least = dock.widget().size(), dock.widget().minimumSizeHint()
            if window.tabifiedDockWidgets(dock) and dock.visibleRegion().isEmpty():
                continue  # a tab behind another: drawn at the front tab's size when raised
            assert contents.width() >= least.width(), (item.text(0), dock.objectName())
            assert contents.height() >= least.height(), (item.text(0), dock.objectName())
            checked += 1
    assert checked


def test_a_tall_window_stacks_them_again(qtbot, window, demo_file):
    window.open_file(demo_file)
    settle(qtbot, window, (1024, 768))
    assert window.capture_dock in window.tabifiedDockWidgets(window.inspector_dock)
    settle(qtbot, window, (1600, 1200))
    assert window.capture_dock not in window.tabifiedDockWidgets(window.inspector_dock)
    assert window.capture_dock.isVisible() and window.inspector_dock.isVisible()
