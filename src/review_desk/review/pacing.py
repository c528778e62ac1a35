"""Long core work on a host's worker thread leaves the host's UI thread room to run.

Python runs one thread at a time. While a worker computes, every call the UI thread makes
into Python (a list model's `data()` as the list paints: about 700 for one screen) waits
for the interpreter to be handed over, a fraction of a millisecond each on a busy laptop:
a 1,000-proposal bulk froze the window up to half a second as it painted. A thread that
runs paced sleeps a little after every few milliseconds of work, at points the core's long
loops mark with `pace()`; the UI thread then runs its calls without waiting. Unpaced
threads (the command line, tests) lose nothing: `pace()` is a lookup.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

WORK_S = 0.006  # work this long between two rests …
REST_S = 0.002  # … then give the interpreter away this long

_local = threading.local()


class _Pacer:
    def __init__(self, work_s: float, rest_s: float) -> None:
        self.work_s, self.rest_s = work_s, rest_s
        self.since = time.perf_counter()
        self.rests = 0

    def pace(self) -> None:
        if time.perf_counter() - self.since >= self.work_s:
            time.sleep(self.rest_s)
            self.rests += 1
            self.since = time.perf_counter()


def pace() -> None:
    """A point in a long loop where a paced thread may rest."""
    pacer: _Pacer | None = getattr(_local, "pacer", None)
    if pacer is not None:
        pacer.pace()


def rests() -> int:
    """How many times this thread has rested in its current paced run (0 unpaced)."""
    pacer: _Pacer | None = getattr(_local, "pacer", None)
    return pacer.rests if pacer is not None else 0


@contextmanager
def paced(work_s: float = WORK_S, rest_s: float = REST_S) -> Iterator[None]:
    """Run the block paced on this thread."""
    before = getattr(_local, "pacer", None)
    _local.pacer = _Pacer(work_s, rest_s)
    try:
        yield
    finally:
        _local.pacer = before
