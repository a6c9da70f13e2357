"""The trajectory on the command line: templates, new, check, follow-up exports, meeting PDFs."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from app.__main__ import main
from app.model.ops.edits import add
from app.model.ops.trajectory import add_action, add_framework
from app.model.store import WorkshopStore
from app.model.templates import all_templates
from app.model.trajectory.read import dated_activities
from tests.helpers.report import normalise, pdf_pages

HEADINGS = {
    "followup": "Voortgang van de initiatieven",
    "measurements": "Metingen door de tijd",
    "meetings": "Bijeenkomsten",
    "implementation": "Implementatieplan",
    "minutes": "Verslag per ronde",
    "grid": "Halen en brengen",
}
"""Sections a template's report shows even before there is data for them."""


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("trajectory") / "demo.bruinpapier"
    assert main(["demo", str(path)]) == 0
    return path


def test_templates_prints_id_tab_name(capsys) -> None:
    assert main(["templates"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [f"{t.id}\t{t.name}" for t in all_templates()]
    assert {"vernieuwend-werken", "focusgroep", "ontwikkelnetwerk", "halen-en-brengen"} <= {
        line.split("\t")[0] for line in lines
    }


@pytest.mark.parametrize("template", [t for t in all_templates() if t.source is not None])
def test_each_template_from_new_to_check_and_report(template, tmp_path, capsys) -> None:
    path = tmp_path / "t.bruinpapier"
    assert main(["new", str(path), "--template", template.id, "--school", "De Klimop"]) == 0
    capsys.readouterr()
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    listed = [line for line in out.splitlines() if line.startswith("session ")]
    assert len(listed) == len(template.sessions)
    for line, session in zip(listed, template.sessions, strict=True):
        assert f"{session.title} [{session.kind.value}" in line
    assert main(["export", str(path), "--pdf", str(tmp_path / "r.pdf")]) == 0
    text = normalise(" ".join(pdf_pages(tmp_path / "r.pdf")))
    assert "De Klimop" in text
    for section in template.report_sections:
        if section in HEADINGS:
            assert HEADINGS[section] in text, section


def test_vernieuwend_werken_shows_three_supportgroep_meetings(tmp_path, capsys) -> None:
    path = tmp_path / "vw.bruinpapier"
    assert main(["new", str(path), "--template", "vernieuwend-werken", "--date", "2026-09-01"]) == 0
    capsys.readouterr()
    assert main(["check", str(path)]) == 0
    sessions = [x for x in capsys.readouterr().out.splitlines() if x.startswith("session ")]
    kinds = [line.split("[", 1)[1].split(",")[0] for line in sessions]
    assert kinds == [
        "supportgroep",
        "workshop",
        "analyse",
        "supportgroep",
        "workshop",
        "supportgroep",
    ]
    assert "2026-09-01" in sessions[0]


def test_the_focusgroep_report_has_its_implementation_plan(tmp_path, capsys) -> None:
    path = tmp_path / "fg.bruinpapier"
    argv = ["new", str(path), "--template", "focusgroep", "--topic", "Veiligheid"]
    assert main([*argv, "--topic", "Pesten"]) == 0
    with WorkshopStore.open(path) as store:
        with store.read() as db:
            theme = db.connection().exec_driver_sql("SELECT id FROM theme WHERE name='Pesten'")
            theme_id = theme.scalar()
        inverse = store.apply(
            add("initiative", theme_id=theme_id, title="Anti-pestprotocol", chosen=True)
        )
        (initiative,) = inverse.ids
        store.apply(add_action(initiative, "Protocol schrijven", "Werkgroep", dt.date(2027, 1, 15)))
        store.apply(add_framework(initiative, "wetgeving", "Meldplicht"))
    assert main(["export", str(path), "--pdf", str(tmp_path / "fg.pdf")]) == 0
    text = normalise(" ".join(pdf_pages(tmp_path / "fg.pdf")))
    plan = text[text.index("Implementatieplan", text.index("Inhoud") + 200) :]
    assert "1 actie met wie en wanneer; 1 kader om te veranderen: wetgeving (1)" in plan
    assert "Protocol schrijven" in plan and "Werkgroep" in plan and "15 januari 2027" in plan
    assert "wetgeving: Meldplicht" in plan


def test_new_refuses_an_unknown_template_and_an_existing_file(tmp_path, capsys) -> None:
    path = tmp_path / "x.bruinpapier"
    assert main(["new", str(path), "--template", "nope"]) == 1
    assert "unknown template 'nope'" in capsys.readouterr().err
    assert not path.exists()
    path.write_bytes(b"mine")
    assert main(["new", str(path), "--template", "focusgroep"]) == 1
    assert path.read_bytes() == b"mine"


def test_demo_actions_csv_has_owner_due_date_and_status(demo_file, tmp_path) -> None:
    out = tmp_path / "actions.csv"
    assert main(["export", str(demo_file), "--actions", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {"owner", "due_date", "status"} <= set(rows[0])
    assert all(r["owner"] and r["due_date"] for r in rows)
    assert {r["status"] for r in rows} == {"gepland", "loopt", "klaar", "gestopt"}
    # read back unchanged: the follow-up is the same afterwards
    copy = tmp_path / "copy.bruinpapier"
    copy.write_bytes(demo_file.read_bytes())
    assert main(["import", str(copy), "--actions", str(out)]) == 0
    again = tmp_path / "again.csv"
    assert main(["export", str(copy), "--actions", str(again)]) == 0
    assert again.read_bytes() == out.read_bytes()


def test_demo_ics_has_one_event_per_dated_activity(demo_file, tmp_path) -> None:
    out = tmp_path / "demo.ics"
    assert main(["export", str(demo_file), "--ics", str(out)]) == 0
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    with WorkshopStore.open(demo_file) as store, store.read() as db:
        dated = dated_activities(db.connection())
    assert len(events) == len(dated) > 30
    assert len({str(e["uid"]) for e in events}) == len(events)
    assert sorted((e.decoded("dtstart"), str(e["summary"])) for e in events) == sorted(
        (a.day, a.summary) for a in dated
    )


def test_meeting_pdf_carries_the_previous_open_decisions(demo_file, tmp_path, capsys) -> None:
    out = tmp_path / "m2.pdf"
    assert main(["export", str(demo_file), "--pdf", str(out), "--meeting", "2"]) == 0
    text = normalise(" ".join(pdf_pages(out)))
    assert "Open besluiten van de vorige bijeenkomst (1)" in text
    assert "Ruimte en materialen regelen" in text
    assert "Uitkomsten sessie 1 herkend" in text
    assert main(["export", str(demo_file), "--pdf", str(out), "--meeting", "4"]) == 1
    assert "no supportgroep meeting 4" in capsys.readouterr().err
    assert main(["export", str(demo_file), "--ics", str(out), "--meeting", "2"]) == 2


def test_check_reads_an_older_file_through_an_upgraded_copy(tmp_path, capsys) -> None:
    from sqlalchemy import create_engine, text

    from app.model import schema

    path = tmp_path / "old.bruinpapier"  # as Bruinpapier with schema 0002 made it
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        schema.upgrade(conn, "0002")
        conn.execute(text("INSERT INTO workshop (name) VALUES ('Oud')"))
        conn.execute(text("INSERT INTO session (title, position) VALUES ('Focusgroep', 0)"))
    engine.dispose()
    before = path.read_bytes()
    capsys.readouterr()
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "integrity ok (schema 0002)" in out
    assert "session 1: Focusgroep [workshop" in out  # every session a board session before 0003
    assert path.read_bytes() == before
