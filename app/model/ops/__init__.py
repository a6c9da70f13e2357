"""Operations a facilitator performs. Each one runs in one transaction and returns its inverse."""

from app.model.ops.primitives import Batch, Delete, Insert, Op, Restore, Tx, Update

__all__ = ["Batch", "Delete", "Insert", "Op", "Restore", "Tx", "Update"]
