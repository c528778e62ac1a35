"""Live sync in the window: for a session whose remote is an office server, a background
`LiveSync` pulls when another reviewer commits and pushes this reviewer's changes at once;
the status bar shows 「在线 · 已同步」 or 「离线 · N 项待同步」. Nothing else in the window
changes when the connection drops.

The core calls back from its own thread; queued signals bring the calls to the window's
thread. They are signals of one relay, a child of the QApplication, not of the controller:
`stop` waits 3 s at most for the thread (one waiting for an unreachable server's answer
ends on its own later), and the controller is deleted as its session closes; a thread
emitting a signal of a QObject being deleted crashes the process (a standalone loop of
that segfaulted within 20 rounds). Calls of a stopped thread are ignored.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import Shiboken

from review_desk.review.journal import Changed
from review_desk.sync.credentials import stored_password
from review_desk.sync.errors import ShareLocationError
from review_desk.sync.location import ServerLocation, parse_location
from review_desk.sync.service import SyncService
from review_desk.ui.session import DeskSession

if TYPE_CHECKING:  # the server's modules (psycopg) load only for a session on a server
    from review_desk.server.live import LiveStatus, LiveSync

AskPassword = Callable[[str], "str | None"]

log = logging.getLogger(__name__)


class _ThreadRelay(QObject):
    """Live sync's calls from its thread, each naming the run it comes from."""

    status = Signal(object, object)  # run, LiveStatus
    received = Signal(object, object)  # run, Changed


_relay: list[_ThreadRelay] = []  # the application's one relay, made on first use


def _thread_relay() -> _ThreadRelay:
    if not _relay or not Shiboken.isValid(_relay[0]):  # a new application
        _relay[:] = [_ThreadRelay(QCoreApplication.instance())]
    return _relay[0]


def _relayed(signal: SignalInstance, run: object) -> Callable[[object], None]:
    """A callback for the thread emitting `signal` for `run`, never raising."""
    def call(value: object) -> None:
        try:
            signal.emit(run, value)
        except RuntimeError:  # the relay was deleted: the app is gone, nobody listens
            log.debug("live sync reported after the app quit; dropped")
    return call


class LiveSyncController(QObject):
    """Keeps one open session live with its server and shows the status line."""

    status_changed = Signal(object)  # LiveStatus, on the window's thread

    def __init__(self, session: DeskSession, label: QLabel, language: str,
                 ask: AskPassword, parent: QWidget,
                 received: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        # what to do when changes arrived: read them like any other process's (the file
        # watcher), so they are shown once; without a watcher they are broadcast as is
        self.on_received = received
        self.session = session
        self.label = label
        self.language = language
        self.ask = ask
        self.live: LiveSync | None = None
        self.status: LiveStatus | None = None  # the last shown
        self._run: object = None  # names the running thread's calls
        relay = _thread_relay()
        relay.status.connect(self._status_from_thread)
        relay.received.connect(self._received_from_thread)

    def server(self) -> ServerLocation | None:
        """The server the session syncs with, if its remote is one."""
        remote = self.session.read(lambda d: SyncService(d).share(), None)
        if not remote:
            return None
        try:
            location = parse_location(remote)
        except ShareLocationError:
            return None
        return location if isinstance(location, ServerLocation) else None

    def start(self) -> bool:
        """Start live sync when the session's remote is a server (asking for the password
        when the keychain has none); False when it is not live."""
        location = self.server()
        if location is None:
            return False
        from review_desk.server.live import LiveStatus, LiveSync

        password = stored_password(location)
        if password is None:
            password = self.ask(f"Password for {location.keychain_user()} (密码): ")
        if not password:
            self._show(LiveStatus(False, self._pending(), "no password"))
            return False
        desk = self.session.desk
        relay, self._run = _thread_relay(), object()
        self.live = LiveSync(desk.store, desk.writer.clock, location, password,
                             _relayed(relay.status, self._run),
                             _relayed(relay.received, self._run))
        self.session.changed.connect(self._local_change)
        self.live.start()
        return True

    def _pending(self) -> int:
        return self.session.read(lambda d: SyncService(d).unsynced_count(), 0)

    def _local_change(self, _changed: Changed) -> None:
        if self.live is not None:
            self.live.nudge()

    @Slot(object, object)
    def _status_from_thread(self, run: object, status: LiveStatus) -> None:
        if run is self._run and run is not None:
            self._show(status)

    @Slot(object, object)
    def _received_from_thread(self, run: object, changed: Changed) -> None:
        if run is self._run and run is not None:
            self._received(changed)

    def _show(self, status: LiveStatus) -> None:
        self.status = status
        self.label.setText(status.text() if self.language.startswith("zh")
                           else status.text_en())
        self.label.setToolTip(status.problem)
        self.status_changed.emit(status)

    def _received(self, changed: Changed) -> None:
        if self.on_received is not None:
            self.on_received()
        else:
            self.session.broadcast(changed)

    def stop(self) -> None:
        """Stop live sync (closing the session)."""
        self._run = None  # what the thread still says is about a closed session
        if self.live is not None:
            self.live.stop()
            self.live = None
