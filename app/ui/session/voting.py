"""Dot voting on a board: a click mode, keys on the selection, and the top N by votes.

In vote mode a click on a post-it gives it a vote, Shift+click or a right
click takes one back, and + / − vote on the selected post-its. Every vote is
one undoable step; a closed round refuses it with a message in the panel.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.model.reads.board import clusters_of, subgroups_of
from app.model.reads.votes import Ranked, Scope, top_notes
from app.ui.board.items import NoteItem
from app.ui.board.view import BoardView
from app.ui.session.status_line import StatusLine

PLUS_KEYS = (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
MINUS_KEYS = (Qt.Key.Key_Minus, Qt.Key.Key_Underscore)
DOT = "●"


class VoteMode(QObject):
    """Turns clicks and + / − on a board view into votes while active.

    Signals:
        active_changed(bool): vote mode switched on or off.
        voted(): a vote was given or taken back.
        refused(str): the model refused a vote (e.g. the round is closed); nothing changed.
    """

    active_changed = Signal(bool)
    voted = Signal()
    refused = Signal(str)

    def __init__(self, view: BoardView) -> None:
        super().__init__(view)  # dies with the view, so it never filters a deleted one
        self.view = view
        self._viewport = view.viewport()
        self._active = False
        self._swallow_release = False

    def is_active(self) -> bool:
        return self._active

    def set_active(self, on: bool) -> None:
        if on == self._active:
            return
        self._active = on
        if on:
            self._viewport.installEventFilter(self)
            self.view.installEventFilter(self)
            self._viewport.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self._viewport.removeEventFilter(self)
            self.view.removeEventFilter(self)
            self._viewport.unsetCursor()
        self.active_changed.emit(on)

    def vote(self, note_ids: list[int], delta: int) -> bool:
        """One vote step on ``note_ids``; False (and ``refused``) when the model says no."""
        if not note_ids:
            return False
        edits = self.view.edits
        commit = edits.vote(delta, note_ids) if edits is not None else None
        if not commit:
            if commit is not None and commit.refusal:
                self.refused.emit(commit.refusal)
            return False
        self.voted.emit()
        return True

    def note_at(self, pos: QPoint) -> int | None:
        for item in self.view.items(pos):
            if isinstance(item, NoteItem):
                return item.note_id
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._viewport:
            if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
                return self._click(event)  # type: ignore[arg-type]
            if kind == QEvent.Type.MouseButtonRelease and self._swallow_release:
                self._swallow_release = False
                event.accept()
                return True
            if kind == QEvent.Type.ContextMenu:
                return True  # a right click votes; no menu in vote mode
        elif kind == QEvent.Type.KeyPress:
            return self._key(event)  # type: ignore[arg-type]
        return False

    def _click(self, event: QMouseEvent) -> bool:
        note_id = self.note_at(event.position().toPoint())
        if note_id is None:
            return False  # panning and band selection still work on empty paper
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if event.button() == Qt.MouseButton.RightButton or shift:
            self.vote([note_id], -1)
        elif event.button() == Qt.MouseButton.LeftButton:
            self.vote([note_id], 1)
        else:
            return False
        event.accept()
        self._swallow_release = True  # the release belongs to this vote, not to a drag
        return True

    def _key(self, event: QKeyEvent) -> bool:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False  # Ctrl + / − zoom
        if event.key() in PLUS_KEYS:
            delta = 1
        elif event.key() in MINUS_KEYS:
            delta = -1
        else:
            return False
        self.vote(self.view.board_scene.note_ids_selected(), delta)
        return True


class VotingPanel(QWidget):
    """Vote mode on and off, and the top N of the round, a subgroup or a cluster.

    Beside the board: "Highlight" centres and marks the top N on the board.
    """

    def __init__(self, view: BoardView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.document = view.document
        self.mode = VoteMode(view)
        self.toggle = QPushButton(self.tr("Vote mode"), self)
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self.mode.set_active)
        self.mode.active_changed.connect(self.toggle.setChecked)
        help_text = QLabel(
            self.tr(
                "Click a post-it: +1 vote. Shift+click or right click: −1. "
                "Keys + and − vote on the selected post-its."
            ),
            self,
        )
        help_text.setWordWrap(True)
        self.scope = QComboBox(self)
        self.scope.setAccessibleName(self.tr("Count votes in"))
        self.count = QSpinBox(self)
        self.count.setRange(1, 50)
        self.count.setValue(5)
        self.ranking = QListWidget(self)
        self.ranking.setAccessibleName(self.tr("Most votes"))
        self.highlight_button = QPushButton(self.tr("Highlight on the board"), self)
        self.highlight_button.clicked.connect(self.highlight)
        self.status = StatusLine(self)
        self.mode.refused.connect(self.status.show_message)
        self.mode.voted.connect(self.status.clear_message)

        form = QFormLayout()
        form.addRow(self.tr("Count in:"), self.scope)
        form.addRow(self.tr("Top:"), self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toggle)
        layout.addWidget(help_text)
        layout.addLayout(form)
        layout.addWidget(self.ranking, 1)
        layout.addWidget(self.highlight_button)
        layout.addWidget(self.status)

        self.scope.currentIndexChanged.connect(self.refresh_ranking)
        self.count.valueChanged.connect(self.refresh_ranking)
        view.board_scene.roundChanged.connect(self._round_changed)
        self.document.rows.touched.connect(self._changed)
        self._round_changed(view.board_scene.round_id)

    def current_scope(self) -> Scope | None:
        scope = self.scope.currentData()
        return scope if isinstance(scope, Scope) else None

    def ranked(self) -> list[Ranked]:
        scope = self.current_scope()
        return [] if scope is None else top_notes(self.document.store, scope, self.count.value())

    def highlight(self) -> None:
        """Select, centre and mark the top N on the board."""
        ids = [r.note_id for r in self.ranked()]
        if ids:
            self.view.focus_notes(ids)

    def refresh_ranking(self) -> None:
        self.ranking.clear()
        for rank in self.ranked():
            item = QListWidgetItem(f"{DOT * min(rank.votes, 5)} {rank.votes}  {rank.text}")
            item.setData(Qt.ItemDataRole.UserRole, rank.note_id)
            self.ranking.addItem(item)

    def _round_changed(self, round_id: int | None) -> None:
        chosen = self.current_scope()
        self.scope.blockSignals(True)
        self.scope.clear()
        if round_id is not None:
            self.scope.addItem(self.tr("The whole round"), Scope(round_id))
            subgroups = subgroups_of(self.document.store, round_id)
            clusters = clusters_of(self.document.store, round_id)
            for sid, name in subgroups:
                self.scope.addItem(
                    self.tr("Subgroup: %1").replace("%1", name), Scope(round_id, sid)
                )
            for cid, title in clusters:
                label = title or self.tr("(untitled)")
                self.scope.addItem(
                    self.tr("Cluster: %1").replace("%1", label), Scope(round_id, cluster_id=cid)
                )
        same = [i for i in range(self.scope.count()) if self.scope.itemData(i) == chosen]
        self.scope.setCurrentIndex(same[0] if same else 0)
        self.scope.blockSignals(False)
        self.refresh_ranking()

    def _changed(self, tables: frozenset[str]) -> None:
        if tables & {"subgroup", "cluster"}:
            self._round_changed(self.view.board_scene.round_id)
        elif "note" in tables:
            self.refresh_ranking()
