"""Declared actions: one table of :class:`ActionSpec` per editor (and one for the window).

An editor builds its QActions from its table once; menus, the toolbar, the
context menus and the keys all use those same actions, so there is one route
per command. Texts are English source strings, by default in the "Actions" context.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

Key = QKeySequence.StandardKey
Shortcut = QKeySequence.StandardKey | str


@dataclass(frozen=True)
class ActionSpec:
    """One command: its name, text, keys and icon.

    ``view_only`` actions have keys that work only while their view has focus
    (arrows, F2, Esc, Backspace), so they never steal keys from the other panels.
    """

    name: str
    text: str
    shortcuts: tuple[Shortcut, ...] = ()
    icon: str = ""
    tip: str = ""
    checkable: bool = False
    view_only: bool = False


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


class ActionTable(QObject):
    """The QActions of one table of specs, by name."""

    def __init__(
        self,
        specs: Iterable[ActionSpec],
        parent: QObject,
        icons: Callable[[str], object] | None = None,
        context: str = "Actions",
    ) -> None:
        super().__init__(parent)
        self.specs = tuple(specs)
        self.context = context
        self.actions: dict[str, QAction] = {}
        for spec in self.specs:
            action = QAction(self)
            action.setObjectName(spec.name)
            action.setShortcuts(key_sequences(spec.shortcuts))
            action.setCheckable(spec.checkable)
            if spec.view_only:
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if spec.icon and icons is not None:
                action.setIcon(icons(spec.icon))  # type: ignore[arg-type]
            self.actions[spec.name] = action

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def __contains__(self, name: object) -> bool:
        return name in self.actions

    def window_actions(self) -> list[QAction]:
        """The actions whose keys work anywhere in the window."""
        return [self.actions[s.name] for s in self.specs if not s.view_only]

    def connect(self, handlers: Mapping[str, Callable[[], object]]) -> None:
        """Run ``handlers[name]`` when the action ``name`` is triggered."""
        for name, handler in handlers.items():
            self.actions[name].triggered.connect(lambda _=False, h=handler: h())

    def set_enabled(self, names: Iterable[str], on: bool) -> None:
        for name in names:
            self.actions[name].setEnabled(on)

    def retranslate(self) -> None:
        """Set every text in the current language (again on a language switch)."""
        context = self.context
        translate = QCoreApplication.translate
        for spec in self.specs:
            action = self.actions[spec.name]
            action.setText(translate(context, spec.text))
            action.setIconText(translate(context, spec.text).replace("&", "").rstrip("…"))
            tip = translate(context, spec.tip) if spec.tip else action.iconText()
            action.setStatusTip(tip)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
