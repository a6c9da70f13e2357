"""A plain-Python model of a workshop for the stateful test: dicts of rows and the method's rules.

It is written from the method, not from the store: defaults, what a deletion
takes along and what it unlinks, and how a cluster frame fits its notes are
spelled out here by hand, so the store cannot agree with itself by accident.
"""

from __future__ import annotations

from typing import Any

from app.model.layout import GAP, HEADER, NOTE_W, Rect, frame_around

Tables = dict[str, dict[int, dict[str, Any]]]

DEFAULTS: dict[str, dict[str, Any]] = {
    "session": {"title": "", "date": None, "position": 0},
    "round": {
        "session_id": None,
        "title": "",
        "question": "",
        "position": 0,
        "state": "open",
        "kind": "free",
    },
    "subgroup": {
        "round_id": None,
        "name": "",
        "colour": "",
        "position": 0,
        "group_id": None,
        "theme_id": None,
        "x": 0.0,
        "y": 0.0,
        "w": 800.0,
        "h": 600.0,
    },
    "cluster": {
        "round_id": None,
        "title": "",
        "colour": "",
        "x": 0.0,
        "y": 0.0,
        "w": 300.0,
        "h": 200.0,
    },
    "note": {
        "round_id": None,
        "subgroup_id": None,
        "cluster_id": None,
        "kind": "idee",
        "text": "",
        "x": 0.0,
        "y": 0.0,
        "w": 160.0,
        "h": 110.0,
        "votes": 0,
        "colour": "",
        "tags": "",
        "chance": None,
        "workload_origin": None,
    },
    "logic_node": {
        "kind": None,
        "label": "",
        "description": "",
        "theme_id": None,
        "x": 0.0,
        "y": 0.0,
        "pinned": False,
        "source_cluster_id": None,
        "chance": None,
    },
    "logic_node_source": {"node_id": None, "note_id": None},
    "logic_edge": {"cause_id": None, "effect_id": None},
}

# (child table, column, parent table, what deleting the parent does), written out by hand
# from the method rather than read from the schema, so the reference stays independent.
LINKS = [
    ("round", "session_id", "session", "cascade"),
    ("subgroup", "round_id", "round", "cascade"),
    ("subgroup", "group_id", "stakeholder_group", "null"),
    ("subgroup", "theme_id", "theme", "null"),
    ("subgroup_member", "subgroup_id", "subgroup", "cascade"),
    ("subgroup_member", "participant_id", "participant", "cascade"),
    ("participant", "group_id", "stakeholder_group", "null"),
    ("cluster", "round_id", "round", "cascade"),
    ("note", "round_id", "round", "cascade"),
    ("note", "subgroup_id", "subgroup", "null"),
    ("note", "cluster_id", "cluster", "null"),
    ("theme", "source_cluster_id", "cluster", "null"),
    ("logic_node", "theme_id", "theme", "null"),
    ("logic_node", "source_cluster_id", "cluster", "null"),
    ("logic_node_source", "node_id", "logic_node", "cascade"),
    ("logic_node_source", "note_id", "note", "cascade"),
    ("logic_edge", "cause_id", "logic_node", "cascade"),
    ("logic_edge", "effect_id", "logic_node", "cascade"),
    ("initiative", "theme_id", "theme", "cascade"),
    ("action", "initiative_id", "initiative", "cascade"),
    ("initiative_principle", "initiative_id", "initiative", "cascade"),
    ("initiative_principle", "principle_id", "principle", "cascade"),
]


class Reference:
    """The workshop as plain dicts, changed by the method's rules."""

    def __init__(self, tables: Tables) -> None:
        self.t = tables

    def copy(self) -> Tables:
        return {name: {i: dict(row) for i, row in rows.items()} for name, rows in self.t.items()}

    def insert(self, table: str, values: dict[str, Any]) -> int:
        rows = self.t[table]
        row_id = max(rows, default=0) + 1
        rows[row_id] = {"id": row_id, **DEFAULTS[table], **values}
        return row_id

    def update(self, table: str, row_id: int, values: dict[str, Any]) -> None:
        self.t[table][row_id].update(values)

    def delete(self, table: str, ids: list[int]) -> None:
        doomed = {(table, i) for i in ids if i in self.t[table]}
        todo = list(doomed)
        while todo:
            parent, parent_id = todo.pop()
            for child, column, target, action in LINKS:
                if target != parent or action != "cascade":
                    continue
                for row_id, row in self.t[child].items():
                    if row[column] == parent_id and (child, row_id) not in doomed:
                        doomed.add((child, row_id))
                        todo.append((child, row_id))
        for child, column, target, action in LINKS:
            if action == "null":
                for row_id, row in self.t[child].items():
                    if (target, row[column]) in doomed and (child, row_id) not in doomed:
                        row[column] = None
        for name, row_id in doomed:
            del self.t[name][row_id]

    def is_open(self, round_id: int) -> bool:
        return self.t["round"][round_id]["state"] == "open"

    def fit(self, cluster_id: int) -> None:
        members = [n for n in self.t["note"].values() if n["cluster_id"] == cluster_id]
        if members:
            frame = frame_around([Rect(n["x"], n["y"], n["w"], n["h"]) for n in members])
            self.update(
                "cluster", cluster_id, {"x": frame.x, "y": frame.y, "w": frame.w, "h": frame.h}
            )
        else:  # an emptied frame shrinks to its title band
            self.update("cluster", cluster_id, {"w": NOTE_W + 2 * GAP, "h": HEADER + 2 * GAP})

    def grow(self, subgroup_id: int, rect: Rect) -> None:
        """A subgroup's area grows (never shrinks) to hold ``rect``."""
        area = self.t["subgroup"][subgroup_id]
        area["w"] = max(area["w"], rect.right + GAP - area["x"])
        area["h"] = max(area["h"], rect.bottom + GAP - area["y"])
