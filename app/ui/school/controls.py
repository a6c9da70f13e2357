"""The Trajectory menu and the chance and werkdruk marks, attached to a main window.

:class:`SchoolControls` is given what it works with (the window to put menus
and messages in, the window's action set, the :class:`SchoolEditor`, the
interaction, where the mark line goes and what is selected) and is told
which workshop is shown (:meth:`SchoolControls.show_document`). It adds the
Trajectory menu (principles, themes, sessions and rounds), and to the Board
menu the Chance and Workload origin submenus, which mark the selected
post-its, or the selected batenlogica elements when the batenlogica is
shown. Every change is one undo step through the editor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from app.model.kinds import Chance, WorkloadOrigin
from app.model.school import CHANCE_LABELS, ORIGIN_LABELS, workload_overview
from app.ui.board.view import BoardView
from app.ui.document import Document
from app.ui.interaction import Interaction
from app.ui.school.common import interface_language
from app.ui.school.editor import CHANCES, ORIGINS, SchoolEditor
from app.ui.school.marks import MarkSummary
from app.ui.school.principles import PrinciplesDialog
from app.ui.school.shape import ShapeDialog
from app.ui.school.themes import ThemesDialog
from app.ui.window.actions import ActionSet

STATUS_MS = 8000
DIALOGS = {"principles": PrinciplesDialog, "themes": ThemesDialog, "shape": ShapeDialog}
TEXTS = {
    "trajectory": QT_TRANSLATE_NOOP("School", "&Trajectory"),
    "chance": QT_TRANSLATE_NOOP("School", "C&hance"),
    "origin": QT_TRANSLATE_NOOP("School", "&Workload origin"),
}


@dataclass(frozen=True)
class Selection:
    """What the facilitator has selected; ``logic_nodes`` is None unless the batenlogica shows."""

    notes: tuple[int, ...] = ()
    clusters: tuple[int, ...] = ()
    logic_nodes: tuple[int, ...] | None = None

    def targets(self) -> tuple[str, tuple[int, ...]]:
        """The selected batenlogica elements when it is shown, else the selected post-its."""
        if self.logic_nodes is not None:
            return "logic_node", self.logic_nodes
        return "note", self.notes


class SchoolControls(QObject):
    """The Trajectory menu and the mark submenus of one main window."""

    def __init__(
        self,
        window: QMainWindow,
        actions: ActionSet,
        editor: SchoolEditor,
        interaction: Interaction,
        place_summary: Callable[[QWidget], None],
        selection: Callable[[], Selection],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.editor = editor
        self.interaction = interaction
        self._place_summary = place_summary
        self._selection = selection
        self.document: Document | None = None
        window.addActions(editor.table.window_actions())  # the mark keys work anywhere
        # Listed with the window's own actions, so the shortcuts overview counts them too.
        actions.actions.update({f"school_{n}": a for n, a in editor.table.actions.items()})
        menus = actions.menus
        self.menu = QMenu(window)
        self.menu.setObjectName("menu_trajectory")
        self.menu.addActions([editor[n] for n in ("principles", "themes", "shape")])
        self.menu.addSeparator()
        self.menu.addAction(editor["to_principles"])
        window.menuBar().insertMenu(menus["help"].menuAction(), self.menu)
        self.chance_menu = QMenu(window)
        self.chance_menu.setObjectName("menu_chance")
        self.chance_menu.addActions([editor[n] for n in CHANCES])
        self.origin_menu = QMenu(window)
        self.origin_menu.setObjectName("menu_origin")
        self.origin_menu.addActions([editor[n] for n in ORIGINS])
        board = menus["board"]
        board.addSeparator()
        board.addMenu(self.chance_menu)
        board.addMenu(self.origin_menu)
        editor.table.connect(
            {
                **{name: lambda n=name: self.open_dialog(n) for name in DIALOGS},
                "to_principles": self.selection_to_principles,
                **{name: lambda c=chance: self.mark_chance(c) for name, chance in CHANCES.items()},
                **{name: lambda o=origin: self.set_origin(o) for name, origin in ORIGINS.items()},
            }
        )
        self.summary: MarkSummary | None = None
        window.installEventFilter(self)
        self.retranslate()
        self.show_document(None, None)

    # -- panels ----------------------------------------------------------------------------

    def open_dialog(self, name: str) -> bool:
        """Open a panel on the open workshop (modal; every button is one undo step)."""
        if self.document is None:
            return False
        dialog = DIALOGS[name](self.document, self.editor, self.interaction, self.window)
        try:
            return self.interaction.run(dialog)
        finally:
            dialog.deleteLater()

    def selection_to_principles(self) -> bool:
        selected = self._selection()
        if not (selected.notes or selected.clusters):
            self._say(QCoreApplication.translate("School", "Select post-its or clusters first"))
            return False
        return bool(self.editor.principles_from(selected.notes, selected.clusters))

    # -- marks -----------------------------------------------------------------------------

    def mark_chance(self, chance: Chance | None) -> bool:
        table, ids = self._selection().targets()
        if self.document is None or not ids:
            self._say(QCoreApplication.translate("School", "Select post-its or elements first"))
            return False
        done = bool(self.editor.mark_chance(table, ids, chance))
        if done:
            lang = interface_language()
            label = CHANCE_LABELS[chance][lang == "en"] if chance else "–"
            message = QCoreApplication.translate("School", "Marked %n item(s): %1", "", len(ids))
            self._say(message.replace("%1", label))
        return done

    def set_origin(self, origin: WorkloadOrigin | None) -> bool:
        table, ids = self._selection().targets()
        if self.document is None or table != "note" or not ids:
            self._say(QCoreApplication.translate("School", "Select werkdruk post-its first"))
            return False
        if not self.editor.set_origin(ids, origin):
            return False
        lang = interface_language() == "en"
        items = [w for w in workload_overview(self.document.store) if w.note_id in ids]
        if items:
            effective = ORIGIN_LABELS[items[0].origin][lang]
            logic = ORIGIN_LABELS[items[0].from_logic][lang]
            message = QCoreApplication.translate("School", "Werkdruk %1 (benefits logic: %2)")
            self._say(message.replace("%1", effective).replace("%2", logic))
        return True

    # -- chrome ----------------------------------------------------------------------------

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, STATUS_MS)

    def show_document(self, document: Document | None, board: BoardView | None) -> None:
        """Work on ``document``, with a mark line under the inspector for ``board``."""
        self.document = document
        self.editor.set_document(document)
        if self.summary is not None:
            self.summary.deleteLater()
            self.summary = None
        if document is not None and board is not None:
            self.summary = MarkSummary(document)
            self._place_summary(self.summary)
            board.selectionChangedIds.connect(self.summary.show_notes)
            self.summary.show_notes(list(self._selection().notes))
        self.menu.setEnabled(document is not None)

    def retranslate(self) -> None:
        self.editor.table.retranslate()
        self.menu.setTitle(QCoreApplication.translate("School", TEXTS["trajectory"]))
        self.chance_menu.setTitle(QCoreApplication.translate("School", TEXTS["chance"]))
        self.origin_menu.setTitle(QCoreApplication.translate("School", TEXTS["origin"]))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)
