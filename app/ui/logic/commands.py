"""What a facilitator does to the batenlogica, each as one undoable step.

The view's gestures and menus call these; tests call them too. Every one
pushes a single model operation through :meth:`Document.push` and returns
whether the model accepted it; the scene then follows the change
notifications.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from app.model.batenlogica.graph import load_graph
from app.model.batenlogica.layout import Point, compute_layout, free_spots, layout_op, move_op
from app.model.entities import LogicNodeSource, Note
from app.model.kinds import LogicKind
from app.model.ops import Batch, Op
from app.model.ops.edits import Remove, edit
from app.model.ops.logic import AddLogicNode, add_edge
from app.ui.document import Document

NOTES_MIME = "application/x-bruinpapier-note-ids"
"""Drag data naming post-its (their ids as JSON), which the batenlogica view accepts."""


def _label(text: str) -> str:
    return " ".join(text.split())


def add_notes_to_logic(
    document: Document, note_ids: Sequence[int], kind: LogicKind, at: Point | None = None
) -> bool:
    """One node per post-it, labelled with its text and linked back to it.

    The nodes go below the last node of their kind's column, or from ``at``
    downwards; nothing else moves.
    """
    if not note_ids:
        return False
    with document.store.read() as db:
        texts = dict(db.execute(select(Note.id, Note.text).where(Note.id.in_(note_ids))).all())
    notes = [n for n in dict.fromkeys(note_ids) if n in texts]
    if not notes:
        return False
    spots = free_spots(load_graph(document.store), kind, len(notes))
    if at is not None:
        spots = [(at[0], at[1] + y - spots[0][1]) for _x, y in spots]
    ops = tuple(
        AddLogicNode(kind.value, _label(texts[n]), x, y, source_note_ids=(n,))
        for n, (x, y) in zip(notes, spots, strict=True)
    )
    return document.push(Batch(ops), QCoreApplication.translate("LogicView", "Add to batenlogica"))


def add_node(document: Document, kind: LogicKind, at: Point | None = None) -> bool:
    """A new, empty-labelled element of ``kind``, to be named in place."""
    (spot,) = free_spots(load_graph(document.store), kind, 1) if at is None else [at]
    return document.push(
        AddLogicNode(kind.value, QCoreApplication.translate("LogicView", "New element"), *spot),
        QCoreApplication.translate("LogicView", "New element"),
    )


def connect(document: Document, cause: int, effect: int) -> bool:
    """An arrow from cause to effect; the model refuses loops and doubles with a message."""
    return document.push(
        add_edge(cause, effect), QCoreApplication.translate("LogicView", "Draw arrow")
    )


def remove(document: Document, node_ids: Sequence[int], edge_ids: Sequence[int]) -> bool:
    """Delete nodes (with their arrows and source links) and arrows, in one step."""
    ops: list[Op] = []
    if edge_ids:
        ops.append(Remove("logic_edge", tuple(edge_ids)))
    if node_ids:
        ops.append(Remove("logic_node", tuple(node_ids)))
    if not ops:
        return False
    return document.push(Batch(tuple(ops)), QCoreApplication.translate("LogicView", "Delete"))


def move_nodes(document: Document, moves: Mapping[int, Point]) -> bool:
    """Manual nudges, pinned so that only a fresh layout moves them again."""
    if not moves:
        return False
    return document.push(move_op(moves), QCoreApplication.translate("LogicView", "Move"))


def set_label(document: Document, node_id: int, label: str) -> bool:
    return document.push(
        edit("logic_node", node_id, label=_label(label)),
        QCoreApplication.translate("LogicView", "Edit text"),
    )


def set_theme(document: Document, node_id: int, theme_id: int | None) -> bool:
    return document.push(
        edit("logic_node", node_id, theme_id=theme_id),
        QCoreApplication.translate("LogicView", "Set theme"),
    )


def set_kind(document: Document, node_id: int, kind: LogicKind) -> bool:
    return document.push(
        edit("logic_node", node_id, kind=kind),
        QCoreApplication.translate("LogicView", "Change kind"),
    )


def new_layout(document: Document) -> bool:
    """Lay everything out afresh (manual nudges forgotten), as one step."""
    graph = load_graph(document.store)
    op = layout_op(graph, compute_layout(graph, fresh=True), fresh=True)
    if not op.values:
        return False
    return document.push(op, QCoreApplication.translate("LogicView", "New layout"))


def source_notes(document: Document, node_id: int) -> list[int]:
    """The post-its a node was made from, in id order."""
    with document.store.read() as db:
        return list(
            db.scalars(
                select(LogicNodeSource.note_id)
                .where(LogicNodeSource.node_id == node_id)
                .order_by(LogicNodeSource.note_id)
            )
        )
