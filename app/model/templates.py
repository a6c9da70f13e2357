"""The method's sessions and rounds as editable templates, and the default stakeholder groups."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from app.model.kinds import RoundKind


class Composition(StrEnum):
    """How a round's subgroups are formed."""

    BY_GROUP = "by_group"  # one subgroup per stakeholder group
    MIXED = "mixed"  # N subgroups, each stakeholder group spread evenly
    BY_THEME = "by_theme"  # one subgroup per beleidsthema
    FREE = "free"  # the facilitator names them


@dataclass(frozen=True)
class RoundTemplate:
    title: str
    question: str
    kind: RoundKind
    composition: Composition
    extra_subgroups: tuple[str, ...] = ()


@dataclass(frozen=True)
class SessionTemplate:
    title: str
    rounds: tuple[RoundTemplate, ...] = field(default=())


DEFAULT_GROUPS: tuple[tuple[str, str], ...] = (
    ("Leerlingen", "#ffe08a"),
    ("Ouders", "#a8e6a1"),
    ("Leraren", "#9fd3ff"),
    ("Directie & IB", "#ffb3c7"),
    ("Bestuur", "#d4b8ff"),
)

WORKLOAD_INVENTORY = "Werkdruk"

THEME_QUESTIONS = (
    "Wat doen we al?",
    "Welke vernieuwende initiatieven?",
    "Welke kansen om werkdruk te verlagen?",
)

METHOD: tuple[SessionTemplate, ...] = (
    SessionTemplate(
        "Sessie 1 – De bedoeling",
        (
            RoundTemplate(
                "Ronde 2 – Waar word je blij van?",
                "Waar word je blij van? Hoe ziet succes eruit?",
                RoundKind.PURPOSE,
                Composition.BY_GROUP,
            ),
            RoundTemplate(
                "Ronde 3 – Nieuwe mogelijkheden (bruin papier)",
                "Welke nieuwe mogelijkheden zien jullie? Waar voel je werkdruk?",
                RoundKind.BROWN_PAPER,
                Composition.MIXED,
                (WORKLOAD_INVENTORY,),
            ),
        ),
    ),
    SessionTemplate(
        "Sessie 2 – Initiatieven",
        (
            RoundTemplate(
                "Ronde 2 – Per beleidsthema",
                " / ".join(THEME_QUESTIONS),
                RoundKind.THEMES,
                Composition.BY_THEME,
            ),
            RoundTemplate(
                "Ronde 3 – Uitwerking initiatieven",
                "Kies twee initiatieven per thema: welke activiteiten, wie, "
                "en hoe passen ze bij de organisatieprincipes?",
                RoundKind.ELABORATION,
                Composition.BY_THEME,
            ),
        ),
    ),
)

BLANK_ROUND = RoundTemplate("Nieuwe ronde", "", RoundKind.FREE, Composition.FREE)
