"""The round timer: a countdown the facilitator sets, starts, pauses and extends.

:class:`RoundTimer` owns the :class:`~app.model.countdown.Countdown` and the
tick, and emits what to show; :class:`TimerWidget` is the facilitator's
controls and :class:`TimerDisplay` the big mm:ss that the projector shows too,
so both always show the same time.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.model.countdown import Countdown

TICK_MS = 250
PRESET_MINUTES = (5, 10, 15, 20)
PULSES = 6  # how many colour changes announce that time is up

CALM = ("#ffffff", "#1b5e20")
WARNING = ("#000000", "#ffb300")
UP = ("#ffffff", "#c62828")
WARNING_AT_S = 60


class RoundTimer(QObject):
    """A countdown with a Qt tick; the clock is injectable so tests drive it without waiting.

    Signals:
        changed(str): the mm:ss text after every tick or control change.
        running_changed(bool): started or paused.
        time_up(): the countdown reached zero; once per run, not on every tick.
    """

    changed = Signal(str)
    running_changed = Signal(bool)
    time_up = Signal()

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.countdown = Countdown(0.0, clock)
        self._announced = False
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)

    @property
    def running(self) -> bool:
        return self.countdown.running

    def text(self) -> str:
        return self.countdown.text()

    def remaining(self) -> float:
        return self.countdown.remaining()

    def is_set(self) -> bool:
        return self.countdown.duration > 0

    def set_minutes(self, minutes: float) -> None:
        """Reset to ``minutes``, stopped."""
        self.countdown.set(minutes * 60)
        self._announced = False
        self._ticker.stop()
        self.running_changed.emit(False)
        self.changed.emit(self.text())

    def start(self) -> None:
        self.countdown.start()
        if self.countdown.running:
            self._ticker.start()
            self.running_changed.emit(True)
        self.changed.emit(self.text())

    def pause(self) -> None:
        self.countdown.pause()
        self._ticker.stop()
        self.running_changed.emit(False)
        self.changed.emit(self.text())

    def add_minute(self) -> None:
        """+1 minute; after time was up it starts counting again from one minute."""
        was_up = self.countdown.expired()
        self.countdown.add(60)
        if was_up:
            self._announced = False
        self.changed.emit(self.text())

    def tick(self) -> None:
        """Refresh the text; announce the end once."""
        self.changed.emit(self.text())
        if self.countdown.expired() and not self._announced:
            self._announced = True
            self.countdown.pause()
            self._ticker.stop()
            self.running_changed.emit(False)
            self.time_up.emit()


class TimerDisplay(QLabel):
    """Big mm:ss in calm green, amber in the last minute, and a pulsing red when time is up.

    The pulse is gentle on purpose: no dialog, just a colour change and one beep.
    """

    def __init__(
        self, timer: RoundTimer, point_size: int = 40, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._timer = timer
        self._pulse = QTimer(self)
        self._pulse.setInterval(400)
        self._pulse.timeout.connect(self._pulse_step)
        self._pulses_left = 0
        font = QFont()
        font.setPointSize(point_size)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
        self.setFont(font)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(self.tr("Round timer"))
        timer.changed.connect(self._show)
        timer.time_up.connect(self._start_pulse)
        self._show(timer.text())

    def colours(self) -> tuple[str, str]:
        """(text, background) for the current state."""
        if self._timer.is_set() and self._timer.remaining() <= 0:
            return UP if self._pulses_left % 2 == 0 else CALM
        if self._timer.is_set() and self._timer.remaining() <= WARNING_AT_S:
            return WARNING
        return CALM

    def _show(self, text: str) -> None:
        self.setText(text)
        if self._timer.remaining() > 0:
            self._pulse.stop()
            self._pulses_left = 0
        self._paint()

    def _paint(self) -> None:
        fg, bg = self.colours()
        self.setStyleSheet(
            f"QLabel {{ color: {fg}; background: {bg}; border-radius: 8px; padding: 2px 14px; }}"
        )

    def _start_pulse(self) -> None:
        self._pulses_left = PULSES
        self._pulse.start()
        self._paint()

    def _pulse_step(self) -> None:
        self._pulses_left -= 1
        if self._pulses_left <= 0:
            self._pulse.stop()
            self._pulses_left = 0
        self._paint()


class TimerWidget(QWidget):
    """The facilitator's timer: minutes and presets, start/pause, +1 minute, big mm:ss."""

    def __init__(self, timer: RoundTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = timer
        self.display = TimerDisplay(timer, 28, self)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 180)
        self.minutes.setValue(10)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.set_button = QPushButton(self.tr("Set"), self)
        self.set_button.clicked.connect(lambda: timer.set_minutes(self.minutes.value()))
        self.start_button = QPushButton(self.tr("Start"), self)
        self.start_button.clicked.connect(self.start_or_pause)
        self.add_button = QPushButton(self.tr("+1 minute"), self)
        self.add_button.clicked.connect(timer.add_minute)

        presets = QHBoxLayout()
        self.presets: dict[int, QToolButton] = {}
        for minutes in PRESET_MINUTES:
            button = QToolButton(self)
            button.setText(self.tr("%n min", "", minutes))
            self.presets[minutes] = button
            button.clicked.connect(lambda _=False, m=minutes: self._preset(m))
            presets.addWidget(button)
        controls = QHBoxLayout()
        controls.addWidget(self.minutes)
        controls.addWidget(self.set_button)
        controls.addWidget(self.start_button)
        controls.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.display)
        layout.addLayout(presets)
        layout.addLayout(controls)

        timer.running_changed.connect(self._running)
        timer.time_up.connect(QApplication.beep)
        self._running(timer.running)

    def _preset(self, minutes: int) -> None:
        self.minutes.setValue(minutes)
        self.timer.set_minutes(minutes)

    def start_or_pause(self) -> None:
        """Pause a running timer; else start it (from the chosen minutes when unset or up)."""
        if self.timer.running:
            self.timer.pause()
            return
        if not self.timer.is_set() or self.timer.remaining() <= 0:
            self.timer.set_minutes(self.minutes.value())
        self.timer.start()

    def _running(self, running: bool) -> None:
        self.start_button.setText(self.tr("Pause") if running else self.tr("Start"))
