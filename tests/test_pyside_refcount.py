"""PySide6 6.12.0 on Python < 3.12 leaks a reference to None on every void call."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_calls_keep_none_refcount(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.update()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        widget.update()
    after = sys.getrefcount(None)
    assert abs(after - before) < 100, f"None refcount drifted by {after - before}"
