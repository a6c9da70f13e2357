"""The feature menus that hang off the main window: school, trajectory, participants.

Installed after the window's own actions exist, in this order: the trajectory's
entries join the school's Trajectory menu. Each feature is handed the narrow
parts of the window it works with (menus, editors, the interaction, what is
shown and selected); :class:`FeatureHost` names them, so nothing here imports
the window itself.
"""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from app.ui.batenlogica.view import LogicPane
from app.ui.board.editor import BoardEditor
from app.ui.board.inspector import Inspector
from app.ui.board.view import BoardView
from app.ui.document import Document
from app.ui.interaction import Interaction
from app.ui.school.controls import SchoolControls, Selection
from app.ui.school.editor import SchoolEditor
from app.ui.session.group_tallies import GroupTallies
from app.ui.session.participants import ParticipantsControl
from app.ui.trajectory.menu import TrajectoryMenu
from app.ui.trajectory.menu import install as install_trajectory
from app.ui.window.actions import ActionSet

INSPECTOR_SLOT = 3
"""Where the mark line goes in the inspector: below its fields."""


class FeatureHost(Protocol):
    """What the features read from the main window."""

    document: Document | None
    board: BoardView | None
    logic: LogicPane | None
    pages: QStackedWidget
    inspector: Inspector
    interaction: Interaction
    action_set: ActionSet
    board_editor: BoardEditor
    documentChanged: SignalInstance

    def current_round(self) -> int | None: ...


def selection_of(host: FeatureHost) -> Selection:
    """The post-its and clusters selected on the board, or the batenlogica's elements."""
    notes = tuple(host.inspector.selected_ids())
    clusters = () if host.board is None else tuple(host.board.board_scene.selected_cluster_ids())
    logic = host.logic
    if logic is not None and host.pages.currentWidget() is logic:
        nodes = tuple(n.node_id for n in logic.view.logic_scene.selected_nodes())
        return Selection(notes, clusters, nodes)
    return Selection(notes, clusters)


def install_features(
    window: QMainWindow,
) -> tuple[SchoolControls, ParticipantsControl, TrajectoryMenu]:
    host = cast(FeatureHost, window)
    inspector = host.inspector

    def place_summary(summary: QWidget) -> None:
        inspector.layout().insertWidget(INSPECTOR_SLOT, summary)

    school = SchoolControls(
        window,
        host.action_set,
        SchoolEditor(window),
        host.interaction,
        place_summary,
        lambda: selection_of(host),
    )
    participants = ParticipantsControl(
        window,
        host.action_set.menus["session"],
        host.board_editor,
        host.interaction,
        lambda: (host.document, host.current_round()),
    )

    def document_changed() -> None:
        participants.stop()
        school.show_document(host.document, host.board)
        if host.board is not None:
            GroupTallies(host.board.board_scene)  # the phones' dots per geleding, on hover
        if host.logic is not None:
            host.logic.view.extra_actions = [school.editor["principles"]]

    host.documentChanged.connect(document_changed)
    return school, participants, install_trajectory(window, school.menu)
