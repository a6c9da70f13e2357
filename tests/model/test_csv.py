"""CSV import and export of post-its: dialects, bad rows, one-step imports and tidy layout."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlalchemy import select

from app.model.entities import Cluster, Note, Round, Session, Subgroup
from app.model.errors import ImportFormatError, RoundClosedError
from app.model.interchange.csv_export import export_notes_csv
from app.model.interchange.csv_notes import import_notes_csv, read_notes_csv
from app.model.kinds import NoteKind, RoundState
from app.model.layout import Rect
from app.model.ops.edits import set_round_state
from app.model.store import WorkshopStore
from tests.helpers.paths import EXAMPLES

HEADER = ["session", "round", "subgroup", "kind", "cluster", "text", "votes"]
ROWS = [
    ["Sessie 1", "Ronde 2", "Leerlingen", "bedoeling", "", "Meer buiten leren", ""],
    ["Sessie 1", "Ronde 2", "Leerlingen", "idee", "Samen", "Groepswerk; ook buiten", "3"],
    ["Sessie 1", "Ronde 2", "Ouders", "werkdruk", "Samen", 'Te veel "mail"\nen apps', "0"],
    ["Sessie 1", "Ronde 3", "Groep A", "actie", "", "Één overzicht, per kind", "12"],
    ["Sessie 2", "Ronde 1", "", "notitie", "", "Losse notitie", ""],
]
DUTCH_HEADER = "Sessie,Ronde,Subgroep,Soort"
ENGLISH = {"bedoeling": "Purpose", "idee": "idea", "werkdruk": "WORKLOAD", "actie": "action"}


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def csv_text(rows: list[list[str]], delimiter: str = ",", newline: str = "\n") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=newline).writerows([HEADER, *rows])
    return buffer.getvalue()


def note_table(store: WorkshopStore) -> list[tuple]:
    """Every note with the names it hangs under, sorted, to compare imports."""
    with store.read() as db:
        query = (
            select(Session.title, Round.title, Subgroup.name, Note.kind, Cluster.title, Note.text)
            .select_from(Note)
            .join(Round, Note.round_id == Round.id)
            .join(Session, Round.session_id == Session.id)
            .outerjoin(Subgroup, Note.subgroup_id == Subgroup.id)
            .outerjoin(Cluster, Note.cluster_id == Cluster.id)
        )
        rows = [tuple(r) for r in db.execute(query)]
        votes = sorted(db.scalars(select(Note.votes)))
    return [*sorted(rows, key=str), tuple(votes)]


@pytest.fixture
def reference(store: WorkshopStore, tmp_path: Path) -> list[tuple]:
    import_notes_csv(store, write(tmp_path / "plain.csv", csv_text(ROWS)))
    return note_table(store)


@pytest.mark.parametrize(
    ("name", "text", "encoding"),
    [
        ("semicolon", csv_text(ROWS, delimiter=";"), "utf-8"),
        ("bom", csv_text(ROWS), "utf-8-sig"),
        ("crlf", csv_text(ROWS, newline="\r\n"), "utf-8"),
        ("bom-semicolon-crlf", csv_text(ROWS, ";", "\r\n"), "utf-8-sig"),
        ("english-kinds", csv_text([[*r[:3], ENGLISH.get(r[3], r[3]), *r[4:]] for r in ROWS]),
         "utf-8"),
        ("dutch-header", csv_text(ROWS).replace(",".join(HEADER[:4]), DUTCH_HEADER), "utf-8"),
    ],
)  # fmt: skip
def test_dialects_import_the_same_notes(tmp_path, reference, name, text, encoding):
    with WorkshopStore.create(tmp_path / f"{name}.bruinpapier") as other:
        result = import_notes_csv(other, write(tmp_path / f"{name}.csv", text, encoding))
        assert result.notes == len(ROWS)
        assert note_table(other) == reference


def test_quoted_newlines_and_separators_survive(store, tmp_path):
    import_notes_csv(store, write(tmp_path / "n.csv", csv_text(ROWS, ";", "\r\n"), "utf-8-sig"))
    with store.read() as db:
        texts = set(db.scalars(select(Note.text)))
    assert 'Te veel "mail"\nen apps' in texts
    assert "Groepswerk; ook buiten" in texts


def test_names_are_found_or_created(store, tmp_path):
    first = import_notes_csv(store, write(tmp_path / "a.csv", csv_text(ROWS)))
    assert (first.sessions, first.rounds, first.subgroups, first.clusters) == (2, 3, 3, 2)
    second = import_notes_csv(store, write(tmp_path / "b.csv", csv_text(ROWS[1:3])))
    assert (second.sessions, second.rounds, second.subgroups, second.clusters) == (0, 0, 0, 0)
    with store.read() as db:
        in_cluster = db.scalars(select(Note.text).join(Cluster).where(Cluster.title == "Samen"))
        assert sorted(in_cluster) == sorted([ROWS[1][5], ROWS[2][5]] * 2)
        assert (
            db.scalars(select(Note.subgroup_id).where(Note.text == "Losse notitie")).one() is None
        )


def test_same_cluster_name_in_two_subgroups_makes_two_clusters(store, tmp_path):
    rows = [
        ["S", "R", "A", "bestaand", "Wat doen we al?", "een", ""],
        ["S", "R", "B", "bestaand", "Wat doen we al?", "twee", ""],
    ]
    result = import_notes_csv(store, write(tmp_path / "n.csv", csv_text(rows)))
    assert result.clusters == 2


def test_import_is_one_undoable_step(store, tmp_path):
    result = import_notes_csv(store, write(tmp_path / "n.csv", csv_text(ROWS)))
    store.apply(result.inverse)
    with store.read() as db:
        assert db.scalars(select(Note)).all() == []
        assert db.scalars(select(Session)).all() == []


def test_round_trip_of_the_example_is_exact(store, tmp_path):
    source = EXAMPLES / "notes.csv"
    import_notes_csv(store, source)
    out = tmp_path / "out.csv"
    assert export_notes_csv(store, out) == 126
    assert out.read_bytes() == source.read_bytes()


def test_round_trip_keeps_every_row(store, tmp_path):
    source = write(tmp_path / "n.csv", csv_text(ROWS, ";", "\r\n"), "utf-8-sig")
    import_notes_csv(store, source)
    export_notes_csv(store, tmp_path / "out.csv")
    exported = read_notes_csv(tmp_path / "out.csv")
    original = read_notes_csv(source)

    def key(r):
        return (r.session, r.round, r.subgroup, r.kind, r.cluster, r.text, r.votes)

    assert sorted(map(key, exported)) == sorted(map(key, original))


# -- layout ------------------------------------------------------------------


def overlaps(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def inside(inner: Rect, outer: Rect) -> bool:
    return (
        outer.x <= inner.x
        and inner.right <= outer.right
        and outer.y <= inner.y
        and inner.bottom <= outer.bottom
    )


def board(store: WorkshopStore) -> tuple[list[Note], list[Cluster], dict[int, Subgroup]]:
    with store.read() as db:
        notes = db.scalars(select(Note)).all()
        clusters = db.scalars(select(Cluster)).all()
        subgroups = {s.id: s for s in db.scalars(select(Subgroup))}
    return notes, clusters, subgroups


def rect(row: Note | Cluster | Subgroup) -> Rect:
    return Rect(row.x, row.y, row.w, row.h)


def check_tidy(store: WorkshopStore) -> None:
    notes, clusters, subgroups = board(store)
    for note in notes:
        if note.subgroup_id is not None:
            assert inside(rect(note), rect(subgroups[note.subgroup_id]))
        if note.cluster_id is not None:
            frame = next(c for c in clusters if c.id == note.cluster_id)
            assert inside(rect(note), rect(frame))
    for group in (notes, clusters, list(subgroups.values())):
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a.round_id == b.round_id:
                    assert not overlaps(rect(a), rect(b)), (a.id, b.id)
    for cluster in clusters:  # a frame holds no note of another cluster
        for note in notes:
            if note.round_id == cluster.round_id and note.cluster_id != cluster.id:
                assert not overlaps(rect(note), rect(cluster)), (cluster.title, note.text)


def test_example_is_laid_out_tidily(store):
    import_notes_csv(store, EXAMPLES / "notes.csv")
    check_tidy(store)


def test_second_import_into_existing_clusters_stays_tidy(store, tmp_path):
    import_notes_csv(store, EXAMPLES / "notes.csv")
    rows = [
        ["Sessie 1 – De bedoeling", "Ronde 3 – Nieuwe mogelijkheden (brown paper)", "Groep A",
         "idee", "Kind centraal", "Nog een idee", "1"],
        ["Sessie 1 – De bedoeling", "Ronde 3 – Nieuwe mogelijkheden (brown paper)", "Groep A",
         "idee", "", "Los idee", ""],
        ["Sessie 1 – De bedoeling", "Ronde 3 – Nieuwe mogelijkheden (brown paper)", "Groep D",
         "idee", "Nieuw", "Nieuwe groep", ""],
    ]  # fmt: skip
    result = import_notes_csv(store, write(tmp_path / "more.csv", csv_text(rows)))
    assert (result.subgroups, result.clusters) == (1, 1)
    check_tidy(store)


def test_a_growing_area_pushes_the_areas_below_it_down(store, tmp_path):
    import_notes_csv(store, EXAMPLES / "notes.csv")
    session, round_ = "Sessie 2 – Initiatieven", "Ronde 2 – Per beleidsthema"
    theme_a, theme_d = "A Maatwerk in onderwijs", "D Leerling in beeld in één integraal systeem"

    def areas() -> dict[str, Rect]:
        with store.read() as db:
            query = select(Subgroup).join(Round).where(Round.title == round_)
            return {s.name: rect(s) for s in db.scalars(query)}

    before = areas()
    rows = [
        [session, round_, theme_a, "bestaand", "Wat doen we al?", f"Ook al {i}", ""]
        for i in range(3)
    ]
    rows += [[session, round_, theme_a, "idee", "", f"Nog een idee {i}", ""] for i in range(8)]
    import_notes_csv(store, write(tmp_path / "more.csv", csv_text(rows)))
    after = areas()
    assert after[theme_a].h > before[theme_a].h
    assert after[theme_d].y - before[theme_d].y == after[theme_a].h - before[theme_a].h
    assert after[theme_a].w == before[theme_a].w
    check_tidy(store)


def test_closed_round_refuses_the_import(store, tmp_path):
    import_notes_csv(store, write(tmp_path / "a.csv", csv_text(ROWS[:1])))
    with store.read() as db:
        round_id = db.scalars(select(Round.id)).one()
    store.apply(set_round_state(round_id, RoundState.CLOSED))
    with pytest.raises(RoundClosedError):
        import_notes_csv(store, write(tmp_path / "b.csv", csv_text(ROWS)))
    with store.read() as db:
        assert len(db.scalars(select(Note)).all()) == 1
        assert len(db.scalars(select(Session)).all()) == 1


# -- bad files -----------------------------------------------------------------

# Line 1 is the header, the first record spans lines 2-4 (quoted newlines), the next is
# on line 5, so a record appended after GOOD starts on line 6.
GOOD = 'S,R,A,idee,,"twee\nregels\nhier",\nS,R,A,idee,,gewoon,1\n'
HEAD = ",".join(HEADER) + "\n"


@pytest.mark.parametrize(
    ("bad_row", "problem"),
    [
        ("S,R,A,onbekend,,tekst,", "unknown kind 'onbekend'"),
        ("S,R,A,idee,,tekst,drie", "votes must be a whole number"),
        ("S,R,A,idee,,tekst,2.5", "votes must be a whole number"),
        ("S,R,A,idee,,tekst,-1", "votes cannot be negative"),
        ("S,R,A,idee,,tekst,99999999999999999999999", "votes must be at most"),
        ("S,R,A,idee,,tekst", "missing: votes"),
        ("S,R,A,idee,,,", "the text is empty"),
        (",R,A,idee,,tekst,", "the session is empty"),
        ("S,R,A,,,tekst,", "the kind is empty"),
        ("S,R,A,idee,,tekst,1,extra", "8 fields where the header has 7"),
    ],
)
def test_bad_row_names_its_line(tmp_path, bad_row, problem):
    path = write(tmp_path / "bad.csv", HEAD + GOOD + bad_row + "\nS,R,A,idee,,na,\n")
    with pytest.raises(ImportFormatError) as info:
        read_notes_csv(path)
    assert info.value.line == 6
    assert problem in info.value.problem
    assert str(info.value).startswith(f"{path}, line 6: ")


def test_bad_row_after_a_multiline_record_in_crlf_semicolon_file(tmp_path):
    text = (HEAD + GOOD + "S,R,A,idee,,x,veel\n").replace(",", ";").replace("\n", "\r\n")
    # the quoted newlines became CRLF too, and the line count still holds
    with pytest.raises(ImportFormatError) as info:
        read_notes_csv(write(tmp_path / "bad.csv", text, "utf-8-sig"))
    assert info.value.line == 6


def test_undecodable_bytes_name_their_line(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes((HEAD + GOOD).encode() + "S,R,A,idee,,café,\n".encode("latin-1"))
    with pytest.raises(ImportFormatError, match="not UTF-8") as info:
        read_notes_csv(path)
    assert info.value.line == 6


def test_header_without_required_columns(tmp_path):
    path = write(tmp_path / "h.csv", "session,round,subgroup,text\nS,R,A,tekst\n")
    with pytest.raises(ImportFormatError, match="lacks the column") as info:
        read_notes_csv(path)
    assert info.value.line == 1
    assert "kind" in info.value.problem


def test_optional_columns_may_be_left_out(tmp_path):
    records = read_notes_csv(write(tmp_path / "o.csv", "session,round,kind,text\nS,R,idee,x\n"))
    assert [(r.subgroup, r.cluster, r.votes, r.kind) for r in records] == [
        ("", "", 0, NoteKind.IDEE)
    ]


@pytest.mark.parametrize("bad_row", ['S,R,A,idee,,"nooit dicht,\nmeer\n', 'S,R,A,idee,,"a"b,\n'])
def test_broken_quotes_name_where_the_record_starts(tmp_path, bad_row):
    path = write(tmp_path / "q.csv", HEAD + GOOD + bad_row)
    with pytest.raises(ImportFormatError, match="malformed") as info:
        read_notes_csv(path)
    assert info.value.line == 6


@pytest.mark.parametrize("what", ["missing", "folder", "empty"])
def test_unreadable_files(tmp_path, what):
    path = tmp_path / "notes.csv"
    if what == "folder":
        path.mkdir()
    elif what == "empty":
        path.write_bytes(b"")
    with pytest.raises(ImportFormatError) as info:
        read_notes_csv(path)
    assert str(path) in str(info.value)


def test_failed_import_leaves_the_file_byte_for_byte_unchanged(tmp_path):
    path = tmp_path / "w.bruinpapier"
    with WorkshopStore.create(path) as store:
        import_notes_csv(store, write(tmp_path / "a.csv", csv_text(ROWS)))
    before = path.read_bytes()
    bad = write(tmp_path / "b.csv", csv_text([*ROWS, ["S", "R", "A", "idee", "", "x", "veel"]]))
    with WorkshopStore.open(path, backup=False) as store:
        with pytest.raises(ImportFormatError) as info:
            import_notes_csv(store, bad)
        assert info.value.line == len(ROWS) + 3  # header + one record with a quoted newline
    assert path.read_bytes() == before
