"""Method templates as data: the loader's checks, starting from one, saving a trajectory's shape."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.model.entities import TABLES
from app.model.errors import FileError, OperationError
from app.model.kinds import RoundKind
from app.model.ops.trajectory import AddSession
from app.model.store import WorkshopStore
from app.model.templates import (
    BUILTIN_DIR,
    METHOD,
    Composition,
    all_templates,
    builtin_templates,
    find_template,
    load_template,
)
from app.model.trajectory.read import meetings, sessions
from app.model.trajectory.shape import save_template, setup_from_template
from app.model.trajectory_kinds import SessionKind


def test_every_builtin_file_is_a_template_and_the_method_comes_first() -> None:
    files = sorted(p.stem for p in BUILTIN_DIR.glob("*.json"))
    ids = [t.id for t in builtin_templates()]
    assert sorted(ids) == files
    assert ids[0] == "vernieuwend-werken"
    assert [s.title for s in METHOD] == ["Sessie 1 – De bedoeling", "Sessie 2 – Initiatieven"]


def test_vernieuwend_werken_holds_six_steps_with_three_supportgroep_meetings() -> None:
    template = find_template("vernieuwend-werken")
    assert template is not None
    kinds = [s.kind for s in template.sessions]
    assert kinds.count(SessionKind.SUPPORTGROEP) == 3
    assert len(template.sessions) == 6
    assert kinds[0] is SessionKind.SUPPORTGROEP and kinds[-1] is SessionKind.SUPPORTGROEP


def _write(tmp_path: Path, document: object, name: str = "mine.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d.pop("format"), "not a Bruinpapier template"),
        (lambda d: d.update(sessions=[]), "at least one session"),
        (lambda d: d["sessions"][1].update(kind="party"), "sessions[1].kind"),
        (lambda d: d["sessions"][1]["rounds"][0].update(kind="dance"), "rounds[0].kind"),
        (lambda d: d.update(report_sections=["gossip"]), "unknown gossip"),
        (lambda d: d["sessions"][0].pop("title"), "sessions[0]: 'title' is missing"),
    ],
)
def test_a_bad_template_file_is_refused_naming_the_file(tmp_path: Path, change, words) -> None:
    document = json.loads((BUILTIN_DIR / "vernieuwend-werken.json").read_text(encoding="utf-8"))
    change(document)
    path = _write(tmp_path, document)
    with pytest.raises(FileError) as caught:
        load_template(path)
    assert str(path) in str(caught.value)
    assert words in str(caught.value)


def test_a_file_that_is_not_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n "format": "bruinpapier-template",\n oops\n}', encoding="utf-8")
    with pytest.raises(FileError) as caught:
        load_template(path)
    assert f"{path}, line 3" in str(caught.value)


def test_halen_en_brengen_makes_a_grid_of_cells(store: WorkshopStore) -> None:
    template = find_template("halen-en-brengen")
    assert template is not None
    (grid,) = template.sessions[0].rounds
    assert grid.composition is Composition.GRID
    store.apply(setup_from_template(template, "Netwerk"))
    sub = TABLES["subgroup"]
    with store.read() as db:
        cells = db.execute(select(sub).order_by(sub.c.position)).all()
    assert len(cells) == len(grid.grid_rows) * len(grid.grid_columns) == 24
    assert cells[0].name == "Partner 1 · relatie · halen"
    assert cells[1].name == "Partner 1 · relatie · brengen"
    # cells of one row share a top edge, the next row starts below them
    assert {c.y for c in cells[:6]} == {cells[0].y}
    assert cells[6].y == cells[0].y + cells[0].h
    assert cells[1].x == cells[0].x + cells[0].w


def test_a_focusgroep_gets_one_round_and_one_theme_per_topic(store: WorkshopStore) -> None:
    template = find_template("focusgroep")
    assert template is not None
    topics = ["Veiligheid", "Samenwerking met de wijk"]
    store.apply(setup_from_template(template, "School", topics))
    rnd, theme = TABLES["round"], TABLES["theme"]
    with store.read() as db:
        rounds = db.execute(select(rnd.c.title, rnd.c.kind).order_by(rnd.c.position)).all()
        themes = db.scalars(select(theme.c.name).order_by(theme.c.position)).all()
    assert [r.title for r in rounds[:2]] == topics
    assert {r.kind for r in rounds[:2]} == {RoundKind.TOPIC}
    assert rounds[2].kind is RoundKind.VOTE
    assert themes == topics


def test_save_a_shape_and_start_a_new_trajectory_from_it(tmp_path: Path) -> None:
    folder = tmp_path / "own"
    first = WorkshopStore.create(tmp_path / "a.bruinpapier")
    template = find_template("ontwikkelnetwerk")
    assert template is not None
    first.apply(setup_from_template(template, "Netwerk Noord"))
    with first.read() as db:
        saved = save_template(db.connection(), "Mijn netwerk", folder)
        before = [(s.title, s.kind, s.rounds) for s in sessions(db.connection())]
        agendas = [[a.title for a in m.agenda] for m in meetings(db.connection())]
    first.close()
    assert saved.source == folder / "mijn-netwerk.json"
    assert [t.id for t in all_templates(folder)][-1] == "mijn-netwerk"
    second = WorkshopStore.create(tmp_path / "b.bruinpapier")
    again = find_template("mijn-netwerk", folder)
    assert again is not None
    second.apply(setup_from_template(again, "Netwerk Zuid"))
    with second.read() as db:
        after = [(s.title, s.kind, s.rounds) for s in sessions(db.connection())]
        agendas_after = [[a.title for a in m.agenda] for m in meetings(db.connection())]
        rnd = TABLES["round"]
        options = db.scalars(select(rnd.c.options).where(rnd.c.kind == "reflection")).all()
    second.close()
    assert after == before
    assert agendas_after == agendas
    assert options and all("Balintmethode" in o for o in options)
    assert again.report_sections == template.report_sections


def test_saving_under_a_builtin_name_keeps_the_builtin(store: WorkshopStore, tmp_path) -> None:
    with store.read() as db, pytest.raises(OperationError):
        save_template(db.connection(), "Leeg", tmp_path)
    assert not (tmp_path / "leeg.json").exists()
    store.apply(AddSession("Intake", SessionKind.INTAKE))
    with store.read() as db:
        saved = save_template(db.connection(), "Focusgroep", tmp_path)
    assert saved.id == "eigen-focusgroep"
    assert find_template("focusgroep", tmp_path).source.parent == BUILTIN_DIR


def test_the_method_saved_before_it_has_themes_keeps_its_theme_rounds(store, tmp_path) -> None:
    method = find_template("vernieuwend-werken")
    assert method is not None
    store.apply(setup_from_template(method, "School", first_date=dt.date(2026, 9, 1)))
    with store.read() as db:
        saved = save_template(db.connection(), "Onze aanpak", tmp_path)
    compositions = [[r.composition for r in s.rounds] for s in saved.sessions]
    assert compositions == [[r.composition for r in s.rounds] for s in method.sessions]
    assert [s.week for s in saved.sessions] == [s.week for s in method.sessions]
