"""Combo boxes that list model rows and keep the chosen row when they are refilled."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def refill(combo: QComboBox, entries: list[tuple[str, int]]) -> None:
    """Replace the entries (label, row id), keeping the current id if it is still there.

    No signal is emitted for the refill itself: callers refresh after it.
    """
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for label, value in entries:
        combo.addItem(label, value)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(max(0, index) if entries else -1)
    combo.blockSignals(False)
