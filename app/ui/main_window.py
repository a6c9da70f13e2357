"""The facilitator's main window: workshop tree, board, inspector, quick capture, menus.

The window owns no workshop state: it holds the open :class:`Document`, shows
its parts, and turns menu commands into calls on the board or on the document.
Questions and messages go through an :class:`Interaction`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QCursor, QUndoGroup
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app import __version__
from app.model.entities import Note
from app.model.kinds import LogicKind
from app.ui.actions import ActionSet
from app.ui.board.capture import QuickCapture
from app.ui.board.view import BoardView
from app.ui.document import Document
from app.ui.file_commands import FileCommands
from app.ui.i18n import Translations
from app.ui.icons import icon
from app.ui.inspector import Inspector
from app.ui.interaction import Interaction
from app.ui.logic.commands import add_notes_to_logic, linked_nodes
from app.ui.logic.view import LogicPane
from app.ui.round_header import RoundHeader
from app.ui.search import SearchDialog
from app.ui.session_controls import SessionControls
from app.ui.settings import Settings
from app.ui.shortcuts_dialog import ShortcutsDialog
from app.ui.welcome import WelcomePage
from app.ui.workshop_files import demo_path
from app.ui.workshop_tree import WorkshopTree

STATUS_MS = 8000


class PanelDock(QDockWidget):
    """A dock that tells when the user closes it, as opposed to the window hiding it.

    Signals:
        closedByUser(): its close button was used.
    """

    closedByUser = Signal()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closedByUser.emit()
        super().closeEvent(event)


BOARD_COMMANDS = (
    *("zoom_in", "zoom_out", "fit", "delete", "duplicate", "select_all"),
    *("new_note", "cluster", "ungroup", "tidy", "show_in_logic"),
)
"""Actions that work on the shown board, and only when a round is shown."""


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
        self._shortcuts: ShortcutsDialog | None = None
        self.undo_group = QUndoGroup(self)
        self.action_set = ActionSet(self)
        self.files = FileCommands(self)

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
        self.inspector = Inspector(self.interaction, self)
        self.tree_dock = self.add_panel(
            "tree_dock", self.tree, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.inspector_dock = self.add_panel(
            "inspector_dock", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.capture_dock = self.add_panel(
            "capture_dock", QWidget(self), Qt.DockWidgetArea.RightDockWidgetArea
        )
        for dock in (self.tree_dock, self.inspector_dock, self.capture_dock):
            self.action_set.menus["panels"].addAction(dock.toggleViewAction())

        self.zoom_label = QLabel(self)
        self.saved_label = QLabel(self)
        saved_icon = QLabel(self)
        saved_icon.setPixmap(icon("saved").pixmap(16, 16))
        self.statusBar().addPermanentWidget(saved_icon)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addPermanentWidget(self.zoom_label)

        self._wanted = {dock: True for dock in self._docks()}
        for dock in self._docks():
            dock.toggleViewAction().triggered.connect(lambda on, d=dock: self._want_panel(d, on))
            dock.closedByUser.connect(lambda d=dock: self._want_panel(d, False))
        self._arrange_panels()
        self._connect()
        self.session = SessionControls(self)
        mode = settings.colour_mode()
        self.action_set["colour_kind" if mode == "kind" else "colour_subgroup"].setChecked(True)
        self.action_set[f"language_{translations.language}"].setChecked(True)
        self.retranslate()
        self.refresh_recent()
        self._update_enabled()

    # -- building ---------------------------------------------------------------

    def add_panel(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> PanelDock:
        dock = PanelDock(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(area, dock)
        return dock

    def _connect(self) -> None:
        a = self.action_set
        files = self.files
        handlers = {
            "new": files.new_workshop,
            "open": files.open_dialog,
            "clear_recent": self._clear_recent,
            "save_copy": files.save_copy,
            "import_csv": files.import_csv,
            "import_json": files.import_json,
            "export_csv": files.export_csv,
            "export_json": files.export_json,
            "export_report": files.export_report,
            "export_picture": files.export_picture,
            "quit": self.close,
            "undo": self.undo_group.undo,
            "redo": self.undo_group.redo,
            "find": self.show_search,
            "shortcuts": self.show_shortcuts,
            "about": self.show_about,
            "full_screen": self._toggle_full_screen,
        }
        for name, handler in handlers.items():
            a[name].triggered.connect(handler)
        for name in BOARD_COMMANDS:
            a[name].triggered.connect(lambda _=False, n=name: self._on_board(n))
        a.colour_group.triggered.connect(self._on_colour_mode)
        a.menus["logic_add"].triggered.connect(
            lambda action: self._add_to_logic(LogicKind(action.data()))
        )
        a.language_group.triggered.connect(lambda action: self.set_language(action.data()))
        self.undo_group.canUndoChanged.connect(self._update_undo_texts)
        self.undo_group.canRedoChanged.connect(self._update_undo_texts)
        self.undo_group.undoTextChanged.connect(self._update_undo_texts)
        self.undo_group.redoTextChanged.connect(self._update_undo_texts)
        self.pages.currentChanged.connect(self._arrange_panels)
        self.pages.currentChanged.connect(self._update_zoom)
        self.tree.roundSelected.connect(self.show_round)
        self.tree.logicSelected.connect(self.show_logic)
        self.tree.reportRequested.connect(files.export_report)
        self.welcome.newRequested.connect(files.new_workshop)
        self.welcome.openRequested.connect(files.open_dialog)
        self.welcome.demoRequested.connect(lambda: files.open_demo(demo_path()))
        self.welcome.recentChosen.connect(files.open_file)

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
            self.board = BoardView(document, self.board_page)
            self.board.set_colour_mode(self.settings.colour_mode())
            self.board.selectionChangedIds.connect(self.inspector.set_selection)
            self.board.logicRequested.connect(self.show_in_logic)
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
            QTimer.singleShot(0, self._fit_board)  # once the new board has its final size
        self._arrange_panels()
        self._update_title()
        self._update_enabled()
        self._update_undo_texts()
        self.documentChanged.emit()

    def _finish_typing(self) -> None:
        """Save what is being typed, on the board or in the inspector, before the file closes."""
        if self.board is not None and self.board.typing.editor is not None:
            self.board.typing.editor.clearFocus()  # the editor commits when it loses focus
        self.inspector.commit_text()

    def _docks(self) -> tuple[PanelDock, ...]:
        return (self.tree_dock, self.inspector_dock, self.capture_dock)

    def _want_panel(self, dock: PanelDock, on: bool) -> None:
        self._wanted[dock] = on

    def _show_wanted_panels(self) -> None:
        for dock in self._docks():
            dock.setVisible(self._wanted[dock])

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
        for dock, ok in allowed.items():
            dock.setVisible(ok and self._wanted[dock])
        self.action_set.menus["panels"].setEnabled(self.document is not None)

    def _new_capture(self, document: Document) -> None:
        """A quick-capture field for ``document`` in the dock, on the shown round."""
        if self.capture is not None:
            self.capture.deleteLater()
        self.capture = QuickCapture(document, self.capture_dock)
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
        with self.document.store.read() as db:
            rows = db.execute(select(Note.id, Note.round_id).where(Note.id.in_(note_ids))).all()
        if not rows:
            return
        round_id = rows[0].round_id
        self.show_round(round_id)
        assert self.board is not None
        self.board.focus_notes([note_id for note_id, r in rows if r == round_id])
        self._update_zoom()

    def current_round(self) -> int | None:
        return self.tree.current_round() if self.document is not None else None

    # -- files --------------------------------------------------------------------

    def open_file(self, path: Path) -> bool:
        """Open a workshop; a refused file is reported and left exactly as it was."""
        return self.files.open_file(path)

    def open_demo(self, path: Path) -> bool:
        """Build the demo workshop into the new file ``path`` and open it."""
        return self.files.open_demo(path)

    def refresh_recent(self) -> None:
        files = self.settings.recent_files()
        menu = self.action_set.menus["recent"]
        menu.clear()
        for index, path in enumerate(files, start=1):
            action = menu.addAction(f"&{index} {path.stem}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_file(p))
        menu.addSeparator()
        menu.addAction(self.action_set["clear_recent"])
        self.action_set["clear_recent"].setEnabled(bool(files))
        self.welcome.set_recent(files)

    def _clear_recent(self) -> None:
        self.settings.clear_recent_files()
        self.refresh_recent()

    # -- board commands -----------------------------------------------------------

    def _on_board(self, name: str) -> None:
        """Run a board command on the shown board."""
        if self.board is None:
            return
        commands = {
            "zoom_in": self.board.zoom_in,
            "zoom_out": self.board.zoom_out,
            "fit": self.board.fit,
            "delete": self.board.delete_selection,
            "duplicate": self.board.duplicate_selection,
            "select_all": self._select_all,
            "new_note": self._new_note,
            "cluster": self.board.cluster_selection,
            "ungroup": self.board.ungroup_selection,
            "tidy": self.board.tidy_selection,
            "show_in_logic": self.show_in_logic,
        }
        commands[name]()
        self._update_zoom()

    def _add_to_logic(self, kind: LogicKind) -> None:
        """One element of ``kind`` per selected cluster and per other selected post-it, linked."""
        ids = self.inspector.selected_ids()
        clusters = [] if self.board is None else self.board.board_scene.selected_cluster_ids()
        if self.document is None or not (ids or clusters):
            self.statusBar().showMessage(self.tr("Select post-its or clusters first"), STATUS_MS)
            return
        if added := add_notes_to_logic(self.document, ids, kind, cluster_ids=clusters):
            message = self.tr("%n element(s) added to the benefits logic", "", added)
            self.statusBar().showMessage(message, STATUS_MS)

    def show_in_logic(self) -> None:
        """The way back from post-its: the batenlogica with the elements made from them selected.

        An element counts when one of the post-its is among its sources, or when
        it was made from a cluster the post-its are in (or a selected cluster).
        """
        if self.document is None or self.board is None or self.logic is None:
            return
        note_ids = self.inspector.selected_ids()
        cluster_ids = self.board.board_scene.selected_cluster_ids()
        nodes = linked_nodes(self.document, note_ids, cluster_ids)
        if not nodes:
            message = self.tr("No element of the benefits logic was made from this selection")
            self.statusBar().showMessage(message, STATUS_MS)
            return
        self.show_logic()
        self.logic.view.select_nodes(nodes)

    def _on_colour_mode(self) -> None:
        mode = "kind" if self.action_set["colour_kind"].isChecked() else "subgroup"
        self.settings.set_colour_mode(mode)
        if self.board is not None:
            self.board.set_colour_mode(mode)

    def _toggle_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def show_failure(self, message: str) -> None:
        """A refused or failed action: in the status bar (the board shows it over the paper)."""
        self.statusBar().showMessage(message, STATUS_MS)

    def _fit_board(self) -> None:
        if self.board is not None:
            self.board.fit()
            self._update_zoom()

    def _new_note(self) -> None:
        """A new post-it where the pointer is when it is over the board, else mid-view."""
        assert self.board is not None
        viewport = self.board.viewport()
        pos = viewport.mapFromGlobal(QCursor.pos())
        if viewport.rect().contains(pos):
            self.board.capture_at(self.board.mapToScene(pos))
        else:
            self.board.start_capture()

    def _select_all(self) -> None:
        assert self.board is not None
        scene = self.board.board_scene
        scene.select_notes(list(scene.notes))

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
            self._search.hitChosen.connect(self.show_hit)
        return self._search

    def show_search(self) -> None:
        dialog = self.search_dialog()
        if dialog is not None:
            dialog.start()

    def show_hit(self, _round_id: int, note_id: int) -> None:
        """Switch to the hit's round and bring its note into view, selected."""
        self.show_notes([note_id])

    def shortcuts_dialog(self) -> ShortcutsDialog:
        if self._shortcuts is None:
            self._shortcuts = ShortcutsDialog(self.menuBar(), self)
        return self._shortcuts

    def show_shortcuts(self) -> None:
        dialog = self.shortcuts_dialog()
        dialog.fill(self.menuBar())
        dialog.show()
        dialog.raise_()

    def show_about(self) -> None:
        self.interaction.about(
            self.tr("About Bruinpapier"),
            self.tr(
                "<h3>Bruinpapier %1</h3>"
                "<p>Capture and cluster the post-its of brown-paper sessions "
                "in schools, working from the purpose (werken vanuit de bedoeling).</p>"
                "<p>Everything is saved automatically: each change is written to the "
                "workshop file the moment you make it, so there is no Save command. "
                "Use <i>Save a copy as…</i> to keep a separate copy.</p>"
            ).replace("%1", __version__),
        )

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
        self.tree_dock.setWindowTitle(self.tr("Workshop"))
        self.inspector_dock.setWindowTitle(self.tr("Properties"))
        self.capture_dock.setWindowTitle(self.tr("Quick capture"))
        self.saved_label.setText(self.tr("Everything is saved automatically"))
        self.saved_label.setToolTip(
            self.tr("Every change is written to the workshop file the moment you make it")
        )
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
        undo, redo = self.action_set["undo"], self.action_set["redo"]
        undo.setEnabled(self.undo_group.canUndo())
        redo.setEnabled(self.undo_group.canRedo())
        undo_text, redo_text = self.undo_group.undoText(), self.undo_group.redoText()
        undo.setText(
            self.tr("&Undo %1").replace("%1", undo_text) if undo_text else self.tr("&Undo")
        )
        redo.setText(
            self.tr("&Redo %1").replace("%1", redo_text) if redo_text else self.tr("&Redo")
        )
        undo.setIconText(self.tr("Undo"))
        redo.setIconText(self.tr("Redo"))

    def _update_zoom(self) -> None:
        if self.board is None or self.pages.currentWidget() is not self.board_page:
            self.zoom_label.setText("")
            return
        percent = round(self.board.scale_factor() * 100)
        self.zoom_label.setText(self.tr("Zoom %1%").replace("%1", str(percent)))

    def _update_enabled(self) -> None:
        has_doc = self.document is not None
        has_board = has_doc and self.current_round() is not None
        for name in (
            *("save_copy", "import_csv", "export_csv", "export_json"),
            *("export_report", "export_picture"),
        ):
            self.action_set[name].setEnabled(has_doc)
        self.action_set["find"].setEnabled(has_doc)
        for name in BOARD_COMMANDS:
            self.action_set[name].setEnabled(has_board)
        self.action_set.menus["logic_add"].setEnabled(has_board)

    # -- window state -------------------------------------------------------------

    def restore_window_state(self) -> None:
        geometry, state = self.settings.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self._first_run_geometry()
        self._show_wanted_panels()  # so a saved state without panel choices keeps them
        if state is None or not self.restoreState(state):
            self.arrange_docks()
        self._wanted = {dock: not dock.isHidden() for dock in self._docks()}
        self._arrange_panels()

    def _first_run_geometry(self) -> None:
        """Most of the screen, centred: the board wants room, the projector view is separate."""
        room = self.screen().availableGeometry()
        width = max(min(1280, room.width()), int(room.width() * 0.9))
        height = max(min(800, room.height()), int(room.height() * 0.9))
        self.resize(width, height)
        self.move(room.center() - self.rect().center())

    def arrange_docks(self) -> None:
        """Default panel sizes for the window's size: most of the room goes to the board."""
        side = max(260, self.width() // 6)
        self.resizeDocks(
            [self.tree_dock, self.inspector_dock], [side, side], Qt.Orientation.Horizontal
        )
        capture = max(150, self.height() // 5)
        self.resizeDocks(
            [self.inspector_dock, self.capture_dock],
            [self.height() - capture, capture],
            Qt.Orientation.Vertical,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self._show_wanted_panels()  # remember the panels the user wants, not this moment's
        self.settings.set_window_state(self.saveGeometry(), self.saveState())
        self.settings.sync()
        self.set_document(None)
        event.accept()
