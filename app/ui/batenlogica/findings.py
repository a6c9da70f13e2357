"""The findings panel: what the analysis says about the batenlogica, grouped, clickable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.model.batenlogica.analysis import LogicAnalysis
from app.ui.batenlogica.items import PROBLEM
from app.ui.batenlogica.scene import interface_language

NODE_ROLE = Qt.ItemDataRole.UserRole
INDENT = "    "


class LogicFindingsPanel(QWidget):
    """Problems, workload classes, and per theme and per purpose what leads where.

    Signals:
        nodeActivated(int): the user clicked a line about this node.
    """

    nodeActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemClicked.connect(self._clicked)
        self.list.itemActivated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self._analysis: LogicAnalysis | None = None
        self.setMinimumWidth(280)

    def show_analysis(self, analysis: LogicAnalysis) -> None:
        """Rebuild the lines from a fresh analysis."""
        self._analysis = analysis
        self.list.clear()
        lang = interface_language()
        graph = analysis.graph
        findings = analysis.findings()
        problems = [f for f in findings if f.is_problem]
        workload = [f for f in findings if not f.is_problem]
        self._heading(
            QCoreApplication.translate("LogicFindingsPanel", "Problems") + f" ({len(problems)})"
        )
        for finding in problems:
            self._line(finding.line(lang), finding.node_id, 1, PROBLEM)
        if not problems:
            self._line(
                QCoreApplication.translate("LogicFindingsPanel", "No problems found"), None, 1
            )
        self._heading(
            QCoreApplication.translate("LogicFindingsPanel", "Workload") + f" ({len(workload)})"
        )
        for finding in workload:
            self._line(finding.line(lang), finding.node_id, 1)
        self._heading(QCoreApplication.translate("LogicFindingsPanel", "Per theme"))
        for coverage in analysis.theme_coverage():
            self._line(coverage.name, None, 1, bold=True)
            if not coverage.purposes:
                self._line(
                    QCoreApplication.translate("LogicFindingsPanel", "serves no purpose yet"),
                    None,
                    2,
                    PROBLEM,
                )
            for purpose, benefits in coverage.purposes.items():
                via = ", ".join(graph.nodes[b]["label"] for b in benefits)
                text = graph.nodes[purpose]["label"] + (f"  ← {via}" if via else "")
                self._line(text, purpose, 2)
        self._heading(QCoreApplication.translate("LogicFindingsPanel", "Per purpose"))
        theme_names = graph.graph.get("themes", {})
        for purpose in analysis.purpose_support():
            self._line(purpose.label, purpose.purpose_id, 1, bold=True)
            names = ", ".join(theme_names[t].name for t in purpose.themes) or "–"
            self._line(
                QCoreApplication.translate("LogicFindingsPanel", "Themes: %s") % names, None, 2
            )
            for solution in purpose.solutions:
                self._line(graph.nodes[solution]["label"], solution, 2)

    def _heading(self, text: str) -> None:
        item = self._line(text, None, 0, bold=True)
        font = QFont(item.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        item.setFont(font)
        item.setBackground(QBrush(QColor("#eef1f4")))

    def _line(
        self,
        text: str,
        node_id: int | None,
        depth: int,
        colour: QColor | None = None,
        bold: bool = False,
    ) -> QListWidgetItem:
        item = QListWidgetItem(INDENT * depth + text, self.list)
        item.setToolTip(text)
        if node_id is not None:
            item.setData(NODE_ROLE, node_id)
        else:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        if colour is not None:
            item.setForeground(QBrush(colour))
        if bold:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        return item

    def node_lines(self, node_id: int) -> list[str]:
        """Texts of the lines that point at a node."""
        return [
            self.list.item(i).text().strip()
            for i in range(self.list.count())
            if self.list.item(i).data(NODE_ROLE) == node_id
        ]

    def _clicked(self, item: QListWidgetItem) -> None:
        node_id = item.data(NODE_ROLE)
        if node_id is not None:
            self.nodeActivated.emit(int(node_id))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._analysis is not None:
            self.show_analysis(self._analysis)
        super().changeEvent(event)
