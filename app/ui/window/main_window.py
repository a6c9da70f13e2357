"""The facilitator's main window: a shell that shows the open workshop's parts and menus.

It holds the open :class:`Document`; every edit goes through the editors it owns
(board, session; each batenlogica view has its own). Questions go through an
:class:`Interaction`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import (
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.model.kinds import LogicKind
from app.model.reads.board import note_rounds
from app.ui.batenlogica import links
from app.ui.batenlogica.view import LogicPane
from app.ui.board.capture import QuickCapture
from app.ui.board.editor import BoardEditor
from app.ui.board.inspector import Inspector
from app.ui.board.round_header import RoundHeader
from app.ui.board.view import BoardView
from app.ui.document import Document
from app.ui.i18n import Translations
from app.ui.interaction import Interaction
from app.ui.session.editor import SessionEditor
from app.ui.session.session_controls import SessionControls
from app.ui.window.actions import ActionSet, fill_recent
from app.ui.window.features import install_features
from app.ui.window.file_commands import FileCommands, Shown
from app.ui.window.help import HelpCommands
from app.ui.window.panels import Panels, add_panel, arrange_docks
from app.ui.window.search import SearchDialog
from app.ui.window.settings import Settings
from app.ui.window.welcome import WelcomePage
from app.ui.window.window_status import WindowStatus
from app.ui.window.workshop_tree import WorkshopTree


class MainWindow(QMainWindow):
    """One window on (at most) one open workshop.

    Signals:
        documentChanged(): another workshop (or none) is shown, with a new board.
    """

    documentChanged = Signal()

    def __init__(
        self,
        settings: Settings,
        translations: Translations,
        interaction: Interaction | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings
        self.translations = translations
        self.interaction = interaction or Interaction(self)
        self.document: Document | None = None
        self.board: BoardView | None = None
        self.logic: LogicPane | None = None
        self.round_header: RoundHeader | None = None
        self.capture: QuickCapture | None = None
        self._search: SearchDialog | None = None
        self.undo_group = QUndoGroup(self)
        self.board_editor = BoardEditor(self)
        self.session_editor = SessionEditor(self)
        self.action_set = ActionSet(self, (self.board_editor.table,))
        self.board_editor.extra_note_actions = [self.action_set["show_in_logic"]]
        self.files = FileCommands(
            self.interaction, settings, self.session_editor, self._shown, self
        )
        self.help = HelpCommands(self, self.interaction)

        self.welcome = WelcomePage(self)
        self.board_page = QWidget(self)
        page = QVBoxLayout(self.board_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.board_page)
        self.setCentralWidget(self.pages)

        self.tree = WorkshopTree(self)
        self.inspector = Inspector(self.interaction, self.board_editor, self)
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.tree_dock = add_panel(self, "tree_dock", self.tree, left)
        self.inspector_dock = add_panel(self, "inspector_dock", self.inspector, right)
        self.capture_dock = add_panel(self, "capture_dock", QWidget(self), right)
        self.panels = Panels((self.tree_dock, self.inspector_dock, self.capture_dock))
        for dock in self.panels.docks:
            self.action_set.menus["panels"].addAction(dock.toggleViewAction())

        self.status = WindowStatus(self.statusBar())
        self.zoom_label, self.saved_label = self.status.zoom_label, self.status.saved_label

        self._arrange_panels()
        self.session = SessionControls(
            self,
            self.action_set,
            self.session_editor,
            self.interaction,
            self.inspector_dock,
            self.tree.chosen_session,
        )
        self.school, self.participants, self.trajectory = install_features(self)
        self._connect()
        mode = settings.colour_mode()
        self.action_set["colour_kind" if mode == "kind" else "colour_subgroup"].setChecked(True)
        self.action_set[f"language_{translations.language}"].setChecked(True)
        self.retranslate()
        self.refresh_recent()
        self._update_enabled()

    # -- building ---------------------------------------------------------------

    def _connect(self) -> None:
        a = self.action_set
        files = self.files
        a.table.connect(files.handlers())
        a.table.connect(
            {
                "quit": self.close,
                "undo": self.undo_group.undo,
                "redo": self.undo_group.redo,
                "find": self.show_search,
                "shortcuts": self.help.show_shortcuts,
                "about": self.help.show_about,
                "show_in_logic": self.show_in_logic,
            }
        )
        a["full_screen"].triggered.connect(
            lambda on: self.showFullScreen() if on else self.showNormal()
        )
        for name in ("zoom_in", "zoom_out", "fit"):
            a[name].triggered.connect(self._update_zoom)  # after the editor zoomed
        a.colour_group.triggered.connect(self._on_colour_mode)
        a.menus["logic_add"].triggered.connect(
            lambda action: self._add_to_logic(LogicKind(action.data()))
        )
        a.language_group.triggered.connect(lambda action: self.set_language(action.data()))
        group = self.undo_group
        for signal in (group.canUndoChanged, group.canRedoChanged):
            signal.connect(self._update_undo_texts)
        for signal in (group.undoTextChanged, group.redoTextChanged):
            signal.connect(self._update_undo_texts)
        self.pages.currentChanged.connect(self._arrange_panels)
        self.pages.currentChanged.connect(self._update_zoom)
        self.pages.currentChanged.connect(self._centre_changed)
        files.opened.connect(self.set_document)
        files.roundWanted.connect(self._show_wanted_round)
        files.status.connect(self.status.show)
        files.recentChanged.connect(self.refresh_recent)
        self.session.roundWanted.connect(self.show_round)
        self.tree.roundSelected.connect(self.show_round)
        self.tree.logicSelected.connect(self.show_logic)
        self.tree.reportRequested.connect(files.export_report)
        files.serve(self.welcome)

    # -- the open workshop ------------------------------------------------------

    def set_document(self, document: Document | None) -> None:
        """Show ``document`` (closing the one shown before, which releases its file)."""
        old = self.document
        if old is not None:
            self._finish_typing()
            self.undo_group.removeStack(old.undo_stack)
            if self.logic is not None:
                self.pages.removeWidget(self.logic)
            for widget in (self.logic, self.round_header, self.board, self.capture, self._search):
                if widget is not None:
                    widget.hide()
                    widget.setParent(None)
                    widget.deleteLater()
            self.logic = self.round_header = self.board = self.capture = self._search = None
            self.board_editor.attach(None)
            self.session_editor.set_document(None)
            self.tree.set_document(None)
            self.inspector.set_document(None)
            old.close()
        self.document = document
        if document is None:
            self.pages.setCurrentWidget(self.welcome)
        else:
            self.undo_group.addStack(document.undo_stack)
            self.undo_group.setActiveStack(document.undo_stack)
            document.failed.connect(self.show_failure)
            self.session_editor.set_document(document)
            self.board = BoardView(document, self.board_page)
            self.board_editor.attach(self.board)
            self.board.set_colour_mode(self.settings.colour_mode())
            self.board.selectionChangedIds.connect(self.inspector.set_selection)
            self.board.viewport().installEventFilter(self)
            self.logic = LogicPane(document, self.pages)
            self.logic.showNotes.connect(self.show_notes)
            self.pages.addWidget(self.logic)
            self.round_header = RoundHeader(document, self.board_page)
            self.board_page.layout().addWidget(self.round_header)
            self.board_page.layout().addWidget(self.board)
            self._new_capture(document)
            self.tree.set_document(document)
            self.inspector.set_document(document)
            self.pages.setCurrentWidget(self.board_page)
            first = self.tree.starting_round()
            if first is None or not self.tree.select_round(first):
                self.show_round(None)
            fit = self.board_editor["fit"]  # once the new board has its final size:
            QTimer.singleShot(0, self, fit.trigger)
        self._arrange_panels()
        self._update_title()
        self._update_enabled()
        self._update_undo_texts()
        self.files.set_document(document)
        self.session.show_document(document, self.board)
        self._centre_changed()
        self.documentChanged.emit()

    def _finish_typing(self) -> None:
        """Save what is being typed, on the board or in the inspector, before the file closes."""
        if self.board is not None and self.board.typing.editor is not None:
            self.board.typing.editor.clearFocus()  # the editor commits when it loses focus
        self.inspector.commit_text()

    def _arrange_panels(self) -> None:
        """Show the panels the user wants that fit what the centre shows.

        None without a workshop; the inspector and quick capture only beside a board.
        """
        on_board = self.document is not None and self.pages.currentWidget() is self.board_page
        allowed = {
            self.tree_dock: self.document is not None,
            self.inspector_dock: on_board,
            self.capture_dock: on_board,
        }
        self.panels.arrange(allowed)
        self.action_set.menus["panels"].setEnabled(self.document is not None)

    def _new_capture(self, document: Document) -> None:
        """A quick-capture field for ``document`` in the dock, on the shown round."""
        if self.capture is not None:
            self.capture.deleteLater()
        self.capture = QuickCapture(document, self.capture_dock, self.board_editor)
        self.capture_dock.setWidget(self.capture)
        self.capture.set_round(self.current_round())

    def show_round(self, round_id: int | None) -> None:
        """Show a round's board (from the tree, a search hit, or an import)."""
        if self.board is None:
            return
        if (
            round_id is not None
            and self.tree.current_round() != round_id
            and self.tree.select_round(round_id)
        ):
            return  # selecting it in the tree came back here through roundSelected
        self.pages.setCurrentWidget(self.board_page)
        self.board.show_round(round_id)
        if self.round_header is not None:
            self.round_header.show_round(round_id)
        if self.capture is not None:
            self.capture.set_round(round_id)
        self._update_zoom()
        self._update_enabled()

    def show_logic(self) -> None:
        """Show the batenlogica in the centre (the board keeps its round for coming back)."""
        if self.logic is None:
            return
        if self.tree.currentItem() is None or self.tree.current_round() is not None:
            self.tree.select_logic()  # comes back here through logicSelected
            return
        self.pages.setCurrentWidget(self.logic)
        self._update_enabled()

    def show_notes(self, note_ids: list[int]) -> None:
        """Show post-its on their board, selected (search hits, a batenlogica node's sources)."""
        if self.document is None or not note_ids:
            return
        rows = note_rounds(self.document.store, note_ids)
        if not rows:
            return
        round_id = rows[0][1]
        self.show_round(round_id)
        assert self.board is not None
        self.board.focus_notes([note_id for note_id, r in rows if r == round_id])
        self._update_zoom()

    def current_round(self) -> int | None:
        return self.tree.current_round() if self.document is not None else None

    def _shown(self) -> Shown:
        """What the centre shows, for the file commands (a picture of it)."""
        return Shown(self.current_round(), self.pages.currentWidget() is self.logic)

    def _centre_changed(self) -> None:
        self.session.set_board_shown(
            self.board is not None and self.pages.currentWidget() is self.board_page
        )

    def _show_wanted_round(self, round_id: int | None) -> None:
        """A round the file commands want shown; None: the workshop's starting round."""
        self.show_round(round_id if round_id is not None else self.tree.starting_round())

    # -- files --------------------------------------------------------------------

    def open_file(self, path: Path) -> bool:
        """Open a workshop; a refused file is reported and left exactly as it was."""
        return self.files.open_file(path)

    def open_demo(self, path: Path) -> bool:
        """Build the demo workshop into the new file ``path`` and open it."""
        return self.files.open_demo(path)

    def refresh_recent(self) -> None:
        files = self.settings.recent_files()
        fill_recent(self.action_set.menus["recent"], self.action_set["clear_recent"], files)
        for action in self.action_set.menus["recent"].actions():
            if path := action.data():
                action.triggered.connect(lambda _=False, p=path: self.open_file(p))
        self.welcome.set_recent(files)

    # -- board commands -----------------------------------------------------------

    def _add_to_logic(self, kind: LogicKind) -> None:
        if self.logic is not None and self.board is not None:
            added = links.add_selection(self.logic, self.board, self.inspector.selected_ids(), kind)
            if added is None:
                self.show_failure(self.tr("Select post-its or clusters first"))
            elif added:
                self.show_failure(self.tr("%n element(s) added to the batenlogica", "", added))

    def show_in_logic(self) -> None:
        """The way back from post-its: the batenlogica with the elements made from them selected."""
        if self.board is not None and self.logic is not None:
            ids = self.inspector.selected_ids()
            self.show_failure(links.show_elements(self.logic, self.board, ids, self.show_logic))

    def _on_colour_mode(self) -> None:
        mode = "kind" if self.action_set["colour_kind"].isChecked() else "subgroup"
        self.settings.set_colour_mode(mode)
        if self.board is not None:
            self.board.set_colour_mode(mode)

    def show_failure(self, message: str) -> None:
        """A refused or failed action: in the status bar (the board shows it over the paper)."""
        self.status.show(message)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep the zoom figure current when the wheel or a pinch zooms the board."""
        if event.type() in (QEvent.Type.Wheel, QEvent.Type.Gesture, QEvent.Type.NativeGesture):
            QTimer.singleShot(0, self._update_zoom)
        return super().eventFilter(watched, event)

    # -- search, help -----------------------------------------------------------------

    def search_dialog(self) -> SearchDialog | None:
        if self.document is None:
            return None
        if self._search is None:
            self._search = SearchDialog(self.document, self)
            self._search.hitChosen.connect(lambda _round, note: self.show_notes([note]))
        return self._search

    def show_search(self) -> None:
        dialog = self.search_dialog()
        if dialog is not None:
            dialog.start()

    # -- language -----------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch the interface language now and remember it."""
        self.settings.set_language(language)
        self.translations.apply(language)  # retranslates every widget (changeEvent)
        self.action_set[f"language_{language}"].setChecked(True)
        if self.document is not None:
            self._new_capture(self.document)  # it sets its texts once, when made

    def retranslate(self) -> None:
        self.action_set.retranslate()
        self.board_editor.retranslate()
        self.tree_dock.setWindowTitle(self.tr("Workshop"))
        self.inspector_dock.setWindowTitle(self.tr("Properties"))
        self.capture_dock.setWindowTitle(self.tr("Quick capture"))
        self.status.retranslate()
        self._update_undo_texts()
        self._update_zoom()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- keeping the chrome current -----------------------------------------------

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle("")
            self.setWindowFilePath("")
        else:
            self.setWindowFilePath(str(self.document.store.path))
            self.setWindowTitle(self.document.store.path.stem)

    def _update_undo_texts(self) -> None:
        self.action_set.show_undo_state(self.undo_group)

    def _update_zoom(self) -> None:
        on_board = self.board is not None and self.pages.currentWidget() is self.board_page
        self.status.show_zoom(self.board.scale_factor() if on_board else None)

    def _update_enabled(self) -> None:
        has_doc = self.document is not None
        has_board = has_doc and self.current_round() is not None
        for name in (
            *("save_copy", "import_csv", "export_csv", "export_json"),
            *("export_report", "export_report_a3", "export_picture"),
        ):
            self.action_set[name].setEnabled(has_doc)
        self.action_set["find"].setEnabled(has_doc)
        self.board_editor.set_allowed(has_board)
        self.action_set["show_in_logic"].setEnabled(has_board)
        self.action_set.menus["logic_add"].setEnabled(has_board)

    # -- window state -------------------------------------------------------------

    def restore_window_state(self) -> None:
        self.panels.restore(self, *self.settings.window_state(), self.arrange_docks)
        self._arrange_panels()

    def arrange_docks(self) -> None:
        """Default panel sizes for the window's size: most of the room goes to the board."""
        arrange_docks(self, self.tree_dock, self.inspector_dock, self.capture_dock)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panels.show_wanted()  # remember the panels the user wants, not this moment's
        self.settings.set_window_state(self.saveGeometry(), self.saveState())
        self.settings.sync()
        self.set_document(None)
        event.accept()
