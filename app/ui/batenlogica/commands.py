"""Reads behind the batenlogica view and the window's links to it (the editor does the edits)."""

from __future__ import annotations

from collections.abc import Sequence

from app.model.reads import batenlogica as reads
from app.ui.document import Document

NOTES_MIME = "application/x-bruinpapier-note-ids"
"""Drag data naming post-its (their ids as JSON), which the batenlogica view accepts."""


def linked_nodes(
    document: Document, note_ids: Sequence[int], cluster_ids: Sequence[int] = ()
) -> list[int]:
    """The nodes made from these post-its or clusters, or from the clusters the post-its are in."""
    return reads.linked_nodes(document.store, note_ids, cluster_ids)


def source_notes(document: Document, node_id: int) -> list[int]:
    """The post-its a node was made from, in id order."""
    return reads.source_notes(document.store, node_id)
