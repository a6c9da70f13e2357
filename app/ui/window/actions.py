"""The main window's own actions, and its menus and toolbar, declared once.

The window's table holds what is not an edit of one area (files, undo, view,
session chrome, help); the editors bring their own tables (``board/editor.py``)
and the menus place actions of every table by name. Texts are English source
strings in the "Actions" context; shortcuts are standard ``QKeySequence`` keys
where the platform has one. The shortcuts overview is generated from these
same actions.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from app.model.kinds import LogicKind
from app.ui.action_table import ActionSpec, ActionTable, Key
from app.ui.batenlogica.items import kind_name
from app.ui.icons import icon

SPECS = (
    ActionSpec(
        "new",
        QT_TRANSLATE_NOOP("Actions", "&New workshop…"),
        (Key.New,),
        "new",
        QT_TRANSLATE_NOOP("Actions", "Create a new workshop file"),
    ),
    ActionSpec(
        "open",
        QT_TRANSLATE_NOOP("Actions", "&Open…"),
        (Key.Open,),
        "open",
        QT_TRANSLATE_NOOP("Actions", "Open a workshop file"),
    ),
    ActionSpec("clear_recent", QT_TRANSLATE_NOOP("Actions", "&Clear list")),
    ActionSpec(
        "save_copy",
        QT_TRANSLATE_NOOP("Actions", "Save a &copy as…"),
        (Key.SaveAs,),
        "save_copy",
        QT_TRANSLATE_NOOP(
            "Actions", "Write a copy of this workshop to a new file; you keep working in this one"
        ),
    ),
    ActionSpec("import_csv", QT_TRANSLATE_NOOP("Actions", "&Post-its from CSV…"), (), "import"),
    ActionSpec("import_json", QT_TRANSLATE_NOOP("Actions", "&Workshop from JSON…"), (), "import"),
    ActionSpec("export_csv", QT_TRANSLATE_NOOP("Actions", "&Post-its as CSV…"), (), "export"),
    ActionSpec("export_json", QT_TRANSLATE_NOOP("Actions", "&Workshop as JSON…"), (), "export"),
    ActionSpec(
        "export_report",
        QT_TRANSLATE_NOOP("Actions", "&Report as PDF…"),
        ("Ctrl+P",),
        "report",
        QT_TRANSLATE_NOOP("Actions", "Save the visualised purpose of this workshop as a PDF"),
    ),
    ActionSpec(
        "export_report_a3",
        QT_TRANSLATE_NOOP("Actions", "Report as PDF on &A3…"),
        (),
        "report",
        QT_TRANSLATE_NOOP("Actions", "The same report with the boards on A3 paper"),
    ),
    ActionSpec(
        "export_picture",
        QT_TRANSLATE_NOOP("Actions", "P&icture (PNG or SVG)…"),
        (),
        "export",
        QT_TRANSLATE_NOOP("Actions", "Save the board or the batenlogica as a picture, for slides"),
    ),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), ("Ctrl+Q",)),
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), (Key.Undo,), "undo"),
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), (Key.Redo, "Ctrl+Y"), "redo"),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        (Key.Find,),
        "search",
        QT_TRANSLATE_NOOP("Actions", "Find post-its in all rounds"),
    ),
    ActionSpec(
        "full_screen",
        QT_TRANSLATE_NOOP("Actions", "F&ull screen"),
        ("F11",),
        "fullscreen",
        checkable=True,
    ),
    ActionSpec(
        "colour_subgroup", QT_TRANSLATE_NOOP("Actions", "Colour by &subgroup"), checkable=True
    ),
    ActionSpec("colour_kind", QT_TRANSLATE_NOOP("Actions", "Colour by &kind"), checkable=True),
    ActionSpec(
        "show_in_logic",
        QT_TRANSLATE_NOOP("Actions", "&Show in the batenlogica"),
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Select the elements of the batenlogica made from the selected post-its"
        ),
    ),
    ActionSpec(
        "clusters_to_themes",
        QT_TRANSLATE_NOOP("Actions", "Clusters → t&hemes"),
        tip=QT_TRANSLATE_NOOP("Actions", "Make a policy theme of each selected cluster"),
    ),
    ActionSpec(
        "themes_to_subgroups",
        QT_TRANSLATE_NOOP("Actions", "Themes → su&bgroups"),
        tip=QT_TRANSLATE_NOOP("Actions", "Give this round one subgroup per theme"),
    ),
    ActionSpec(
        "projector",
        QT_TRANSLATE_NOOP("Actions", "&Projector"),
        ("F5",),
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Show the board on the second screen, or over this window with one screen"
        ),
        checkable=True,
    ),
    ActionSpec(
        "freeze",
        QT_TRANSLATE_NOOP("Actions", "&Freeze projection"),
        ("Ctrl+F5",),
        tip=QT_TRANSLATE_NOOP("Actions", "Keep the projection still while you rearrange"),
        checkable=True,
    ),
    ActionSpec(
        "follow_laptop",
        QT_TRANSLATE_NOOP("Actions", "Projection follows &my view"),
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Project what this window shows instead of the pages (PageDown: pages)"
        ),
        checkable=True,
    ),
    ActionSpec(
        "show_timer", QT_TRANSLATE_NOOP("Actions", "Show &timer"), ("Ctrl+T",), checkable=True
    ),
    ActionSpec(
        "timer_start",
        QT_TRANSLATE_NOOP("Actions", "Start or pause the &timer"),
        ("T",),
        tip=QT_TRANSLATE_NOOP("Actions", "Start the round's timer, or pause it when it runs"),
    ),
    ActionSpec(
        "vote_mode",
        QT_TRANSLATE_NOOP("Actions", "&Vote mode"),
        ("V",),
        tip=QT_TRANSLATE_NOOP("Actions", "Click a post-it to give it a vote"),
        checkable=True,
    ),
    ActionSpec(
        "add_round",
        QT_TRANSLATE_NOOP("Actions", "&Add round…"),
        tip=QT_TRANSLATE_NOOP("Actions", "Add a round to the chosen session"),
    ),
    ActionSpec(
        "close_round",
        QT_TRANSLATE_NOOP("Actions", "&Close round"),
        icon="lock",
        tip=QT_TRANSLATE_NOOP("Actions", "Make the shown round read-only, its board kept as left"),
    ),
    ActionSpec("reopen_round", QT_TRANSLATE_NOOP("Actions", "&Reopen round")),
    ActionSpec(
        "carry_forward",
        QT_TRANSLATE_NOOP("Actions", "Carry results &forward…"),
        tip=QT_TRANSLATE_NOOP("Actions", "Clusters become themes, themes become subgroups"),
    ),
    ActionSpec(
        "shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
        (Key.HelpContents, "?"),
        "help",
    ),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About Bruinpapier")),
)


# Language names are shown in their own language and never translated.
LANGUAGE_NAMES = (("nl", "Nederlands"), ("en", "English"))

MENUS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # (menu name, title, entries): "-" is a separator, "@name" a submenu.
    (
        "file",
        QT_TRANSLATE_NOOP("Menus", "&File"),
        ("new", "open", "@recent", "-", "save_copy", "-", "@import", "@export", "-", "quit"),
    ),
    ("recent", QT_TRANSLATE_NOOP("Menus", "Open &recent"), ()),
    ("import", QT_TRANSLATE_NOOP("Menus", "&Import"), ("import_csv", "import_json")),
    (
        "export",
        QT_TRANSLATE_NOOP("Menus", "&Export"),
        ("export_report", "export_report_a3", "export_picture", "-", "export_csv", "export_json"),
    ),
    (
        "edit",
        QT_TRANSLATE_NOOP("Menus", "&Edit"),
        ("undo", "redo", "-", "delete", "duplicate", "select_all", "-", "find"),
    ),
    (
        "view",
        QT_TRANSLATE_NOOP("Menus", "&View"),
        (
            *("zoom_in", "zoom_out", "fit", "-", "full_screen", "-"),
            *("colour_subgroup", "colour_kind", "-", "@panels", "@language"),
        ),
    ),
    ("panels", QT_TRANSLATE_NOOP("Menus", "&Panels"), ()),
    ("language", QT_TRANSLATE_NOOP("Menus", "&Language"), ()),
    (
        "board",
        QT_TRANSLATE_NOOP("Menus", "&Board"),
        (
            *("new_note", "edit_text", "@nudge", "-", "cluster", "ungroup", "tidy", "-"),
            *("@logic_add", "show_in_logic", "-"),
            *("clusters_to_themes", "themes_to_subgroups"),
        ),
    ),
    (
        "session",
        QT_TRANSLATE_NOOP("Menus", "&Session"),
        (
            *("projector", "freeze", "follow_laptop", "show_timer", "timer_start", "-"),
            "vote_mode",
            "-",
            *("add_round", "close_round", "reopen_round", "-", "carry_forward"),
        ),
    ),
    ("logic_add", QT_TRANSLATE_NOOP("Menus", "Add to the &batenlogica"), ()),
    (
        "nudge",
        QT_TRANSLATE_NOOP("Menus", "&Move selection"),
        (
            *("nudge_left", "nudge_right", "nudge_up", "nudge_down"),
            *("nudge_left_far", "nudge_right_far", "nudge_up_far", "nudge_down_far"),
        ),
    ),
    ("help", QT_TRANSLATE_NOOP("Menus", "&Help"), ("shortcuts", "-", "about")),
)
MENU_BAR = ("file", "edit", "view", "board", "session", "help")
TOOLBAR = (
    *("new", "open", "-", "undo", "redo", "-", "new_note", "cluster", "tidy", "-"),
    *("zoom_out", "zoom_in", "fit", "-", "find", "-", "projector", "vote_mode"),
)


class ActionSet(QObject):
    """Every action of the main window, its menus and its toolbar."""

    def __init__(self, window: QMainWindow, editors: Sequence[ActionTable] = ()) -> None:
        super().__init__(window)
        self.table = ActionTable(SPECS, self, icon)
        self.editors = tuple(editors)
        self.actions: dict[str, QAction] = dict(self.table.actions)
        for table in self.editors:
            self.actions.update(table.actions)
        self.menus: dict[str, QMenu] = {}
        self._menu_titles: dict[str, str] = {}
        for table in (self.table, *self.editors):
            # on the window, so the keys work while the menu bar is hidden (full screen)
            window.addActions(table.window_actions())
        self.colour_group = self._exclusive("colour_subgroup", "colour_kind")
        self.language_group = QActionGroup(self)
        for code, name in LANGUAGE_NAMES:
            action = QAction(name, window)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setData(code)
            self.language_group.addAction(action)
            self.actions[f"language_{code}"] = action
        self.logic_kinds: dict[LogicKind, QAction] = {}
        for kind in LogicKind:
            action = QAction(window)
            action.setObjectName(f"logic_add_{kind.value}")
            action.setData(kind.value)
            self.logic_kinds[kind] = action
        self._build_menus(window)
        self.menus["logic_add"].addActions(list(self.logic_kinds.values()))
        self.toolbar = self._build_toolbar(window)
        self.retranslate()

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def _exclusive(self, *names: str) -> QActionGroup:
        group = QActionGroup(self)
        for name in names:
            group.addAction(self.actions[name])
        return group

    def _build_menus(self, window: QMainWindow) -> None:
        for name, title, _ in MENUS:
            self.menus[name] = QMenu(window)
            self.menus[name].setObjectName(f"menu_{name}")
            self._menu_titles[name] = title
        for name, _, entries in MENUS:
            menu = self.menus[name]
            for entry in entries:
                if entry == "-":
                    menu.addSeparator()
                elif entry.startswith("@"):
                    menu.addMenu(self.menus[entry[1:]])
                else:
                    menu.addAction(self.actions[entry])
        self.menus["language"].addActions(self.language_group.actions())
        for name in MENU_BAR:
            window.menuBar().addMenu(self.menus[name])

    def _build_toolbar(self, window: QMainWindow) -> QToolBar:
        bar = QToolBar(window)
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for entry in TOOLBAR:
            if entry == "-":
                bar.addSeparator()
            else:
                bar.addAction(self.actions[entry])
        window.addToolBar(bar)
        return bar

    def retranslate(self) -> None:
        """Set every text in the current language (called again on a language switch)."""
        translate = QCoreApplication.translate
        self.table.retranslate()
        for kind, action in self.logic_kinds.items():
            action.setText(kind_name(kind))
        for name, title in self._menu_titles.items():
            self.menus[name].setTitle(translate("Menus", title))
        self.toolbar.setWindowTitle(translate("Menus", "Toolbar"))

    def show_undo_state(self, group: QUndoGroup) -> None:
        """Undo and Redo enabled, and named after what they would undo or redo."""
        undo, redo = self.actions["undo"], self.actions["redo"]
        undo.setEnabled(group.canUndo())
        redo.setEnabled(group.canRedo())
        undo_text, redo_text = group.undoText(), group.redoText()
        undo.setText(
            QCoreApplication.translate("MainWindow", "&Undo %1").replace("%1", undo_text)
            if undo_text
            else QCoreApplication.translate("MainWindow", "&Undo")
        )
        redo.setText(
            QCoreApplication.translate("MainWindow", "&Redo %1").replace("%1", redo_text)
            if redo_text
            else QCoreApplication.translate("MainWindow", "&Redo")
        )
        undo.setIconText(QCoreApplication.translate("MainWindow", "Undo"))
        redo.setIconText(QCoreApplication.translate("MainWindow", "Redo"))


def fill_recent(menu: QMenu, clear: QAction, files: Sequence[Path]) -> None:
    """The Open recent menu: one entry per file (its path as data), then Clear list."""
    menu.clear()
    for index, path in enumerate(files, start=1):
        action = menu.addAction(f"&{index} {path.stem}")
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.setData(path)
    menu.addSeparator()
    menu.addAction(clear)
    clear.setEnabled(bool(files))
