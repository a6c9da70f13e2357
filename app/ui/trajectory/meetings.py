"""The meeting editor: attendees, agenda with minutes, decisions with owner, what was validated."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.model.trajectory.read import MeetingData, meetings, read_with, stakeholder_groups
from app.model.trajectory_kinds import SessionKind
from app.ui.document import Document
from app.ui.trajectory.editor import TrajectoryEditor
from app.ui.trajectory.rows import RowTable, no_default_buttons, parse_day


class MeetingEditor(QDialog):
    """One meeting at a time; every change is one undo step through the document."""

    def __init__(
        self, document: Document, editor: TrajectoryEditor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meeting_editor")
        self.editor = editor
        self.setWindowTitle(self.tr("Meetings"))
        self.resize(820, 620)
        self.document = document
        self.found: tuple[MeetingData, ...] = ()
        self.chooser = QComboBox(self)
        self.chooser.currentIndexChanged.connect(self._show)
        self.new_button = QPushButton(self.tr("New supportgroep meeting"), self)
        self.new_button.clicked.connect(self.new_meeting)
        top = QHBoxLayout()
        top.addWidget(self.chooser, 1)
        top.addWidget(self.new_button)
        self.previous = QLabel(self)
        self.previous.setWordWrap(True)
        self.attendees = RowTable(
            [self.tr("Name"), self.tr("Role"), self.tr("Present")],
            [self.tr("Name"), self.tr("Role")],
            self.tr("Present / absent"),
            self,
        )
        self.group = QComboBox(self)
        self.group.addItem(self.tr("(no stakeholder group)"), None)
        for name, group_id in read_with(document.store, stakeholder_groups):
            self.group.addItem(name, group_id)
        self.attendees.layout().itemAt(1).layout().insertWidget(2, self.group)
        self.agenda = RowTable([self.tr("Item"), self.tr("Minutes")], [self.tr("Agenda item")])
        self.minutes = QPlainTextEdit(self)
        self.minutes.setPlaceholderText(self.tr("Minutes of the selected agenda item"))
        self.save_minutes = QPushButton(self.tr("Save minutes"), self)
        self.save_minutes.clicked.connect(self._save_minutes)
        self.agenda.layout().addWidget(self.minutes)
        self.agenda.layout().addWidget(self.save_minutes)
        self.agenda.table.itemSelectionChanged.connect(self._load_minutes)
        self.decisions = RowTable(
            [self.tr("Decision"), self.tr("Who"), self.tr("When"), self.tr("Status")],
            [self.tr("Decision"), self.tr("Who"), self.tr("When (2026-05-31)")],
            self.tr("Open / done"),
        )
        self.validations = RowTable(
            [self.tr("Subject"), self.tr("Recognised"), self.tr("Changes asked for")],
            [self.tr("Subject, e.g. outcomes of session 1"), self.tr("Changes asked for")],
            self.tr("Recognised / not recognised"),
        )
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.attendees, self.tr("Attendees"))
        self.tabs.addTab(self.agenda, self.tr("Agenda"))
        self.tabs.addTab(self.decisions, self.tr("Decisions"))
        self.tabs.addTab(self.validations, self.tr("Validated"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.previous)
        layout.addWidget(self.tabs, 1)
        no_default_buttons(self)
        self._wire()
        document.changed.connect(self.refresh)
        self.refresh()

    def _wire(self) -> None:
        editor = self.editor
        self.attendees.addRequested.connect(
            lambda t: editor.add_attendee(self.session_id(), t[0], t[1], self.group.currentData())
        )
        self.attendees.toggleRequested.connect(self._toggle_present)
        self.agenda.addRequested.connect(lambda t: editor.add_agenda_item(self.session_id(), t[0]))
        self.decisions.addRequested.connect(self._add_decision)
        self.decisions.toggleRequested.connect(self._toggle_done)
        self.validations.addRequested.connect(
            lambda t: editor.add_validation(self.session_id(), t[0], t[1])
        )
        self.validations.toggleRequested.connect(self._toggle_recognised)
        for table, name in (
            (self.attendees, "attendee"),
            (self.agenda, "agenda_item"),
            (self.decisions, "decision"),
            (self.validations, "validation"),
        ):
            table.removeRequested.connect(lambda i, n=name: editor.remove_meeting_row(n, i))

    # -- reading ---------------------------------------------------------------

    def session_id(self) -> int:
        return self.current().session.id

    def current(self) -> MeetingData:
        return self.found[max(0, self.chooser.currentIndex())]

    def refresh(self, _changes: object = None) -> None:
        chosen = self.current().session.id if self.found else None
        self.found = read_with(self.document.store, meetings)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for m in self.found:
            date = f" ({m.session.date.isoformat()})" if m.session.date else ""
            self.chooser.addItem(f"{m.session.title}{date}", m.session.id)
        index = self.chooser.findData(chosen) if chosen is not None else 0
        self.chooser.setCurrentIndex(max(index, 0))
        self.chooser.blockSignals(False)
        self.tabs.setEnabled(bool(self.found))
        self._show()

    def _show(self) -> None:
        if not self.found:
            self.previous.clear()
            return
        m = self.current()
        yes, no = self.tr("yes"), self.tr("no")
        self.attendees.fill(
            [(a.id, (a.name, a.role, yes if a.present else no)) for a in m.attendees]
        )
        self.agenda.fill([(i.id, (i.title, i.minutes)) for i in m.agenda])
        self.decisions.fill(
            [
                (
                    d.id,
                    (
                        d.text,
                        d.owner,
                        d.due.isoformat() if d.due else "",
                        self.tr("done") if d.done else self.tr("open"),
                    ),
                )
                for d in m.decisions
            ]
        )
        self.validations.fill(
            [(v.id, (v.subject, yes if v.recognised else no, v.changes)) for v in m.validations]
        )
        if m.previous_open:
            lines = "; ".join(
                f"{d.text} ({d.owner})" if d.owner else d.text for d in m.previous_open
            )
            self.previous.setText(
                self.tr("Open decisions of the previous meeting: %1").replace("%1", lines)
            )
        else:
            self.previous.setText(self.tr("No open decisions from a previous meeting."))

    # -- editing ---------------------------------------------------------------

    def new_meeting(self) -> None:
        number = sum(m.session.kind is SessionKind.SUPPORTGROEP for m in self.found) + 1
        title = self.tr("Supportgroep meeting %1").replace("%1", str(number))
        if self.editor.add_session(title, SessionKind.SUPPORTGROEP, dt.date.today()):
            self.chooser.setCurrentIndex(self.chooser.count() - 1)

    def _add_decision(self, texts: list[str]) -> None:
        due = parse_day(texts[2])
        if due is False:
            self.decisions.fields[2].selectAll()
            return
        if self.editor.add_decision(self.session_id(), texts[0], texts[1], due or None):
            self.decisions.clear_form()

    def _toggle_done(self, decision_id: int) -> None:
        done = next(d.done for d in self.current().decisions if d.id == decision_id)
        self.editor.set_decision_done(decision_id, not done)

    def _toggle_present(self, attendee_id: int) -> None:
        present = next(a.present for a in self.current().attendees if a.id == attendee_id)
        self.editor.set_present(attendee_id, not present)

    def _toggle_recognised(self, validation_id: int) -> None:
        now = next(v.recognised for v in self.current().validations if v.id == validation_id)
        self.editor.set_recognised(validation_id, not now)

    def _load_minutes(self) -> None:
        item_id = self.agenda.selected_id()
        text = next((i.minutes for i in self.current().agenda if i.id == item_id), "")
        self.minutes.setPlainText(text)

    def _save_minutes(self) -> None:
        item_id = self.agenda.selected_id()
        if item_id is not None:
            self.editor.set_agenda_minutes(item_id, self.minutes.toPlainText())
