"""The batenlogica editor: the one way in for every edit of the diagram.

Its public methods are the only places that push batenlogica edits. The view's
gestures (drawing an arrow, dragging, typing, dropping post-its), its keys and
its context menu, the pane's toolbar and the window's "Add to the batenlogica"
menu all end here; tests call the same methods and check the undo stack.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from app.model.batenlogica.graph import load_graph
from app.model.batenlogica.layout import Point, compute_layout, free_spots, layout_op, move_op
from app.model.kinds import LogicKind
from app.model.ops import Batch, Op
from app.model.ops.edits import Remove, edit
from app.model.ops.logic import AddLogicNode, AddNodesFromBoard, add_edge, tidy_label
from app.ui.action_table import ActionSpec, ActionTable
from app.ui.document import REFUSED, Commit, Document

SPECS = (
    ActionSpec(
        "logic_delete",
        QT_TRANSLATE_NOOP("LogicView", "Delete"),
        ("Del", "Backspace"),
        view_only=True,
    ),
    ActionSpec(
        "logic_edit_text", QT_TRANSLATE_NOOP("LogicView", "Edit text"), ("F2",), view_only=True
    ),
    ActionSpec(
        "logic_fit", QT_TRANSLATE_NOOP("LogicView", "Fit to window"), ("Ctrl+0",), view_only=True
    ),
    ActionSpec(
        "new_layout",
        QT_TRANSLATE_NOOP("LogicView", "New layout"),
        tip=QT_TRANSLATE_NOOP("LogicView", "Lay the diagram out afresh; manual nudges are dropped"),
        view_only=True,
    ),
)
"""The diagram's own commands (texts in the "LogicView" context); keys work while it has focus."""


class LogicEditor(QObject):
    """Edits of one workshop's batenlogica, and the diagram's actions.

    Every edit method returns the :class:`Commit` (falsy when nothing was done or
    the model refused). The view connects the actions that need its selection.
    """

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.table = ActionTable(SPECS, self, context="LogicView")
        self.table.retranslate()

    def __getitem__(self, name: str) -> object:
        return self.table[name]

    def add_notes(
        self,
        note_ids: Sequence[int],
        kind: LogicKind,
        at: Point | None = None,
        cluster_ids: Sequence[int] = (),
    ) -> Commit:
        """One element per cluster and per other post-it, linked back, as one step.

        The model op decides, deduplicates and places them (below their kind's column,
        or from ``at`` downwards); the commit's new ``logic_node`` ids say how many.
        """
        op = AddNodesFromBoard(
            kind,
            tuple(note_ids),
            tuple(cluster_ids),
            at,
            QCoreApplication.translate("LogicView", "Cluster"),
        )
        return self.document.push(op, QCoreApplication.translate("LogicView", "Add to batenlogica"))

    def add_node(self, kind: LogicKind, at: Point | None = None) -> Commit:
        """A new element of ``kind``, to be named in place."""
        (spot,) = free_spots(load_graph(self.document.store), kind, 1) if at is None else [at]
        op = AddLogicNode(kind.value, QCoreApplication.translate("LogicView", "New element"), *spot)
        return self.document.push(op, QCoreApplication.translate("LogicView", "New element"))

    def connect_nodes(self, cause: int, effect: int) -> Commit:
        """An arrow from cause to effect; the model refuses loops and doubles with a message."""
        return self.document.push(
            add_edge(cause, effect), QCoreApplication.translate("LogicView", "Draw arrow")
        )

    def remove(self, node_ids: Sequence[int], edge_ids: Sequence[int]) -> Commit:
        """Delete nodes (with their arrows and source links) and arrows, in one step."""
        ops: list[Op] = []
        if edge_ids:
            ops.append(Remove("logic_edge", tuple(edge_ids)))
        if node_ids:
            ops.append(Remove("logic_node", tuple(node_ids)))
        if not ops:
            return REFUSED
        return self.document.push(
            Batch(tuple(ops)), QCoreApplication.translate("LogicView", "Delete")
        )

    def move_nodes(self, moves: Mapping[int, Point]) -> Commit:
        """Manual nudges, pinned so that only a fresh layout moves them again."""
        if not moves:
            return REFUSED
        return self.document.push(move_op(moves), QCoreApplication.translate("LogicView", "Move"))

    def set_label(self, node_id: int, label: str) -> Commit:
        op = edit("logic_node", node_id, label=tidy_label(label))
        return self.document.push(op, QCoreApplication.translate("LogicView", "Edit text"))

    def set_theme(self, node_id: int, theme_id: int | None) -> Commit:
        return self.document.push(
            edit("logic_node", node_id, theme_id=theme_id),
            QCoreApplication.translate("LogicView", "Set theme"),
        )

    def set_kind(self, node_id: int, kind: LogicKind) -> Commit:
        return self.document.push(
            edit("logic_node", node_id, kind=kind),
            QCoreApplication.translate("LogicView", "Change kind"),
        )

    def new_layout(self) -> Commit:
        """Lay everything out afresh (manual nudges forgotten), as one step."""
        graph = load_graph(self.document.store)
        op = layout_op(graph, compute_layout(graph, fresh=True), fresh=True)
        if not op.values:
            return REFUSED
        return self.document.push(op, QCoreApplication.translate("LogicView", "New layout"))
