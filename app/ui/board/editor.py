"""The board editor: the one way in for every edit of a round's board.

Its public methods are the only places that push board edits; its action
table is what the menus, the toolbar, the keys and the board's context menu
show. Gestures (drag, resize, typing) end in these same methods, and tests
call them (or trigger the actions) and then check the top of the undo stack.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QPointF, QTimer
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import QMenu

from app.model.kinds import NoteKind
from app.model.layout import NOTE_H, NOTE_W
from app.model.ops import Batch, Op
from app.model.ops.board import (
    AddNote,
    CaptureNotes,
    CreateCluster,
    DuplicateNotes,
    SetCluster,
    Vote,
    cluster_subgroup,
    ungroup,
)
from app.model.ops.edits import Edit, Remove, edit
from app.model.ops.tidy import TidyBoard, TidyCluster, TidySubgroup
from app.ui.action_table import ActionTable
from app.ui.board.actions import NUDGES, SPECS
from app.ui.board.grow import grown_size
from app.ui.board.interactions import move_op
from app.ui.board.items import ClusterItem, NoteItem
from app.ui.board.palette import SWATCHES, kind_label
from app.ui.board.view import BoardView
from app.ui.document import REFUSED, Commit, Document
from app.ui.icons import icon


class BoardEditor(QObject):
    """Edits of the shown board, and the actions that run them.

    One editor lives as long as its window; :meth:`attach` gives it the board
    view of the open workshop (or None). Every edit method returns the
    :class:`Commit` (falsy when nothing was done or the model refused).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view: BoardView | None = None
        self._document: Document | None = None  # for quick capture without a board (tests)
        self.table = ActionTable(SPECS, self, icon)
        self.kind_actions: dict[NoteKind, QAction] = {}
        for kind in NoteKind:
            self.kind_actions[kind] = self._extra(
                f"kind_{kind.value}", lambda k=kind: self.set_kind(k)
            )
        self.colour_actions: dict[str, QAction] = {}
        for swatch in SWATCHES:
            action = self._extra(f"colour_{swatch}", lambda c=swatch: self.set_colour(c))
            action.setText(swatch)
            self.colour_actions[swatch] = action
        self._menu_point: QPointF | None = None
        self.extra_note_actions: list[QAction] = []
        """Actions of other editors offered on a post-it (e.g. "Show in the batenlogica")."""
        self.table.connect(
            {
                "delete": self.delete,
                "duplicate": self.duplicate,
                "select_all": self.select_all,
                "zoom_in": self._zoom_in,
                "zoom_out": self._zoom_out,
                "fit": self._fit,
                "new_note": self.new_note,
                "cluster": self.cluster,
                "ungroup": self.ungroup,
                "tidy": self.tidy,
                "edit_text": self.edit_text,
                "rename_cluster": self.edit_title,
                "vote_up": lambda: self.vote(1),
                "vote_down": lambda: self.vote(-1),
                "colour_auto": lambda: self.set_colour(""),
                **{name: lambda d=delta: self.nudge(*d) for name, delta in NUDGES.items()},
            }
        )
        self.retranslate()
        self._allowed = True
        self._update_enabled()

    def _extra(self, name: str, handler: object) -> QAction:
        action = QAction(self.table)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False: handler())  # type: ignore[operator]
        self.table.actions[name] = action
        return action

    def __getitem__(self, name: str) -> QAction:
        return self.table[name]

    @property
    def document(self) -> Document | None:
        return self._document if self.view is None else self.view.document

    def set_document(self, document: Document | None) -> None:
        """Edit ``document`` while no board view is attached (a capture field on its own)."""
        self._document = document

    def attach(self, view: BoardView | None) -> None:
        """Edit ``view``'s board from now on (None: no board, every action off)."""
        if self.view is not None and self.view is not view:
            self.view.board_scene.roundChanged.disconnect(self._update_enabled)
            self.view.contextMenuWanted.disconnect(self.context_menu)
            self.view.edits = None
        self.view = view
        if view is not None:
            view.edits = self
            view.addActions(list(self.table.actions.values()))
            view.board_scene.roundChanged.connect(self._update_enabled)
            view.contextMenuWanted.connect(self.context_menu)
        self._update_enabled()

    def set_allowed(self, on: bool) -> None:
        """The window turns the board's actions off while the centre shows something else."""
        self._allowed = on
        self._update_enabled()

    def _update_enabled(self, *_args: object) -> None:
        shown = self.view is not None and self.view.board_scene.round_id is not None
        shown = shown and self._allowed
        for action in self.table.actions.values():
            action.setEnabled(shown)

    def retranslate(self) -> None:
        self.table.retranslate()
        for kind, action in self.kind_actions.items():
            action.setText(kind_label(kind))

    # -- helpers -----------------------------------------------------------------

    def _push(self, ops: Sequence[Op], text: str) -> Commit:
        if not ops or self.document is None:
            return REFUSED
        return self.document.push(ops[0] if len(ops) == 1 else Batch(tuple(ops)), text)

    def _selected_ids(self, ids: Sequence[int] | None) -> tuple[int, ...]:
        if ids is not None:
            return tuple(ids)
        return () if self.view is None else tuple(self.view.board_scene.note_ids_selected())

    # -- navigation (no edits) --------------------------------------------------

    def _zoom_in(self) -> None:
        if self.view is not None:
            self.view.zoom_in()

    def _zoom_out(self) -> None:
        if self.view is not None:
            self.view.zoom_out()

    def _fit(self) -> None:
        if self.view is not None:
            self.view.fit()

    def select_all(self) -> None:
        if self.view is not None:
            scene = self.view.board_scene
            scene.select_notes(list(scene.notes))

    # -- typing ------------------------------------------------------------------

    def new_note(self) -> bool:
        """Start typing a post-it where the pointer (or the context menu) is, else mid-view."""
        if self.view is None:
            return False
        point, self._menu_point = self._menu_point, None
        if point is None:
            viewport = self.view.viewport()
            pos = viewport.mapFromGlobal(QCursor.pos())
            if not viewport.rect().contains(pos):
                return self.view.start_capture()
            point = self.view.mapToScene(pos)
        return self.view.capture_at(point)

    def edit_text(self) -> bool:
        """Type over the first selected post-it's text (F2)."""
        view = self.view
        notes = [] if view is None else view.board_scene.selected_notes()
        return bool(notes) and view is not None and view.type_over(view.typing.edit_note, notes[0])

    def edit_title(self) -> bool:
        """Type over the selected frame's title."""
        view = self.view
        frames = [] if view is None else view.board_scene.selected_clusters()
        return (
            bool(frames) and view is not None and view.type_over(view.typing.edit_title, frames[0])
        )

    def add_note(self, round_id: int, subgroup_id: int | None, text: str, at: QPointF) -> Commit:
        """A typed post-it with its top-left corner at ``at``."""
        w, h = grown_size(text, NOTE_W, NOTE_H)
        op = AddNote(round_id, subgroup_id, text.strip(), at.x(), at.y(), w=w, h=h)
        return self._push([op], QCoreApplication.translate("Board", "Add post-it"))

    def from_phone(self, op: Op, label: str) -> Commit:
        """A phone's post-it, edit, withdrawal or dot: one step, as if typed here.

        ``label`` is the server's English name for the edit ("Participants" context).
        """
        return self._push([op], QCoreApplication.translate("Participants", label))

    def set_text(self, note_id: int, text: str, label: str | None = None) -> Commit:
        """Replace a post-it's text (typed in place, or in the inspector with its own label)."""
        item = None if self.view is None else self.view.board_scene.notes.get(note_id)
        now = (0.0, 0.0) if item is None else (item.row["w"], item.row["h"])
        grown = grown_size(text, *now) if item is not None else now
        size = dict(zip("wh", grown, strict=True)) if grown != now else {}
        op = edit("note", note_id, text=text.strip(), **size)
        return self._push([op], label or QCoreApplication.translate("Board", "Edit post-it"))

    def rename_cluster(self, cluster_id: int, title: str) -> Commit:
        return self._push(
            [edit("cluster", cluster_id, title=" ".join(title.split()))],
            QCoreApplication.translate("Board", "Rename cluster"),
        )

    def capture(self, subgroup_id: int, texts: Sequence[str], label: str) -> Commit:
        """One post-it per line in a subgroup, laid out in its area (quick capture).

        ``label`` names the step: its plural ("Add 3 post-its") is translated by the
        capture field's own ``tr``, the only place pyside6-lupdate sees plurals.
        """
        sizes = tuple(grown_size(t, NOTE_W, NOTE_H) for t in texts)
        return self._push([CaptureNotes(subgroup_id, tuple(texts), sizes=sizes)], label)

    # -- the selection ------------------------------------------------------------

    def delete(self) -> Commit:
        """Delete the selected notes, and the selected frames (their notes stay)."""
        if self.view is None:
            return REFUSED
        scene = self.view.board_scene
        notes = tuple(scene.note_ids_selected())
        frames = tuple(c.cluster_id for c in scene.selected_clusters())
        ops: list[Op] = []
        if frames:
            ops.append(ungroup(*frames))
        if notes:
            ops.append(Remove("note", notes))
        return self._push(ops, QCoreApplication.translate("Board", "Delete"))

    def duplicate(self) -> Commit:
        """Copies of the selected notes beside them, selected afterwards."""
        notes = self._selected_ids(None)
        if not notes:
            return REFUSED
        commit = self._push(
            [DuplicateNotes(notes)], QCoreApplication.translate("Board", "Duplicate")
        )
        if commit and self.view is not None:
            self.view.board_scene.select_notes(commit.new_ids("note"))
        return commit

    def cluster(self) -> Commit:
        """Frame the selected notes (Ctrl+G) and put the title editor on the new frame."""
        notes = self._selected_ids(None)
        if not notes:
            return REFUSED
        commit = self._push([CreateCluster(notes)], self._cluster_text(notes))
        made = commit.new_ids("cluster")
        if made and self.view is not None:
            frame = self.view.board_scene.clusters.get(made[0])
            if frame is not None:
                self.view.type_over(self.view.typing.edit_title, frame)
        return commit

    def _cluster_text(self, notes: tuple[int, ...]) -> str:
        """ "Cluster", naming the subgroup the notes move to when they come from several."""
        text = QCoreApplication.translate("Board", "Cluster")
        if self.view is None:
            return text
        scene = self.view.board_scene
        subgroups = [scene.notes[n].row["subgroup_id"] for n in notes if n in scene.notes]
        target = cluster_subgroup(subgroups)
        if len(set(subgroups) - {None}) > 1 and target in scene.areas:
            name = scene.areas[target].row["name"]
            text = QCoreApplication.translate("Board", "Cluster, moved to %1").replace("%1", name)
        return text

    def ungroup(self) -> Commit:
        if self.view is None:
            return REFUSED
        scene = self.view.board_scene
        frames = {c.cluster_id for c in scene.selected_clusters()}
        frames |= {n.row["cluster_id"] for n in scene.selected_notes()} - {None}
        return self._push(
            [ungroup(*sorted(frames))] if frames else [],
            QCoreApplication.translate("Board", "Ungroup"),
        )

    def tidy(self) -> Commit:
        """Tidy the frames and subgroup areas the selection touches; everything when none is."""
        if self.view is None:
            return REFUSED
        scene = self.view.board_scene
        notes = scene.selected_notes()
        frames = {c.cluster_id for c in scene.selected_clusters()}
        frames |= {n.row["cluster_id"] for n in notes} - {None}
        subgroups = {n.row["subgroup_id"] for n in notes if n.row["cluster_id"] is None} - {None}
        if not notes and not frames:
            round_id = scene.round_id
            return self._push(
                [TidyBoard(round_id)] if round_id is not None else [],
                QCoreApplication.translate("Board", "Tidy"),
            )
        ops: list[Op] = [TidyCluster(c) for c in sorted(frames)]
        ops += [TidySubgroup(s) for s in sorted(subgroups)]
        return self._push(ops, QCoreApplication.translate("Board", "Tidy"))

    def nudge(self, dx: float, dy: float) -> Commit:
        """Move the selection by an offset (arrow keys)."""
        if self.view is None:
            return REFUSED
        scene = self.view.board_scene
        delta = QPointF(dx, dy)
        notes = {n: n.pos() + delta for n in scene.selected_notes()}
        return self.move(notes, dict.fromkeys(scene.selected_clusters(), delta))

    def move(
        self, notes: Mapping[NoteItem, QPointF], clusters: Mapping[ClusterItem, QPointF]
    ) -> Commit:
        """Notes dropped at new top-left corners and frames moved by offsets, as one step."""
        if self.view is None:
            return REFUSED
        op = move_op(self.view.board_scene, dict(notes), dict(clusters))
        return self._push(
            [op] if op is not None else [], QCoreApplication.translate("Board", "Move")
        )

    def resize(self, note_id: int, width: int, height: int) -> Commit:
        return self._push(
            [edit("note", note_id, w=width, h=height)],
            QCoreApplication.translate("Board", "Resize post-it"),
        )

    def set_kind(self, kind: NoteKind, ids: Sequence[int] | None = None) -> Commit:
        values = {i: {"kind": kind} for i in self._selected_ids(ids)}
        label = QCoreApplication.translate("Inspector", "Change kind")
        return self._push([Edit("note", values)] if values else [], label)

    def set_colour(self, colour: str, ids: Sequence[int] | None = None) -> Commit:
        """Give notes a fixed colour ("" returns them to subgroup/kind colour)."""
        values = {i: {"colour": colour} for i in self._selected_ids(ids)}
        label = QCoreApplication.translate("Inspector", "Change colour")
        return self._push([Edit("note", values)] if values else [], label)

    def set_subgroup(self, subgroup_id: int | None, ids: Sequence[int]) -> Commit:
        values = {i: {"subgroup_id": subgroup_id} for i in ids}
        label = QCoreApplication.translate("Inspector", "Move to subgroup")
        return self._push([Edit("note", values)] if values else [], label)

    def set_cluster(self, cluster_id: int | None, ids: Sequence[int]) -> Commit:
        """Move notes into a cluster, or out of theirs (None)."""
        label = (
            QCoreApplication.translate("Inspector", "Take out of cluster")
            if cluster_id is None
            else QCoreApplication.translate("Inspector", "Move to cluster")
        )
        return self._push([SetCluster(tuple(ids), cluster_id)] if ids else [], label)  # type: ignore[arg-type]

    def vote(
        self, delta: int, ids: Sequence[int] | None = None, label: str | None = None
    ) -> Commit:
        """One vote step (+1 or −1) on notes, the selected ones by default."""
        notes = self._selected_ids(ids)
        label = label or (
            QCoreApplication.translate("VoteMode", "Vote")
            if delta > 0
            else QCoreApplication.translate("VoteMode", "Take back vote")
        )
        return self._push([Vote(notes, delta)] if notes else [], label)

    # -- the context menu -----------------------------------------------------------

    def context_menu(self, item: object, point: QPointF, at: QPoint) -> None:
        """The board's context menu, made of this editor's own actions."""
        menu = self.context_actions(item, point)
        menu.exec(at)
        menu.deleteLater()

    def context_actions(self, item: object, point: QPointF) -> QMenu:
        """The menu for a right click on ``item`` (a post-it, a frame or the paper) at ``point``."""
        menu = QMenu(self.view)
        a = self.table
        self._menu_point = None
        if isinstance(item, NoteItem):
            menu.addAction(a["edit_text"])
            kinds = menu.addMenu(QCoreApplication.translate("Board", "Kind"))
            kinds.addActions(list(self.kind_actions.values()))
            colours = menu.addMenu(QCoreApplication.translate("Board", "Colour"))
            colours.addAction(a["colour_auto"])
            colours.addActions(list(self.colour_actions.values()))
            for name in ("vote_up", "vote_down", "cluster"):
                menu.addAction(a[name])
            menu.addActions(self.extra_note_actions)
            menu.addAction(a["duplicate"])
            menu.addAction(a["delete"])
        elif isinstance(item, ClusterItem):
            for name in ("rename_cluster", "tidy", "ungroup"):
                menu.addAction(a[name])
        else:
            self._menu_point = point
            for name in ("new_note", "tidy", "fit"):
                menu.addAction(a[name])
        menu.aboutToHide.connect(self._forget_point_later)
        return menu

    def _forget_point_later(self) -> None:
        """The menu's point counts only for an action chosen from that menu."""
        QTimer.singleShot(0, self, self._forget_point)

    def _forget_point(self) -> None:
        self._menu_point = None


def editor_for(view: BoardView) -> BoardEditor:
    """A board editor of its own for a view shown without a main window (tests, benches)."""
    editor = BoardEditor(view)
    editor.attach(view)
    return editor
