"""PNG and SVG pictures of a board and of the batenlogica, at the requested size."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtGui import QImage
from sqlalchemy import select

from app.export import pictures
from app.export.board_figure import board_bounds
from app.export.files import ExportError
from app.export.logic_figure import logic_figure
from app.export.reading import read_report_data
from app.model.entities import Round
from app.model.errors import WorkshopError
from app.model.store import WorkshopStore


def brown_paper_round(store: WorkshopStore) -> int:
    with store.read() as db:
        return db.scalars(select(Round.id).where(Round.title.like("Ronde 3%"))).first()


def colours(image: QImage, step: int = 7) -> set[int]:
    return {
        image.pixel(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }


@pytest.mark.parametrize("scale", [0.5, 1.5])
def test_board_png_has_the_board_size_times_scale(
    qapp, demo_store: WorkshopStore, tmp_path: Path, scale: float
) -> None:
    round_id = brown_paper_round(demo_store)
    data = read_report_data(demo_store)
    rnd = next(r for _, r in data.rounds() if r.id == round_id)
    bounds = board_bounds(rnd)
    path = pictures.export_board_png(demo_store, round_id, tmp_path / "bord.png", scale)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (
        math.ceil(bounds.w * scale),
        math.ceil(bounds.h * scale),
    )
    assert len(colours(image)) > 20  # paper, areas, post-its, text and dots, not a blank image


def test_logic_svg_has_its_size_and_the_labels_as_text(
    qapp, demo_store: WorkshopStore, tmp_path: Path
) -> None:
    data = read_report_data(demo_store)
    figure = logic_figure(data.logic, data.themes)
    path = pictures.export_logic_svg(demo_store, tmp_path / "logica.svg", 2.0)
    root = ET.parse(path).getroot()
    width = float(root.attrib["width"].removesuffix("px").removesuffix("mm"))
    assert root.attrib["viewBox"].split()[2:] == [
        str(math.ceil(figure.bounds.w * 2)),
        str(math.ceil(figure.bounds.h * 2)),
    ]
    assert width > 0
    words = " ".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    assert "Differentiëren" in words


def test_logic_png_and_board_svg_are_written(
    qapp, demo_store: WorkshopStore, tmp_path: Path
) -> None:
    document = SimpleNamespace(store=demo_store)  # what the main window passes: its Document
    png = pictures.export_logic_png(document, tmp_path / "logica.png", 0.5)
    assert len(colours(QImage(str(png)))) > 5
    svg = pictures.export_board_svg(demo_store, brown_paper_round(demo_store), tmp_path / "b.svg")
    assert "Kind centraal" in svg.read_text(encoding="utf-8")


def test_refusals(qapp, demo_store: WorkshopStore, tmp_path: Path) -> None:
    round_id = brown_paper_round(demo_store)
    with pytest.raises(WorkshopError, match="smaller scale"):
        pictures.export_board_png(demo_store, round_id, tmp_path / "big.png", 500)
    with pytest.raises(WorkshopError, match="no longer exists"):
        pictures.export_board_png(demo_store, 9999, tmp_path / "x.png")
    with pytest.raises(ExportError, match="does not exist"):
        pictures.export_board_svg(demo_store, round_id, tmp_path / "nope" / "b.svg")
    assert list(tmp_path.iterdir()) == []


def test_empty_batenlogica_is_refused(qapp, store: WorkshopStore, tmp_path: Path) -> None:
    with pytest.raises(WorkshopError, match="still empty"):
        pictures.export_logic_png(store, tmp_path / "l.png")
