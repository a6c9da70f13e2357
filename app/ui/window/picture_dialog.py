"""File → Export picture: which drawing, as PNG or SVG, at which resolution.

The dialog only asks; :meth:`FileCommands.export_picture` then asks for the
file name and writes it. The drawings are the report's figures, built once
when the dialog opens so it can show the picture's size in pixels.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from app.export.figures import Figure
from app.export.pictures import board_picture, logic_picture, pixel_size
from app.export.reading import read_report_data
from app.model.errors import WorkshopError
from app.ui.document import Document
from app.ui.error_texts import describe

BOARD = "board"
LOGIC = "logic"
FORMATS = ("png", "svg")
SCALES = (1.0, 2.0, 3.0)


@dataclass(frozen=True)
class PictureChoice:
    what: str  # BOARD or LOGIC
    format: str  # "png" or "svg"
    scale: float


def drawings(document: Document, round_id: int | None) -> dict[str, Figure]:
    """The drawings there are to export: the round's board and the batenlogica, if not empty."""
    data = read_report_data(document.store)
    found: dict[str, Figure] = {}
    makers = {LOGIC: lambda: logic_picture(data)}
    if round_id is not None:
        makers = {BOARD: lambda: board_picture(data, round_id), **makers}
    for what, make in makers.items():
        try:
            found[what] = make()
        except WorkshopError:
            continue  # nothing drawn there yet: not offered
    return found


class PictureDialog(QDialog):
    """Asks what to draw, in which format and how sharp, showing the resulting pixel size."""

    def __init__(
        self, figures: dict[str, Figure], preferred: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("picture_dialog")
        self.setWindowTitle(self.tr("Export picture"))
        self._figures = figures
        self.what = QComboBox(self)
        names = {BOARD: self.tr("The board of this round"), LOGIC: self.tr("The batenlogica")}
        for what in figures:
            self.what.addItem(names[what], what)
        self.what.setCurrentIndex(max(0, self.what.findData(preferred)))
        self.format = QComboBox(self)
        self.format.addItem(self.tr("PNG (image for slides)"), "png")
        self.format.addItem(self.tr("SVG (scalable drawing)"), "svg")
        self.scale = QComboBox(self)
        self.scale.addItem(self.tr("1× (as on screen)"), SCALES[0])
        self.scale.addItem(self.tr("2× (sharp on a projector)"), SCALES[1])
        self.scale.addItem(self.tr("3× (for print or a large screen)"), SCALES[2])
        self.scale.setCurrentIndex(1)
        self.size = QLabel(self)
        self.size.setObjectName("picture_size")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Picture of"), self.what)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Resolution"), self.scale)
        form.addRow(self.tr("Size"), self.size)
        form.addRow(self.buttons)
        for combo in (self.what, self.scale):
            combo.currentIndexChanged.connect(self._show_size)
        self._show_size()

    def choice(self) -> PictureChoice:
        return PictureChoice(
            self.what.currentData(), self.format.currentData(), self.scale.currentData()
        )

    def _show_size(self) -> None:
        """The picture's pixels at this scale, or why it cannot be made; Export only when it can."""
        choice = self.choice()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            size = pixel_size(self._figures[choice.what], choice.scale)
        except WorkshopError as exc:
            self.size.setText(describe(exc))
            ok.setEnabled(False)
            return
        self.size.setText(
            self.tr("%1 × %2 pixels")
            .replace("%1", str(size.width()))
            .replace("%2", str(size.height()))
        )
        ok.setEnabled(True)
