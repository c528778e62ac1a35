"""Fault-injection points of a sync, for the crash tests.

`REVIEW_DESK_SYNC_CRASH_AT=<step>` kills the process with SIGKILL (as `kill -9` would)
when it reaches that step; `REVIEW_DESK_SYNC_PAUSE_AT=<step>` with
`REVIEW_DESK_SYNC_PAUSE_FILE=<path>` creates the file at that step and waits until it is
removed (so a test can stop the server mid-sync). Both are inert unless set.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

# every step a sync passes, in order; the crash tests enumerate these
SYNC_STEPS: tuple[str, ...] = (
    "connected",        # the share answered and its session was checked
    "listed",           # the share's batches were listed
    "pull.downloaded",  # the unseen batches were read and verified
    "pull.merging",     # inside the merge transaction, before it commits
    "pull.committed",   # the merge committed
    "push.temp",        # a batch was written under its temporary name
    "push.verified",    # the temporary file was read back and its hash checked
    "push.renamed",     # the batch got its final name
    "push.recorded",    # the session noted the batch as on the share
    "done",
)

PAUSE_LIMIT_S = 120.0
_paused: set[str] = set()


def step(name: str) -> None:
    """Mark a step of the sync (crash or pause here when a test asks for it)."""
    if os.environ.get("REVIEW_DESK_SYNC_CRASH_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
    if os.environ.get("REVIEW_DESK_SYNC_PAUSE_AT") == name and name not in _paused:
        _paused.add(name)
        marker = os.environ.get("REVIEW_DESK_SYNC_PAUSE_FILE")
        if marker:
            path = Path(marker)
            path.write_text(name)
            deadline = time.monotonic() + PAUSE_LIMIT_S
            while path.exists() and time.monotonic() < deadline:
                time.sleep(0.05)
