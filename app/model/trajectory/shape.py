"""A trajectory's shape as a template: start a workshop from one, or save one from a workshop."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from app.model.entities import TABLES
from app.model.errors import FileError, OperationError
from app.model.interchange.files import write_atomically
from app.model.kinds import RoundKind
from app.model.ops.setup import GroupPlan, SetUpWorkshop
from app.model.templates import (
    DEFAULT_GROUPS,
    FORMAT,
    GRID_SEPARATOR,
    MethodTemplate,
    builtin_templates,
    grid_axes,
    parse_template,
    user_dir,
)
from app.model.trajectory_kinds import SessionKind

MIXED_NAME = re.compile(r"^Groep [A-Z]$")
EMPTY_DEFAULTS = {
    RoundKind.PURPOSE: "by_group",
    RoundKind.THEMES: "by_theme",
    RoundKind.ELABORATION: "by_theme",
}
"""What a round without subgroups yet was set up as, by its step of the method."""


def setup_from_template(
    template: MethodTemplate,
    school: str = "",
    topics: Sequence[str] | None = None,
    first_date: dt.date | None = None,
) -> SetUpWorkshop:
    """The set-up step of a new workshop shaped by ``template``, with the default groups."""
    groups = tuple(GroupPlan(name, colour) for name, colour in DEFAULT_GROUPS)
    topics = tuple(topics) if topics else template.topics
    return SetUpWorkshop(
        template.name,
        school,
        "",
        groups,
        template.expanded(topics),
        first_date=first_date,
        template_id=template.id,
        report_sections=template.report_sections,
        themes=topics,
    )


def _composition(subgroups: list[Any], kind: RoundKind) -> tuple[str, list[str], dict]:
    """How a round's subgroups were formed, the extra names, and a grid if it is one."""
    if kind is RoundKind.GRID and subgroups and all(GRID_SEPARATOR in s.name for s in subgroups):
        rows, columns = grid_axes([s.name for s in subgroups])
        return "grid", [], {"rows": rows, "columns": columns}
    if any(s.group_id is not None for s in subgroups):
        extras = [s.name for s in subgroups if s.group_id is None]
        return "by_group", extras, {}
    if any(s.theme_id is not None for s in subgroups):
        return "by_theme", [s.name for s in subgroups if s.theme_id is None], {}
    if not subgroups and kind in EMPTY_DEFAULTS:
        return EMPTY_DEFAULTS[kind], [], {}
    if any(MIXED_NAME.match(s.name) for s in subgroups):
        return "mixed", [s.name for s in subgroups if not MIXED_NAME.match(s.name)], {}
    return "free", [s.name for s in subgroups], {}


def shape_document(conn: Connection, template_id: str, name: str) -> dict[str, Any]:
    """The workshop's sessions, rounds, agendas and report sections as a template document."""
    t = TABLES
    workshop = conn.execute(select(t["workshop"]).order_by(t["workshop"].c.id)).first()
    subgroups: dict[int, list[Any]] = defaultdict(list)
    for s in conn.execute(select(t["subgroup"]).order_by(t["subgroup"].c.position)):
        subgroups[s.round_id].append(s)
    agenda: dict[int, list[str]] = defaultdict(list)
    for a in conn.execute(select(t["agenda_item"]).order_by(t["agenda_item"].c.position)):
        agenda[a.session_id].append(a.title)
    rounds: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in conn.execute(select(t["round"]).order_by(t["round"].c.position, t["round"].c.id)):
        kind = RoundKind(r.kind)
        composition, extras, grid = _composition(subgroups[r.id], kind)
        item: dict[str, Any] = {
            "title": r.title,
            "question": r.question,
            "kind": kind.value,
            "composition": composition,
        }
        if extras:
            item["subgroups"] = extras
        if grid:
            item["grid"] = grid
        if r.options.strip():
            item["options"] = [o for o in r.options.splitlines() if o.strip()]
        rounds[r.session_id].append(item)
    sessions = list(conn.execute(select(t["session"]).order_by(t["session"].c.position)))
    first = next((s.date for s in sessions if s.date is not None), None)
    shaped = []
    for s in sessions:
        item = {"title": s.title, "kind": SessionKind(s.kind).value}
        if first is not None and s.date is not None:
            item["week"] = (s.date - first).days // 7
        if agenda[s.id]:
            item["agenda"] = agenda[s.id]
        if rounds[s.id]:
            item["rounds"] = rounds[s.id]
        shaped.append(item)
    sections = workshop.report_sections if workshop is not None else ""
    return {
        "format": FORMAT,
        "id": template_id,
        "name": name,
        "description": "",
        "report_sections": [x for x in sections.split(",") if x],
        "sessions": shaped,
    }


def slug(name: str) -> str:
    word = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")
    return word or "sjabloon"


def save_template(conn: Connection, name: str, folder: Path | None = None) -> MethodTemplate:
    """Write the workshop's shape as the facilitator's own template; returns it as read back."""
    folder = folder or user_dir()
    template_id = slug(name)
    if any(b.id == template_id for b in builtin_templates()):
        template_id = f"eigen-{template_id}"
    document = shape_document(conn, template_id, name)
    if not document["sessions"]:
        raise OperationError("This trajectory has no sessions yet; there is no shape to save.")
    path = folder / f"{template_id}.json"
    template = parse_template(document, path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileError(
            folder, "the file could not be created ({reason})", reason=exc.strerror
        ) from None
    write_atomically(path, json.dumps(document, ensure_ascii=False, indent=1) + "\n")
    return template
