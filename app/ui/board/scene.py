"""The board scene of one round: one item per subgroup, cluster and note row, kept by id.

The scene is a projection of the model. It reads the round once in
:meth:`BoardScene.show_round` and afterwards changes only from the document's
per-table signals (``document.rows.note`` and so on), one handler per table.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QLineF, QPointF, QRectF, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from app.model.changes import Change
from app.model.kinds import NoteKind, RoundState
from app.model.layout import Rect
from app.model.ops.board import area_at
from app.model.reads.board import table_rows
from app.ui.board.items import (
    READABLE_PX,
    TYPICAL_PX,
    ClusterItem,
    NoteItem,
    SubgroupAreaItem,
)
from app.ui.board.low_detail import LowDetailBatches
from app.ui.board.palette import (
    KIND_COLOURS,
    PAPER,
    PAPER_FIBRE,
    PAPER_FLECK,
    note_fill,
    subgroup_colour,
)
from app.ui.document import Document

MARGIN = 1200.0
"""Paper beyond the outermost area, so the board can be panned past its edges."""
COLOUR_MODES = ("subgroup", "kind")


NOTE_COLUMNS = (
    "id",
    "round_id",
    "subgroup_id",
    "cluster_id",
    "kind",
    "text",
    "x",
    "y",
    "w",
    "h",
    "votes",
    "colour",
)
"""What a post-it item mirrors; timestamps and tags stay in the database."""


def _rows(
    document: Document, table: str, columns: Iterable[str] = (), **where: Any
) -> list[dict[str, Any]]:
    return table_rows(document.store, table, columns, **where)


class BoardScene(QGraphicsScene):
    """Items of one round's board, mirroring the model rows by id.

    Signals:
        roundChanged(object): the shown round id (or None) changed, or its closed state did.
    """

    roundChanged = Signal(object)

    def __init__(self, document: Document, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self.round_id: int | None = None
        self.closed = False
        self.colour_mode = "subgroup"
        self.notes: dict[int, NoteItem] = {}
        self.clusters: dict[int, ClusterItem] = {}
        self.areas: dict[int, SubgroupAreaItem] = {}
        self.members: dict[int, set[int]] = defaultdict(set)
        self._group_colours: dict[int, str] = {}
        self._paper = _paper_brush()
        self.low_detail = False
        self._board = QRectF()
        self._batches: LowDetailBatches | None = None
        rows = document.rows
        rows.note.connect(self._notes_changed)
        rows.cluster.connect(self._clusters_changed)
        rows.subgroup.connect(self._subgroups_changed)
        rows.stakeholder_group.connect(self._groups_changed)
        rows.round.connect(self._rounds_changed)
        self.selectionChanged.connect(self.notes_changed)

    # -- loading --------------------------------------------------------------

    def show_round(self, round_id: int | None) -> None:
        """Rebuild the board for ``round_id`` (None: an empty paper)."""
        self.clearSelection()
        self.clear()
        self.notes.clear()
        self.clusters.clear()
        self.areas.clear()
        self.members.clear()
        self._batches = None  # the old round's low-detail rectangles go with its items
        self.round_id = round_id
        self.closed = False
        if round_id is not None:
            rounds = _rows(self.document, "round", id=round_id)
            if not rounds:
                self.round_id = None
            else:
                self.closed = rounds[0]["state"] == RoundState.CLOSED
                self._group_colours = {
                    g["id"]: g["colour"] for g in _rows(self.document, "stakeholder_group")
                }
                for row in _rows(self.document, "subgroup", round_id=round_id):
                    self._add_area(row)
                for row in _rows(self.document, "cluster", round_id=round_id):
                    self._add_cluster(row)
                for row in _rows(self.document, "note", NOTE_COLUMNS, round_id=round_id):
                    self._add_note(row)
        self._board = self.board_rect()
        self._fit_scene_rect()
        self.roundChanged.emit(self.round_id)

    def _add_area(self, row: dict[str, Any]) -> None:
        item = SubgroupAreaItem(row)
        self.areas[row["id"]] = item
        self._colour_area(item)
        self.addItem(item)

    def _add_cluster(self, row: dict[str, Any]) -> None:
        item = ClusterItem(row)
        self.clusters[row["id"]] = item
        self.addItem(item)

    def _add_note(self, row: dict[str, Any]) -> None:
        item = NoteItem(row)
        item.setZValue(row["id"] / 1e9)  # newer notes on top, stable across undo
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, self.low_detail)
        self.notes[row["id"]] = item
        if row["cluster_id"] is not None:
            self.members[row["cluster_id"]].add(row["id"])
        self._colour_note(item)
        self.addItem(item)
        self.notes_changed(item)  # zoomed out, it is drawn in a batch: the batches must know it

    # -- colours --------------------------------------------------------------

    def set_colour_mode(self, mode: str) -> None:
        """Colour post-its by their subgroup or by their kind."""
        if mode not in COLOUR_MODES:
            raise ValueError(f"unknown colour mode {mode!r}")
        self.colour_mode = mode
        for item in self.notes.values():
            self._colour_note(item)

    def area_colour(self, subgroup_id: int | None) -> QColor | None:
        area = self.areas.get(subgroup_id) if subgroup_id is not None else None
        return area.colour if area is not None else None

    def _colour_area(self, item: SubgroupAreaItem) -> None:
        row = item.row
        group = self._group_colours.get(row["group_id"], "") if row["group_id"] else ""
        item.set_colour(subgroup_colour(row["colour"], group, row["position"]))

    def _colour_note(self, item: NoteItem) -> None:
        item.set_fill(self.fill_for(item.row))

    def fill_for(self, row: Mapping[str, Any]) -> QColor:
        """A post-it's fill: its own colour, else its subgroup's or its kind's (by colour mode)."""
        own = row["colour"]
        if own and QColor.isValidColorName(own):
            return QColor(own)
        base = self.area_colour(row["subgroup_id"])
        if self.colour_mode == "kind" or base is None:
            return KIND_COLOURS[NoteKind(row["kind"])]
        return note_fill(base)

    # -- following the model --------------------------------------------------

    def _notes_changed(self, changes: list[Change]) -> None:
        self._follow(changes, self._on_note)

    def _clusters_changed(self, changes: list[Change]) -> None:
        self._follow(changes, self._on_cluster)

    def _subgroups_changed(self, changes: list[Change]) -> None:
        self._follow(changes, self._on_subgroup)

    def _groups_changed(self, changes: list[Change]) -> None:
        if self.round_id is not None and any(
            c.kind != "update" or "colour" in c.values for c in changes
        ):
            self._recolour_groups()

    def _rounds_changed(self, changes: list[Change]) -> None:
        for change in changes:
            if self.round_id is not None:
                self._on_round(change)

    def _follow(self, changes: list[Change], handler: Callable[[Change], bool]) -> None:
        """Mirror one table's changed rows; grow the paper if an item moved past its edge."""
        if self.round_id is None:
            return
        grown = QRectF(self._board)
        for change in changes:
            if handler(change):
                item = self._item_of(change)
                if item is not None:
                    grown = grown.united(item.mapRectToScene(item.rect()))
        if grown != self._board:
            self._board = grown
            half = MARGIN / 2  # grow the paper in steps: each change redraws every view's paper
            if not self.sceneRect().contains(grown.adjusted(-half, -half, half, half)):
                self._fit_scene_rect()

    def _item_of(self, change: Change) -> NoteItem | ClusterItem | SubgroupAreaItem | None:
        found: dict[str, dict[int, Any]] = {
            "note": self.notes,
            "cluster": self.clusters,
            "subgroup": self.areas,
        }
        return found.get(change.table, {}).get(change.id)

    def _on_note(self, change: Change) -> bool:
        item = self.notes.get(change.id)
        values = change.values
        if change.kind == "insert":
            if values["round_id"] == self.round_id and item is None:
                self._add_note(dict(values))
            return True
        if item is None:
            if change.kind != "update" or values.get("round_id") != self.round_id:
                return False
            for row in _rows(self.document, "note", NOTE_COLUMNS, id=change.id):  # moved here
                self._add_note(row)
            return True
        if change.kind == "delete" or values.get("round_id", self.round_id) != self.round_id:
            self._remove_note(item)
            return True
        if "cluster_id" in values:
            self.members[item.row["cluster_id"]].discard(change.id)
            if values["cluster_id"] is not None:
                self.members[values["cluster_id"]].add(change.id)
        item.apply(dict(values))
        if {"colour", "kind", "subgroup_id"} & values.keys():
            self._colour_note(item)
        return bool({"x", "y", "w", "h"} & values.keys())

    def _remove_note(self, item: NoteItem) -> None:
        self.members[item.row["cluster_id"]].discard(item.note_id)
        del self.notes[item.note_id]
        self.removeItem(item)
        self.notes_changed(item)

    def _on_cluster(self, change: Change) -> bool:
        item = self.clusters.get(change.id)
        if change.kind == "insert":
            if change.values["round_id"] == self.round_id and item is None:
                self._add_cluster(dict(change.values))
        elif item is not None and change.kind == "delete":
            del self.clusters[change.id]
            self.members.pop(change.id, None)
            self.removeItem(item)
        elif item is not None:
            item.apply(dict(change.values))
        return True

    def _on_subgroup(self, change: Change) -> bool:
        item = self.areas.get(change.id)
        if change.kind == "insert":
            if change.values["round_id"] == self.round_id and item is None:
                self._add_area(dict(change.values))
        elif item is not None and change.kind == "delete":
            del self.areas[change.id]
            self.removeItem(item)
        elif item is not None:
            item.apply(dict(change.values))
            if {"colour", "group_id", "position"} & change.values.keys():
                self._colour_area(item)
                self._recolour_subgroup(change.id)
        return True

    def _recolour_subgroup(self, subgroup_id: int) -> None:
        for item in self.notes.values():
            if item.row["subgroup_id"] == subgroup_id:
                self._colour_note(item)

    def _recolour_groups(self) -> None:
        self._group_colours = {
            g["id"]: g["colour"] for g in _rows(self.document, "stakeholder_group")
        }
        for area in self.areas.values():
            self._colour_area(area)
        for item in self.notes.values():
            self._colour_note(item)

    def _on_round(self, change: Change) -> bool:
        if change.id != self.round_id:
            return False
        if change.kind == "delete":
            self.show_round(None)
        elif "state" in change.values:
            self.closed = change.values["state"] == RoundState.CLOSED
            self.roundChanged.emit(self.round_id)
        return False

    # -- queries for gestures -------------------------------------------------

    def note_ids_selected(self) -> list[int]:
        return sorted(i.note_id for i in self.selectedItems() if isinstance(i, NoteItem))

    def selected_notes(self) -> list[NoteItem]:
        return [i for i in self.selectedItems() if isinstance(i, NoteItem)]

    def selected_clusters(self) -> list[ClusterItem]:
        return [i for i in self.selectedItems() if isinstance(i, ClusterItem)]

    def selected_cluster_ids(self) -> list[int]:
        return sorted(i.cluster_id for i in self.selected_clusters())

    def member_items(self, cluster_id: int) -> list[NoteItem]:
        return [self.notes[i] for i in self.members.get(cluster_id, ()) if i in self.notes]

    def subgroup_at(self, point: QPointF) -> int | None:
        """The subgroup whose area holds ``point`` (the innermost, where areas overlap)."""
        rects = {k: Rect(**{c: a.row[c] for c in "xywh"}) for k, a in self.areas.items()}
        return area_at(rects, point.x(), point.y())

    def board_rect(self) -> QRectF:
        """The part of the paper that holds something (areas, frames, notes), from their rows."""
        rows = [
            i.row
            for items in (self.areas, self.clusters, self.notes)
            for i in items.values()  # type: ignore[attr-defined]
        ]
        if not rows:
            return QRectF()
        left = min(r["x"] for r in rows)
        top = min(r["y"] for r in rows)
        right = max(r["x"] + r["w"] for r in rows)
        bottom = max(r["y"] + r["h"] for r in rows)
        return QRectF(left, top, right - left, bottom - top)

    def select_notes(self, note_ids: Iterable[int]) -> None:
        self.clearSelection()
        for note_id in note_ids:
            item = self.notes.get(note_id)
            if item is not None:
                item.setSelected(True)

    def _fit_scene_rect(self) -> None:
        """Paper around the board, grown (never shrunk) as the board grows, without a full scan."""
        bounds = self._board
        if bounds.isEmpty():
            bounds = QRectF(0, 0, 1600, 1000)
        self.setSceneRect(bounds.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))

    # -- level of detail ------------------------------------------------------

    def update_detail(self) -> None:
        """Low detail only while every view on the board (the projection too) is zoomed out."""
        views = self.views()
        self.set_low_detail(
            bool(views) and all(v.transform().m11() * TYPICAL_PX < READABLE_PX for v in views)
        )

    def set_low_detail(self, low: bool) -> None:
        """Below readable zoom, draw all post-its in a few batched calls instead of one each.

        The items stay (for hit tests, selection and dragging) but paint
        nothing; :meth:`drawForeground` draws them as coloured rectangles.
        """
        if low == self.low_detail:
            return
        self.low_detail = low
        for item in self.notes.values():
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, low)
        self.notes_changed()

    def notes_changed(self, item: NoteItem | None = None) -> None:
        """Post-its changed look or place: the low-detail batches follow (``item``: only it)."""
        if not self.low_detail:
            return
        stale = None
        if item is not None and self._batches is not None:
            stale = self._batches.follow(item, item.scene() is self)
        if stale is None:
            self._batches = None
            self.update()
        for rect in stale or ():
            self.update(rect.adjusted(-1, -1, 1, 1))

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if not self.low_detail:
            return
        if self._batches is None:
            self._batches = LowDetailBatches(self.notes.values())
        self._batches.draw(painter)

    # -- the paper ------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        """Kraft paper: a flat colour with a tiled fibre texture when zoomed in enough to see it."""
        painter.fillRect(rect, PAPER)
        if painter.worldTransform().m11() > 0.25:
            painter.fillRect(rect, self._paper)


def _paper_brush() -> QBrush:
    """A 256-unit tile of faint fibres and flecks, drawn once."""
    tile = QPixmap(256, 256)
    tile.fill(QColor(0, 0, 0, 0))
    painter = QPainter(tile)
    rng = random.Random(7)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for colour, count in ((PAPER_FIBRE, 70), (PAPER_FLECK, 30)):
        painter.setPen(QPen(colour, 1.2))
        for _ in range(count):
            x, y = rng.uniform(0, 256), rng.uniform(0, 256)
            length = rng.uniform(4, 18)
            angle = rng.uniform(0, 360)
            line = QLineF.fromPolar(length, angle).translated(x, y)
            painter.drawLine(line)
    painter.end()
    return QBrush(tile)
