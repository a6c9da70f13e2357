"""A plain-Python model of a workshop for the stateful test: dicts of rows and the method's rules.

It is written from the method, not from the store: defaults, what a deletion
takes along and what it unlinks, how a cluster frame fits its notes and how
tidying lays notes out are spelled out here by hand (it imports nothing from
``app.model.layout``), so the store cannot agree with itself by accident.
"""

from __future__ import annotations

from typing import Any

Tables = dict[str, dict[int, dict[str, Any]]]
Box = tuple[float, float, float, float]
"""x, y, width, height"""

# The method's board measures: the gap between post-its and around them, and the band
# that a frame or area keeps above its post-its for its title.
SPACING = 16.0
TITLE_BAND = 56.0
POSTIT_WIDTH = 160.0


def frame_of(notes: list[dict[str, Any]]) -> Box:
    """A cluster frame: the gap around its post-its on every side, and the title band on top."""
    left = min(n["x"] for n in notes)
    top = min(n["y"] for n in notes)
    right = max(n["x"] + n["w"] for n in notes)
    bottom = max(n["y"] + n["h"] for n in notes)
    return (
        left - SPACING,
        top - SPACING - TITLE_BAND,
        (right - left) + 2 * SPACING,
        (bottom - top) + 2 * SPACING + TITLE_BAND,
    )


def free_cells(
    area: Box, taken: list[Box], count: int, w: float, h: float
) -> list[tuple[float, float]]:
    """Where ``count`` post-its of ``w`` by ``h`` land in ``area`` among ``taken`` boxes.

    Cells go left to right in as many columns as fit (at least one), rows below the
    title band, each with the gap around it; a cell overlapping a taken box is skipped,
    and rows go on below the area when it is full.
    """
    x, y, width, _height = area
    columns = 1
    while SPACING + (columns + 1) * (w + SPACING) <= width:
        columns += 1
    cells: list[tuple[float, float]] = []
    index = 0
    while len(cells) < count:
        cx = x + SPACING + (index % columns) * (w + SPACING)
        cy = y + TITLE_BAND + SPACING + (index // columns) * (h + SPACING)
        if not any(
            cx < bx + bw and bx < cx + w and cy < by + bh and by < cy + h
            for bx, by, bw, bh in taken
        ):
            cells.append((cx, cy))
        index += 1
    return cells


def tidy_places(area: Box, notes: list[dict[str, Any]]) -> list[tuple[float, float]]:
    """Where tidying puts ``notes`` (in the given order) inside ``area``.

    Every post-it gets a cell as wide as the widest and as tall as the tallest;
    cells go left to right in as many columns as fit the area's width (at least
    one) with the gap between and around them, rows below the title band.
    """
    if not notes:
        return []
    x, y, width, _height = area
    cell_w = max(n["w"] for n in notes)
    cell_h = max(n["h"] for n in notes)
    columns = 1
    while SPACING + (columns + 1) * (cell_w + SPACING) <= width:
        columns += 1
    top = y + TITLE_BAND
    return [
        (
            x + SPACING + (i % columns) * (cell_w + SPACING),
            top + SPACING + (i // columns) * (cell_h + SPACING),
        )
        for i in range(len(notes))
    ]


DEFAULTS: dict[str, dict[str, Any]] = {
    "session": {"title": "", "date": None, "position": 0, "kind": "workshop"},
    "round": {
        "session_id": None,
        "title": "",
        "question": "",
        "position": 0,
        "state": "open",
        "kind": "free",
        "minutes": "",
        "format": "",
        "options": "",
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
            x, y, w, h = frame_of(members)
            self.update("cluster", cluster_id, {"x": x, "y": y, "w": w, "h": h})
        else:  # an emptied frame shrinks to its title band
            self.update(
                "cluster",
                cluster_id,
                {"w": POSTIT_WIDTH + 2 * SPACING, "h": TITLE_BAND + 2 * SPACING},
            )

    def grow(self, subgroup_id: int, box: Box) -> None:
        """A subgroup's area grows (never shrinks) to hold ``box``."""
        area = self.t["subgroup"][subgroup_id]
        x, y, w, h = box
        area["w"] = max(area["w"], x + w + SPACING - area["x"])
        area["h"] = max(area["h"], y + h + SPACING - area["y"])
