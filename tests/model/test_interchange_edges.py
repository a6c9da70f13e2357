"""CSV and JSON at the edges: formula cells neutralised and restored, NUL bytes, duplicate
headers, bounds and deep nesting refused with the file (and line) named."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.model.errors import ImportFormatError
from app.model.interchange.cells import neutralise, restore
from app.model.interchange.csv_export import export_notes_csv
from app.model.interchange.csv_notes import apply_notes, read_notes_csv
from app.model.interchange.json_workshop import (
    export_workshop_json,
    read_workshop_json,
)
from app.model.store import WorkshopStore

HOSTILE = ['=HYPERLINK("http://x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "'=1", "ok"]


@pytest.mark.parametrize("text", HOSTILE)
def test_neutralise_then_restore_gives_the_text_back(text: str) -> None:
    cell = neutralise(text)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert restore(cell) == text


def test_csv_export_neutralises_every_column_and_import_restores(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text(
        'session,round,subgroup,kind,cluster,text\n=S,+R,-G,idee,@C,"=HYPERLINK(""x"")"\n',
        encoding="utf-8",
    )
    with WorkshopStore.create(tmp_path / "w.bruinpapier") as store:
        apply_notes(store, read_notes_csv(source))
        export_notes_csv(store, tmp_path / "out.csv")
    lines = (tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()
    assert lines[1] == '\'=S,\'+R,\'-G,idee,\'@C,"\'=HYPERLINK(""x"")",'
    (record,) = read_notes_csv(tmp_path / "out.csv")
    assert (record.session, record.round, record.subgroup, record.cluster, record.text) == (
        "=S", "+R", "-G", "@C", '=HYPERLINK("x")'
    )  # fmt: skip


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        ("session,round,kind,text\nS,R,idee,a\nS,R,idee,b\x00c\n", 3, "NUL byte"),
        ("session,round,kind,text,tekst\nS,R,idee,a,b\n", 1, "text twice"),
        ("session,round,kind,text" + ",x" * 200 + "\n", 1, "columns (at most 100)"),
        ("session,round,kind,text\nS,R,idee," + "x" * 2001 + "\n", 2, "longer than 2000"),
        ("session,round,kind,text\nS," + "r" * 10_001 + ",idee,x\n", 2, "longer than 10000"),
    ],
    ids=["NUL", "duplicate header", "wide header", "long text", "long title"],
)
def test_bad_csv_is_refused_with_the_line(tmp_path, content, line, words) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFormatError, match=re.escape(words)) as refused:
        read_notes_csv(path)
    assert refused.value.line == line
    assert str(refused.value).startswith(f"{path}, line {line}: ")


@pytest.fixture
def exported(tmp_path: Path) -> dict:
    with WorkshopStore.create(tmp_path / "w.bruinpapier", name="W") as store:
        export_workshop_json(store, tmp_path / "w.json")
    return json.loads((tmp_path / "w.json").read_text(encoding="utf-8"))


NOTE = {"id": 1, "round_id": 1, "text": "t"}


@pytest.mark.parametrize(
    ("note", "words"),
    [
        ({"x": -1e12}, "between"),
        ({"y": 1e7}, "between"),
        ({"w": -5}, "more than 0"),
        ({"h": 0}, "more than 0"),
        ({"text": "x" * 2001}, "longer than 2000"),
    ],
)
def test_json_values_out_of_bounds_are_refused(tmp_path, exported, note, words) -> None:
    exported["tables"]["session"] = [{"id": 1, "title": "S"}]
    exported["tables"]["round"] = [{"id": 1, "session_id": 1, "title": "R"}]
    exported["tables"]["note"] = [{**NOTE, **note}]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(exported), encoding="utf-8")
    with pytest.raises(ImportFormatError, match=words):
        read_workshop_json(path)


@pytest.mark.parametrize(
    ("text", "words"),
    [("[" * 100_000 + "]" * 100_000, "nested too deeply"), ("1" * 5000, "not valid JSON")],
    ids=["deep", "long number"],
)
def test_pathological_json_is_refused_in_one_line(tmp_path, text, words) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFormatError, match=words) as refused:
        read_workshop_json(path)
    assert "\n" not in str(refused.value)
