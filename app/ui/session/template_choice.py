"""The wizard's choice of method template: the sessions, rounds and report a new trajectory gets.

The first entry is the wizard's default, the method's two brown-paper
sessions; then every template of :func:`app.model.templates.all_templates`
(Vernieuwend werken, Focusgroep, Ontwikkelnetwerk, Halen en brengen and the
facilitator's own). A template with a topic list (the focusgroep) shows it to edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.model.templates import MethodTemplate, SessionTemplate


class TemplateChoice(QWidget):
    """A combo of templates, the chosen one's description, and its topics (one per line).

    Signals:
        changed(): another template or other topics were chosen.
    """

    changed = Signal()

    def __init__(
        self,
        templates: Sequence[MethodTemplate],
        default: Sequence[SessionTemplate],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.templates = tuple(templates)
        self.default = tuple(replace(s, week=None) for s in default)  # three weeks apart
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Method template"))
        self.combo.addItem(self.tr("Brown-paper sessions only (the method's two sessions)"), "")
        for template in self.templates:
            self.combo.addItem(template.name, template.id)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.topics_label = QLabel(self.tr("Topics, one per line:"), self)
        self.topic_list = QPlainTextEdit(self)
        self.topic_list.setAccessibleName(self.tr("Topics"))
        self.topic_list.setMaximumHeight(90)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.combo, self.description, self.topics_label, self.topic_list):
            layout.addWidget(widget)
        self.combo.currentIndexChanged.connect(self._chosen)
        self.topic_list.textChanged.connect(self.changed)
        self._chosen()

    def template(self) -> MethodTemplate | None:
        """The chosen template; None for the default brown-paper sessions."""
        return next((t for t in self.templates if t.id == self.combo.currentData()), None)

    def choose(self, template_id: str) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(template_id)))

    def topics(self) -> tuple[str, ...]:
        lines = self.topic_list.toPlainText().splitlines()
        return tuple(line.strip() for line in lines if line.strip())

    def sessions(self) -> tuple[SessionTemplate, ...]:
        """The sessions the chosen template gives, per-topic rounds once for every topic."""
        template = self.template()
        return self.default if template is None else template.expanded(self.topics())

    def key(self) -> tuple[str, tuple[str, ...]]:
        """What the rounds page was shaped from; another key means shaping it again."""
        return self.combo.currentData(), self.topics()

    def _chosen(self) -> None:
        template = self.template()
        self.description.setText(
            template.description
            if template is not None
            else self.tr("Purpose, brown paper, themes and elaboration in two sessions.")
        )
        has_topics = template is not None and bool(template.topics)
        self.topics_label.setVisible(has_topics)
        self.topic_list.setVisible(has_topics)
        self.topic_list.blockSignals(True)
        self.topic_list.setPlainText("\n".join(template.topics) if has_topics else "")
        self.topic_list.blockSignals(False)
        self.changed.emit()
