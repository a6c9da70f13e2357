"""The demo report holds every section, every post-it, page furniture and a working contents."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.export.files import ExportError
from app.export.report import ReportResult, write_report
from app.model.entities import Action, Initiative, LogicNode, Note, Principle, Theme
from app.model.store import WorkshopStore
from tests.helpers.report import big_rounds, normalise, one_round, pdf_pages

SECTIONS = (
    "Inhoud",
    "De bedoeling",
    "Het bruine papier",
    "De batenlogica",
    "Analyse van de batenlogica",
    "Beleidsthema's",
    "Overzicht: thema's, initiatieven en organisatieprincipes",
    "Organisatieprincipes",
    "Waar wordt werkdruk ervaren?",
    "Kansen De kansen zoals ze in de sessies zijn gemarkeerd",
    "Bijlage: alle post-its",
)


def test_demo_report_has_every_section(demo_report: tuple[ReportResult, list[str]]) -> None:
    result, pages = demo_report
    text = normalise(" ".join(pages))
    missing = [s for s in SECTIONS if s not in text]
    assert missing == []
    assert result.pages == len(pages)
    assert result.warnings == ()


def test_every_demo_note_and_plan_is_in_the_report(
    demo_store: WorkshopStore, demo_report: tuple[ReportResult, list[str]]
) -> None:
    text = normalise(" ".join(demo_report[1]))
    with demo_store.read() as db:
        notes = db.scalars(select(Note.text)).all()
        plan = [
            *db.scalars(select(Theme.name)),
            *db.scalars(select(Principle.name)),
            *db.scalars(select(Initiative.title).where(Initiative.chosen)),
            *db.scalars(select(Action.activity)),
            *db.scalars(select(LogicNode.label)),
        ]
    assert len(notes) > 100
    assert [n for n in notes if normalise(n) not in text] == []
    assert [p for p in plan if normalise(p) not in text] == []


def test_appendix_lists_notes_with_votes(demo_report: tuple[ReportResult, list[str]]) -> None:
    pages = demo_report[1]
    start = next(
        i for i, p in enumerate(pages) if "Bijlage: alle post-its" in p and "Inhoud" not in p
    )
    appendix = normalise(" ".join(pages[start:]))
    assert "Subgroep: Leerlingen" in appendix
    assert re.search(r"\(idee, \d+ stemmen\)", appendix)


def test_every_page_has_header_and_page_x_of_y(
    demo_report: tuple[ReportResult, list[str]],
) -> None:
    pages = demo_report[1]
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"pagina {number} van {total}" in page
        if number > 1:
            assert page.startswith("SWS Balans")


def test_contents_page_numbers_point_at_the_headings(
    demo_report: tuple[ReportResult, list[str]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    result, pages = demo_report
    reader = PdfReader(str(result.path))
    contents = "\n".join(p.extract_text(extraction_mode="layout") for p in reader.pages[:3])
    entries = dict(re.findall(r"^ *(\S.*?) [ .]+ (\d+)$", contents, flags=re.MULTILINE))
    for title in (
        "De bedoeling",
        "De batenlogica",
        "Organisatieprincipes",
        "Bijlage: alle post-its",
    ):
        page = pages[int(entries[title]) - 1]
        assert title in normalise(page).split("Basisschool SWS Balans ", 1)[1][: len(title) + 30]


def test_sections_without_data_say_how_to_fill_them(store: WorkshopStore, tmp_path: Path) -> None:
    one_round(store, ["Alleen een idee"])
    path = tmp_path / "kort.pdf"
    write_report(store, path)
    text = normalise(" ".join(pdf_pages(path)))
    assert "Het bruine papier" in text
    assert "Bijlage: alle post-its" in text
    for title in ("De bedoeling", "De batenlogica", "Beleidsthema's", "Organisatieprincipes",
                  "Waar wordt werkdruk ervaren?", "Kansen"):  # fmt: skip
        assert f"{title} Nog leeg. In de app:" in text, title
    assert "De bedoeling Waar" not in text and "Analyse van de batenlogica" not in text


def test_empty_workshop_gives_a_cover_only(store: WorkshopStore, tmp_path: Path) -> None:
    path = tmp_path / "leeg.pdf"
    result = write_report(store, path)
    assert result.pages == 1
    assert "Bijlage" not in pdf_pages(path)[0]


def test_progress_is_monotonic_and_ends_complete(store: WorkshopStore, tmp_path: Path) -> None:
    one_round(store, [f"Idee {i}" for i in range(12)])
    calls: list[tuple[int, int, str]] = []
    write_report(
        store, tmp_path / "r.pdf", progress=lambda d, t, label: calls.append((d, t, label))
    )
    fractions = [d / t for d, t, _ in calls]
    assert fractions == sorted(fractions)
    assert calls[-1][0] == calls[-1][1]
    assert all(label for _, _, label in calls)


@pytest.mark.parametrize(
    "target",
    ["missing-folder/verslag.pdf", "a-file.txt/verslag.pdf", "a-folder"],
    ids=["missing folder", "file as folder", "folder as target"],
)
def test_unwritable_target_is_refused_and_leaves_nothing(
    store: WorkshopStore, tmp_path: Path, target: str
) -> None:
    one_round(store, ["Een idee"])
    (tmp_path / "a-file.txt").write_text("not a folder")
    (tmp_path / "a-folder").mkdir()
    before = sorted(p.name for p in tmp_path.rglob("*"))
    with pytest.raises(ExportError) as caught:
        write_report(store, tmp_path / target)
    assert str(tmp_path / target) in str(caught.value)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_failure_while_writing_keeps_the_old_file_and_no_temp(
    store: WorkshopStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one_round(store, ["Een idee"])
    target = tmp_path / "verslag.pdf"
    target.write_bytes(b"old report")

    def broken(data: object, temp: str, progress: object = None, paper: str = "a4") -> int:
        Path(temp).write_bytes(b"%PDF half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("app.export.report.render", broken)
    with pytest.raises(ExportError, match="No space left"):
        write_report(store, target)
    assert target.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir() if p.name != "test.bruinpapier"
            and not p.name.startswith("test.bruinpapier")] == ["verslag.pdf"]  # fmt: skip


def test_big_boards_get_detail_pages_and_the_contents_stays_right(
    store: WorkshopStore, tmp_path: Path
) -> None:
    big_rounds(store, rounds=2, per_subgroup=60)
    path = tmp_path / "groot.pdf"
    result = write_report(store, path)
    pages = pdf_pages(path)
    assert result.pages == len(pages)
    details = re.findall(r"Uitvergroting: (Groep \d \(Ronde \d\))", " ".join(pages))
    assert len(set(details)) == 2 * 5  # every subgroup of both rounds, in one part or more
    laid_out = [p.extract_text(extraction_mode="layout") for p in PdfReader(str(path)).pages[1:3]]
    # the contents pages only: a board page's vote badges are numbers at line ends too
    contents = "\n".join(text for text in laid_out if "Inhoud" in text or " . . ." in text)
    entries = re.findall(r"^ *(\S.*?) [ .]+ (\d+)$", contents, flags=re.MULTILINE)
    assert len(entries) >= 5
    for title, number in entries:
        assert title in normalise(pages[int(number) - 1]), (title, number)
