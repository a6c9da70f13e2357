"""Method templates as data: a trajectory's sessions, rounds, board layout and report sections.

Each template is one JSON file: the built-in ones in ``resources/templates``,
the facilitator's own in the user data folder. A file that does not follow
the format is refused with a message naming the file and what is wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from app.model.errors import FileError
from app.model.interchange.files import read_json
from app.model.kinds import RoundKind
from app.model.trajectory_kinds import SessionKind

BUILTIN_DIR = Path(__file__).resolve().parents[2] / "resources" / "templates"
FORMAT = "bruinpapier-template"


class Composition(StrEnum):
    """How a round's subgroups are formed."""

    BY_GROUP = "by_group"  # one subgroup per stakeholder group
    MIXED = "mixed"  # N subgroups, each stakeholder group spread evenly
    BY_THEME = "by_theme"  # one subgroup per beleidsthema
    FREE = "free"  # the facilitator names them
    GRID = "grid"  # one area per cell of a grid (rows × columns)


@dataclass(frozen=True)
class RoundTemplate:
    title: str
    question: str
    kind: RoundKind
    composition: Composition
    extra_subgroups: tuple[str, ...] = ()
    grid_rows: tuple[str, ...] = ()
    grid_columns: tuple[str, ...] = ()
    options: tuple[str, ...] = ()  # work forms to choose from, e.g. intervisie formats
    for_each_topic: bool = False  # repeated once per topic, "{topic}" filled in


@dataclass(frozen=True)
class SessionTemplate:
    title: str
    rounds: tuple[RoundTemplate, ...] = field(default=())
    kind: SessionKind = SessionKind.WORKSHOP
    agenda: tuple[str, ...] = ()
    week: int | None = None  # weeks after the first session; None: three weeks apart


@dataclass(frozen=True)
class MethodTemplate:
    id: str
    name: str
    description: str
    sessions: tuple[SessionTemplate, ...]
    report_sections: tuple[str, ...]
    topics: tuple[str, ...] = ()
    source: Path | None = None

    def expanded(self, topics: Sequence[str] | None = None) -> tuple[SessionTemplate, ...]:
        """The sessions with every per-topic round repeated for each topic."""
        chosen = tuple(topics) if topics else self.topics
        result = []
        for s in self.sessions:
            rounds: list[RoundTemplate] = []
            for r in s.rounds:
                if not r.for_each_topic:
                    rounds.append(r)
                    continue
                for topic in chosen:
                    rounds.append(
                        RoundTemplate(
                            r.title.replace("{topic}", topic),
                            r.question.replace("{topic}", topic),
                            r.kind,
                            r.composition,
                            r.extra_subgroups,
                            r.grid_rows,
                            r.grid_columns,
                            r.options,
                        )
                    )
            result.append(SessionTemplate(s.title, tuple(rounds), s.kind, s.agenda, s.week))
        return tuple(result)


GRID_SEPARATOR = " · "


def grid_axes(names: Sequence[str]) -> tuple[list[str], list[str]]:
    """The rows and columns of a grid board from its cells' names ("row · column"), in order."""
    rows: list[str] = []
    columns: list[str] = []
    for name in names:
        row, column = name.split(GRID_SEPARATOR, 1)
        rows += [row] if row not in rows else []
        columns += [column] if column not in columns else []
    return rows, columns


REPORT_SECTIONS = (
    "purpose",
    "boards",
    "grid",
    "minutes",
    "logic",
    "themes",
    "practice",
    "implementation",
    "followup",
    "measurements",
    "meetings",
    "appendix",
)
"""Every section a template may ask for, in the report's order."""


# -- reading ----------------------------------------------------------------


class _Bad(Exception):
    """A problem at a place in the document; becomes a FileError naming the file."""


def _get(obj: Mapping[str, Any], key: str, where: str, kind: type, default: Any = ...) -> Any:
    if key not in obj:
        if default is ...:
            raise _Bad(f"{where}: '{key}' is missing")
        return default
    value = obj[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise _Bad(f"{where}.{key}: expected {kind.__name__}")
    return value


def _texts(obj: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    items = _get(obj, key, where, list, [])
    if not all(isinstance(i, str) for i in items):
        raise _Bad(f"{where}.{key}: expected a list of texts")
    return tuple(items)


def _choice(obj: Mapping[str, Any], key: str, where: str, enum: Callable[[str], Any], default: str):
    value = _get(obj, key, where, str, default)
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum)  # type: ignore[attr-defined]
        raise _Bad(f"{where}.{key}: {value!r} is not one of {allowed}") from None


def _grid_columns(raw: Any, where: str) -> tuple[str, ...]:
    """Columns as texts, or as levels whose product makes the columns ("relatie · halen")."""
    if not isinstance(raw, list) or not raw:
        raise _Bad(f"{where}: expected a non-empty list")
    if all(isinstance(c, str) for c in raw):
        return tuple(raw)
    if not all(isinstance(c, list) and c and all(isinstance(x, str) for x in c) for c in raw):
        raise _Bad(f"{where}: expected texts, or lists of texts to combine")
    columns = [""]
    for level in raw:
        columns = [f"{c} · {x}" if c else x for c in columns for x in level]
    return tuple(columns)


def _round(raw: Any, where: str) -> RoundTemplate:
    if not isinstance(raw, dict):
        raise _Bad(f"{where}: expected an object")
    composition = _choice(raw, "composition", where, Composition, "free")
    rows: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()
    if composition is Composition.GRID:
        grid = _get(raw, "grid", where, dict)
        rows = _texts(grid, "rows", f"{where}.grid")
        columns = _grid_columns(grid.get("columns"), f"{where}.grid.columns")
        if not rows:
            raise _Bad(f"{where}.grid.rows: a grid needs at least one row")
    return RoundTemplate(
        _get(raw, "title", where, str),
        _get(raw, "question", where, str, ""),
        _choice(raw, "kind", where, RoundKind, "free"),
        composition,
        _texts(raw, "subgroups", where),
        rows,
        columns,
        _texts(raw, "options", where),
        _get(raw, "for_each_topic", where, bool, False),
    )


def _session(raw: Any, where: str) -> SessionTemplate:
    if not isinstance(raw, dict):
        raise _Bad(f"{where}: expected an object")
    rounds = _get(raw, "rounds", where, list, [])
    week = _get(raw, "week", where, int, None) if raw.get("week") is not None else None
    return SessionTemplate(
        _get(raw, "title", where, str),
        tuple(_round(r, f"{where}.rounds[{i}]") for i, r in enumerate(rounds)),
        _choice(raw, "kind", where, SessionKind, "workshop"),
        _texts(raw, "agenda", where),
        week,
    )


def parse_template(document: Any, source: Path | None = None) -> MethodTemplate:
    """A template from its JSON document; raises _Bad."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _Bad(f'not a Bruinpapier template (expected "format": "{FORMAT}")')
    sessions = _get(document, "sessions", "template", list)
    if not sessions:
        raise _Bad("template.sessions: a template needs at least one session")
    sections = _texts(document, "report_sections", "template")
    unknown = [s for s in sections if s not in REPORT_SECTIONS]
    if unknown:
        raise _Bad(
            f"template.report_sections: unknown {', '.join(unknown)} "
            f"(known: {', '.join(REPORT_SECTIONS)})"
        )
    template_id = _get(document, "id", "template", str)
    if not template_id or not all(c.isalnum() or c in "-_" for c in template_id):
        raise _Bad("template.id: use letters, digits, '-' and '_' only")
    return MethodTemplate(
        template_id,
        _get(document, "name", "template", str),
        _get(document, "description", "template", str, ""),
        tuple(_session(s, f"sessions[{i}]") for i, s in enumerate(sessions)),
        sections,
        _texts(document, "topics", "template"),
        source,
    )


def load_template(path: Path) -> MethodTemplate:
    """Read one template file; a problem raises FileError naming the file."""
    document = read_json(path)
    try:
        return parse_template(document, path)
    except _Bad as exc:
        raise FileError(path, "not a valid template: {reason}", reason=str(exc)) from None


def templates_in(folder: Path) -> list[MethodTemplate]:
    return [load_template(p) for p in sorted(folder.glob("*.json"))] if folder.is_dir() else []


def user_dir() -> Path:
    """Where the facilitator's own templates live."""
    from platformdirs import user_data_path

    return user_data_path("bruinpapier", appauthor=False) / "templates"


def all_templates(folder: Path | None = None) -> list[MethodTemplate]:
    """Built-in templates, then the user's own (one with a built-in id replaces nothing)."""
    builtin = builtin_templates()
    taken = {t.id for t in builtin}
    own = [t for t in templates_in(folder or user_dir()) if t.id not in taken]
    return [*builtin, *own]


@cache
def builtin_templates() -> tuple[MethodTemplate, ...]:
    found = templates_in(BUILTIN_DIR)
    return tuple(sorted(found, key=lambda t: (t.id != METHOD_ID, t.name.casefold())))


def find_template(template_id: str, folder: Path | None = None) -> MethodTemplate | None:
    return next((t for t in all_templates(folder) if t.id == template_id), None)


# -- the method's defaults, as the wizard and the add-round dialog use them --

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

METHOD_ID = "vernieuwend-werken"


def _method() -> MethodTemplate:
    found = next((t for t in builtin_templates() if t.id == METHOD_ID), None)
    if found is None:
        missing = BUILTIN_DIR / f"{METHOD_ID}.json"
        raise FileError(missing, "the method's template is missing")
    return found


VERNIEUWEND_WERKEN = _method()
METHOD: tuple[SessionTemplate, ...] = tuple(
    s for s in VERNIEUWEND_WERKEN.sessions if s.kind is SessionKind.WORKSHOP
)
"""The method's two brown-paper sessions (the wizard's default)."""

BLANK_ROUND = RoundTemplate("Nieuwe ronde", "", RoundKind.FREE, Composition.FREE)
