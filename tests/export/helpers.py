"""Small workshops built through model operations, and reading a PDF back as text."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pypdf import PdfReader

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
