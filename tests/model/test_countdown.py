"""The round timer with a controlled clock."""

from __future__ import annotations

from app.model.countdown import Countdown


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_counts_down_pauses_and_extends() -> None:
    clock = FakeClock()
    timer = Countdown(300, clock)
    assert timer.text() == "05:00" and not timer.running
    timer.start()
    clock.now += 61.5
    assert timer.text() == "03:59"
    timer.pause()
    clock.now += 100
    assert timer.remaining() == 238.5
    timer.add(60)
    assert timer.text() == "04:59"
    timer.start()
    clock.now += 298.5
    assert timer.expired() and timer.text() == "00:00"


def test_plus_one_minute_after_time_is_up_counts_from_now() -> None:
    clock = FakeClock()
    timer = Countdown(10, clock)
    timer.start()
    clock.now += 25
    assert timer.expired()
    timer.add(60)
    assert timer.text() == "01:00" and not timer.expired()
    clock.now += 30
    assert timer.text() == "00:30"


def test_set_resets_and_start_on_zero_does_nothing() -> None:
    clock = FakeClock()
    timer = Countdown(0, clock)
    timer.start()
    assert not timer.running and not timer.expired()
    timer.set(90)
    assert timer.text() == "01:30"
