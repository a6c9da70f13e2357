"""The inspector: text, kind, subgroup, cluster, votes and colour of the selected post-its.

Every edit is a model operation pushed on the document; the fields are
refilled from the store whenever a committed change touches what they show.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.model.changes import Change
from app.model.kinds import NoteKind
from app.model.reads.selection import Selection, read_selection
from app.ui.board.editor import BoardEditor
from app.ui.board.palette import SWATCHES, kind_label
from app.ui.document import Document, follow_rows
from app.ui.interaction import Interaction

INSPECTED_TABLES = frozenset({"subgroup", "cluster", "round"})
"""Besides the selected post-its themselves."""
MIXED = "__mixed__"  # combo entry shown when the selected notes differ
OTHER = "__other__"  # colour entry that asks for any colour


class NoteTextEdit(QPlainTextEdit):
    """A text field that reports its text when the user is done: focus leaves, or Ctrl+Enter.

    Signals:
        committed(str): the text to save.
    """

    committed = Signal(str)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.committed.emit(self.toPlainText())
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.committed.emit(self.toPlainText())
            return
        super().keyPressEvent(event)


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(QSize(16, 16))
    pixmap.fill(QColor(colour) if colour else QColor(0, 0, 0, 0))
    return QIcon(pixmap)


class Inspector(QWidget):
    """Shows and edits the selected post-its of the board."""

    def __init__(
        self, interaction: Interaction, editor: BoardEditor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._interaction = interaction
        self._editor = editor  # every edit goes through the board editor
        self._document: Document | None = None
        self._ids: list[int] = []
        self._selection = Selection([], False, [], [])
        self.heading = QLabel(self)
        self.heading.setObjectName("inspector_heading")
        self.heading.setStyleSheet("#inspector_heading { font-weight: 600; font-size: 11pt; }")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.text = NoteTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(60)
        self.text.setMaximumHeight(140)
        self.kind = QComboBox(self)
        self.subgroup = QComboBox(self)
        self.cluster = QComboBox(self)
        self.votes = QLabel(self)
        self.vote_up = QToolButton(self)
        self.vote_up.setText("+")
        self.vote_down = QToolButton(self)
        self.vote_down.setText("−")
        self.colour = QComboBox(self)
        votes_row = QHBoxLayout()
        votes_row.addWidget(self.votes, 1)
        votes_row.addWidget(self.vote_down)
        votes_row.addWidget(self.vote_up)
        self.fields = QWidget(self)
        self.form = QFormLayout(self.fields)
        self.form.setContentsMargins(0, 4, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels = [QLabel(self.fields) for _ in range(6)]
        for label, field in zip(
            self._labels,
            (self.text, self.kind, self.subgroup, self.cluster, votes_row, self.colour),
            strict=True,
        ):
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.fields)
        layout.addStretch(1)
        self.text.committed.connect(self._commit_text)
        self.kind.activated.connect(self._commit_kind)
        self.subgroup.activated.connect(self._commit_subgroup)
        self.cluster.activated.connect(self._commit_cluster)
        self.colour.activated.connect(self._commit_colour)
        self.vote_up.clicked.connect(lambda: self._vote(1))
        self.vote_down.clicked.connect(lambda: self._vote(-1))
        self.retranslate()

    # -- input ----------------------------------------------------------------

    def set_document(self, document: Document | None) -> None:
        slots = {"touched": self._tables_touched, "note": self._notes_changed}
        follow_rows(self._document, document, slots)
        self._document = document
        self.set_selection([])

    def set_selection(self, ids: list[int]) -> None:
        """Show the notes with these ids (the board's selection)."""
        self._ids = list(ids)
        self.refresh()

    def selected_ids(self) -> list[int]:
        return list(self._ids)

    def refresh(self) -> None:
        if self._document is None or not self._ids:
            self._selection = Selection([], False, [], [])
        else:
            self._selection = read_selection(self._document.store, self._ids)
            self._ids = [n.id for n in self._selection.notes]
        self._fill()

    def _tables_touched(self, tables: frozenset[str]) -> None:
        if tables & INSPECTED_TABLES:
            self.refresh()

    def _notes_changed(self, changes: list[Change]) -> None:
        ids = set(self._ids)
        if any(c.id in ids for c in changes):
            self.refresh()

    # -- showing --------------------------------------------------------------

    def _fill(self) -> None:
        notes = self._selection.notes
        editable = bool(notes) and not self._selection.closed
        one = len(notes) == 1
        for widget in (self.kind, self.subgroup, self.cluster, self.colour, self.vote_up):
            widget.setEnabled(editable)
        self.vote_down.setEnabled(editable and any(n.votes for n in notes))
        self.text.setEnabled(editable and one)
        self.fields.setVisible(bool(notes))
        self.text.setReadOnly(not editable)
        if not notes:
            self.heading.setText(self.tr("Nothing selected"))
            self.hint.setText(self.tr("Select a post-it on the board to see and change it here."))
        elif one:
            self.heading.setText(self.tr("Post-it"))
        else:
            self.heading.setText(self.tr("%n post-it(s)", "", len(notes)))
        if notes:
            self.hint.setText(
                self.tr("This round is closed: reopen it to change its board.")
                if self._selection.closed
                else ""
            )
        self.hint.setVisible(bool(self.hint.text()))
        if not self.text.hasFocus() or not one:
            self.text.setPlainText(notes[0].text if one else "")
        self.text.setPlaceholderText(
            self.tr("Select one post-it to edit its text") if len(notes) > 1 else ""
        )
        self._fill_combo(self.kind, [(k, kind_label(k)) for k in NoteKind], {n.kind for n in notes})
        none = self.tr("(none)")
        self._fill_combo(
            self.subgroup,
            [(None, none), *self._selection.subgroups],
            {n.subgroup_id for n in notes},
        )
        untitled = self.tr("(untitled cluster)")
        clusters = [(i, title or untitled) for i, title in self._selection.clusters]
        self._fill_combo(self.cluster, [(None, none), *clusters], {n.cluster_id for n in notes})
        colours = [("", self.tr("By subgroup or kind")), *((c, c) for c in SWATCHES)]
        current = {n.colour for n in notes}
        extra = [(c, c) for c in sorted(current - {c for c, _ in colours})]
        self._fill_combo(
            self.colour, [*colours, *extra, (OTHER, self.tr("Other colour…"))], current
        )
        for i in range(self.colour.count()):
            data = self.colour.itemData(i)
            if data not in (OTHER, MIXED):
                self.colour.setItemIcon(i, swatch(data))
        votes = sorted({n.votes for n in notes})
        if not votes:
            self.votes.setText("")
        elif len(votes) == 1:
            self.votes.setText(self.tr("%n vote(s)", "", votes[0]))
        else:
            low, high = str(votes[0]), str(votes[-1])
            self.votes.setText(self.tr("%1–%2 votes").replace("%1", low).replace("%2", high))

    def _fill_combo(
        self, combo: QComboBox, entries: list[tuple[object, str]], current: set[object]
    ) -> None:
        """Fill ``combo``; a mixed selection shows an empty entry instead of a value."""
        combo.blockSignals(True)
        combo.clear()
        for data, text in entries:
            combo.addItem(text, data)
        if len(current) == 1:
            combo.setCurrentIndex(max(0, combo.findData(next(iter(current)))))
        else:
            combo.insertItem(0, self.tr("(mixed)") if current else "", MIXED)
            combo.setCurrentIndex(0)
        combo.blockSignals(False)

    def retranslate(self) -> None:
        for label, text in zip(
            self._labels,
            (
                self.tr("Text"),
                self.tr("Kind"),
                self.tr("Subgroup"),
                self.tr("Cluster"),
                self.tr("Votes"),
                self.tr("Colour"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.vote_up.setToolTip(self.tr("Give a vote"))
        self.vote_down.setToolTip(self.tr("Take back a vote"))
        self.text.setToolTip(self.tr("Saved when you leave the field, or with Ctrl+Enter"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- editing --------------------------------------------------------------

    def _differing(self, column: str, value: object) -> list[int]:
        return [n.id for n in self._selection.notes if getattr(n, column) != value]

    def commit_text(self) -> None:
        """Save the text field now if it holds an edit (the window is about to close)."""
        self._commit_text(self.text.toPlainText())

    def _commit_text(self, text: str) -> None:
        if len(self._selection.notes) == 1 and (ids := self._differing("text", text)):
            self._editor.set_text(ids[0], text, self.tr("Edit text"))

    def _chosen(self, combo: QComboBox) -> tuple[bool, object]:
        data = combo.currentData()
        return data != MIXED, data

    def _commit_kind(self) -> None:
        ok, kind = self._chosen(self.kind)
        if ok and (ids := self._differing("kind", NoteKind(kind))):
            self._editor.set_kind(NoteKind(kind), ids)

    def _commit_subgroup(self) -> None:
        ok, subgroup = self._chosen(self.subgroup)
        if ok and (ids := self._differing("subgroup_id", subgroup)):
            self._editor.set_subgroup(subgroup, ids)  # type: ignore[arg-type]

    def _commit_colour(self) -> None:
        ok, colour = self._chosen(self.colour)
        if ok and colour == OTHER:
            start = QColor(self._selection.notes[0].colour or SWATCHES[0])
            chosen = self._interaction.colour(self.tr("Post-it colour"), start)
            colour = chosen.name() if chosen is not None else None
            if colour is None:
                self._fill()
        if ok and colour is not None and (ids := self._differing("colour", colour)):
            self._editor.set_colour(colour, ids)

    def _commit_cluster(self) -> None:
        ok, cluster = self._chosen(self.cluster)
        moving = [n.id for n in self._selection.notes if n.cluster_id != cluster]
        if ok and moving:
            self._editor.set_cluster(cluster, moving)  # type: ignore[arg-type]

    def _vote(self, delta: int) -> None:
        if self._ids:
            text = self.tr("Give a vote") if delta > 0 else self.tr("Take back a vote")
            self._editor.vote(delta, self._ids, text)
