"""Gestures on the board, as small state machines the view feeds with events.

Each gesture shows its effect on the items while it is in flight and ends in
ONE call on the board editor (:class:`BoardEdits`), which pushes one model
operation. Items then follow the change notifications; if the model refuses
(a closed round), the items are put back from their rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor
from shiboken6 import Shiboken

from app.model.errors import WorkshopError
from app.model.kinds import NoteKind
from app.model.layout import GAP, NOTE_H, NOTE_W
from app.model.ops import Batch, Op
from app.model.ops.board import MoveCluster, MoveNotes
from app.model.reads.board import ensure_round_open
from app.ui.board.inline_editor import InlineEditor
from app.ui.board.items import ClusterItem, NoteItem
from app.ui.board.scene import BoardScene
from app.ui.document import Commit
from app.ui.error_texts import describe

MIN_W = 80.0
MIN_H = 60.0


class BoardEdits(Protocol):
    """The board editor's methods that gestures end in (see ``board/editor.py``)."""

    def move(
        self, notes: Mapping[NoteItem, QPointF], clusters: Mapping[ClusterItem, QPointF]
    ) -> object: ...

    def resize(self, note_id: int, width: int, height: int) -> object: ...

    def add_note(
        self, round_id: int, subgroup_id: int | None, text: str, at: QPointF
    ) -> object: ...

    def set_text(self, note_id: int, text: str, label: str | None = None) -> object: ...

    def rename_cluster(self, cluster_id: int, title: str) -> object: ...

    def vote(
        self, delta: int, ids: Sequence[int] | None = None, label: str | None = None
    ) -> Commit: ...


class EditingView(Protocol):
    """The view typing happens in: its ``edits`` (the board editor, once attached)."""

    edits: BoardEdits | None


def move_op(
    scene: BoardScene,
    notes: dict[NoteItem, QPointF],
    clusters: dict[ClusterItem, QPointF],
) -> Op | None:
    """One operation for notes dropped at new top-left corners and frames moved by offsets.

    Members of a moved frame travel with it (MoveCluster) and are left out of
    the note moves, so nothing moves twice.
    """
    ops: list[Op] = []
    carried: set[int] = set()
    for cluster, delta in clusters.items():
        if not delta.isNull():
            ops.append(MoveCluster(cluster.cluster_id, delta.x(), delta.y()))
            carried |= scene.members.get(cluster.cluster_id, set())
    places = {
        n.note_id: (p.x(), p.y())
        for n, p in notes.items()
        if n.note_id not in carried and (p.x(), p.y()) != (n.row["x"], n.row["y"])
    }
    if places:
        ops.append(MoveNotes(places))
    if not ops:
        return None
    return ops[0] if len(ops) == 1 else Batch(tuple(ops))


def resync(items: Iterable[NoteItem | ClusterItem]) -> None:
    """Put items back where their rows say, after a refused gesture."""
    for item in items:
        item.sync_position()
        if isinstance(item, NoteItem):
            item.sync_size()


class DragMove:
    """A drag of the selection: frames carry their unselected members along; one op on release."""

    def __init__(self, scene: BoardScene, edits: BoardEdits | None) -> None:
        self.scene = scene
        self.edits = edits

    def follow(self) -> None:
        """Keep a dragged frame's unselected members under it while the mouse moves."""
        for cluster in self.scene.selected_clusters():
            delta = cluster.pos() - QPointF(cluster.row["x"], cluster.row["y"])
            for note in self.scene.member_items(cluster.cluster_id):
                if not note.isSelected():
                    note.setPos(note.row["x"] + delta.x(), note.row["y"] + delta.y())
            self.scene.notes_changed()

    def finish(self) -> None:
        notes = {n: n.pos() for n in self.scene.selected_notes()}
        clusters = {
            c: c.pos() - QPointF(c.row["x"], c.row["y"]) for c in self.scene.selected_clusters()
        }
        if move_op(self.scene, notes, clusters) is None:
            return
        if self.edits is None or not self.edits.move(notes, clusters):
            moved_members = [n for c in clusters for n in self.scene.member_items(c.cluster_id)]
            resync([*notes, *clusters, *moved_members])


class Resize:
    """Dragging a selected note's corner grip; one op on release."""

    def __init__(
        self, scene: BoardScene, item: NoteItem, press: QPointF, edits: BoardEdits | None
    ) -> None:
        self.scene = scene
        self.item = item
        self.press = press
        self.edits = edits

    def follow(self, point: QPointF) -> None:
        delta = point - self.press
        self.item.set_size(
            max(MIN_W, self.item.row["w"] + delta.x()), max(MIN_H, self.item.row["h"] + delta.y())
        )

    def finish(self) -> None:
        size = self.item.rect().size()
        values = {"w": round(size.width()), "h": round(size.height())}
        if (values["w"], values["h"]) == (self.item.row["w"], self.item.row["h"]):
            return
        if self.edits is None or not self.edits.resize(self.item.note_id, values["w"], values["h"]):
            self.item.sync_size()


@dataclass
class _Target:
    """What the open editor is writing: a new note (with its place) or an existing row's text."""

    table: str  # "new", "note" or "cluster"
    row_id: int | None = None
    subgroup_id: int | None = None
    rect: QRectF | None = None


class Typing:
    """The in-place editor's life: capture chains of new notes, edit texts and titles."""

    def __init__(self, scene: BoardScene, view: EditingView) -> None:
        self.scene = scene
        self._view = view  # its ``edits`` (the board editor) receives what was typed
        self.editor: InlineEditor | None = None
        self._target: _Target | None = None

    @property
    def active(self) -> bool:
        return self.editor is not None

    def capture_at(self, point: QPointF) -> bool:
        """Start a new note centred on ``point`` in the subgroup whose area holds it."""
        if not self._round_open():
            return False
        rect = QRectF(point.x() - NOTE_W / 2, point.y() - NOTE_H / 2, NOTE_W, NOTE_H)
        subgroup = self.scene.subgroup_at(point)
        self._open(_Target("new", None, subgroup, rect), self._fill_for(subgroup))
        return True

    def edit_note(self, item: NoteItem) -> bool:
        if not self._round_open():
            return False
        self._open(_Target("note", item.note_id), item.fill, item.mapRectToScene(item.rect()))
        assert self.editor is not None
        self.editor.setPlainText(item.row["text"])
        cursor = self.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.editor.setTextCursor(cursor)
        return True

    def edit_title(self, item: ClusterItem) -> bool:
        if not self._round_open():
            return False
        band = item.mapRectToScene(item.title_rect())
        self._open(_Target("cluster", item.cluster_id), QColor("#fffdf5"), band, pixel_size=26)
        assert self.editor is not None
        self.editor.setPlainText(item.row["title"])
        cursor = self.editor.textCursor()
        cursor.select(cursor.SelectionType.Document)
        self.editor.setTextCursor(cursor)
        return True

    def stop(self) -> None:
        """Close the editor without saving what it holds."""
        editor, self.editor, self._target = self.editor, None, None
        if editor is not None and Shiboken.isValid(editor):  # a round switch may have deleted it
            editor.committed.disconnect(self._committed)
            editor.cancelled.disconnect(self.stop)
            if editor.scene() is self.scene:
                self.scene.removeItem(editor)

    def _round_open(self) -> bool:
        """Ask the model first, so a closed round refuses before anything is typed."""
        self.stop()
        round_id = self.scene.round_id
        if round_id is None:
            return False
        try:
            ensure_round_open(self.scene.document.store, round_id)
        except WorkshopError as exc:
            self.scene.document.failed.emit(describe(exc))
            return False
        return True

    def _fill_for(self, subgroup_id: int | None) -> QColor:
        """The colour the note being typed will have."""
        return self.scene.fill_for(
            {"colour": "", "kind": NoteKind.IDEE, "subgroup_id": subgroup_id}
        )

    def _open(
        self, target: _Target, fill: QColor, rect: QRectF | None = None, pixel_size: int = 18
    ) -> None:
        box = rect if rect is not None else target.rect
        assert box is not None
        self.editor = InlineEditor(box, fill, pixel_size)
        self._target = target
        self.editor.committed.connect(self._committed)
        self.editor.cancelled.connect(self.stop)
        self.scene.addItem(self.editor)
        self.scene.clearSelection()
        self.editor.setFocus()

    def _committed(self, text: str, chain: bool) -> None:
        target = self._target
        assert target is not None
        edits = self._view.edits
        if edits is None:
            self.stop()
            return
        if target.table == "new":
            if not text.strip():
                self.stop()
                return
            assert target.rect is not None and self.scene.round_id is not None
            added = edits.add_note(
                self.scene.round_id, target.subgroup_id, text, target.rect.topLeft()
            )
            if added and chain and self.editor is not None:
                target.rect = self.next_slot(target.rect, target.subgroup_id)
                self.editor.place(target.rect)
                self.editor.setFocus()
                return
        elif target.table == "note":
            item = self.scene.notes.get(target.row_id or -1)
            if item is not None and text.strip() and text.strip() != item.row["text"]:
                edits.set_text(item.note_id, text)
        else:
            frame = self.scene.clusters.get(target.row_id or -1)
            if frame is not None and " ".join(text.split()) != frame.row["title"]:
                edits.rename_cluster(frame.cluster_id, text)
        self.stop()

    def next_slot(self, rect: QRectF, subgroup_id: int | None) -> QRectF:
        """The next free grid cell right of ``rect``, wrapping inside the subgroup's area."""
        area = self.scene.areas.get(subgroup_id) if subgroup_id is not None else None
        bounds = area.mapRectToScene(area.rect()) if area is not None else None
        candidate = QRectF(rect)
        for _ in range(500):
            candidate.translate(rect.width() + GAP, 0)
            if bounds is not None and candidate.right() > bounds.right() - GAP:
                candidate.moveTo(bounds.left() + GAP, candidate.bottom() + GAP)
            if not self._covered(candidate):
                break
        return candidate

    def _covered(self, rect: QRectF) -> bool:
        return any(isinstance(i, NoteItem) for i in self.scene.items(rect.adjusted(1, 1, -1, -1)))
