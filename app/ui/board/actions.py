"""The board editor's action table: every board command once, with its text, keys and icon.

Texts are English source strings in the "Actions" context. The window's menus
and toolbar place these actions by name; the board's context menu and keys use
the same QActions (see ``board/editor.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.ui.action_table import ActionSpec, Key

NUDGE = 8.0
NUDGE_BIG = 48.0


SPECS = (
    ActionSpec(
        "delete", QT_TRANSLATE_NOOP("Actions", "&Delete"), (Key.Delete, "Backspace"), "delete"
    ),
    ActionSpec("duplicate", QT_TRANSLATE_NOOP("Actions", "D&uplicate"), ("Ctrl+D",), "duplicate"),
    ActionSpec("select_all", QT_TRANSLATE_NOOP("Actions", "Select &all"), (Key.SelectAll,)),
    ActionSpec(
        "zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom &in"), (Key.ZoomIn, "Ctrl+="), "zoom_in"
    ),
    ActionSpec("zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom &out"), (Key.ZoomOut,), "zoom_out"),
    ActionSpec(
        "fit",
        QT_TRANSLATE_NOOP("Actions", "&Fit board"),
        ("Ctrl+0",),
        "fit",
        QT_TRANSLATE_NOOP("Actions", "Show the whole board"),
    ),
    ActionSpec(
        "new_note",
        QT_TRANSLATE_NOOP("Actions", "&New post-it"),
        ("N",),
        "note",
        QT_TRANSLATE_NOOP("Actions", "Add a post-it where the pointer is"),
    ),
    ActionSpec(
        "cluster",
        QT_TRANSLATE_NOOP("Actions", "&Cluster"),
        ("Ctrl+G",),
        "cluster",
        QT_TRANSLATE_NOOP("Actions", "Put a titled frame around the selected post-its"),
    ),
    ActionSpec("ungroup", QT_TRANSLATE_NOOP("Actions", "&Ungroup"), ("Ctrl+Shift+G",), "ungroup"),
    ActionSpec(
        "tidy",
        QT_TRANSLATE_NOOP("Actions", "&Tidy up"),
        ("Ctrl+Shift+T",),
        "tidy",
        QT_TRANSLATE_NOOP("Actions", "Arrange the selected post-its in a neat grid"),
    ),
    ActionSpec("edit_text", QT_TRANSLATE_NOOP("Actions", "&Edit text"), ("F2",), view_only=True),
    ActionSpec("rename_cluster", QT_TRANSLATE_NOOP("Actions", "&Rename"), view_only=True),
    ActionSpec("vote_up", QT_TRANSLATE_NOOP("Actions", "Vote +1"), view_only=True),
    ActionSpec("vote_down", QT_TRANSLATE_NOOP("Actions", "Vote −1"), view_only=True),
    ActionSpec("colour_auto", QT_TRANSLATE_NOOP("Actions", "Automatic"), view_only=True),
    ActionSpec("nudge_left", QT_TRANSLATE_NOOP("Actions", "Move left"), ("Left",), view_only=True),
    ActionSpec(
        "nudge_right", QT_TRANSLATE_NOOP("Actions", "Move right"), ("Right",), view_only=True
    ),
    ActionSpec("nudge_up", QT_TRANSLATE_NOOP("Actions", "Move up"), ("Up",), view_only=True),
    ActionSpec("nudge_down", QT_TRANSLATE_NOOP("Actions", "Move down"), ("Down",), view_only=True),
    ActionSpec(
        "nudge_left_far",
        QT_TRANSLATE_NOOP("Actions", "Move far left"),
        ("Shift+Left",),
        view_only=True,
    ),
    ActionSpec(
        "nudge_right_far",
        QT_TRANSLATE_NOOP("Actions", "Move far right"),
        ("Shift+Right",),
        view_only=True,
    ),
    ActionSpec(
        "nudge_up_far", QT_TRANSLATE_NOOP("Actions", "Move far up"), ("Shift+Up",), view_only=True
    ),
    ActionSpec(
        "nudge_down_far",
        QT_TRANSLATE_NOOP("Actions", "Move far down"),
        ("Shift+Down",),
        view_only=True,
    ),
)
"""The board's commands; texts are English source strings in the "Actions" context."""

NUDGES = {
    "nudge_left": (-NUDGE, 0.0),
    "nudge_right": (NUDGE, 0.0),
    "nudge_up": (0.0, -NUDGE),
    "nudge_down": (0.0, NUDGE),
    "nudge_left_far": (-NUDGE_BIG, 0.0),
    "nudge_right_far": (NUDGE_BIG, 0.0),
    "nudge_up_far": (0.0, -NUDGE_BIG),
    "nudge_down_far": (0.0, NUDGE_BIG),
}
WHEN_SHOWN = tuple(s.name for s in SPECS)
"""Every board action works only while a round's board is shown."""
