"""Werkdruk post-its by their hand-chosen origin, for the projection's summary page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from app.model.entities import Note, Round, Session
from app.model.kinds import NoteKind, WorkloadOrigin

if TYPE_CHECKING:
    from app.model.store import WorkshopStore


def workload_by_origin(store: WorkshopStore) -> dict[WorkloadOrigin | None, list[str]]:
    """Texts of every werkdruk post-it, by origin (None: not classified by hand), in board order."""
    query = (
        select(Note.text, Note.workload_origin)
        .join(Round, Note.round_id == Round.id)
        .join(Session, Round.session_id == Session.id)
        .where(Note.kind == NoteKind.WERKDRUK)
        .order_by(Session.position, Round.position, Note.y, Note.x, Note.id)
    )
    found: dict[WorkloadOrigin | None, list[str]] = {}
    with store.read() as db:
        for text, origin in db.execute(query):
            if text.strip():
                found.setdefault(origin, []).append(text)
    return found
