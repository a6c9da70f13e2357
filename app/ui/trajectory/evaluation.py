"""Measurements: score each theme or bedoeling at a moment (per group if wanted), and the change."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model.ops.trajectory import SetScore
from app.model.trajectory.read import (
    MomentData,
    ScoreTarget,
    changes,
    moments,
    read_with,
    score_targets,
)
from app.model.trajectory_kinds import SCALE, MomentKind
from app.ui.document import Document
from app.ui.trajectory.editor import TrajectoryEditor
from app.ui.trajectory.rows import no_default_buttons


class EvaluationDialog(QDialog):
    """Enter a moment's scores and its "wat levert het op"; see the change between moments."""

    def __init__(
        self,
        document: Document,
        editor: TrajectoryEditor,
        groups: list[tuple[str, int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("evaluation_dialog")
        self.setWindowTitle(self.tr("Measurements"))
        self.resize(860, 660)
        self.document = document
        self.found: tuple[MomentData, ...] = ()
        self.targets: tuple[ScoreTarget, ...] = ()
        self.moment = QComboBox(self)
        self.moment.currentIndexChanged.connect(self._show)
        self.kind = QComboBox(self)
        for kind, name in (
            (MomentKind.BASELINE, self.tr("baseline (nulmeting)")),
            (MomentKind.INTERIM, self.tr("interim (tussenmeting)")),
            (MomentKind.FINAL, self.tr("final (eindmeting)")),
        ):
            self.kind.addItem(name, kind.value)
        self.new_button = QPushButton(self.tr("New moment"), self)
        self.new_button.clicked.connect(self.new_moment)
        self.group = QComboBox(self)
        self.group.addItem(self.tr("Everyone"), None)
        for name, group_id in groups:
            self.group.addItem(name, group_id)
        self.group.currentIndexChanged.connect(self._show)
        top = QHBoxLayout()
        for widget in (self.moment, self.group, self.kind, self.new_button):
            top.addWidget(widget)
        self.scores = QTableWidget(0, 3, self)
        self.scores.setHorizontalHeaderLabels(
            [self.tr("Theme or bedoeling"), self.tr("Score (1–5)"), self.tr("Comment")]
        )
        self.scores.horizontalHeader().setStretchLastSection(True)
        self.scores.setColumnWidth(0, 300)
        self.save_scores = QPushButton(self.tr("Save scores"), self)
        self.save_scores.clicked.connect(self.store_scores)
        self.staff = QPlainTextEdit(self)
        self.pupils = QPlainTextEdit(self)
        for text in (self.staff, self.pupils):
            text.setMaximumHeight(64)
        self.save_yield = QPushButton(self.tr("Save what it yields"), self)
        self.save_yield.clicked.connect(self.store_yield)
        yields = QFormLayout()
        yields.addRow(self.tr("What it yields for staff:"), self.staff)
        yields.addRow(self.tr("What it yields for pupils:"), self.pupils)
        self.change = QTableWidget(0, 1, self)
        self.change.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scores, 3)
        layout.addWidget(self.save_scores)
        layout.addLayout(yields)
        layout.addWidget(self.save_yield)
        layout.addWidget(QLabel(self.tr("Change between the moments"), self))
        layout.addWidget(self.change, 1)
        no_default_buttons(self)
        document.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, _changes: object = None) -> None:
        chosen = self.moment.currentData()
        self.found = read_with(self.document.store, moments)
        self.targets = read_with(self.document.store, score_targets)
        self.moment.blockSignals(True)
        self.moment.clear()
        for m in self.found:
            self.moment.addItem(m.label, m.id)
        self.moment.setCurrentIndex(max(0, self.moment.findData(chosen)))
        self.moment.blockSignals(False)
        self._show()
        self._show_change()

    def current(self) -> MomentData | None:
        index = self.moment.currentIndex()
        return self.found[index] if 0 <= index < len(self.found) else None

    def _show(self) -> None:
        moment = self.current()
        for widget in (self.scores, self.save_scores, self.staff, self.pupils, self.save_yield):
            widget.setEnabled(moment is not None)
        group = self.group.currentText() if self.group.currentData() is not None else ""
        self.scores.setRowCount(len(self.targets))
        for row, target in enumerate(self.targets):
            score = next(
                (
                    s
                    for s in (moment.scores if moment else ())
                    if (s.theme_id, s.node_id) == (target.theme_id, target.node_id)
                    and s.group == group
                ),
                None,
            )
            self.scores.setItem(row, 0, QTableWidgetItem(target.label))
            spin = QSpinBox(self.scores)
            spin.setRange(0, SCALE[-1])
            spin.setSpecialValueText("—")
            spin.setValue(score.value if score else 0)
            self.scores.setCellWidget(row, 1, spin)
            comment = QLineEdit(score.comment if score else "", self.scores)
            self.scores.setCellWidget(row, 2, comment)
        self.staff.setPlainText(moment.yield_staff if moment else "")
        self.pupils.setPlainText(moment.yield_pupils if moment else "")

    def _show_change(self) -> None:
        found = changes(self.found)
        self.change.setColumnCount(len(self.found) + 2)
        headers = [self.tr("Subject"), *(m.label for m in self.found), self.tr("Change")]
        self.change.setHorizontalHeaderLabels(headers)
        self.change.setRowCount(len(found))
        for row, c in enumerate(found):
            cells = [f"{c.target} ({c.group})" if c.group else c.target]
            cells += ["—" if v is None else str(v) for v in c.values]
            cells.append("—" if c.delta is None else f"{c.delta:+d}")
            for column, text in enumerate(cells):
                self.change.setItem(row, column, QTableWidgetItem(text))

    def set_score(self, label: str, value: int, comment: str = "") -> None:
        """Fill in one row of the table (the form a facilitator types into)."""
        row = next(r for r, t in enumerate(self.targets) if t.label == label)
        self.scores.cellWidget(row, 1).setValue(value)
        self.scores.cellWidget(row, 2).setText(comment)

    def new_moment(self) -> None:
        kind = MomentKind(self.kind.currentData())
        if self.editor.new_moment(kind, dt.date.today()):
            self.moment.setCurrentIndex(self.moment.count() - 1)

    def store_scores(self) -> None:
        """Every row's score in one undo step; an empty score (—) removes it."""
        moment = self.current()
        if moment is None:
            return
        group_id = self.group.currentData()
        ops = []
        for row, target in enumerate(self.targets):
            value = self.scores.cellWidget(row, 1).value()
            comment = self.scores.cellWidget(row, 2).text().strip()
            ops.append(
                SetScore(
                    moment.id,
                    value or None,
                    comment,
                    theme_id=target.theme_id,
                    node_id=target.node_id,
                    group_id=group_id,
                )
            )
        self.editor.save_scores(ops)

    def store_yield(self) -> None:
        moment = self.current()
        if moment is not None:
            self.editor.save_yield(moment.id, self.staff.toPlainText(), self.pupils.toPlainText())
