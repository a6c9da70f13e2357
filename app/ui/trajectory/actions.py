"""The trajectory editor's action table: the Trajectory menu's commands, once each.

Texts are English source strings in the "Actions" context; the menu places
these actions by name (see ``trajectory/menu.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.ui.action_table import ActionSpec

SPECS = (
    ActionSpec("meetings", QT_TRANSLATE_NOOP("Actions", "&Meetings…")),
    ActionSpec(
        "add_session",
        QT_TRANSLATE_NOOP("Actions", "Add session of &kind…"),
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Add an intake, werksessie, evaluatie or other session at the end"
        ),
    ),
    ActionSpec("progress", QT_TRANSLATE_NOOP("Actions", "&Progress")),
    ActionSpec("evaluation", QT_TRANSLATE_NOOP("Actions", "M&easurements…")),
    ActionSpec("round_notes", QT_TRANSLATE_NOOP("Actions", "Minutes of the &round…")),
    ActionSpec("save_template", QT_TRANSLATE_NOOP("Actions", "&Save as template…")),
)
"""The Trajectory menu's commands, in menu order."""
