"""The batenlogica editor: view, findings panel and the commands behind their gestures."""

from app.ui.logic.commands import NOTES_MIME
from app.ui.logic.editor import LogicEditor
from app.ui.logic.findings import LogicFindingsPanel
from app.ui.logic.view import LogicPane, LogicView

__all__ = ["NOTES_MIME", "LogicEditor", "LogicFindingsPanel", "LogicPane", "LogicView"]
