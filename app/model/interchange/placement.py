"""Where imported post-its go: tidy blocks per subgroup area, each cluster framed on its own.

Inside an area the blocks (loose notes, then each cluster in order of first
appearance) are stacked top to bottom, so cluster frames never overlap; the
areas themselves flow left to right like ``layout.area_layout``, but sized by
their content because cluster frames need room that a plain note count does not.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.model.layout import (
    AREA_GAP,
    GAP,
    HEADER,
    NOTE_H,
    NOTE_W,
    Rect,
    columns_for,
    flow,
    frame_around,
    grid_positions,
    grid_size,
)

MIN_AREA_H = 2 * (NOTE_H + GAP) + HEADER


@dataclass(frozen=True)
class Block:
    """Notes that belong together: ``framed`` ones get a cluster frame around them."""

    count: int
    framed: bool


@dataclass(frozen=True)
class Stacked:
    positions: list[list[tuple[float, float]]]  # per block, the notes' top-left corners
    frames: list[Rect | None]  # per block, its cluster frame
    right: float
    bottom: float


def stack_blocks(blocks: list[Block], left: float, top: float, columns: int) -> Stacked:
    """Blocks below each other from ``top``, notes in rows of at most ``columns``."""
    y, right = top, left
    positions: list[list[tuple[float, float]]] = []
    frames: list[Rect | None] = []
    for block in blocks:
        cols = max(1, min(columns, block.count))
        if block.framed:
            places = grid_positions(block.count, left + GAP, y + HEADER + GAP, cols)
            frame = frame_around([Rect(x, py, NOTE_W, NOTE_H) for x, py in places])
            y, right = frame.bottom, max(right, frame.right)
        else:
            places = grid_positions(block.count, left, y, cols)
            frame = None
            w, h = grid_size(block.count, cols)
            y, right = y + h, max(right, left + w)
        positions.append(places)
        frames.append(frame)
    return Stacked(positions, frames, right, y)


def columns_of(blocks: list[Block]) -> int:
    return columns_for(sum(b.count for b in blocks))


def area_size(blocks: list[Block]) -> tuple[float, float]:
    """Width and height of a new subgroup area holding ``blocks`` below its title band."""
    stacked = stack_blocks(blocks, 0.0, HEADER, columns_of(blocks))
    return stacked.right + GAP, max(stacked.bottom + GAP, MIN_AREA_H)


Key = tuple[str, int]  # ("subgroup" | "cluster" | "note", row id), or ("new", index of a new note)
Group = dict[int | None, list[int]]  # cluster id (None: loose) -> indexes of its new notes


@dataclass
class Board:
    """One round's board while new notes are placed on it: where everything is now.

    New notes go below what a subgroup area already holds; an area that has to
    grow pushes everything that starts below it down, so areas never overlap.
    An existing cluster that gains notes moves, with its notes, next to them,
    so its frame never reaches over another one.
    """

    rects: dict[Key, Rect] = field(default_factory=dict)
    owner: dict[Key, int | None] = field(default_factory=dict)  # subgroup of a note or cluster
    members: dict[int, list[int]] = field(default_factory=dict)  # existing cluster -> note ids
    changed: set[Key] = field(default_factory=set)
    new_clusters: set[int] = field(default_factory=set)  # clusters this import creates

    def put(self, key: Key, rect: Rect, owner: int | None = None) -> None:
        self.rects[key] = rect
        if key[0] != "subgroup":
            self.owner[key] = owner
        self.changed.add(key)

    def area(self, subgroup_id: int | None) -> Rect | None:
        return None if subgroup_id is None else self.rects.get(("subgroup", subgroup_id))

    def bottom(self) -> float | None:
        return max((r.bottom for r in self.rects.values()), default=None)

    def fill(self, by_subgroup: dict[int | None, Group]) -> dict[int, Rect]:
        """Place every group's notes; returns the areas of subgroups that had none yet."""
        fresh: list[tuple[int | None, Group]] = []
        for subgroup_id, group in by_subgroup.items():
            if subgroup_id is None or self.area(subgroup_id) is None:
                fresh.append((subgroup_id, group))
            else:
                self._add_to_area(subgroup_id, group)
        bottom = self.bottom()
        origin_y = 0.0 if bottom is None else bottom + AREA_GAP
        sizes = [area_size(self._blocks(g)) for _, g in fresh]
        areas: dict[int, Rect] = {}
        for (subgroup_id, group), area in zip(fresh, flow(sizes, 0.0, origin_y), strict=True):
            columns = columns_of(self._blocks(group))
            self._place(group, area.x, area.y + HEADER, columns, subgroup_id)
            if subgroup_id is not None:
                areas[subgroup_id] = area
        return areas

    def _moved(self, cluster_id: int | None) -> list[int]:
        if cluster_id is None or cluster_id in self.new_clusters:
            return []
        return self.members.get(cluster_id, [])

    def _blocks(self, group: Group) -> list[Block]:
        return [Block(len(self._moved(c)) + len(ids), c is not None) for c, ids in group.items()]

    def _place(
        self,
        group: Group,
        left: float,
        top: float,
        columns: int,
        owner: int | None,
    ) -> tuple[float, float]:
        stacked = stack_blocks(self._blocks(group), left, top, columns)
        for (cluster_id, ids), places, frame in zip(
            group.items(), stacked.positions, stacked.frames, strict=True
        ):
            keys = [("note", n) for n in self._moved(cluster_id)]
            keys += [("new", i) for i in ids]
            for key, (x, y) in zip(keys, places, strict=True):
                old = self.rects.get(key)
                w, h = (old.w, old.h) if old is not None else (NOTE_W, NOTE_H)
                self.put(key, Rect(x, y, w, h), owner)
            if cluster_id is not None and frame is not None:
                self.put(("cluster", cluster_id), frame, owner)
        return stacked.right, stacked.bottom

    def _add_to_area(self, subgroup_id: int, group: Group) -> None:
        area = self.rects[("subgroup", subgroup_id)]
        held = [
            r.bottom + GAP
            for k, r in self.rects.items()
            if k[0] in ("note", "new") and self.owner.get(k) == subgroup_id
        ]
        columns = max(1, int((area.w - 3 * GAP) // (NOTE_W + GAP)))  # keep the area's width
        right, bottom = self._place(
            group, area.x, max([area.y + HEADER, *held]), columns, subgroup_id
        )
        grown = Rect(
            area.x, area.y, max(area.w, right + GAP - area.x), max(area.h, bottom + GAP - area.y)
        )
        if grown.h > area.h:
            self._make_room(subgroup_id, area.bottom, grown.h - area.h)
        if grown != area:
            self.put(("subgroup", subgroup_id), grown)

    def _make_room(self, subgroup_id: int, below: float, delta: float) -> None:
        """Move down by ``delta`` all whose area (or itself, when loose) starts at ``below``."""
        shifted: list[Key] = []
        for key, rect in self.rects.items():
            if key == ("subgroup", subgroup_id):
                continue
            area = self.area(key[1] if key[0] == "subgroup" else self.owner.get(key))
            if (area.y if area is not None else rect.y) >= below:
                shifted.append(key)
        for key in shifted:
            r = self.rects[key]
            self.put(key, Rect(r.x, r.y + delta, r.w, r.h), self.owner.get(key))
