"""The printable QR cards: one per subgroup with its name, colour and URL, four to an A4 page."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from app.server.cards import write_cards
from app.server.server import JoinLink


def test_cards_carry_each_subgroups_name_colour_and_url(tmp_path: Path) -> None:
    base = "http://127.0.0.1:8765/p/abcdefghijklmnopqrstuv/"
    links = [JoinLink(None, "Ronde", "", base)] + [
        JoinLink(i, f"Groep {i}", colour, f"{base}{i}")
        for i, colour in enumerate(["#ff0000", "#00ff00", "#0000ff", "", "#123456"], start=1)
    ]
    out = tmp_path / "cards.pdf"
    assert write_cards(out, links) == 2
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [round(v) for v in A4]
    text = "".join(page.extract_text() for page in reader.pages)
    for i in range(1, 6):
        assert f"Groep {i}" in text and f"{base}{i}" in text
    assert "Ronde" not in text  # the round's own link is no card
    # The first card's band is red: render the page and look at its top-left card.
    subprocess.run(
        ["pdftoppm", "-r", "20", "-png", "-f", "1", "-l", "1", out, tmp_path / "p"], check=True
    )
    png = next(tmp_path.glob("p*.png"))
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    band = image.pixelColor(int(image.width() * 0.25), int(image.height() * 0.06))
    assert (band.red(), band.green(), band.blue()) == (255, 0, 0)
