"""The Trajectory menu and the chance and werkdruk marks, attached to a main window.

:class:`SchoolControls` is made once in ``MainWindow.__init__`` (one line). It
adds the Trajectory menu (principles, themes, sessions and rounds), and to
the Board menu the Chance and Workload origin submenus, which mark the
selected post-its, or the selected batenlogica elements when the batenlogica
is shown. Every change goes through ``document.push`` as one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from app.model.kinds import Chance, WorkloadOrigin
from app.model.ops.school import MarkChance, PrinciplesFrom, SetWorkloadOrigin
from app.model.school import CHANCE_LABELS, ORIGIN_LABELS, workload_overview
from app.ui.school.common import interface_language
from app.ui.school.marks import MarkSummary
from app.ui.school.principles import PrinciplesDialog
from app.ui.school.shape import ShapeDialog
from app.ui.school.themes import ThemesDialog

if TYPE_CHECKING:
    from app.ui.window.main_window import MainWindow

STATUS_MS = 8000
DIALOGS = {"principles": PrinciplesDialog, "themes": ThemesDialog, "shape": ShapeDialog}
TEXTS = {
    "trajectory": QT_TRANSLATE_NOOP("School", "&Trajectory"),
    "principles": QT_TRANSLATE_NOOP("School", "Organisation &principles…"),
    "themes": QT_TRANSLATE_NOOP("School", "Policy &themes…"),
    "shape": QT_TRANSLATE_NOOP("School", "&Sessions and rounds…"),
    "to_principles": QT_TRANSLATE_NOOP("School", "Selection → p&rinciples"),
    "chance": QT_TRANSLATE_NOOP("School", "C&hance"),
    "origin": QT_TRANSLATE_NOOP("School", "&Workload origin"),
    "chance_ict_workload": QT_TRANSLATE_NOOP("School", "ICT chance for lowering &workload"),
    "chance_ict_purpose": QT_TRANSLATE_NOOP("School", "ICT chance for the &purpose"),
    "chance_improvement": QT_TRANSLATE_NOOP("School", "Other &improvement chance"),
    "chance_none": QT_TRANSLATE_NOOP("School", "&No chance"),
    "origin_purpose": QT_TRANSLATE_NOOP("School", "From working on the &purpose"),
    "origin_systems": QT_TRANSLATE_NOOP("School", "From &systems and ways of working"),
    "origin_none": QT_TRANSLATE_NOOP("School", "As the &benefits logic says"),
}
KEYS = {
    "chance_ict_workload": "Ctrl+Alt+1",
    "chance_ict_purpose": "Ctrl+Alt+2",
    "chance_improvement": "Ctrl+Alt+3",
    "chance_none": "Ctrl+Alt+0",
    "origin_purpose": "Ctrl+Alt+B",
    "origin_systems": "Ctrl+Alt+S",
    "origin_none": "Ctrl+Alt+N",
}
CHANCES = {
    "chance_ict_workload": Chance.ICT_WORKLOAD,
    "chance_ict_purpose": Chance.ICT_PURPOSE,
    "chance_improvement": Chance.IMPROVEMENT,
    "chance_none": None,
}
ORIGINS = {
    "origin_purpose": WorkloadOrigin.PURPOSE,
    "origin_systems": WorkloadOrigin.SYSTEMS,
    "origin_none": None,
}


class SchoolControls(QObject):
    """The Trajectory menu and the mark submenus of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        for name in TEXTS:
            if name in ("trajectory", "chance", "origin"):
                continue
            action = QAction(window)
            action.setObjectName(name)
            if name in KEYS:
                action.setShortcut(QKeySequence(KEYS[name]))
            window.addAction(action)
            self.actions[name] = action
        # Listed with the window's own actions, so the shortcuts overview counts them too.
        window.action_set.actions.update({f"school_{n}": a for n, a in self.actions.items()})
        bar = window.menuBar()
        self.menu = QMenu(window)
        self.menu.setObjectName("menu_trajectory")
        self.menu.addActions([self.actions[n] for n in ("principles", "themes", "shape")])
        self.menu.addSeparator()
        self.menu.addAction(self.actions["to_principles"])
        bar.insertMenu(window.action_set.menus["help"].menuAction(), self.menu)
        board = window.action_set.menus["board"]
        self.chance_menu = QMenu(window)
        self.chance_menu.setObjectName("menu_chance")
        self.chance_menu.addActions([self.actions[n] for n in CHANCES])
        self.origin_menu = QMenu(window)
        self.origin_menu.setObjectName("menu_origin")
        self.origin_menu.addActions([self.actions[n] for n in ORIGINS])
        board.addSeparator()
        board.addMenu(self.chance_menu)
        board.addMenu(self.origin_menu)
        for name in DIALOGS:
            self.actions[name].triggered.connect(lambda _=False, n=name: self.open_dialog(n))
        self.actions["to_principles"].triggered.connect(self.selection_to_principles)
        for name, chance in CHANCES.items():
            self.actions[name].triggered.connect(lambda _=False, c=chance: self.mark_chance(c))
        for name, origin in ORIGINS.items():
            self.actions[name].triggered.connect(lambda _=False, o=origin: self.set_origin(o))
        self.summary: MarkSummary | None = None
        window.documentChanged.connect(self._document_changed)
        window.installEventFilter(self)
        self.retranslate()
        self._update()

    # -- panels ----------------------------------------------------------------------------

    def open_dialog(self, name: str) -> bool:
        """Open a panel on the open workshop (modal; every button is one undo step)."""
        document = self.window.document
        if document is None:
            return False
        dialog = DIALOGS[name](document, self.window.interaction, self.window)
        try:
            return self.window.interaction.run(dialog)
        finally:
            dialog.deleteLater()

    def selection_to_principles(self) -> None:
        document, board = self.window.document, self.window.board
        if document is None or board is None:
            return
        notes = tuple(self.window.inspector.selected_ids())
        clusters = tuple(board.board_scene.selected_cluster_ids())
        if not (notes or clusters):
            self._say(QCoreApplication.translate("School", "Select post-its or clusters first"))
            return
        text = QCoreApplication.translate("School", "Selection → principles")
        document.push(PrinciplesFrom(notes, clusters), text)

    # -- marks -----------------------------------------------------------------------------

    def _targets(self) -> tuple[str, tuple[int, ...]]:
        """The selected batenlogica elements when it is shown, else the selected post-its."""
        window = self.window
        if window.logic is not None and window.pages.currentWidget() is window.logic:
            nodes = window.logic.view.logic_scene.selected_nodes()
            return "logic_node", tuple(n.node_id for n in nodes)
        return "note", tuple(window.inspector.selected_ids())

    def mark_chance(self, chance: Chance | None) -> bool:
        document = self.window.document
        table, ids = self._targets()
        if document is None or not ids:
            self._say(QCoreApplication.translate("School", "Select post-its or elements first"))
            return False
        done = document.push(
            MarkChance(table, ids, chance), QCoreApplication.translate("School", "Mark chance")
        )
        if done:
            lang = interface_language()
            label = CHANCE_LABELS[chance][lang == "en"] if chance else "–"
            message = QCoreApplication.translate("School", "Marked %n item(s): %1", "", len(ids))
            self._say(message.replace("%1", label))
        return done

    def set_origin(self, origin: WorkloadOrigin | None) -> bool:
        document = self.window.document
        table, ids = self._targets()
        if document is None or table != "note" or not ids:
            self._say(QCoreApplication.translate("School", "Select werkdruk post-its first"))
            return False
        text = QCoreApplication.translate("School", "Workload origin")
        if not document.push(SetWorkloadOrigin(ids, origin), text):
            return False
        lang = interface_language() == "en"
        items = [w for w in workload_overview(document.store) if w.note_id in ids]
        if items:
            effective = ORIGIN_LABELS[items[0].origin][lang]
            logic = ORIGIN_LABELS[items[0].from_logic][lang]
            message = QCoreApplication.translate("School", "Werkdruk %1 (benefits logic: %2)")
            self._say(message.replace("%1", effective).replace("%2", logic))
        return True

    # -- chrome ----------------------------------------------------------------------------

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, STATUS_MS)

    def _document_changed(self) -> None:
        """A mark line under the inspector for the workshop now shown."""
        if self.summary is not None:
            self.summary.deleteLater()
            self.summary = None
        document, board = self.window.document, self.window.board
        if document is not None and board is not None:
            self.summary = MarkSummary(document, self.window.inspector)
            self.window.inspector.layout().insertWidget(3, self.summary)
            board.selectionChangedIds.connect(self.summary.show_notes)
            self.summary.show_notes(self.window.inspector.selected_ids())
        self._update()

    def _update(self) -> None:
        has_doc = self.window.document is not None
        for action in self.actions.values():
            action.setEnabled(has_doc)
        self.menu.setEnabled(has_doc)

    def retranslate(self) -> None:
        for name, action in self.actions.items():
            action.setText(QCoreApplication.translate("School", TEXTS[name]))
        self.menu.setTitle(QCoreApplication.translate("School", TEXTS["trajectory"]))
        self.chance_menu.setTitle(QCoreApplication.translate("School", TEXTS["chance"]))
        self.origin_menu.setTitle(QCoreApplication.translate("School", TEXTS["origin"]))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)
