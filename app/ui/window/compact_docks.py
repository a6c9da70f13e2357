"""Side panels on a small screen: tabbed instead of stacked, so none is squeezed.

Stacked one above the other, the right-hand panels (inspector, quick
capture, votes, theme forms) each need their minimum height; on a 768-pixel
screen that does not fit, and Qt makes the window taller than the screen.
When the window is short (under 800 pixels) or too short for the stacked
panels' preferred heights, they become tabs of
one group (the first right-hand panel's); when it is tall enough again the
panels that were stacked are stacked again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow

RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
COMPACT_BELOW = 800
"""A window shorter than this (a 768-pixel screen) tabs its right-hand panels."""


class CompactDocks(QObject):
    """Tabs or stacks a window's right-hand panels to suit the window's height."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("compactDocks")
        self.window = window
        self.anchor: QDockWidget | None = None
        self.compact = False
        self._stacked: list[QDockWidget] = []
        """Panels that were stacked below the anchor before they became tabs."""
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.update)
        window.installEventFilter(self)

    @staticmethod
    def of(window: QMainWindow) -> CompactDocks:
        """The window's one arranger, made on first use."""
        found = window.findChild(CompactDocks, "compactDocks")
        return found if found is not None else CompactDocks(window)

    def watch(self, dock: QDockWidget) -> None:
        """A panel was added; the first right-hand one holds the tabs."""
        if self.anchor is None and self.window.dockWidgetArea(dock) == RIGHT:
            self.anchor = dock
        self._pending.start()

    def right_docks(self) -> list[QDockWidget]:
        return [
            d
            for d in self.window.findChildren(QDockWidget)
            if d is not self.anchor
            and self.window.dockWidgetArea(d) == RIGHT
            and not d.isFloating()
        ]

    def stacked(self) -> list[QDockWidget]:
        """Right-hand panels not tabbed with the anchor."""
        assert self.anchor is not None
        tabbed = set(self.window.tabifiedDockWidgets(self.anchor))
        return [d for d in self.right_docks() if d not in tabbed]

    def needed_height(self, docks: list[QDockWidget]) -> int:
        """The window height the anchor with ``docks`` stacked below it needs, unsqueezed."""
        assert self.anchor is not None
        central = self.window.centralWidget()
        chrome = self.window.height() - (central.height() if central is not None else 0)
        column = [self.anchor, *docks]
        return chrome + sum(d.sizeHint().height() for d in column if not d.isHidden())

    def update(self) -> None:
        """Tab the panels when stacked ones would not fit; stack them again when they do."""
        if self.anchor is None:
            return
        height = self.window.height()
        if not self.compact:
            stacked = self.stacked()
            if height < COMPACT_BELOW or self.needed_height(stacked) > height:
                self._stacked = stacked
                self.compact = True
        elif height >= COMPACT_BELOW and self.needed_height(self._stacked) <= height:
            self.compact = False
            for dock in self._stacked:  # out of the tabs, below the others (keeping shown/hidden)
                if self.window.dockWidgetArea(dock) == RIGHT:
                    hidden = dock.isHidden()
                    self.window.addDockWidget(RIGHT, dock, Qt.Orientation.Vertical)
                    dock.setHidden(hidden)
            self._stacked = []
        if self.compact:
            for dock in self.stacked():
                self.window.tabifyDockWidget(self.anchor, dock)
            self.anchor.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._pending.start()
        return False
