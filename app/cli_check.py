"""What ``bruinpapier check`` prints after the integrity line, one function per part."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from app.cli_trajectory import session_lines
from app.model.batenlogica.analysis import findings_lines
from app.model.entities import Workshop
from app.model.queries import round_counts, row_counts

CheckLines = Callable[[DbSession], Iterable[str]]


def workshop_lines(db: DbSession) -> Iterable[str]:
    for w in db.scalars(select(Workshop)):
        yield (
            f"workshop: {w.name or '(no name)'}"
            + (f", {w.organisation}" if w.organisation else "")
            + (f", facilitator {w.facilitator}" if w.facilitator else "")
        )


def round_lines(db: DbSession) -> Iterable[str]:
    for c in round_counts(db.connection()):
        yield (
            f"{c.session} / {c.round}: {c.subgroups} subgroups, "
            f"{c.clusters} clusters, {c.notes} notes"
        )


def totals_lines(db: DbSession) -> Iterable[str]:
    n = row_counts(db.connection())
    yield (
        f"batenlogica: {n['logic_node']} nodes, {n['logic_edge']} arrows; "
        f"{n['theme']} themes, {n['principle']} principles, "
        f"{n['initiative']} initiatives, {n['action']} actions"
    )


def logic_findings(db: DbSession) -> Iterable[str]:
    """The batenlogica analysis, one finding per line."""
    return findings_lines(db, "en")


CHECKS: list[CheckLines] = [
    workshop_lines,
    session_lines,
    round_lines,
    totals_lines,
    logic_findings,
]
"""What ``check`` prints after the integrity line; append a function to report more."""
