"""The File menu's work: new, open, demo, save a copy, import and export.

Every question and every refusal goes through the window's interaction, so
these commands run in tests without a modal dialog. A refused file is never
written to: the store checks it before anything happens.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

from app.export.pictures import (
    export_board_png,
    export_board_svg,
    export_logic_png,
    export_logic_svg,
)
from app.export.report import write_report
from app.model.demo import build_demo
from app.model.errors import WorkshopError
from app.model.interchange.csv_notes import ImportNotes, export_notes_csv, read_notes_csv
from app.model.interchange.json_workshop import export_workshop_json
from app.model.store import WorkshopStore
from app.ui.document import Document
from app.ui.error_texts import describe
from app.ui.picture_dialog import BOARD, FORMATS, LOGIC, PictureDialog, drawings
from app.ui.wizard import NewWorkshopWizard
from app.ui.workshop_files import FILTER, with_suffix, workshop_from_json, write_copy

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

STATUS_MS = 8000
CSV_FILTER = "CSV (*.csv *.txt)"
JSON_FILTER = "JSON (*.json)"


class FileCommands(QObject):
    """Opens workshops into a main window and moves data in and out of the open one."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.progress = QProgressDialog(window)
        self.progress.setObjectName("report_progress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setCancelButton(None)  # reportlab cannot stop halfway; it is quick anyway
        self.progress.setAutoReset(False)  # the last step stays readable until the file is done
        self.progress.setMinimumDuration(0)
        self.progress.reset()  # hidden, and its show-after-a-while timer stopped

    @property
    def _document(self) -> Document | None:
        return self._window.document

    def _error(self, title: str, exc: Exception) -> None:
        message = describe(exc) if isinstance(exc, WorkshopError) else str(exc)
        self._window.interaction.error(title, message)

    def _status(self, message: str) -> None:
        self._window.statusBar().showMessage(message, STATUS_MS)

    def _adopt(self, store: WorkshopStore) -> None:
        self._window.set_document(Document(store))
        self._window.settings.add_recent_file(store.path)
        self._window.refresh_recent()

    # -- opening ------------------------------------------------------------------

    def open_dialog(self) -> None:
        path = self._window.interaction.open_path(self.tr("Open workshop"), FILTER)
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
            self._window.refresh_recent()
            return False
        self._adopt(store)
        return True

    def new_workshop(self) -> None:
        path = self._window.interaction.save_path(
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
        wizard = NewWorkshopWizard(
            document, parent=self._window, editor=self._window.session_editor
        )
        wizard.trajectory.name.setText(name)
        if self._window.interaction.run(wizard):
            self._window.show_round(self._window.tree.starting_round())
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
        target = self._window.interaction.save_path(
            self.tr("Save a copy"), FILTER, suggestion, False
        )
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
        path = self._window.interaction.open_path(self.tr("Import post-its"), CSV_FILTER)
        if path is None:
            return
        try:
            op = ImportNotes(tuple(read_notes_csv(path)))
        except WorkshopError as exc:
            self._error(self.tr("Cannot import this file"), exc)
            return
        if self._window.session_editor.import_notes(op) and op.result is not None:
            if op.result.round_ids:
                self._window.show_round(op.result.round_ids[0])
            self._status(self.tr("%n post-it(s) imported", "", op.result.notes))

    def import_json(self) -> None:
        """A whole workshop from a JSON export, into a new file that is then opened."""
        source = self._window.interaction.open_path(self.tr("Import a workshop"), JSON_FILTER)
        if source is None:
            return
        target = self._window.interaction.save_path(
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
        path = self._window.interaction.save_path(
            self.tr("Export post-its"), CSV_FILTER, suggestion
        )
        if path is None:
            return
        try:
            count = export_notes_csv(self._document.store, path)
        except (WorkshopError, OSError) as exc:
            self._error(self.tr("Cannot export"), exc)
            return
        self._status(self.tr("%n post-it(s) exported", "", count))

    def export_report(self) -> None:
        """The visualised purpose as a PDF report."""
        if self._document is None:
            return
        suggestion = str(self._document.store.path.with_suffix(".pdf"))
        path = self._window.interaction.save_path(
            self.tr("Save the report"), "PDF (*.pdf)", suggestion
        )
        if path is None:
            return
        self.progress.setWindowTitle(self.tr("Save the report"))
        self.progress.setValue(0)
        self.progress.show()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = write_report(self._document.store, path, self._report_progress)
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
            self._window.interaction.warning(
                self.tr("Report saved, with warnings"), "\n".join(result.warnings)
            )

    def _report_progress(self, done: int, total: int, label: str) -> None:
        """Show how far the report is; setValue lets the modal dialog repaint."""
        self.progress.setMaximum(total)
        self.progress.setLabelText(label)
        self.progress.setValue(done)

    def export_picture(self) -> None:
        """A PNG or SVG of the shown round's board or of the batenlogica, for slides."""
        document, window = self._document, self._window
        if document is None:
            return
        round_id = window.current_round()
        figures = drawings(document, round_id)
        if not figures:
            window.interaction.error(
                self.tr("Nothing to export"),
                self.tr("The board and the benefits logic are both still empty."),
            )
            return
        shown = LOGIC if window.pages.currentWidget() is window.logic else BOARD
        dialog = PictureDialog(figures, shown, window)
        accepted = window.interaction.run(dialog)
        choice = dialog.choice()
        dialog.deleteLater()
        if not accepted:
            return
        name = document.store.path.stem + (" batenlogica" if choice.what == LOGIC else "")
        path = window.interaction.save_path(
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
        path = self._window.interaction.save_path(
            self.tr("Export the workshop"), JSON_FILTER, suggestion
        )
        if path is None:
            return
        try:
            export_workshop_json(self._document.store, path)
        except (WorkshopError, OSError) as exc:
            self._error(self.tr("Cannot export"), exc)
            return
        self._status(self.tr("Workshop exported to %1").replace("%1", path.name))
