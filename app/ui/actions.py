"""The main window's actions, menus and toolbar, declared once.

Texts are English source strings translated in the "Actions" context; each
action's shortcuts are standard ``QKeySequence`` keys where the platform has
one. The shortcuts overview is generated from these same actions.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from app.model.kinds import LogicKind
from app.ui.icons import icon
from app.ui.logic.items import kind_name

Key = QKeySequence.StandardKey
Shortcut = QKeySequence.StandardKey | str


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    shortcuts: tuple[Shortcut, ...] = ()
    icon: str = ""
    tip: str = ""
    checkable: bool = False


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
        "export_picture",
        QT_TRANSLATE_NOOP("Actions", "P&icture (PNG or SVG)…"),
        (),
        "export",
        QT_TRANSLATE_NOOP(
            "Actions", "Save the board or the benefits logic as a picture, for slides"
        ),
    ),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), ("Ctrl+Q",)),
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), (Key.Undo,), "undo"),
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), (Key.Redo, "Ctrl+Y"), "redo"),
    ActionSpec("delete", QT_TRANSLATE_NOOP("Actions", "&Delete"), (Key.Delete,), "delete"),
    ActionSpec("duplicate", QT_TRANSLATE_NOOP("Actions", "D&uplicate"), ("Ctrl+D",), "duplicate"),
    ActionSpec("select_all", QT_TRANSLATE_NOOP("Actions", "Select &all"), (Key.SelectAll,)),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        (Key.Find,),
        "search",
        QT_TRANSLATE_NOOP("Actions", "Find post-its in all rounds"),
    ),
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
    ActionSpec(
        "show_in_logic",
        QT_TRANSLATE_NOOP("Actions", "&Show in the benefits logic"),
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Select the elements of the benefits logic made from the selected post-its"
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


def key_sequences(shortcuts: tuple[Shortcut, ...]) -> list[QKeySequence]:
    """Every key binding the platform has for the standard keys, then the explicit ones."""
    found: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            candidates = QKeySequence.keyBindings(shortcut)
        else:
            candidates = [QKeySequence(shortcut)]
        found += [k for k in candidates if not k.isEmpty() and k not in found]
    return found


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
        ("export_report", "export_picture", "-", "export_csv", "export_json"),
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
            *("new_note", "-", "cluster", "ungroup", "tidy", "-"),
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
    ("logic_add", QT_TRANSLATE_NOOP("Menus", "Add to the &benefits logic"), ()),
    ("help", QT_TRANSLATE_NOOP("Menus", "&Help"), ("shortcuts", "-", "about")),
)
MENU_BAR = ("file", "edit", "view", "board", "session", "help")
TOOLBAR = (
    *("new", "open", "-", "undo", "redo", "-", "new_note", "cluster", "tidy", "-"),
    *("zoom_out", "zoom_in", "fit", "-", "find", "-", "projector", "vote_mode"),
)


class ActionSet(QObject):
    """Every action of the main window, its menus and its toolbar."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self._menu_titles: dict[str, str] = {}
        for spec in SPECS:
            action = QAction(window)
            action.setObjectName(spec.name)
            action.setShortcuts(key_sequences(spec.shortcuts))
            action.setCheckable(spec.checkable)
            if spec.icon:
                action.setIcon(icon(spec.icon))
            window.addAction(action)  # shortcuts work while the menu bar is hidden (full screen)
            self.actions[spec.name] = action
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
        for spec in SPECS:
            action = self.actions[spec.name]
            action.setText(translate("Actions", spec.text))
            action.setIconText(translate("Actions", spec.text).replace("&", "").rstrip("…"))
            tip = translate("Actions", spec.tip) if spec.tip else action.iconText()
            action.setStatusTip(tip)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
        for kind, action in self.logic_kinds.items():
            action.setText(kind_name(kind))
        for name, title in self._menu_titles.items():
            self.menus[name].setTitle(translate("Menus", title))
        self.toolbar.setWindowTitle(translate("Menus", "Toolbar"))
