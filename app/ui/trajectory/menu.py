"""The Traject menu: meetings, Voortgang, measurements, and saving the trajectory as a template.

:func:`install` is the whole hook into the main window: it adds the menu and
follows the window's open workshop through ``documentChanged``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow, QMenu

from app.model.errors import WorkshopError
from app.model.trajectory.read import read_with, stakeholder_groups
from app.model.trajectory.shape import save_template
from app.ui.error_texts import describe
from app.ui.trajectory.editor import TrajectoryEditor
from app.ui.trajectory.evaluation import EvaluationDialog
from app.ui.trajectory.meetings import MeetingEditor
from app.ui.trajectory.progress import ProgressView
from app.ui.trajectory.questions import SessionKindDialog, TemplateNameDialog
from app.ui.trajectory.round_notes import RoundNotesDialog


class TrajectoryMenu(QObject):
    """Owns the Traject menu and the windows it opens for the shown workshop."""

    def __init__(self, window: QMainWindow, menu: QMenu | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.template_folder: Path | None = None  # None: the user's data folder
        self.owns_menu = menu is None  # one Trajectory menu: the school's, when given
        self.menu = QMenu(window) if menu is None else menu
        if self.owns_menu:
            self.menu.setObjectName("menu_trajectory")
        else:
            self.menu.addSeparator()
        self.editor = TrajectoryEditor(self)
        self.actions = self.editor.table
        self.actions.connect(
            {
                "meetings": self.show_meetings,
                "add_session": self.add_session,
                "progress": self.show_progress,
                "evaluation": self.show_evaluation,
                "round_notes": self.show_round_notes,
                "save_template": self.save_as_template,
            }
        )
        for spec in self.actions.specs:
            action = self.actions[spec.name]
            action.setObjectName(f"action_trajectory_{spec.name}")
            self.menu.addAction(action)
        if self.owns_menu:
            bar = window.menuBar()
            last = bar.actions()[-1] if bar.actions() else None  # keep Help the last menu
            if last is None:
                bar.addMenu(self.menu)
            else:
                bar.insertMenu(last, self.menu)
        self.meetings: MeetingEditor | None = None
        self.progress: ProgressView | None = None
        self.evaluation: EvaluationDialog | None = None
        self.round_notes: RoundNotesDialog | None = None
        window.documentChanged.connect(self._document_changed)
        window.installEventFilter(self)
        self.retranslate()
        self._document_changed()

    def retranslate(self) -> None:
        if self.owns_menu:
            self.menu.setTitle(self.tr("&Trajectory"))
        self.editor.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _document_changed(self) -> None:
        for dialog in (self.meetings, self.progress, self.evaluation, self.round_notes):
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
        self.meetings = self.progress = self.evaluation = self.round_notes = None
        self.editor.set_document(self.window.document)
        self.menu.setEnabled(self.window.document is not None)

    def show_meetings(self) -> None:
        if self.meetings is None:
            self.meetings = MeetingEditor(self.window.document, self.editor, self.window)
        self.meetings.show()
        self.meetings.raise_()

    def show_progress(self) -> None:
        if self.progress is None:
            self.progress = ProgressView(self.window.document, self.editor, self.window)
        self.progress.show()
        self.progress.raise_()

    def show_evaluation(self) -> None:
        if self.evaluation is None:
            document = self.window.document
            groups = list(read_with(document.store, stakeholder_groups))
            self.evaluation = EvaluationDialog(document, self.editor, groups, self.window)
        self.evaluation.show()
        self.evaluation.raise_()

    def show_round_notes(self) -> None:
        """Minutes and work form of the round shown on the board."""
        round_id = self.window.current_round()
        if round_id is None:
            return
        if self.round_notes is not None:
            self.round_notes.close()
            self.round_notes.deleteLater()
        self.round_notes = RoundNotesDialog(
            self.window.document, self.editor, round_id, self.window
        )
        self.round_notes.show()
        self.round_notes.raise_()

    def add_session(self) -> None:
        """An intake, werksessie, evaluatie… at the end of the trajectory, as one undo step."""
        dialog = SessionKindDialog(self.window)
        if self.window.interaction.run(dialog):
            kind, title = dialog.chosen_kind(), dialog.session_title()
            self.editor.add_session(title, kind, dialog.session_date())
        dialog.deleteLater()

    def save_as_template(self) -> None:
        dialog = TemplateNameDialog(self.window)
        interaction = self.window.interaction
        if not interaction.run(dialog) or not dialog.name.text().strip():
            return
        try:
            template = read_with(
                self.window.document.store,
                save_template,
                dialog.name.text().strip(),
                self.template_folder,
            )
        except WorkshopError as exc:
            interaction.error(self.tr("Save as template"), describe(exc))
            return
        interaction.about(
            self.tr("Save as template"),
            self.tr(
                "Saved as template “%1”; choose it for a new trajectory in "
                "File → New, or with bruinpapier new FILE --template %2."
            )
            .replace("%1", template.name)
            .replace("%2", template.id),
        )


def install(window: QMainWindow, menu: QMenu | None = None) -> TrajectoryMenu:
    """Add the Traject entries to ``menu``, or a menu of their own, in ``window``."""
    return TrajectoryMenu(window, menu)
