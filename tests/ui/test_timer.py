"""The round timer, driven by a fake clock: no waiting, the tick is called by hand."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.session.timer_widget import UP, RoundTimer, TimerWidget


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make(qtbot) -> tuple[FakeClock, RoundTimer, TimerWidget]:
    clock = FakeClock()
    timer = RoundTimer(clock)
    widget = TimerWidget(timer)
    qtbot.addWidget(widget)
    return clock, timer, widget


def test_counts_down_from_a_preset(qtbot) -> None:
    clock, timer, widget = make(qtbot)
    qtbot.mouseClick(widget.presets[5], Qt.MouseButton.LeftButton)
    assert widget.display.text() == "05:00"
    qtbot.mouseClick(widget.start_button, Qt.MouseButton.LeftButton)
    assert widget.start_button.text() == "Pause"
    clock.now += 61.5
    timer.tick()
    assert widget.display.text() == "03:59"


def test_pause_stops_the_count_and_plus_one_minute_extends(qtbot) -> None:
    clock, timer, widget = make(qtbot)
    widget.minutes.setValue(2)
    qtbot.mouseClick(widget.start_button, Qt.MouseButton.LeftButton)
    clock.now += 30
    qtbot.mouseClick(widget.start_button, Qt.MouseButton.LeftButton)  # pause
    assert not timer.running
    clock.now += 600  # time passing while paused does not count
    timer.tick()
    assert widget.display.text() == "01:30"
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    assert widget.display.text() == "02:30"
    qtbot.mouseClick(widget.start_button, Qt.MouseButton.LeftButton)  # resume
    clock.now += 10
    timer.tick()
    assert widget.display.text() == "02:20"


def test_time_up_is_announced_once_and_turns_red(qtbot) -> None:
    clock, timer, widget = make(qtbot)
    timer.set_minutes(1)
    timer.start()
    fired: list[bool] = []
    timer.time_up.connect(lambda: fired.append(True))
    clock.now += 59
    timer.tick()
    assert fired == []
    clock.now += 5
    with qtbot.wait_signal(timer.time_up, timeout=1000):
        timer.tick()
    for _ in range(3):
        clock.now += 1
        timer.tick()
    assert fired == [True]
    assert widget.display.text() == "00:00"
    assert widget.display.colours() == UP
    assert not timer.running


def test_plus_one_minute_after_time_up_counts_again_and_can_announce_again(qtbot) -> None:
    clock, timer, _widget = make(qtbot)
    timer.set_minutes(1)
    timer.start()
    clock.now += 70
    timer.tick()
    fired: list[bool] = []
    timer.time_up.connect(lambda: fired.append(True))
    timer.add_minute()
    assert timer.text() == "01:00"
    timer.start()
    clock.now += 60
    timer.tick()
    assert fired == [True]


def test_a_second_display_shows_the_same_time(qtbot) -> None:
    from app.ui.session.timer_widget import TimerDisplay

    clock, timer, widget = make(qtbot)
    big = TimerDisplay(timer, 80)
    qtbot.addWidget(big)
    timer.set_minutes(3)
    timer.start()
    clock.now += 12
    timer.tick()
    assert big.text() == widget.display.text() == "02:48"
