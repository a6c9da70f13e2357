"""Session → Let participants join: the participant server beside the window.

The server runs on its own thread (``ServerThread``); the window never waits on
the network. Every phone's edit reaches the GUI thread through a queued signal
(:class:`QtSink`) and goes through the board editor as one undoable step,
exactly like a note the facilitator typed. The dialog shows the QR code and
URL, starts and stops the server, opens and closes a vote and locks writing.
"""

from __future__ import annotations

import gc
import sys
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QElapsedTimer,
    QEvent,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.model.changes import Change
from app.model.ops.primitives import Op
from app.model.participation import round_view
from app.server.cli import lan_address
from app.server.qr import qr_png
from app.server.run import Refused
from app.server.server import JoinLink, ParticipantServer, ServerThread
from app.server.sink import Listener, run_into
from app.ui.board.editor import BoardEditor
from app.ui.document import Commit, Document
from app.ui.interaction import Interaction

T = TypeVar("T")
UNDO_TEXTS = (
    QT_TRANSLATE_NOOP("Participants", "Post-it from a phone"),
    QT_TRANSLATE_NOOP("Participants", "Edit a post-it from a phone"),
    QT_TRANSLATE_NOOP("Participants", "Withdraw a post-it"),
    QT_TRANSLATE_NOOP("Participants", "Dot from a phone"),
)
"""The server's labels for its edits, as the undo history shows them."""
TRAY_SETTING = "participants/tray"


SWITCH_S = 0.0001
"""How long the server's thread may keep the GIL while the window's thread waits for it."""
_switch_before: list[float] = []


def favour_window(on: bool) -> None:
    """While phones send, keep the window's thread answering the facilitator first.

    - Python's full garbage collections skip the window's own objects. A full
      collection walks every object in the process (window, board, SQLAlchemy):
      about 170 ms on the GUI thread with 600 post-its, often in the middle of an
      arrival. Freezing what exists when the server starts leaves those passes
      only what the run creates.
    - The GIL changes hands after 0.1 ms instead of 5. The window's thread takes
      it back each time Qt calls into Python (each post-it's paint) or SQLite
      returns; while sixty phones keep the server's thread busy, each of those
      waits lasted the whole interval: an edit of 4 ms of work took 150 ms, and a
      repaint of 7 ms took 22 ms even at 0.5 ms.

    Stopping gives both back.
    """
    if on:
        gc.collect()  # once, when the facilitator presses Start
        gc.freeze()
        _switch_before.append(sys.getswitchinterval())
        sys.setswitchinterval(SWITCH_S)
    else:
        gc.unfreeze()
        if _switch_before:
            sys.setswitchinterval(_switch_before.pop())


class QtSink(QObject):
    """The store's owner for the server: runs each job on the GUI thread, in order.

    Jobs wait in a queue; the GUI thread takes them in slices of at most
    ``SLICE_MS`` and lets paint and input events in between, so a burst of dots
    from sixty phones never freezes the window. The next slice waits on a zero
    timer, not a posted call: Qt's event loop runs posted work (repaints) first,
    then input, then timers, so mouse and keys never wait behind a second slice.
    """

    SLICE_MS = 5
    _wake = Signal()

    def __init__(
        self,
        document: Document,
        write: Callable[[Op, str], Commit],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document  # read here; written only through ``write``
        self._write = write
        self.closed = False
        self._jobs: deque[tuple[Future[Any], Callable[[], Any]]] = deque()
        self._woken = False
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        self._more = QTimer(self, singleShot=True, interval=0)
        self._more.timeout.connect(self._drain)

    def _submit(self, work: Callable[[], T]) -> Future[T]:
        future: Future[T] = Future()
        self._jobs.append((future, work))  # from the server's thread; runs on the GUI thread
        if not self._woken:
            self._woken = True
            self._wake.emit()
        return future

    def _drain(self) -> None:
        self._woken = False
        clock = QElapsedTimer()
        clock.start()
        while self._jobs and clock.elapsed() < self.SLICE_MS:
            future, work = self._jobs.popleft()
            run_into(future, self._refuse if self.closed else work)
        if self._jobs and not self._woken:
            self._woken = True
            self._more.start()  # after the repaints and input waiting now

    def apply(self, op: Op, label: str) -> Future[list[Change]]:
        def push() -> list[Change]:
            changes: list[Change] = []
            unsubscribe = self.document.store.events.subscribe(changes.extend)
            try:
                if not self._write(op, label):
                    raise Refused("gone")  # the document has told the facilitator why
            finally:
                unsubscribe()
            return changes

        return self._submit(push)

    def read(self, query: Callable[[Any], T]) -> Future[T]:
        def read() -> T:
            with self.document.store.read() as db:
                return query(db.connection())

        return self._submit(read)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        return self.document.store.events.subscribe(listener)


class ParticipantsDialog(QDialog):
    """The QR code and URL of one round's run, and its controls.

    Signals:
        running_changed(): the server started or stopped (``links`` changed with it).
    """

    running_changed = Signal()

    def __init__(
        self,
        document: Document,
        round_id: int,
        write: Callable[[Op, str], Commit],
        interaction: Interaction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.interaction = interaction
        self.round_id = round_id
        self.sink = QtSink(document, write, self)
        self.thread: ServerThread | None = None
        self.links: list[JoinLink] = []
        self.setObjectName("participants_dialog")
        self.setWindowTitle(self.tr("Let participants join"))
        self.host = QComboBox(self)
        self.host.setEditable(True)
        self.host.addItems(list(dict.fromkeys([lan_address(), "127.0.0.1"])))
        self.tray = QCheckBox(
            self.tr("Collect arrivals in a “Binnengekomen” frame per subgroup"), self
        )
        self.tray.setChecked(QSettings().value(TRAY_SETTING, False, type=bool))
        self.start_button = QPushButton(self.tr("Start"), self)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.qr = QLabel(self)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.url = QLabel(self)
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subgroups = QListWidget(self)
        self.cards = QPushButton(self.tr("Save QR cards…"), self)
        self.dots = QSpinBox(self)
        self.dots.setRange(1, 20)
        self.dots.setValue(3)
        self.open_vote = QPushButton(self.tr("Open vote"), self)
        self.close_vote = QPushButton(self.tr("Close vote"), self)
        self.lock = QCheckBox(self.tr("Lock writing"), self)
        self.status = QLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Address"), self.host)
        form.addRow("", self.tray)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        vote = QHBoxLayout()
        vote.addWidget(QLabel(self.tr("Dots per person"), self))
        vote.addWidget(self.dots)
        vote.addWidget(self.open_vote)
        vote.addWidget(self.close_vote)
        layout = QVBoxLayout(self)
        for part in (form, buttons):
            layout.addLayout(part)
        for widget in (self.qr, self.url, self.subgroups, self.cards):
            layout.addWidget(widget)
        layout.addLayout(vote)
        layout.addWidget(self.lock)
        layout.addWidget(self.status)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.open_vote.clicked.connect(
            lambda: self._control(lambda r: r.open_vote(self.dots.value()))
        )
        self.close_vote.clicked.connect(lambda: self._control(lambda r: r.close_vote()))
        self.lock.toggled.connect(lambda on: self._control(lambda r: r.set_writing(not on)))
        self.cards.clicked.connect(self.ask_cards)
        self.finished.connect(lambda _result: self.stop())
        self._update()

    @property
    def running(self) -> bool:
        return self.thread is not None

    def start(self) -> None:
        """Listen on the chosen address (a free port), and show the round's code and links."""
        if self.thread is not None:
            return
        QSettings().setValue(TRAY_SETTING, self.tray.isChecked())
        host, tray = self.host.currentText().strip() or "127.0.0.1", self.tray.isChecked()
        thread = ServerThread(lambda: ParticipantServer(self.sink, self.round_id, host, 0, tray))
        try:
            thread.start()
        except OSError as exc:
            thread.close()
            self.status.setText(
                self.tr("Could not start: {reason}").format(reason=exc.strerror or exc)
            )
            return
        self.thread = thread
        self.sink.closed = False
        favour_window(True)
        base = thread.server.base_url
        with self.document.store.read() as db:  # on this thread: the server asks the sink
            view = round_view(db.connection(), self.round_id)
        self.links = [JoinLink(None, view.title, "", base)] + [
            JoinLink(a.id, a.name, a.colour, f"{base}{a.id}") for a in view.subgroups
        ]
        pixmap = QPixmap()
        pixmap.loadFromData(qr_png(base, scale=6))
        self.qr.setPixmap(pixmap)
        self.url.setText(base)
        self.subgroups.clear()
        self.subgroups.addItems([f"{link.name}\t{link.url}" for link in self.links[1:]])
        self._update()
        self.running_changed.emit()

    def stop(self) -> None:
        """End every connection and free the port; the links stop working."""
        thread, self.thread = self.thread, None
        if thread is not None:
            self.sink.closed = True
            thread.close()
            favour_window(False)
        self.links = []
        self.qr.clear()
        self.url.clear()
        self.subgroups.clear()
        self._update()
        if thread is not None:
            self.running_changed.emit()

    def ask_cards(self) -> None:
        """Write the A4 QR cards of this run (one per subgroup) where the facilitator says."""
        path = self.interaction.save_path(
            self.tr("Save QR cards"), self.tr("PDF (*.pdf)"), "qr-kaarten.pdf"
        )
        if path is None:
            return
        from app.server.cards import write_cards

        try:
            write_cards(path, self.links)
        except OSError as exc:
            self.interaction.error(self.tr("Save QR cards"), f"{path}: {exc.strerror or exc}")

    def _control(self, action: Callable[[Any], None]) -> None:
        if self.thread is not None:
            server = self.thread.server
            self.thread.call(lambda: action(server.run))

    def _update(self) -> None:
        on = self.running
        self.start_button.setEnabled(not on)
        self.host.setEnabled(not on)
        self.tray.setEnabled(not on)
        for widget in (self.stop_button, self.open_vote, self.close_vote, self.lock, self.cards):
            widget.setEnabled(on)
        self.status.setText(self.tr("Phones can join.") if on else self.tr("Not running."))


class ParticipantsControl(QObject):
    """The Session menu's “Let participants join…” and its dialog, for one main window.

    ``shown`` says which workshop and round the window shows; the phones' edits
    go through ``editor`` (the board editor). Call :meth:`stop` whenever
    another workshop is shown.

    Signals:
        links_changed(): the server started or stopped; ``links`` says what phones can join.
    """

    links_changed = Signal()

    def __init__(
        self,
        window: QMainWindow,
        menu: QMenu,
        editor: BoardEditor,
        interaction: Interaction,
        shown: Callable[[], tuple[Document | None, int | None]],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.editor = editor
        self.interaction = interaction
        self._shown = shown
        self.dialog: ParticipantsDialog | None = None
        self.action = QAction(window)
        self.action.setObjectName("participants")
        self.action.triggered.connect(self.show_dialog)
        menu.addAction(self.action)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Let &participants join…"))
        self.action.setStatusTip(self.tr("Participants write and vote from their phones"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.Close:
            self.stop()
        return False

    @property
    def links(self) -> list[JoinLink]:
        """The round's join link, then each subgroup's, while the server runs; else []."""
        dialog = self.dialog
        return list(dialog.links) if dialog is not None and dialog.running else []

    def show_dialog(self) -> ParticipantsDialog | None:
        """The dialog for the shown round (a new one when the round changed)."""
        document, round_id = self._shown()
        if document is None or round_id is None:
            self.window.statusBar().showMessage(self.tr("Show a round's board first."), 5000)
            return None
        if self.dialog is not None and self.dialog.round_id != round_id:
            self.stop()
        if self.dialog is None:
            self.dialog = ParticipantsDialog(
                document, round_id, self.editor.from_phone, self.interaction, self.window
            )
            self.dialog.running_changed.connect(self.links_changed)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def stop(self) -> None:
        """Stop the server (before a workshop closes, or the window)."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.stop()
            dialog.hide()
            dialog.deleteLater()
