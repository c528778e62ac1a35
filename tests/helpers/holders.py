"""Other processes holding a session file, for the tests of several processes on one
file: a core process with the file open (optionally as a window would hold it), or
another SQLite program. Each prints "ready" once it holds the file and waits for a line
on stdin; then it makes one more decision (core) and closes."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

CORE = """
import sys
from pathlib import Path
from review_desk.desk import Desk
from review_desk.store.session_lock import SessionLock
path, mode, actions = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
lock = SessionLock.acquire(path) if mode == "window" else None
desk = Desk.open(path, reviewer="持有者")
ids = desk.list_ids()
for i in range(actions):  # each one a change: every round flips the decision
    desk.decisions.decide([ids[i % len(ids)]],
                          "accept" if (i // len(ids)) % 2 == 0 else "withdraw")
print("ready", flush=True)
sys.stdin.readline()
desk.decisions.decide([ids[-1]], "accept")
desk.close()
if lock is not None:
    lock.release()
print("closed", flush=True)
"""

SQLITE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("SELECT count(*) FROM proposal").fetchone()
print("ready", flush=True)
sys.stdin.readline()
conn.close()
print("closed", flush=True)
"""


def hold(path: Path, mode: str = "core", actions: int = 0) -> subprocess.Popen[str]:
    """Start a process holding `path` ("core", "window" or "sqlite"); returns once it
    holds the file."""
    script = SQLITE if mode == "sqlite" else CORE
    holder = subprocess.Popen([sys.executable, "-c", script, str(path), mode, str(actions)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    line = holder.stdout.readline().strip()
    if line != "ready":
        holder.kill()
        _out, err = holder.communicate()
        raise AssertionError(f"the holder did not start: {line} {err}")
    return holder


def release(holder: subprocess.Popen[str]) -> None:
    """Let a holder make its last decision and close the file."""
    _out, err = holder.communicate("go\n", timeout=120)
    assert holder.returncode == 0, err


def kill(holder: subprocess.Popen[str]) -> None:
    """kill -9 a holder (as a crash or a power loss would stop it)."""
    holder.send_signal(signal.SIGKILL)
    holder.communicate(timeout=60)
