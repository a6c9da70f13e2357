"""The File menu's work: new, open, demo, save a copy, import and export.

Every question and every refusal goes through an :class:`Interaction`, so
these commands run in tests without a modal dialog. A refused file is never
written to: the store checks it before anything happens. The commands know
nothing of the window's widgets: they hear which workshop is open
(:meth:`FileCommands.set_document`), ask what the centre shows through a
callable, and report through signals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from app.export.files import ExportCancelled
from app.export.pictures import (
    export_board_png,
    export_board_svg,
    export_logic_png,
    export_logic_svg,
)
from app.export.report import write_report
from app.model.demo import build_demo
from app.model.errors import WorkshopError
from app.model.interchange.csv_export import export_notes_csv
from app.model.interchange.csv_notes import ImportNotes, read_notes_csv
from app.model.interchange.json_workshop import export_workshop_json
from app.model.store import WorkshopStore
from app.ui.document import Document
from app.ui.error_texts import describe
from app.ui.interaction import Interaction
from app.ui.session.editor import SessionEditor
from app.ui.session.wizard import NewWorkshopWizard
from app.ui.window.picture_dialog import BOARD, FORMATS, LOGIC, PictureDialog, drawings
from app.ui.window.settings import Settings
from app.ui.window.welcome import WelcomePage
from app.ui.window.workshop_files import (
    FILTER,
    demo_path,
    with_suffix,
    workshop_from_json,
    write_copy,
)

CSV_FILTER = "CSV (*.csv *.txt)"
JSON_FILTER = "JSON (*.json)"


@dataclass(frozen=True)
class Shown:
    """What the window's centre shows: a round's board (its id) or the batenlogica."""

    round_id: int | None
    logic: bool


class FileCommands(QObject):
    """Opens workshops and moves data in and out of the open one.

    Signals:
        opened(Document): a workshop was opened or created; show it (the old one closes).
        roundWanted(object): show this round (after an import), or None: the starting round.
        status(str): a one-line result for the status bar.
        recentChanged(): the list of recent files changed.
    """

    opened = Signal(object)
    roundWanted = Signal(object)
    status = Signal(str)
    recentChanged = Signal()

    def __init__(
        self,
        interaction: Interaction,
        settings: Settings,
        editor: SessionEditor,
        shown: Callable[[], Shown],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._interaction = interaction
        self._settings = settings
        self._editor = editor
        self._shown = shown
        self._parent = parent
        self._document: Document | None = None
        self.progress = QProgressDialog(parent)
        self.progress.setObjectName("report_progress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setCancelButtonText(self.tr("Cancel"))  # stops at the next progress step
        self.progress.setAutoReset(False)  # the last step stays readable until the file is done
        self.progress.setMinimumDuration(0)
        self.progress.reset()  # hidden, and its show-after-a-while timer stopped

    def handlers(self) -> dict[str, Callable[[], object]]:
        """What each File menu action runs."""
        return {
            "new": self.new_workshop,
            "open": self.open_dialog,
            "clear_recent": self.clear_recent,
            "save_copy": self.save_copy,
            "import_csv": self.import_csv,
            "import_json": self.import_json,
            "export_csv": self.export_csv,
            "export_json": self.export_json,
            "export_report": self.export_report,
            "export_report_a3": lambda: self.export_report("a3"),
            "export_picture": self.export_picture,
        }

    def serve(self, welcome: WelcomePage) -> None:
        """Answer the welcome page's buttons and its recent files."""
        welcome.newRequested.connect(self.new_workshop)
        welcome.openRequested.connect(self.open_dialog)
        welcome.demoRequested.connect(lambda: self.open_demo(demo_path()))
        welcome.recentChosen.connect(self.open_file)

    def clear_recent(self) -> None:
        self._settings.clear_recent_files()
        self.recentChanged.emit()

    def set_document(self, document: Document | None) -> None:
        """The workshop the window shows now (the one the commands work on)."""
        self._document = document

    def _error(self, title: str, exc: Exception) -> None:
        message = describe(exc) if isinstance(exc, WorkshopError) else str(exc)
        self._interaction.error(title, message)

    def _status(self, message: str) -> None:
        self.status.emit(message)

    def _adopt(self, store: WorkshopStore) -> None:
        store.on_backup_problem = self._backup_problem
        if store.backup_problem is not None:
            self._backup_problem(store.backup_problem)
        self.opened.emit(Document(store))
        self._settings.add_recent_file(store.path)
        self.recentChanged.emit()

    def _backup_problem(self, exc: WorkshopError) -> None:
        """Once per open file: backups fail, but every edit is still saved."""
        self.status.emit(
            self.tr("Warning: %1 (your edits are still saved)").replace("%1", describe(exc))
        )

    # -- opening ------------------------------------------------------------------

    def open_dialog(self) -> None:
        path = self._interaction.open_path(self.tr("Open workshop"), FILTER)
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> bool:
        """Open a workshop; a refused file is reported and left exactly as it was."""
        if self._document is not None and self._document.store.path == path.resolve():
            return True
        try:
            store = WorkshopStore.open(path)
        except WorkshopError as exc:
            self._error(self.tr("Cannot open this workshop"), exc)
            self.recentChanged.emit()
            return False
        self._adopt(store)
        return True

    def new_workshop(self) -> None:
        path = self._interaction.save_path(
            self.tr("New workshop"), FILTER, self.tr("New workshop") + ".bruinpapier", False
        )
        if path is None:
            return
        path = with_suffix(path)
        try:
            store = WorkshopStore.create(path, name=path.stem)
        except WorkshopError as exc:
            self._error(self.tr("Cannot create this workshop"), exc)
            return
        self._adopt(store)
        self._plan_trajectory(path.stem)

    def _plan_trajectory(self, name: str) -> None:
        """The wizard on the new file; cancelled, the empty workshop stays open.

        The facilitator chose the file name just before, so cancelling keeps
        that file (valid and empty) rather than silently deleting it.
        """
        document = self._document
        assert document is not None
        wizard = NewWorkshopWizard(document, parent=self._parent, editor=self._editor)
        wizard.trajectory.name.setText(name)
        if self._interaction.run(wizard):
            self.roundWanted.emit(None)
        else:
            self._status(self.tr("The workshop is empty: the wizard was cancelled"))
        wizard.deleteLater()

    def open_demo(self, path: Path) -> bool:
        """Build the demo workshop into the new file ``path`` and open it."""
        try:
            store = WorkshopStore.create(path, name="SWS Balans (demo)")
            build_demo(store)
        except WorkshopError as exc:
            self._error(self.tr("Cannot create the demo"), exc)
            return False
        self._adopt(store)
        return True

    # -- copies, import and export --------------------------------------------------

    def save_copy(self) -> None:
        if self._document is None:
            return
        store = self._document.store
        suggestion = str(store.path.with_name(store.path.stem + " " + self.tr("(copy)")))
        target = self._interaction.save_path(self.tr("Save a copy"), FILTER, suggestion, False)
        if target is None:
            return
        target = with_suffix(target)
        try:
            write_copy(store, target)
        except WorkshopError as exc:
            self._error(self.tr("Cannot save the copy"), exc)
            return
        self._status(
            self.tr("Copy saved as %1; you are still working in %2")
            .replace("%1", target.name)
            .replace("%2", store.path.name)
        )

    def import_csv(self) -> None:
        """Post-its from a CSV file into the open workshop, as one undoable step."""
        if self._document is None:
            return
        path = self._interaction.open_path(self.tr("Import post-its"), CSV_FILTER)
        if path is None:
            return
        try:
            op = ImportNotes(tuple(read_notes_csv(path)))
        except WorkshopError as exc:
            self._error(self.tr("Cannot import this file"), exc)
            return
        if self._editor.import_notes(op) and op.result is not None:
            if op.result.round_ids:
                self.roundWanted.emit(op.result.round_ids[0])
            self._status(self.tr("%n post-it(s) imported", "", op.result.notes))

    def import_json(self) -> None:
        """A whole workshop from a JSON export, into a new file that is then opened."""
        source = self._interaction.open_path(self.tr("Import a workshop"), JSON_FILTER)
        if source is None:
            return
        target = self._interaction.save_path(
            self.tr("Save the imported workshop as"),
            FILTER,
            str(source.with_suffix(".bruinpapier")),
            False,
        )
        if target is None:
            return
        try:
            store = workshop_from_json(source, with_suffix(target))
        except WorkshopError as exc:
            self._error(self.tr("Cannot import this file"), exc)
            return
        self._adopt(store)

    def export_csv(self) -> None:
        if self._document is None:
            return
        suggestion = str(self._document.store.path.with_suffix(".csv"))
        path = self._interaction.save_path(self.tr("Export post-its"), CSV_FILTER, suggestion)
        if path is None:
            return
        try:
            count = export_notes_csv(self._document.store, path)
        except (WorkshopError, OSError) as exc:
            self._error(self.tr("Cannot export"), exc)
            return
        self._status(self.tr("%n post-it(s) exported", "", count))

    def export_report(self, paper: str = "a4") -> None:
        """The visualised purpose as a PDF report, its boards on ``paper`` ("a4" or "a3")."""
        if self._document is None:
            return
        suggestion = str(self._document.store.path.with_suffix(".pdf"))
        path = self._interaction.save_path(self.tr("Save the report"), "PDF (*.pdf)", suggestion)
        if path is None:
            return
        self.progress.setWindowTitle(self.tr("Save the report"))
        self.progress.reset()  # forget a previous Cancel
        self.progress.setValue(0)
        self.progress.show()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = write_report(self._document.store, path, self._report_progress, paper)
        except ExportCancelled:
            self._status(self.tr("The report was cancelled; nothing was written"))
            return
        except (WorkshopError, OSError) as exc:
            self._error(self.tr("Cannot write the report"), exc)
            return
        finally:
            QApplication.restoreOverrideCursor()
            self.progress.reset()
        self._status(
            self.tr("Report saved as %1 (%n page(s))", "", result.pages).replace(
                "%1", result.path.name
            )
        )
        if result.warnings:
            self._interaction.warning(
                self.tr("Report saved, with warnings"), "\n".join(result.warnings)
            )

    def _report_progress(self, done: int, total: int, label: str) -> None:
        """Show how far the report is; setValue lets the modal dialog repaint (and be cancelled)."""
        if self.progress.wasCanceled():
            raise ExportCancelled
        self.progress.setMaximum(total)
        self.progress.setLabelText(label)
        self.progress.setValue(done)

    def export_picture(self) -> None:
        """A PNG or SVG of the shown round's board or of the batenlogica, for slides."""
        document, shown = self._document, self._shown()
        if document is None:
            return
        round_id = shown.round_id
        figures = drawings(document, round_id)
        if not figures:
            self._interaction.error(
                self.tr("Nothing to export"),
                self.tr("The board and the batenlogica are both still empty."),
            )
            return
        dialog = PictureDialog(figures, LOGIC if shown.logic else BOARD, self._parent)
        accepted = self._interaction.run(dialog)
        choice = dialog.choice()
        dialog.deleteLater()
        if not accepted:
            return
        name = document.store.path.stem + (" batenlogica" if choice.what == LOGIC else "")
        path = self._interaction.save_path(
            self.tr("Save the picture"),
            f"{choice.format.upper()} (*.{choice.format})",
            str(document.store.path.with_name(f"{name}.{choice.format}")),
        )
        if path is None:
            return
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in FORMATS:  # no extension typed: the format chosen in the dialog
            fmt, path = choice.format, path.with_name(f"{path.name}.{choice.format}")
        try:
            if choice.what == LOGIC:
                logic = export_logic_svg if fmt == "svg" else export_logic_png
                logic(document, path, choice.scale)
            else:
                assert round_id is not None
                board = export_board_svg if fmt == "svg" else export_board_png
                board(document, round_id, path, choice.scale)
        except (WorkshopError, OSError) as exc:
            self._error(self.tr("Cannot export the picture"), exc)
            return
        self._status(self.tr("Picture saved as %1").replace("%1", path.name))

    def export_json(self) -> None:
        if self._document is None:
            return
        suggestion = str(self._document.store.path.with_suffix(".json"))
        path = self._interaction.save_path(self.tr("Export the workshop"), JSON_FILTER, suggestion)
        if path is None:
            return
        try:
            export_workshop_json(self._document.store, path)
        except (WorkshopError, OSError) as exc:
            self._error(self.tr("Cannot export"), exc)
            return
        self._status(self.tr("Workshop exported to %1").replace("%1", path.name))
