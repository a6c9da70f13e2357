"""Running a live session from the main window: projector, timer, voting, rounds, theme forms.

:class:`SessionControls` is given what it works with (the window to dock into,
the actions, the session editor, the interaction) and is told what the
window shows (:meth:`SessionControls.show_document`,
:meth:`SessionControls.set_board_shown`); it never reaches into the window's
widgets. It adds the Timer, Votes and Theme forms panels, connects the Session
menu and the carry-forward actions of the Board menu, and rebuilds what
depends on the open workshop's board whenever another workshop is shown. The
timer outlives workshops: the panel and the projection share it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QScrollArea, QWidget

from app.model.kinds import RoundKind, RoundState
from app.model.reads.board import round_heading
from app.ui.board.view import BoardView
from app.ui.document import Document
from app.ui.interaction import Interaction
from app.ui.session.carry_forward import CarryActions, CarryForwardDialog
from app.ui.session.editor import SessionEditor
from app.ui.session.projector import Projection
from app.ui.session.round_setup import AddRoundDialog
from app.ui.session.theme_forms import ThemeForms
from app.ui.session.timer_widget import RoundTimer, TimerWidget
from app.ui.session.voting import VotingPanel
from app.ui.window.actions import ActionSet
from app.ui.window.panels import add_panel

FORM_KINDS = {RoundKind.THEMES, RoundKind.ELABORATION}
"""Rounds whose results are worked out in the theme forms beside the board."""
BOARD_ACTIONS = (
    *("projector", "vote_mode", "close_round", "reopen_round"),
    *("clusters_to_themes", "themes_to_subgroups"),
)
"""Session actions that work on the shown board (disabled beside the batenlogica)."""


def scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a scroll area: a tall panel scrolls instead of making the window taller."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(widget)
    area.setMinimumSize(200, 160)
    return area


class SessionControls(QObject):
    """The session panels and the Session menu of one main window.

    Signals:
        roundWanted(int): show this round (a round was just added).
    """

    roundWanted = Signal(int)

    def __init__(
        self,
        window: QMainWindow,
        actions: ActionSet,
        editor: SessionEditor,
        interaction: Interaction,
        beside: QDockWidget,
        chosen_session: Callable[[], int | None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.actions = actions
        self.editor = editor
        self.interaction = interaction
        self._chosen_session = chosen_session
        self.document: Document | None = None
        self.board: BoardView | None = None
        self._board_shown = False
        self.timer = RoundTimer(parent=self)  # the real clock; SessionControls owns it
        self.projection: Projection | None = None
        self.voting: VotingPanel | None = None
        self.forms: ThemeForms | None = None
        self.carry: CarryActions | None = None
        self._board_round: int | None = None
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.timer_widget = TimerWidget(self.timer, window)
        self.timer_dock = add_panel(
            window, "timer_dock", self.timer_widget, left
        )  # the tree leaves room
        self.voting_dock = add_panel(window, "voting_dock", QWidget(window), right)
        self.forms_dock = add_panel(window, "forms_dock", QWidget(window), right)
        window.tabifyDockWidget(beside, self.voting_dock)
        window.tabifyDockWidget(beside, self.forms_dock)
        for dock in (self.timer_dock, self.voting_dock, self.forms_dock):
            dock.hide()
            actions.menus["panels"].addAction(dock.toggleViewAction())
        self._connect()
        window.installEventFilter(self)
        self.retranslate()
        self._update()

    def _connect(self) -> None:
        a = self.actions
        a["projector"].toggled.connect(self._project)
        a["freeze"].toggled.connect(self._freeze)
        a["follow_laptop"].toggled.connect(  # hook: projection pages or following the laptop
            lambda on: self.projection is not None and self.projection.set_follow(on)
        )
        a["show_timer"].toggled.connect(self._show_timer)
        self.timer_dock.visibilityChanged.connect(
            lambda _v: a["show_timer"].setChecked(not self.timer_dock.isHidden())
        )
        a["timer_start"].triggered.connect(self.timer_widget.start_or_pause)  # hook: T
        a["vote_mode"].toggled.connect(self._vote_mode)
        a["add_round"].triggered.connect(self.add_round)
        a["close_round"].triggered.connect(lambda: self.set_state(RoundState.CLOSED))
        a["reopen_round"].triggered.connect(lambda: self.set_state(RoundState.OPEN))
        a["carry_forward"].triggered.connect(self.carry_forward)
        a["clusters_to_themes"].triggered.connect(
            lambda: self.carry is not None and self.carry.clusters_to_themes()
        )
        a["themes_to_subgroups"].triggered.connect(
            lambda: self.carry is not None and self.carry.themes_to_subgroups()
        )

    # -- what the window shows -----------------------------------------------------------

    def set_board_shown(self, shown: bool) -> None:
        """Whether the centre shows the board (not the batenlogica or the welcome page)."""
        self._board_shown = shown
        self._update()

    def show_document(self, document: Document | None, board: BoardView | None) -> None:
        """New board-bound parts for the workshop now shown (the old board is going away)."""
        self.document, self.board = document, board
        self.actions["projector"].setChecked(False)
        self.actions["vote_mode"].setChecked(False)
        for part in (self.projection, self.voting, self.forms, self.carry):
            if part is not None:
                part.deleteLater()
        self.projection = self.voting = self.forms = self.carry = None
        self._board_round = None
        if board is None or document is None:
            self.voting_dock.setWidget(QWidget(self.window))
            self.forms_dock.setWidget(QWidget(self.window))
            self._update()
            return
        self.voting = VotingPanel(board, self.voting_dock)
        self.voting.mode.active_changed.connect(self.actions["vote_mode"].setChecked)
        self.voting_dock.setWidget(scrolled(self.voting))
        self.forms = ThemeForms(document, self.forms_dock, self.editor)
        self.forms_dock.setWidget(scrolled(self.forms))  # panels never outgrow the screen
        self.carry = CarryActions(board, self, self.editor)
        board.board_scene.roundChanged.connect(lambda _r: self._update())
        self._update()

    def _round_kind(self, round_id: int) -> RoundKind | None:
        assert self.document is not None
        heading = round_heading(self.document.store, round_id)
        return None if heading is None else heading.kind

    def _update(self) -> None:
        """Enable what fits the centre; show the theme forms when a theme round comes up."""
        a = self.actions
        has_doc = self.document is not None
        board = self.board if self._board_shown else None
        round_id = board.board_scene.round_id if board is not None else None
        for name in BOARD_ACTIONS:
            a[name].setEnabled(round_id is not None)
        a["freeze"].setEnabled(self.projection is not None and self.projection.is_showing())
        a["add_round"].setEnabled(has_doc)
        a["carry_forward"].setEnabled(has_doc)
        closed = board is not None and board.board_scene.closed
        a["close_round"].setVisible(not closed)
        a["reopen_round"].setVisible(closed)
        if board is None:
            a["vote_mode"].setChecked(False)
            a["projector"].setChecked(False)
        for dock in (self.timer_dock, self.voting_dock, self.forms_dock):
            dock.toggleViewAction().setEnabled(board is not None)
        if board is None:
            self.voting_dock.hide()
            self.forms_dock.hide()
        elif round_id != self._board_round and round_id is not None:
            show_forms = self._round_kind(round_id) in FORM_KINDS
            if show_forms != self.forms_dock.isVisible():
                self.forms_dock.setVisible(show_forms)
                self.window.layout().activate()  # the board's new width, before it fits itself
            if show_forms:
                self.forms_dock.raise_()
        self._board_round = round_id

    # -- projector, timer, voting -------------------------------------------------------

    def _project(self, on: bool) -> None:
        board = self.board
        if on and board is not None and self.projection is None:
            self.projection = Projection(self.window, board, self.timer)
            self.projection.showing_changed.connect(self._projection_shown)
            self.projection.pane.frozen_changed.connect(self.actions["freeze"].setChecked)
            self.projection.deck.follow_changed.connect(self.actions["follow_laptop"].setChecked)
        if self.projection is None:
            return
        if on and not self.projection.is_showing():
            self.projection.start()
            self.projection.set_follow(self.actions["follow_laptop"].isChecked())
        elif not on and self.projection.is_showing():
            self.projection.stop()

    def _projection_shown(self, showing: bool) -> None:
        self.actions["projector"].setChecked(showing)
        if not showing:
            self.actions["freeze"].setChecked(False)
        self._update()

    def _freeze(self, on: bool) -> None:
        if self.projection is not None:
            self.projection.pane.set_frozen(on)

    def _show_timer(self, on: bool) -> None:
        self.timer_dock.setVisible(on)
        if on:
            self.timer_dock.raise_()

    def _vote_mode(self, on: bool) -> None:
        if self.voting is None:
            return
        self.voting.mode.set_active(on)
        if on:
            self.voting_dock.show()
            self.voting_dock.raise_()

    # -- rounds -----------------------------------------------------------------------

    def chosen_session(self) -> int | None:
        """The session chosen in the tree, or the one of the round shown."""
        chosen = self._chosen_session()
        if chosen is not None or self.board is None or self.document is None:
            return chosen
        round_id = self.board.board_scene.round_id
        if round_id is None:
            return None
        heading = round_heading(self.document.store, round_id)
        return None if heading is None else heading.session_id

    def add_round(self) -> None:
        document = self.document
        if document is None:
            return
        dialog = AddRoundDialog(document, self.chosen_session(), self.window, self.editor)
        accepted = self.interaction.run(dialog)
        added = dialog.commit.new_ids("round")
        dialog.deleteLater()
        if accepted and added:
            self.roundWanted.emit(added[-1])  # the facilitator goes on with the new round

    def set_state(self, state: RoundState) -> None:
        """Close or reopen the shown round; the board and the tree follow from the change."""
        round_id = self.board.board_scene.round_id if self.board is not None else None
        if round_id is not None:
            self.editor.set_round_state(round_id, state)

    def carry_forward(self) -> None:
        if self.document is None:
            return
        dialog = CarryForwardDialog(self.document, self.window, self.editor)
        self.interaction.run(dialog)
        dialog.deleteLater()

    # -- language ---------------------------------------------------------------------

    def retranslate(self) -> None:
        self.timer_dock.setWindowTitle(self.tr("Timer"))
        self.voting_dock.setWindowTitle(self.tr("Votes"))
        self.forms_dock.setWindowTitle(self.tr("Theme forms"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
