"""The batenlogica editor: view, findings panel and the commands behind their gestures."""

from app.ui.batenlogica.commands import NOTES_MIME
from app.ui.batenlogica.editor import LogicEditor
from app.ui.batenlogica.findings import LogicFindingsPanel
from app.ui.batenlogica.view import LogicPane, LogicView

__all__ = ["NOTES_MIME", "LogicEditor", "LogicFindingsPanel", "LogicPane", "LogicView"]
