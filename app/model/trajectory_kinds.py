"""The closed vocabularies of a whole trajectory: session kinds, follow-up and measurements.

Stored as the Dutch words the facilitators use, like ``kinds``; kept apart
from it so the vocabulary of one board and of the trajectory around it stay
readable on their own.
"""

from __future__ import annotations

from enum import StrEnum


class SessionKind(StrEnum):
    """What kind of meeting a session is; decides what the session holds besides boards."""

    WORKSHOP = "workshop"  # a brown-paper session with rounds
    SUPPORTGROEP = "supportgroep"  # representatives of all stakeholders: agenda, decisions
    WERKSESSIE = "werksessie"  # a working session of a network or development trajectory
    INTAKE = "intake"
    EVALUATION = "evaluatie"  # a measurement moment or evaluation
    ANALYSIS = "analyse"  # the facilitator's work between sessions (the batenlogica)
    PRESENTATION = "presentatie"  # presenting results


class ActionStatus(StrEnum):
    PLANNED = "gepland"
    RUNNING = "loopt"
    DONE = "klaar"
    STOPPED = "gestopt"


class MomentKind(StrEnum):
    BASELINE = "nulmeting"
    INTERIM = "tussenmeting"
    FINAL = "eindmeting"


class Framework(StrEnum):
    """Frameworks a focusgroep's implementation plan may need changed."""

    GUIDELINES = "richtlijnen"
    LEGISLATION = "wetgeving"
    PROCUREMENT = "aanbesteding"
    OTHER = "anders"


SESSION_KIND_LABELS: dict[SessionKind, tuple[str, str]] = {
    SessionKind.WORKSHOP: ("sessie", "workshop session"),
    SessionKind.SUPPORTGROEP: ("supportgroep", "support group meeting"),
    SessionKind.WERKSESSIE: ("werksessie", "working session"),
    SessionKind.INTAKE: ("intake", "intake"),
    SessionKind.EVALUATION: ("evaluatie", "evaluation"),
    SessionKind.ANALYSIS: ("analyse", "analysis"),
    SessionKind.PRESENTATION: ("presentatie", "presentation"),
}

SCALE = (1, 2, 3, 4, 5)
"""The short scale of a measurement: 1 (not at all) to 5 (fully)."""

ACTIVE_STATUSES = (ActionStatus.PLANNED, ActionStatus.RUNNING)
"""Statuses of work still to do: only these can be overdue."""
