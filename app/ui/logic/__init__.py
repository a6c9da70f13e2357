"""The batenlogica editor: view, findings panel and the commands behind their gestures."""

from app.ui.logic.commands import NOTES_MIME, add_notes_to_logic
from app.ui.logic.findings import LogicFindingsPanel
from app.ui.logic.view import LogicPane, LogicView

__all__ = ["NOTES_MIME", "LogicFindingsPanel", "LogicPane", "LogicView", "add_notes_to_logic"]
