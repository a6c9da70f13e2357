"""QR codes of join URLs, made in memory with segno (SVG for screens, PNG for Qt and PDF)."""

from __future__ import annotations

import io

import segno


def qr_svg(url: str, scale: int = 8) -> bytes:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="svg", scale=scale, border=2, xmldecl=False)
    return buffer.getvalue()


def qr_png(url: str, scale: int = 8) -> bytes:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()


def qr_matrix(url: str) -> tuple[tuple[bool, ...], ...]:
    """The code's modules (True: dark), without a quiet zone, for drawing at any size."""
    return tuple(tuple(bool(m) for m in row) for row in segno.make(url, error="m").matrix)
