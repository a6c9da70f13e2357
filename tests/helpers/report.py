"""Small workshops built through model operations, and reading a PDF back as text."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pypdf import PdfReader

from app.model.layout import area_layout, grid_positions
from app.model.ops.edits import Add
from app.model.ops.primitives import Batch
from app.model.store import WorkshopStore


def normalise(text: str) -> str:
    return " ".join(text.split())


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def one_round(
    store: WorkshopStore,
    texts: Sequence[str],
    subgroup: str = "Groep A",
    question: str = "Wat zie je?",
    votes: int = 0,
) -> None:
    """One session, one round, one subgroup, and a post-it per text in a grid."""
    rows = [
        Add("session", ({"id": 1, "title": "Sessie 1"},)),
        Add("round", ({"id": 1, "session_id": 1, "title": "Ronde 1", "question": question},)),
        Add("subgroup", ({"id": 1, "round_id": 1, "name": subgroup, "w": 900, "h": 700},)),
    ]
    notes = tuple(
        {
            "round_id": 1,
            "subgroup_id": 1,
            "text": text,
            "x": 16 + (i % 5) * 176,
            "y": 72 + (i // 5) * 126,
            "votes": votes,
        }
        for i, text in enumerate(texts)
    )
    if notes:
        rows.append(Add("note", notes))
    store.apply(Batch(tuple(rows)))


def big_rounds(store: WorkshopStore, rounds: int, per_subgroup: int, subgroups: int = 5) -> None:
    """Rounds whose boards are too big to print legibly on one page."""
    rows: dict[str, list[dict]] = {"session": [{"id": 1, "title": "Sessie 1"}], "round": [],
                                   "subgroup": [], "note": []}  # fmt: skip
    for r in range(1, rounds + 1):
        rows["round"].append({"id": r, "session_id": 1, "title": f"Ronde {r}", "position": r})
        for s, area in enumerate(area_layout([per_subgroup] * subgroups)):
            sub_id = r * 100 + s
            rows["subgroup"].append(
                {"id": sub_id, "round_id": r, "name": f"Groep {s + 1}", "position": s,
                 "x": area.x, "y": area.y, "w": area.w, "h": area.h}
            )  # fmt: skip
            columns = max(1, int((area.w - 16) // 176))
            places = grid_positions(per_subgroup, area.x, area.y + 56, columns)
            rows["note"] += [
                {"round_id": r, "subgroup_id": sub_id, "text": f"Idee {r}.{s}.{i} over leren",
                 "x": x, "y": y, "votes": i % 7}
                for i, (x, y) in enumerate(places)
            ]  # fmt: skip
    store.apply(Batch(tuple(Add(table, tuple(values)) for table, values in rows.items())))
