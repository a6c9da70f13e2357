"""The main window's side panels: docks that remember whether the user wants them.

A panel the user closed stays closed; a panel that does not fit what the
centre shows (the inspector beside the batenlogica) is hidden without
forgetting that the user wants it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from app.ui.window.compact_docks import CompactDocks


class PanelDock(QDockWidget):
    """A dock that tells when the user closes it, as opposed to the window hiding it.

    Signals:
        closedByUser(): its close button was used.
    """

    closedByUser = Signal()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closedByUser.emit()
        super().closeEvent(event)


def add_panel(
    window: QMainWindow, name: str, widget: QWidget, area: Qt.DockWidgetArea
) -> PanelDock:
    """A closable, movable dock holding ``widget``, added to ``window``."""
    dock = PanelDock(window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetClosable
        | QDockWidget.DockWidgetFeature.DockWidgetMovable
    )
    window.addDockWidget(area, dock)
    CompactDocks.of(window).watch(dock)  # tabs instead of a squeezed stack on a small screen
    return dock


class Panels:
    """Which of some docks the user wants, and showing those that fit."""

    def __init__(self, docks: tuple[PanelDock, ...]) -> None:
        self.docks = docks
        self._wanted = dict.fromkeys(docks, True)
        for dock in docks:
            dock.toggleViewAction().triggered.connect(lambda on, d=dock: self._want(d, on))
            dock.closedByUser.connect(lambda d=dock: self._want(d, False))

    def _want(self, dock: PanelDock, on: bool) -> None:
        self._wanted[dock] = on

    def show_wanted(self) -> None:
        for dock in self.docks:
            dock.setVisible(self._wanted[dock])

    def remember_shown(self) -> None:
        """Take the docks shown now (a restored window state) as the ones wanted."""
        self._wanted = {dock: not dock.isHidden() for dock in self.docks}

    def restore(
        self,
        window: QMainWindow,
        geometry: QByteArray | None,
        state: QByteArray | None,
        arrange: Callable[[], None],
    ) -> None:
        """Put the window back as it was saved, or at its first-run size with ``arrange``."""
        if geometry is None or not window.restoreGeometry(geometry):
            first_run_geometry(window)
        self.show_wanted()  # so a saved state without panel choices keeps them
        if state is None or not window.restoreState(state):
            arrange()
        self.remember_shown()

    def arrange(self, allowed: Mapping[PanelDock, bool]) -> None:
        """Show each dock the user wants where ``allowed`` says it fits."""
        for dock in self.docks:
            dock.setVisible(allowed[dock] and self._wanted[dock])


def first_run_geometry(window: QMainWindow) -> None:
    """Most of the screen, centred: the board wants room, the projector view is separate."""
    room = window.screen().availableGeometry()
    width = max(min(1280, room.width()), int(room.width() * 0.9))
    height = max(min(800, room.height()), int(room.height() * 0.9))
    window.resize(width, height)
    window.move(room.center() - window.rect().center())


def arrange_docks(
    window: QMainWindow, left: QDockWidget, right: QDockWidget, below_right: QDockWidget
) -> None:
    """Default panel sizes for the window's size: most of the room goes to the centre."""
    side = max(260, window.width() // 6)
    window.resizeDocks([left, right], [side, side], Qt.Orientation.Horizontal)
    low = max(150, window.height() // 5)
    window.resizeDocks([right, below_right], [window.height() - low, low], Qt.Orientation.Vertical)
