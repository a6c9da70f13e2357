"""Comparing what is on screen with what a full repaint draws."""

from __future__ import annotations

from PySide6.QtGui import QImage


def largest_difference(a: QImage, b: QImage) -> int:
    """The largest difference of one colour channel between two pictures of the same size."""
    assert a.size() == b.size()
    one = bytes(a.convertToFormat(QImage.Format.Format_RGB32).constBits())
    two = bytes(b.convertToFormat(QImage.Format.Format_RGB32).constBits())
    if one == two:
        return 0
    return max(abs(p - q) for p, q in zip(one, two, strict=True) if p != q)
