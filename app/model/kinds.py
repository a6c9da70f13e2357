"""The closed vocabularies of the method, with their Dutch and English names.

What is stored is each member's value. The kinds of post-its (``NoteKind``)
and of batenlogica elements (``LogicKind``) are the Dutch words the method
uses (``bedoeling``, ``werkdruk``, ``baat`` …), and so are their member names;
the labels below give both languages. Everything else (round states and kinds,
initiative categories, chances, workload origins) is stored as English code
words (``closed``, ``brown_paper``, ``ict_workload`` …) and translated in the
interface. The member names stay as they are: many modules use them.
"""

from __future__ import annotations

from enum import StrEnum

from app.model.errors import InvalidValue


class NoteKind(StrEnum):
    BEDOELING = "bedoeling"
    IDEE = "idee"
    WERKDRUK = "werkdruk"
    BESTAAND = "bestaand"
    ACTIE = "actie"
    NOTITIE = "notitie"


class LogicKind(StrEnum):
    OPLOSSING = "oplossing"
    ACTIVITEIT = "activiteit"
    BAAT = "baat"
    BEDOELING = "bedoeling"
    WERKDRUK = "werkdruk"


class RoundState(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class RoundKind(StrEnum):
    """Which step of the method a round is; decides templates and report sections."""

    FREE = "free"
    PURPOSE = "purpose"
    BROWN_PAPER = "brown_paper"
    THEMES = "themes"
    ELABORATION = "elaboration"
    PLENARY = "plenary"
    TOPIC = "topic"  # a focusgroep topic, with the note-taker's minutes
    VOTE = "vote"  # a priority vote, or choosing a case by vote
    REFLECTION = "reflection"  # intervisie at the end of a werksessie
    GRID = "grid"  # a board of grid cells (halen en brengen)


class InitiativeCategory(StrEnum):
    EXISTING = "existing"
    INNOVATIVE = "innovative"
    WORKLOAD = "workload"


class Chance(StrEnum):
    """A marked opportunity (the method's question 8); unmarked rows store NULL."""

    ICT_WORKLOAD = "ict_workload"
    ICT_PURPOSE = "ict_purpose"
    IMPROVEMENT = "improvement"


class WorkloadOrigin(StrEnum):
    """Why a werkdruk post-it exists, chosen by hand; NULL means not classified by hand."""

    PURPOSE = "purpose"
    SYSTEMS = "systems"


NOTE_KIND_ALIASES: dict[str, NoteKind] = {
    **{k.value: k for k in NoteKind},
    "purpose": NoteKind.BEDOELING,
    "idea": NoteKind.IDEE,
    "workload": NoteKind.WERKDRUK,
    "existing": NoteKind.BESTAAND,
    "action": NoteKind.ACTIE,
    "note": NoteKind.NOTITIE,
}

LOGIC_KIND_ALIASES: dict[str, LogicKind] = {
    **{k.value: k for k in LogicKind},
    "solution": LogicKind.OPLOSSING,
    "initiative": LogicKind.OPLOSSING,
    "activity": LogicKind.ACTIVITEIT,
    "benefit": LogicKind.BAAT,
    "purpose": LogicKind.BEDOELING,
    "workload": LogicKind.WERKDRUK,
}

NOTE_KIND_LABELS: dict[NoteKind, tuple[str, str]] = {
    NoteKind.BEDOELING: ("bedoeling", "purpose"),
    NoteKind.IDEE: ("idee", "idea"),
    NoteKind.WERKDRUK: ("werkdruk", "workload"),
    NoteKind.BESTAAND: ("bestaand", "existing"),
    NoteKind.ACTIE: ("actie", "action"),
    NoteKind.NOTITIE: ("notitie", "note"),
}

LOGIC_KIND_LABELS: dict[LogicKind, tuple[str, str]] = {
    LogicKind.OPLOSSING: ("oplossing", "solution"),
    LogicKind.ACTIVITEIT: ("activiteit", "activity"),
    LogicKind.BAAT: ("baat", "benefit"),
    LogicKind.BEDOELING: ("bedoeling", "purpose"),
    LogicKind.WERKDRUK: ("werkdruk", "workload"),
}


def parse_note_kind(word: str) -> NoteKind:
    """Accept a Dutch or English kind name in any case; raise ValueError otherwise."""
    try:
        return NOTE_KIND_ALIASES[word.strip().lower()]
    except KeyError:
        allowed = ", ".join(k.value for k in NoteKind)
        raise InvalidValue(
            "unknown kind {word!r} (expected one of: {allowed})", word=word, allowed=allowed
        ) from None


def parse_logic_kind(word: str) -> LogicKind:
    try:
        return LOGIC_KIND_ALIASES[word.strip().lower()]
    except KeyError:
        allowed = ", ".join(k.value for k in LogicKind)
        raise InvalidValue(
            "unknown kind {word!r} (expected one of: {allowed})", word=word, allowed=allowed
        ) from None


CHANCE_ALIASES: dict[str, Chance] = {
    **{k.value: k for k in Chance},
    "ict-kans werkdruk": Chance.ICT_WORKLOAD,
    "ict-kans voor werkdrukverlaging": Chance.ICT_WORKLOAD,
    "ict workload": Chance.ICT_WORKLOAD,
    "ict-kans bedoeling": Chance.ICT_PURPOSE,
    "ict-kans voor de bedoeling": Chance.ICT_PURPOSE,
    "ict purpose": Chance.ICT_PURPOSE,
    "verbeterkans": Chance.IMPROVEMENT,
    "andere verbeterkans": Chance.IMPROVEMENT,
}


def parse_chance(word: str) -> Chance | None:
    """A chance mark in Dutch or English (``ict_workload``, ``ICT-kans bedoeling``); empty: None."""
    key = " ".join(word.replace("_", " ").split()).lower()
    if not key:
        return None
    found = CHANCE_ALIASES.get(key) or CHANCE_ALIASES.get(key.replace(" ", "_"))
    if found is None:
        allowed = ", ".join(k.value for k in Chance)
        raise InvalidValue(
            "unknown chance {word!r} (expected one of: {allowed})", word=word, allowed=allowed
        )
    return found
