"""The trajectory editor: the one way in for edits of meetings, follow-up, measurements, minutes.

The meeting editor, the Voortgang, the measurements and the round minutes call
these methods; each pushes one model operation (one undo step) and returns the
:class:`Commit`. The editor also owns the Trajectory menu's action table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject

from app.model.ops import Op
from app.model.ops.edits import edit, remove
from app.model.ops.primitives import Batch
from app.model.ops.trajectory import (
    AddSession,
    SetScore,
    add_action,
    add_agenda_item,
    add_attendee,
    add_decision,
    add_framework,
    add_moment,
    add_progress,
    add_validation,
    set_decision_done,
    set_follow_up,
    set_minutes,
    set_yield,
)
from app.model.trajectory_kinds import MomentKind, SessionKind
from app.ui.action_table import ActionTable
from app.ui.document import REFUSED, Commit, Document
from app.ui.trajectory.actions import SPECS

MEETING_ROWS = ("attendee", "agenda_item", "decision", "validation")


class TrajectoryEditor(QObject):
    """Edits of the open workshop's trajectory beyond its boards; told the document shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self.table = ActionTable(SPECS, self)

    def set_document(self, document: Document | None) -> None:
        self.document = document

    def _push(self, op: Op, text: str) -> Commit:
        return REFUSED if self.document is None else self.document.push(op, text)

    def retranslate(self) -> None:
        self.table.retranslate()

    # -- sessions and meetings -------------------------------------------------------

    def add_session(self, title: str, kind: SessionKind, date: dt.date | None = None) -> Commit:
        """A session of any kind (intake, werksessie, evaluatie…) at the end of the trajectory."""
        op = AddSession(title.strip(), SessionKind(kind), date)
        if kind is SessionKind.SUPPORTGROEP:
            return self._push(
                op, QCoreApplication.translate("MeetingEditor", "New supportgroep meeting")
            )
        return self._push(op, QCoreApplication.translate("SessionKindDialog", "Add session"))

    def add_attendee(self, session_id: int, name: str, role: str, group_id: int | None) -> Commit:
        op = add_attendee(session_id, name, role, group_id)
        return self._push(op, QCoreApplication.translate("MeetingEditor", "Add attendee"))

    def add_agenda_item(self, session_id: int, title: str) -> Commit:
        op = add_agenda_item(session_id, title)
        return self._push(op, QCoreApplication.translate("MeetingEditor", "Add agenda item"))

    def add_decision(
        self, session_id: int, text: str, owner: str, due: dt.date | None = None
    ) -> Commit:
        op = add_decision(session_id, text, owner, due)
        return self._push(op, QCoreApplication.translate("MeetingEditor", "Add decision"))

    def add_validation(self, session_id: int, subject: str, changes: str) -> Commit:
        op = add_validation(session_id, subject, True, changes)
        return self._push(op, QCoreApplication.translate("MeetingEditor", "Add validation"))

    def remove_meeting_row(self, table: str, row_id: int) -> Commit:
        """An attendee, agenda item, decision or validation."""
        assert table in MEETING_ROWS, table
        return self._push(
            remove(table, row_id), QCoreApplication.translate("MeetingEditor", "Remove")
        )

    def set_decision_done(self, decision_id: int, done: bool) -> Commit:
        op = set_decision_done(decision_id, done)
        return self._push(op, QCoreApplication.translate("MeetingEditor", "Mark decision"))

    def set_present(self, attendee_id: int, present: bool) -> Commit:
        op = edit("attendee", attendee_id, present=present)
        return self._push(op, QCoreApplication.translate("MeetingEditor", "Mark attendance"))

    def set_recognised(self, validation_id: int, recognised: bool) -> Commit:
        op = edit("validation", validation_id, recognised=recognised)
        return self._push(op, QCoreApplication.translate("MeetingEditor", "Mark validation"))

    def set_agenda_minutes(self, item_id: int, minutes: str) -> Commit:
        op = edit("agenda_item", item_id, minutes=minutes)
        return self._push(op, QCoreApplication.translate("MeetingEditor", "Save minutes"))

    # -- the minutes and work form of a round ------------------------------------------

    def set_round_minutes(self, round_id: int, minutes: str) -> Commit:
        return self._push(
            set_minutes(round_id, minutes),
            QCoreApplication.translate("RoundNotesDialog", "Save minutes"),
        )

    def choose_work_form(self, round_id: int, work_form: str) -> Commit:
        op = edit("round", round_id, format=work_form)
        return self._push(op, QCoreApplication.translate("RoundNotesDialog", "Choose work form"))

    # -- follow-up (Voortgang) ----------------------------------------------------------

    def set_follow_up(
        self, action_id: int, who: str, due: dt.date | None, status: str | None
    ) -> Commit:
        op = set_follow_up(action_id, who=who, due=due, status=status)
        return self._push(op, QCoreApplication.translate("ProgressView", "Change follow-up"))

    def add_progress(self, action_id: int, day: dt.date, text: str) -> Commit:
        return self._push(
            add_progress(action_id, day, text),
            QCoreApplication.translate("ProgressView", "Add progress"),
        )

    def add_activity(
        self, initiative_id: int, activity: str, who: str, due: dt.date | None
    ) -> Commit:
        op = add_action(initiative_id, activity, who, due)
        return self._push(op, QCoreApplication.translate("PlanRow", "Add activity"))

    def add_framework(self, initiative_id: int, framework: str, change: str) -> Commit:
        op = add_framework(initiative_id, framework, change)
        return self._push(op, QCoreApplication.translate("PlanRow", "Add framework"))

    # -- measurements --------------------------------------------------------------------

    def new_moment(self, kind: MomentKind, date: dt.date | None) -> Commit:
        op = add_moment(kind, MomentKind(kind).value.capitalize(), date)
        return self._push(
            op, QCoreApplication.translate("EvaluationDialog", "New measurement moment")
        )

    def save_scores(self, scores: Sequence[SetScore]) -> Commit:
        """Every row's score in one undo step; an empty score removes it."""
        return self._push(
            Batch(tuple(scores)), QCoreApplication.translate("EvaluationDialog", "Save scores")
        )

    def save_yield(self, moment_id: int, staff: str, pupils: str) -> Commit:
        op = set_yield(moment_id, staff, pupils)
        return self._push(op, QCoreApplication.translate("EvaluationDialog", "Save what it yields"))
