"""Per-stakeholder-group dots on the board: a post-it's tooltip says which groups' phones voted.

When phones say which geleding they belong to, each dot is also counted per
group. The board's badge shows the total; hovering a post-it shows the split,
e.g. "ouders 5 · leraren 3". The split is read from the model (never parsed
from the note's row here), after each batch of edits to the round's post-its.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from app.model.changes import Change
from app.model.reads.votes import round_group_dots, tally_line
from app.ui.board.scene import BoardScene

REFRESH_MS = 100
"""A burst of dots from sixty phones reads the split once, not once per dot."""


class GroupTallies(QObject):
    """Keeps the tooltips of one board scene's post-its on their per-group dots."""

    def __init__(self, scene: BoardScene) -> None:
        super().__init__(scene)
        self.scene = scene
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        scene.roundChanged.connect(lambda _round: self.refresh())
        scene.document.changed.connect(self._changed)
        self.refresh()

    def _changed(self, changes: list[Change]) -> None:
        if any(c.table in ("note", "stakeholder_group") for c in changes):
            self._timer.start()

    def refresh(self) -> None:
        """Put each post-it's per-group dots in its tooltip ("" when it has none)."""
        round_id = self.scene.round_id
        tallies = {} if round_id is None else round_group_dots(self.scene.document.store, round_id)
        for note_id, item in self.scene.notes.items():
            text = tally_line(tallies.get(note_id, ()))
            if item.toolTip() != text:
                item.setToolTip(text)
