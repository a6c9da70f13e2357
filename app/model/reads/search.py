"""Reads for search: every post-it with the round and session it is in, in reading order."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.model.entities import Note, Round, Session
from app.model.reads.common import fetch
from app.model.store import WorkshopStore


@dataclass(frozen=True)
class Hit:
    note_id: int
    round_id: int
    round_title: str
    session_title: str
    text: str


def all_notes(store: WorkshopStore) -> list[Hit]:
    """Every post-it, in session, round and reading order."""
    stmt = (
        select(Note.id, Note.round_id, Round.title, Session.title, Note.text)
        .join(Round, Note.round_id == Round.id)
        .join(Session, Round.session_id == Session.id)
        .order_by(Session.position, Session.id, Round.position, Round.id, Note.y, Note.x)
    )
    return [Hit(*row) for row in fetch(store, stmt)]
