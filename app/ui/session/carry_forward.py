"""Carrying results forward without retyping: clusters become themes, themes become subgroups.

Two board actions for the main window (on the selected clusters, on the
shown round) and a dialog that does both with an overview. Each step is one
undoable operation.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model.kinds import RoundKind
from app.model.reads.sessions import round_choices
from app.model.reads.themes import cluster_lines, rounds_with_clusters, theme_labels
from app.ui.board.view import BoardView
from app.ui.document import Document
from app.ui.session.combos import refill
from app.ui.session.editor import SessionEditor, session_editor
from app.ui.session.status_line import StatusLine

ID_ROLE = Qt.ItemDataRole.UserRole
WATCHED = {"cluster", "theme", "round", "session", "subgroup"}


class CarryActions(QObject):
    """ "Clusters → themes" on the board's selected clusters, "Themes → subgroups" on its round.

    A refusal (nothing selected, a closed round) shows over the board, like every board refusal.
    """

    def __init__(
        self, view: BoardView, parent: QObject | None = None, editor: SessionEditor | None = None
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.editor = session_editor(view.document, self, editor)
        self.to_themes = QAction(self.tr("Clusters → themes"), self)
        self.to_themes.setStatusTip(self.tr("Make a policy theme of each selected cluster"))
        self.to_themes.triggered.connect(self.clusters_to_themes)
        self.to_subgroups = QAction(self.tr("Themes → subgroups"), self)
        self.to_subgroups.setStatusTip(self.tr("Give this round one subgroup per theme"))
        self.to_subgroups.triggered.connect(self.themes_to_subgroups)

    def clusters_to_themes(self) -> bool:
        ids = [c.cluster_id for c in self.view.board_scene.selected_clusters()]
        return bool(self.editor.clusters_to_themes(ids))

    def themes_to_subgroups(self) -> bool:
        round_id = self.view.board_scene.round_id
        if round_id is None:
            return False
        return bool(self.editor.themes_to_subgroups(round_id))


class CarryForwardDialog(QDialog):
    """Choose clusters of any round to become themes, and a round to get a subgroup per theme."""

    def __init__(
        self,
        document: Document,
        parent: QWidget | None = None,
        editor: SessionEditor | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = session_editor(document, self, editor)
        self.setWindowTitle(self.tr("Carry results forward"))
        self.resize(760, 480)
        self.document = document
        self.source = QComboBox(self)
        self.source.setAccessibleName(self.tr("Round with clusters"))
        self.clusters = QListWidget(self)
        self.clusters.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.clusters.setAccessibleName(self.tr("Clusters"))
        self.make_themes = QPushButton(self.tr("Make themes of the selected clusters"), self)
        self.themes = QListWidget(self)
        self.themes.setAccessibleName(self.tr("Themes"))
        self.themes.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.target = QComboBox(self)
        self.target.setAccessibleName(self.tr("Round to give a subgroup per theme"))
        self.make_subgroups = QPushButton(self.tr("Give this round a subgroup per theme"), self)
        self.status = StatusLine(self)

        clusters_box = QGroupBox(self.tr("1. Clusters become themes"), self)
        left = QVBoxLayout(clusters_box)
        left.addWidget(self.source)
        left.addWidget(self.clusters, 1)
        left.addWidget(self.make_themes)
        themes_box = QGroupBox(self.tr("2. Themes become subgroups"), self)
        right = QVBoxLayout(themes_box)
        right.addWidget(QLabel(self.tr("Themes of this trajectory:"), self))
        right.addWidget(self.themes, 1)
        right.addWidget(self.target)
        right.addWidget(self.make_subgroups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        grid = QGridLayout(self)
        grid.addWidget(clusters_box, 0, 0)
        grid.addWidget(themes_box, 0, 1)
        grid.addWidget(self.status, 1, 0, 1, 2)
        grid.addWidget(buttons, 2, 0, 1, 2)

        self.source.currentIndexChanged.connect(self._fill_clusters)
        self.make_themes.clicked.connect(self.clusters_to_themes)
        self.make_subgroups.clicked.connect(self.themes_to_subgroups)
        document.rows.touched.connect(self._changed)
        self.refresh()

    # -- actions -------------------------------------------------------------------

    def clusters_to_themes(self) -> bool:
        ids = [item.data(ID_ROLE) for item in self.clusters.selectedItems()]
        return self.status.report(self.editor.clusters_to_themes(ids))

    def themes_to_subgroups(self) -> bool:
        round_id = self.target.currentData()
        if round_id is None:
            return False
        return self.status.report(self.editor.themes_to_subgroups(round_id))

    # -- showing the model ---------------------------------------------------------

    def refresh(self) -> None:
        rounds = round_choices(self.document.store)
        with_clusters = rounds_with_clusters(self.document.store)
        themes = theme_labels(self.document.store)
        refill(
            self.source,
            [(f"{r.session} · {r.title}", r.id) for r in rounds if r.id in with_clusters],
        )
        first_fill = self.target.count() == 0
        refill(self.target, [(f"{r.session} · {r.title}", r.id) for r in rounds])
        theme_rounds = [r.id for r in rounds if r.kind == RoundKind.THEMES]
        if first_fill and theme_rounds:  # the method's theme round is the usual target
            self.target.setCurrentIndex(self.target.findData(theme_rounds[0]))
        self.themes.clear()
        self.themes.addItems([f"{code} {name}".strip() for code, name in themes])
        self._fill_clusters()

    def _fill_clusters(self) -> None:
        round_id = self.source.currentData()
        self.clusters.clear()
        if round_id is None:
            return
        for line in cluster_lines(self.document.store, round_id):
            label = line.title or self.tr("(untitled)")
            item = QListWidgetItem(f"{label} ({line.notes})")
            item.setData(ID_ROLE, line.id)
            if line.is_theme:
                item.setText(item.text() + " ✓")
                item.setToolTip(self.tr("Already a theme"))
            self.clusters.addItem(item)

    def _changed(self, tables: frozenset[str]) -> None:
        if tables & WATCHED:
            selected = {item.data(ID_ROLE) for item in self.clusters.selectedItems()}
            self.refresh()
            for row in range(self.clusters.count()):
                item = self.clusters.item(row)
                item.setSelected(item.data(ID_ROLE) in selected)
