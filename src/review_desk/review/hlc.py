"""A hybrid logical clock: wall-clock milliseconds plus a counter, never going back."""

from __future__ import annotations

import time
from collections.abc import Callable


def format_hlc(millis: int, counter: int) -> str:
    """The sortable text form of a clock reading."""
    return f"{millis:013d}.{counter:05d}"


def parse_hlc(text: str) -> tuple[int, int]:
    """The (milliseconds, counter) of a clock reading."""
    millis, _, counter = text.partition(".")
    return int(millis), int(counter or 0)


class HybridClock:
    """Issues strictly increasing readings, even when the wall clock steps back."""

    def __init__(self, last: str | None = None, now: Callable[[], float] = time.time) -> None:
        self._now = now
        self._millis, self._counter = parse_hlc(last) if last else (0, 0)

    def observe(self, reading: str) -> None:
        """Move past a reading seen from another device."""
        millis, counter = parse_hlc(reading)
        if (millis, counter) > (self._millis, self._counter):
            self._millis, self._counter = millis, counter

    def wall_ms(self) -> int:
        """This computer's wall clock in milliseconds (what readings are checked against)."""
        return int(self._now() * 1000)

    def tick(self) -> str:
        """The next reading."""
        wall = int(self._now() * 1000)
        if wall > self._millis:
            self._millis, self._counter = wall, 0
        else:
            self._counter += 1
        return format_hlc(self._millis, self._counter)
