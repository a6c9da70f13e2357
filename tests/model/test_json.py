"""JSON export and import of the whole workshop."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from app.model import atomic
from app.model.demo import build_demo
from app.model.entities import TABLES
from app.model.errors import ImportFormatError, WorkshopError
from app.model.interchange.json_workshop import (
    FORMAT,
    VERSION,
    export_workshop_json,
    import_workshop_json,
    workshop_document,
)
from app.model.store import WorkshopStore


@pytest.fixture(scope="module")
def demo_json(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("json")
    with WorkshopStore.create(folder / "demo.bruinpapier") as store:
        build_demo(store)
        export_workshop_json(store, folder / "demo.json")
    return folder / "demo.json"


def document_of(store: WorkshopStore) -> dict:
    with store.read() as db:
        return workshop_document(db.connection())


def test_round_trip_of_the_demo_is_identical(demo_json, tmp_path):
    with WorkshopStore.create(tmp_path / "copy.bruinpapier") as store:
        import_workshop_json(store, demo_json)
        export_workshop_json(store, tmp_path / "again.json")
    assert (tmp_path / "again.json").read_text(encoding="utf-8") == demo_json.read_text(
        encoding="utf-8"
    )


def test_export_holds_every_table_with_a_version(demo_json):
    document = json.loads(demo_json.read_text(encoding="utf-8"))
    assert document["format"] == FORMAT and document["version"] == VERSION
    assert set(document["tables"]) == set(TABLES)
    assert len(document["tables"]["note"]) == 126
    assert len(document["tables"]["logic_edge"]) == 34
    assert document["tables"]["workshop"][0]["name"] == "SWS Balans"


def test_import_keeps_ids_and_is_one_undo_step(demo_json, tmp_path):
    with WorkshopStore.create(tmp_path / "copy.bruinpapier", name="Leeg") as store:
        empty = document_of(store)
        inverse = import_workshop_json(store, demo_json)
        document = document_of(store)
        expected = json.loads(demo_json.read_text(encoding="utf-8"))["tables"]
        assert [r["id"] for r in document["tables"]["note"]] == [r["id"] for r in expected["note"]]
        store.apply(inverse)
        assert document_of(store) == empty


def test_import_into_a_workshop_with_content_is_refused(demo_json, tmp_path):
    with WorkshopStore.create(tmp_path / "full.bruinpapier") as store:
        import_workshop_json(store, demo_json)
        before = document_of(store)
        with pytest.raises(WorkshopError, match="empty workshop") as info:
            import_workshop_json(store, demo_json)
        assert str(store.path) in str(info.value)
        assert document_of(store) == before


def test_syntax_error_names_file_and_line(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{\n "format": "bruinpapier-workshop",\n "version": 1,\n oops\n}\n')
    with WorkshopStore.create(tmp_path / "w.bruinpapier") as store:
        with pytest.raises(ImportFormatError, match="not valid JSON") as info:
            import_workshop_json(store, path)
        assert info.value.line == 4
        assert str(path) in str(info.value)


def _broken(document: dict, how: str) -> dict:
    tables = document["tables"]
    if how == "not-ours":
        return {"tables": tables}
    if how == "newer":
        return {**document, "version": VERSION + 1}
    if how == "unknown-table":
        return {**document, "tables": {**tables, "slides": []}}
    if how == "unknown-column":
        tables["note"][0]["colour_name"] = "geel"
    elif how == "wrong-type":
        tables["note"][0]["votes"] = "veel"
    elif how == "huge-number":
        tables["note"][0]["votes"] = 2**70
    elif how == "not-a-number":
        tables["note"][0]["x"] = float("nan")
    elif how == "bad-kind":
        tables["note"][0]["kind"] = "post-it"
    elif how == "bad-date":
        tables["session"][0]["date"] = "morgen"
    elif how == "missing-required":
        del tables["round"][0]["session_id"]
    elif how == "dangling-reference":
        tables["note"][0]["round_id"] = 999
    elif how == "duplicate-id":
        tables["principle"][1]["id"] = tables["principle"][0]["id"]
    elif how == "repeated-edge":
        tables["logic_edge"][1].update(
            cause_id=tables["logic_edge"][0]["cause_id"],
            effect_id=tables["logic_edge"][0]["effect_id"],
        )
    elif how == "two-workshops":
        tables["workshop"].append({**tables["workshop"][0], "id": 2})
    elif how == "row-not-object":
        tables["theme"][0] = ["A", "Maatwerk"]
    return document


@pytest.mark.parametrize(
    ("how", "problem"),
    [
        ("not-ours", "not a Bruinpapier workshop export"),
        ("newer", "newer Bruinpapier"),
        ("unknown-table", "unknown table(s) slides"),
        ("unknown-column", "table 'note', row 1: unknown column(s) colour_name"),
        ("wrong-type", "table 'note', row 1: column 'votes' must be a whole number"),
        ("huge-number", "column 'votes' must be a whole number"),
        ("not-a-number", "column 'x' must be a finite number"),
        ("bad-kind", "column 'kind' must be one of"),
        ("bad-date", "column 'date' must be an ISO date"),
        ("missing-required", "table 'round', row 1: missing column(s) session_id"),
        ("dangling-reference", "round_id 999 refers to a missing round"),
        ("duplicate-id", "table 'principle' has duplicate ids"),
        ("repeated-edge", "table 'logic_edge' repeats a (cause_id, effect_id) pair"),
        ("two-workshops", "exactly one row"),
        ("row-not-object", "table 'theme', row 1: a row must be an object"),
    ],
)
def test_wrong_structure_is_refused_before_writing(demo_json, tmp_path, how, problem):
    document = _broken(json.loads(demo_json.read_text(encoding="utf-8")), how)
    path = tmp_path / f"{how}.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with WorkshopStore.create(tmp_path / "w.bruinpapier") as store:
        before = document_of(store)
        with pytest.raises(ImportFormatError) as info:
            import_workshop_json(store, path)
        assert problem in info.value.problem
        assert str(info.value).startswith(str(path))
        assert document_of(store) == before


def test_export_to_a_missing_folder_names_the_path(tmp_path):
    target = tmp_path / "nowhere" / "w.json"
    with (
        WorkshopStore.create(tmp_path / "w.bruinpapier") as store,
        pytest.raises(WorkshopError) as info,
    ):
        export_workshop_json(store, target)
    assert str(target) in str(info.value)


def test_a_failed_export_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "w.json"
    target.write_text("the previous export", encoding="utf-8")

    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with WorkshopStore.create(tmp_path / "w.bruinpapier") as store:
        monkeypatch.setattr(atomic.os, "fsync", full_disk)
        with pytest.raises(WorkshopError, match="No space left") as info:
            export_workshop_json(store, target)
    assert str(target) in str(info.value)
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".w.json")) == []


def test_export_keeps_a_new_file_readable_by_others(tmp_path):
    with WorkshopStore.create(tmp_path / "w.bruinpapier") as store:
        export_workshop_json(store, tmp_path / "w.json")
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "w.json").stat().st_mode & 0o777 == 0o666 & ~umask
