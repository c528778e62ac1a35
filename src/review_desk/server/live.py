"""Live sync with the office server while a session is open.

A background thread keeps one connection that listens (LISTEN/NOTIFY), pushes and
pulls: it pulls as soon as another device announces a commit, pushes this
device's changes within a moment of `nudge()`, and when the link drops it says so
through `on_status`, retries, and catches up (pull, then push) once it is back. Nothing
the reviewer does waits for it: changes are committed locally first, as offline.

`on_status(LiveStatus)` and `on_changed(Changed)` are called from that thread; the
window adapts them to its own thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from review_desk.review.hlc import HybridClock
from review_desk.review.journal import Changed
from review_desk.server.listener import Listener
from review_desk.server.remote import ServerRemote
from review_desk.store.session_file import SessionStore
from review_desk.sync import state
from review_desk.sync.errors import SyncError
from review_desk.sync.location import ServerLocation
from review_desk.sync.protocol import SyncSummary

log = logging.getLogger(__name__)

PUSH_DELAY_S = 0.1  # gathers a burst of actions (a bulk decision) into one push
WAIT_SLICE_S = 0.1  # how often the thread looks at nudges and stop while listening
SAFETY_PULL_S = 60.0  # a pull even without announcements (a lost notification)


@dataclass(frozen=True)
class LiveStatus:
    """What the status bar shows."""

    online: bool
    pending: int  # this device's changes not yet on the server
    problem: str = ""  # why it is offline (never a password)

    def text(self) -> str:
        """The status line: 在线 · 已同步 / 在线 · N 项待同步 / 离线 · N 项待同步."""
        if self.online and self.pending == 0:
            return "在线 · 已同步"
        return f"{'在线' if self.online else '离线'} · {self.pending} 项待同步"

    def text_en(self) -> str:
        """The status line in English."""
        if self.online and self.pending == 0:
            return "Online · synced"
        return f"{'Online' if self.online else 'Offline'} · {self.pending} to sync"


class LiveSync:
    """Keeps an open session in step with its server."""

    def __init__(self, store: SessionStore, clock: HybridClock, location: ServerLocation,
                 password: str, on_status: Callable[[LiveStatus], None],
                 on_changed: Callable[[Changed], None], retry_s: float = 1.0) -> None:
        self.store = store
        self.clock = clock
        self.location = location
        self._password = password
        self.on_status = on_status
        self.on_changed = on_changed
        self.retry_s = retry_s
        self._stop = threading.Event()
        self._nudged = threading.Event()
        self._thread: threading.Thread | None = None
        self._last: LiveStatus | None = None
        self._me = ""

    def start(self) -> None:
        """Start the background thread."""
        self._thread = threading.Thread(target=self._run, name="review-desk-live-sync",
                                        daemon=True)
        self._thread.start()

    def nudge(self) -> None:
        """This device committed a change: push it soon."""
        self._nudged.set()

    def stop(self, timeout: float = 3.0) -> None:
        """Stop and wait for the thread (not longer than `timeout`: one still waiting for
        an unreachable server's answer ends on its own and writes nothing more)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        """Whether the thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    # --- the thread -----------------------------------------------------------------

    def _pending(self) -> int:
        with self.store.reading() as conn:
            return state.unsynced_count(conn, self._me or None)

    def _report(self, online: bool, problem: str = "") -> None:
        if self._stop.is_set():
            return
        status = LiveStatus(online, self._pending(), problem)
        if status != self._last:
            self._last = status
            self.on_status(status)

    def _run(self) -> None:
        with self.store.writing() as conn:
            self._me = self.store.device_id(conn)
        while not self._stop.is_set():
            try:
                self._connected()
            except SyncError as error:
                log.info("live sync offline: %s", type(error).__name__)
                self._report(False, error.message)
            except Exception:  # a bug must not take the window down with it
                log.exception("live sync stopped by an unexpected error")
                self._report(False, "internal error")
            self._stop.wait(self.retry_s)

    def _connected(self) -> None:
        remote = ServerRemote(self.location, self._password)
        listener: Listener | None = None
        try:
            # one connection listens, pushes and pulls: the thread does one at a time
            listener = Listener(self.location, self._password, remote.conn)
            with self.store.reading() as conn:
                session = state.session_id(conn)
            remote.claim(session, create=False)
            self._pull(remote)
            self._push(remote)
            self._report(True)
            last_pull = time.monotonic()
            while not self._stop.is_set():
                notes = listener.wait(WAIT_SLICE_S)
                others = [n for n in notes if n.split(" ", 1)[0] != self._me]
                if others or time.monotonic() - last_pull > SAFETY_PULL_S:
                    self._pull(remote)
                    last_pull = time.monotonic()
                if self._nudged.is_set():
                    self._stop.wait(PUSH_DELAY_S)
                    self._nudged.clear()
                    self._push(remote)
                self._report(True)
        finally:
            if listener is not None:
                listener.close()
            remote.close()

    def _pull(self, remote: ServerRemote) -> None:
        if self._stop.is_set():
            return
        summary = SyncSummary(share=remote.describe())
        result = remote.pull(self.store, self.clock, summary)
        if result.received:
            self.on_changed(result.changed)

    def _push(self, remote: ServerRemote) -> None:
        if self._stop.is_set():
            return
        remote.push(self.store, SyncSummary(share=remote.describe()))
        self._report(True)
