"""Writing export files safely: the model's one atomic-write helper, under the export's names."""

from __future__ import annotations

from app.model.atomic import WriteError as ExportError
from app.model.atomic import atomic_target

__all__ = ["ExportCancelled", "ExportError", "atomic_target"]


class ExportCancelled(Exception):
    """Raised from a progress callback to stop an export; the target is left as it was."""
