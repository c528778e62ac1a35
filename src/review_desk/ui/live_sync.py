"""Live sync in the window: for a session whose remote is an office server, a background
`LiveSync` pulls when another reviewer commits and pushes this reviewer's changes at once;
the status bar shows 「在线 · 已同步」 or 「离线 · N 项待同步」. Nothing else in the window
changes when the connection drops.

The core calls back from its own thread; two queued signals bring the calls to the
window's thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from review_desk.review.journal import Changed
from review_desk.sync.credentials import stored_password
from review_desk.sync.errors import ShareLocationError
from review_desk.sync.location import ServerLocation, parse_location
from review_desk.sync.service import SyncService
from review_desk.ui.session import DeskSession

if TYPE_CHECKING:  # the server's modules (psycopg) load only for a session on a server
    from review_desk.server.live import LiveStatus, LiveSync

AskPassword = Callable[[str], "str | None"]


class LiveSyncController(QObject):
    """Keeps one open session live with its server and shows the status line."""

    status_changed = Signal(object)  # LiveStatus, on the window's thread
    _status_from_thread = Signal(object)
    _received_from_thread = Signal(object)

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
        self._status_from_thread.connect(self._show)
        self._received_from_thread.connect(self._received)

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
        self.live = LiveSync(desk.store, desk.writer.clock, location, password,
                             self._status_from_thread.emit, self._received_from_thread.emit)
        self.session.changed.connect(self._local_change)
        self.live.start()
        return True

    def _pending(self) -> int:
        return self.session.read(lambda d: SyncService(d).unsynced_count(), 0)

    def _local_change(self, _changed: Changed) -> None:
        if self.live is not None:
            self.live.nudge()

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
        if self.live is not None:
            self.live.stop()
            self.live = None
