"""A printable A4 PDF of QR cards, one per subgroup: its name on its colour, the code, the URL.

A table's phones scan their card and land in that subgroup's area without
choosing. The QR code is drawn as vector squares, so it prints sharp at any size.
"""

from __future__ import annotations

from pathlib import Path

import segno
from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.export.fonts import BOLD, REGULAR, register, showable
from app.server.server import JoinLink

COLUMNS, ROWS = 2, 2
MARGIN = 12 * mm
BAND = 22 * mm
HELP = (
    "Scan met de camera van je telefoon (op het wifi-netwerk van de zaal)",
    "Scan with your phone's camera (on the room's Wi-Fi network)",
)


def _colour(value: str) -> HexColor:
    try:
        return HexColor(value) if value else HexColor("#d9c7a7")
    except ValueError:
        return HexColor("#d9c7a7")


def _fit(canvas: Canvas, text: str, face: str, size: float, width: float) -> float:
    while size > 6 and canvas.stringWidth(text, face, size) > width:
        size -= 0.5
    return size


def _qr(canvas: Canvas, url: str, x: float, y: float, side: float) -> None:
    code = segno.make(url, error="m")
    matrix = list(code.matrix)
    cell = side / (len(matrix) + 4)
    canvas.setFillColor(black)
    for row, line in enumerate(matrix):
        for col, dark in enumerate(line):
            if dark:
                top = y + side - (row + 3) * cell
                canvas.rect(x + (col + 2) * cell, top, cell, cell, stroke=0, fill=1)


def _card(canvas: Canvas, link: JoinLink, x: float, y: float, w: float, h: float) -> None:
    canvas.setStrokeColor(HexColor("#8a6a45"))
    canvas.setDash(3, 3)
    canvas.rect(x, y, w, h, stroke=1, fill=0)  # the cutting line
    canvas.setDash()
    colour = _colour(link.colour)
    canvas.setFillColor(colour)
    canvas.rect(x, y + h - BAND, w, BAND, stroke=0, fill=1)
    name = showable(" ".join(link.name.split()))
    size = _fit(canvas, name, BOLD, 16, w - 10 * mm)
    canvas.setFillColor(black if colour.rgb() and sum(colour.rgb()) > 1.5 else white)
    canvas.setFont(BOLD, size)
    canvas.drawCentredString(x + w / 2, y + h - BAND / 2 - size / 3, name)
    side = min(w - 20 * mm, h - BAND - 34 * mm)
    _qr(canvas, link.url, x + (w - side) / 2, y + 22 * mm, side)
    canvas.setFillColor(black)
    url_size = _fit(canvas, link.url, REGULAR, 9, w - 8 * mm)
    canvas.setFont(REGULAR, url_size)
    canvas.drawCentredString(x + w / 2, y + 15 * mm, link.url)
    for i, line in enumerate(HELP):
        canvas.setFont(REGULAR, _fit(canvas, line, REGULAR, 8, w - 8 * mm))
        canvas.drawCentredString(x + w / 2, y + (9 - 4 * i) * mm, line)


def write_cards(path: Path, links: list[JoinLink]) -> int:
    """Write one card per subgroup link (four to a page); the number of pages."""
    register()
    cards = [link for link in links if link.subgroup_id is not None]
    canvas = Canvas(str(path), pagesize=A4, pageCompression=1)
    canvas.setTitle("Bruinpapier – QR-kaarten")
    page_w, page_h = A4
    w = (page_w - 2 * MARGIN) / COLUMNS
    h = (page_h - 2 * MARGIN) / ROWS
    per_page = COLUMNS * ROWS
    pages = max(1, -(-len(cards) // per_page))
    for index, link in enumerate(cards):
        if index and index % per_page == 0:
            canvas.showPage()
        slot = index % per_page
        x = MARGIN + (slot % COLUMNS) * w
        y = page_h - MARGIN - (slot // COLUMNS + 1) * h
        _card(canvas, link, x, y, w, h)
    canvas.save()
    return pages
