"""Board commands on the selection (menus, shortcuts, the inspector): each pushes one operation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF

from app.model.kinds import NoteKind
from app.model.ops import Batch, Op
from app.model.ops.board import CreateCluster, DuplicateNotes, Vote, cluster_subgroup, ungroup
from app.model.ops.edits import Edit, Remove
from app.model.ops.tidy import TidyBoard, TidyCluster, TidySubgroup
from app.ui.board.interactions import inserted_ids, move_op
from app.ui.board.scene import BoardScene

NUDGE = 8.0
NUDGE_BIG = 48.0


class BoardCommands:
    """What the board can do to its selection; True when an operation was pushed."""

    def __init__(self, scene: BoardScene) -> None:
        self.scene = scene
        self.document = scene.document

    def _push(self, ops: list[Op], text: str) -> bool:
        if not ops:
            return False
        return self.document.push(ops[0] if len(ops) == 1 else Batch(tuple(ops)), text)

    def delete(self) -> bool:
        """Delete the selected notes, and the selected frames (their notes stay)."""
        notes = tuple(self.scene.note_ids_selected())
        frames = tuple(c.cluster_id for c in self.scene.selected_clusters())
        ops: list[Op] = []
        if frames:
            ops.append(ungroup(*frames))
        if notes:
            ops.append(Remove("note", notes))
        return self._push(ops, QCoreApplication.translate("Board", "Delete"))

    def duplicate(self) -> bool:
        notes = tuple(self.scene.note_ids_selected())
        if not notes:
            return False
        with inserted_ids(self.document, "note") as copies:
            pushed = self.document.push(
                DuplicateNotes(notes), QCoreApplication.translate("Board", "Duplicate")
            )
        self.scene.select_notes(copies)
        return pushed

    def cluster(self) -> int | None:
        """Frame the selected notes; the new cluster's id, to name it in place."""
        notes = tuple(self.scene.note_ids_selected())
        if not notes:
            return None
        text = QCoreApplication.translate("Board", "Cluster")
        subgroups = [self.scene.notes[n].row["subgroup_id"] for n in notes if n in self.scene.notes]
        target = cluster_subgroup(subgroups)
        if len(set(subgroups) - {None}) > 1 and target in self.scene.areas:  # hook (i10)
            name = self.scene.areas[target].row["name"]
            text = QCoreApplication.translate("Board", "Cluster, moved to %1").replace("%1", name)
        with inserted_ids(self.document, "cluster") as made:
            self.document.push(CreateCluster(notes), text)
        return made[0] if made else None

    def ungroup(self) -> bool:
        frames = {c.cluster_id for c in self.scene.selected_clusters()}
        frames |= {n.row["cluster_id"] for n in self.scene.selected_notes()} - {None}
        return bool(frames) and self.document.push(
            ungroup(*sorted(frames)), QCoreApplication.translate("Board", "Ungroup")
        )

    def tidy(self) -> bool:
        """Tidy the frames and subgroup areas the selection touches; everything when none is."""
        notes = self.scene.selected_notes()
        frames = {c.cluster_id for c in self.scene.selected_clusters()}
        frames |= {n.row["cluster_id"] for n in notes} - {None}
        subgroups = {n.row["subgroup_id"] for n in notes if n.row["cluster_id"] is None} - {None}
        if not notes and not frames:
            round_id = self.scene.round_id
            return round_id is not None and self.document.push(
                TidyBoard(round_id), QCoreApplication.translate("Board", "Tidy")
            )
        ops: list[Op] = [TidyCluster(c) for c in sorted(frames)]
        ops += [TidySubgroup(s) for s in sorted(subgroups)]
        return self._push(ops, QCoreApplication.translate("Board", "Tidy"))

    def nudge(self, dx: float, dy: float) -> bool:
        """Move the selection by an offset (arrow keys)."""
        delta = QPointF(dx, dy)
        notes = {n: n.pos() + delta for n in self.scene.selected_notes()}
        frames = dict.fromkeys(self.scene.selected_clusters(), delta)
        op = move_op(self.scene, notes, frames)
        return op is not None and self.document.push(
            op, QCoreApplication.translate("Board", "Move")
        )

    def set_kind(self, kind: NoteKind) -> bool:
        values = {i: {"kind": kind} for i in self.scene.note_ids_selected()}
        return bool(values) and self.document.push(
            Edit("note", values), QCoreApplication.translate("Board", "Change kind")
        )

    def set_colour(self, colour: str) -> bool:
        """Give the selected notes a fixed colour ("" returns them to subgroup/kind colour)."""
        values = {i: {"colour": colour} for i in self.scene.note_ids_selected()}
        return bool(values) and self.document.push(
            Edit("note", values), QCoreApplication.translate("Board", "Change colour")
        )

    def vote(self, delta: int) -> bool:
        notes = tuple(self.scene.note_ids_selected())
        return bool(notes) and self.document.push(
            Vote(notes, delta), QCoreApplication.translate("Board", "Vote")
        )
