"""The round timer's arithmetic, with an injectable clock so it can be tested without waiting."""

from __future__ import annotations

import time
from collections.abc import Callable


class Countdown:
    """Set, start, pause and extend a countdown; ``remaining`` never goes below zero."""

    def __init__(self, seconds: float = 0.0, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._duration = max(0.0, seconds)
        self._started_at: float | None = None
        self._elapsed_before = 0.0

    @property
    def running(self) -> bool:
        return self._started_at is not None

    @property
    def duration(self) -> float:
        return self._duration

    def set(self, seconds: float) -> None:
        """Reset to a new duration, stopped."""
        self._duration = max(0.0, seconds)
        self._started_at = None
        self._elapsed_before = 0.0

    def start(self) -> None:
        if self._started_at is None and self.remaining() > 0:
            self._started_at = self._clock()

    def pause(self) -> None:
        if self._started_at is not None:
            self._elapsed_before += self._clock() - self._started_at
            self._started_at = None

    def add(self, seconds: float) -> None:
        """Extend (e.g. "+1 minute"); after time is up it counts down ``seconds`` from now."""
        self._duration = max(self._duration, self.elapsed()) + seconds

    def elapsed(self) -> float:
        running = self._clock() - self._started_at if self._started_at is not None else 0.0
        return self._elapsed_before + running

    def remaining(self) -> float:
        return max(0.0, self._duration - self.elapsed())

    def expired(self) -> bool:
        return self._duration > 0 and self.remaining() <= 0

    def text(self) -> str:
        """mm:ss, rounded up so the display shows 00:00 only when time is really up."""
        whole = int(-(-self.remaining() // 1))
        return f"{whole // 60:02d}:{whole % 60:02d}"
