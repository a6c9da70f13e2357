"""Finding a round by the name a facilitator types: full title or a unique prefix.

``bruinpapier FILE --round NAME`` opens a workshop at that round, so the
board can be prepared before the room fills. Matching ignores case, repeated
spaces and the kind of dash ("Ronde 3 - Nieuwe" finds "Ronde 3 – Nieuwe");
"Session / round" picks a round whose title repeats across sessions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from app.model.entities import Round, Session
from app.model.errors import WorkshopError

if TYPE_CHECKING:
    from app.model.store import WorkshopStore

DASHES = re.compile(r"[\u2010-\u2015\u2212-]")


class RoundNameError(WorkshopError):
    """No round, or more than one, answers to the name given."""


@dataclass(frozen=True)
class RoundTitle:
    id: int
    session: str
    title: str

    @property
    def full(self) -> str:
        return f"{self.session} / {self.title}"


def _norm(text: str) -> str:
    return " ".join(DASHES.sub("-", text).casefold().split())


def round_titles(db: DbSession) -> list[RoundTitle]:
    """Every round with its session's title, in the order the tree shows them."""
    rows = db.execute(
        select(Round.id, Session.title, Round.title)
        .join(Session, Round.session_id == Session.id)
        .order_by(Session.position, Session.id, Round.position, Round.id)
    )
    return [RoundTitle(*row) for row in rows]


def match_round(rounds: Sequence[RoundTitle], name: str) -> int:
    """The id of the one round called ``name`` (exactly, else by prefix); else RoundNameError."""
    wanted = _norm(name)
    if not wanted:
        raise RoundNameError("give the name of a round after --round")
    for exact in (True, False):
        found = [
            r
            for r in rounds
            if any(
                _norm(t) == wanted if exact else _norm(t).startswith(wanted)
                for t in (r.title, r.full)
            )
        ]
        if len(found) == 1:
            return found[0].id
        if len(found) > 1:
            raise RoundNameError(
                "more than one round is called {name!r}: {rounds}",
                name=name,
                rounds="; ".join(r.full for r in found),
            )
    raise RoundNameError(
        "no round is called {name!r}; the rounds are: {rounds}",
        name=name,
        rounds="; ".join(r.full for r in rounds) or "none",
    )


def find_round(db: DbSession, name: str) -> int:
    """The id of the round called ``name`` in an open workshop."""
    return match_round(round_titles(db), name)


def round_in(store: WorkshopStore, name: str) -> int:
    """The id of the round called ``name`` in an open workshop store."""
    with store.read() as db:
        return find_round(db, name)
