"""The back row can read it: the real app under Xvfb, OCR on the projection at half size.

Opens a workshop with ``--round`` at 1280x800, presses F5, then PageDown until
the pages end; each screenshot is shrunk to half size (what the back of a
classroom sees) and read by tesseract in Dutch. At least 90% of the round's
post-it words of five or more letters must be recognised. CI installs Xvfb,
xdotool, ImageMagick, tesseract-ocr and tesseract-ocr-nld (see .ci/run).
"""

from __future__ import annotations

import csv
import re
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from app.__main__ import main
from app.model.entities import Note
from app.model.round_names import round_in
from app.model.store import WorkshopStore
from tests.helpers.xvfb_app import RunningApp, projection_pages, xvfb

SCREEN = (1280, 800)
WORD = re.compile(r"[^\W\d_]{5,}")
NEEDED = 0.9

SUBJECTS = (
    "leerlingen", "ouders", "collega's", "teamleden", "mentoren", "directie",
    "onderwijsassistenten", "stagiairs",
)  # fmt: skip
WISHES = (
    "Meer overleg tussen {} over de weektaak",
    "Duidelijke afspraken met {} over huiswerk",
    "Samen met {} het schoolplein vernieuwen",
    "Feedback van {} serieus nemen en bespreken",
    "Tijd vrijmaken voor gesprekken met {}",
    "Betere communicatie richting {} via nieuwsbrief",
    "Plezier en vertrouwen tussen {} versterken",
)


def workshop_csv(path: Path) -> None:
    """42 post-its in six subgroups of one imported round, as a spreadsheet would save them."""
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(["session", "round", "subgroup", "kind", "cluster", "text", "votes"])
        for i in range(42):
            group = i % 6
            text = WISHES[i // 6].format(SUBJECTS[(i + group) % len(SUBJECTS)])
            cluster = "Samenwerking" if i % 4 == 0 else ""
            writer.writerow(
                ["Sessie 1", "Ronde 1 – Wensen", f"Groep {group + 1}", "idee", cluster, text, ""]
            )


def post_it_words(path: Path, round_name: str) -> set[str]:
    with WorkshopStore.open(path, backup=False) as store:
        round_id = round_in(store, round_name)
        with store.read() as db:
            texts = db.scalars(select(Note.text).where(Note.round_id == round_id)).all()
    return {w.casefold() for text in texts for w in WORD.findall(text)}


def read_pages(pages: list[Path]) -> set[str]:
    """Every word tesseract reads on the pages; words hyphenated at a line end are joined."""
    words: set[str] = set()
    for page in pages:
        text = subprocess.run(
            ["tesseract", str(page), "stdout", "-l", "nld"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        text = re.sub(r"(\w)[-\u2010\u00ad]\s*\n\s*(\w)", r"\1\2", text)
        words |= {w.casefold() for w in WORD.findall(text)}
    return words


def legible_share(path: Path, round_name: str, home: Path) -> tuple[float, set[str]]:
    wanted = post_it_words(path, round_name)
    assert len(wanted) >= 20
    with xvfb(*SCREEN) as display:
        app = RunningApp(display, [str(path), "--round", round_name], home)
        try:
            assert app.geometry()[0] <= SCREEN[0] and app.geometry()[1] <= SCREEN[1]
            pages = projection_pages(app, *SCREEN, home, scale=0.5)
        finally:
            errors = app.close()
    assert "Traceback" not in errors, errors
    assert len(pages) >= 3  # the overview and at least a page per subgroup
    seen = read_pages(pages)
    missed = wanted - seen
    return 1 - len(missed) / len(wanted), missed


@pytest.fixture
def home(tmp_path: Path) -> Path:
    (tmp_path / "config").mkdir()
    return tmp_path


def test_the_demos_brown_paper_round_is_legible_from_the_back(home: Path) -> None:
    path = home / "demo.bruinpapier"
    assert main(["demo", str(path)]) == 0
    share, missed = legible_share(path, "Ronde 3 – Nieuwe mogelijkheden", home)
    assert share >= NEEDED, sorted(missed)


def test_an_imported_six_subgroup_round_is_legible_from_the_back(home: Path) -> None:
    path = home / "import.bruinpapier"
    notes = home / "notes.csv"
    workshop_csv(notes)
    assert main(["import", str(path), str(notes)]) == 0
    share, missed = legible_share(path, "Ronde 1", home)
    assert share >= NEEDED, sorted(missed)
