"""The workshop tree: traject → sessions → rounds, and the workshop-wide views.

It reads the outline from the store and rebuilds it when a committed change
touches sessions, rounds or the number of notes in a round.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.model.changes import Change
from app.model.reads.sessions import SessionLine, read_outline
from app.ui.document import Document, follow_rows
from app.ui.icons import icon

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CLOSED_ROLE = Qt.ItemDataRole.UserRole + 2
OUTLINE_TABLES = {"workshop", "session", "round"}

TREE_MIN_WIDTH = 190


class WorkshopTree(QTreeWidget):
    """The outline of the open workshop.

    Signals:
        roundSelected(int): the user chose a round; its board should show.
        logicSelected(): the user chose the batenlogica.
        reportRequested(): the user activated the report entry.
    """

    roundSelected = Signal(int)
    logicSelected = Signal()
    reportRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document: Document | None = None
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setIndentation(14)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.currentItemChanged.connect(self._on_current_changed)
        self.itemActivated.connect(self._on_activated)

    def set_document(self, document: Document | None) -> None:
        slots = {"touched": self._tables_touched, "note": self._notes_changed}
        follow_rows(self._document, document, slots)
        self._document = document
        # With a workshop open the tree keeps its rounds' names readable (1024x768 too).
        self.setMinimumWidth(TREE_MIN_WIDTH if document is not None else 0)
        self.rebuild()

    def chosen_session(self) -> int | None:
        """The session item chosen in the tree, if one is."""
        item = self.currentItem()
        if item is not None and item.data(0, KIND_ROLE) == "session":
            return int(item.data(0, ID_ROLE))
        return None

    def current_round(self) -> int | None:
        item = self.currentItem()
        if item is not None and item.data(0, KIND_ROLE) == "round":
            return int(item.data(0, ID_ROLE))
        return None

    def select_logic(self) -> None:
        """Make the batenlogica current (which emits logicSelected)."""
        item = self._find("logic", 0)
        if item is not None:
            self.setCurrentItem(item)

    def select_round(self, round_id: int) -> bool:
        """Make ``round_id`` current (which emits roundSelected); False if it is not shown."""
        item = self._find("round", round_id)
        if item is None:
            return False
        self.setCurrentItem(item)
        return True

    def starting_round(self) -> int | None:
        """The round to show when the workshop opens: the first one still open, else the first."""
        rounds = [i for i in self._items() if i.data(0, KIND_ROLE) == "round"]
        open_rounds = [i for i in rounds if not i.data(0, CLOSED_ROLE)]
        chosen = (open_rounds or rounds or [None])[0]
        return None if chosen is None else int(chosen.data(0, ID_ROLE))

    def rebuild(self) -> None:
        """Read the outline again, keeping the current entry selected."""
        item = self.currentItem()
        current = (item.data(0, KIND_ROLE), item.data(0, ID_ROLE)) if item is not None else None
        self.blockSignals(True)
        try:
            self.clear()
            if self._document is not None:
                self._fill(*read_outline(self._document.store))
            if current is not None and (item := self._find(*current)) is not None:
                self.setCurrentItem(item)
        finally:
            self.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.rebuild()
        super().changeEvent(event)

    # -- building -------------------------------------------------------------

    def _fill(self, name: str, sessions: list[SessionLine]) -> None:
        dim = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        root = self._item(self, "workshop", 0, name or self.tr("Untitled workshop"))
        root.setIcon(0, icon("workshop"))
        font = root.font(0)
        font.setBold(True)
        root.setFont(0, font)
        for session in sessions:
            s_item = self._item(root, "session", session.id, session.title)
            s_item.setIcon(0, icon("session"))
            if session.date:
                s_item.setToolTip(0, self.tr("Session on %1").replace("%1", session.date))
            for line in session.rounds:
                r_item = self._item(s_item, "round", line.id, line.title)
                r_item.setIcon(0, icon("lock" if line.closed else "round"))
                r_item.setData(0, CLOSED_ROLE, line.closed)
                r_item.setText(1, str(line.notes))
                r_item.setForeground(1, dim)
                r_item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
                tip = self.tr("%n post-it(s)", "", line.notes)
                if line.closed:
                    tip += " · " + self.tr("closed round: reopen it to change its board")
                r_item.setToolTip(0, f"{line.title}\n{tip}")
                r_item.setToolTip(1, tip)
        logic = self._item(self, "logic", 0, self.tr("Batenlogica"))
        logic.setIcon(0, icon("logic"))
        logic.setToolTip(
            0,
            self.tr(
                "The cause–effect diagram from solutions and activities to the purpose",
            ),
        )
        report = self._item(self, "report", 0, self.tr("Report"))
        report.setIcon(0, icon("report"))
        report.setFlags(Qt.ItemFlag.ItemIsEnabled)  # an action, not a place to show
        report.setToolTip(0, self.tr("Double-click to save the report as a PDF"))
        self.expandAll()

    @staticmethod
    def _item(
        parent: QTreeWidget | QTreeWidgetItem, kind: str, item_id: int, text: str
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, ID_ROLE, item_id)
        return item

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            found.append(item)
            stack[:0] = [item.child(i) for i in range(item.childCount())]
        return found

    def _find(self, kind: str, item_id: int) -> QTreeWidgetItem | None:
        for item in self._items():
            if item.data(0, KIND_ROLE) == kind and item.data(0, ID_ROLE) == item_id:
                return item
        return None

    # -- reacting -------------------------------------------------------------

    def _tables_touched(self, tables: frozenset[str]) -> None:
        if tables & OUTLINE_TABLES:
            self.rebuild()

    def _notes_changed(self, changes: list[Change]) -> None:
        """Counts change when post-its come, go or change round (not when they are edited)."""
        if any(c.kind != "update" or "round_id" in c.values for c in changes):
            self.rebuild()

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        kind = current.data(0, KIND_ROLE) if current is not None else None
        if kind == "round":
            self.roundSelected.emit(int(current.data(0, ID_ROLE)))
        elif kind == "logic":
            self.logicSelected.emit()

    def _on_activated(self, item: QTreeWidgetItem) -> None:
        if item.data(0, KIND_ROLE) == "report":
            self.reportRequested.emit()
