"""Chance marks and werkdruk origins survive CSV and JSON, in Dutch and English names."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.model.entities import Note
from app.model.errors import ImportFormatError
from app.model.interchange.csv_export import export_notes_csv
from app.model.interchange.csv_notes import import_notes_csv, read_notes_csv
from app.model.interchange.json_workshop import export_workshop_json, import_workshop_json
from app.model.kinds import Chance, WorkloadOrigin
from app.model.ops.school import MarkChance, SetWorkloadOrigin
from app.model.store import WorkshopStore

HEAD = "sessie;ronde;subgroep;soort;cluster;tekst;stemmen;kans\n"
ROWS = (
    "S;R;A;idee;;Eén dashboard;2;ICT-kans werkdruk\n"
    "S;R;A;idee;;Portfolio;;ict_purpose\n"
    "S;R;A;idee;;Inloop;;Andere verbeterkans\n"
    "S;R;A;werkdruk;;Mail;;\n"
)


def marks(store: WorkshopStore) -> dict[str, tuple]:
    with store.read() as db:
        rows = db.execute(select(Note.text, Note.chance, Note.workload_origin)).all()
    return {text: (chance, origin) for text, chance, origin in rows}


def test_csv_chance_column_in_dutch_and_english_round_trips(store, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text(HEAD + ROWS, encoding="utf-8")
    import_notes_csv(store, source)
    assert {t: c for t, (c, _) in marks(store).items()} == {
        "Eén dashboard": Chance.ICT_WORKLOAD,
        "Portfolio": Chance.ICT_PURPOSE,
        "Inloop": Chance.IMPROVEMENT,
        "Mail": None,
    }
    out = tmp_path / "out.csv"
    export_notes_csv(store, out)
    assert out.read_text(encoding="utf-8").splitlines()[0].endswith(",votes,chance")
    assert [r.chance for r in read_notes_csv(out)] == [r.chance for r in read_notes_csv(source)]


def test_csv_without_marks_keeps_its_seven_columns(store, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("session,round,kind,text\nS,R,idee,x\n", encoding="utf-8")
    import_notes_csv(store, source)
    out = tmp_path / "out.csv"
    export_notes_csv(store, out)
    assert out.read_text(encoding="utf-8").splitlines()[0] == (
        "session,round,subgroup,kind,cluster,text,votes"
    )


def test_unknown_chance_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(HEAD + "S;R;A;idee;;x;;misschien\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="unknown chance 'misschien'") as info:
        read_notes_csv(path)
    assert info.value.line == 2


def test_json_carries_chance_and_workload_origin(store, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text(HEAD + ROWS, encoding="utf-8")
    import_notes_csv(store, source)
    with store.read() as db:
        ids = dict(db.execute(select(Note.text, Note.id)).all())
    store.apply(SetWorkloadOrigin((ids["Mail"],), WorkloadOrigin.SYSTEMS))
    store.apply(MarkChance("note", (ids["Mail"],), Chance.IMPROVEMENT))
    before = marks(store)
    first = tmp_path / "a.json"
    export_workshop_json(store, first)
    assert '"workload_origin": "systems"' in first.read_text(encoding="utf-8")
    other = WorkshopStore.create(tmp_path / "b.bruinpapier")
    try:
        import_workshop_json(other, first)
        assert marks(other) == before
        second = tmp_path / "b.json"
        export_workshop_json(other, second)
    finally:
        other.close()
    assert second.read_bytes() == first.read_bytes()
