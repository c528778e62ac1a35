"""Live sync's thread may outlive `stop` (it waits 3 s at most for a thread that waits
for an unreachable server's answer), and the controller is deleted as its session closes.
What that thread says afterwards must reach nothing, and must not crash the process: a
thread emitting a signal of a QObject being deleted did (segfault)."""

from __future__ import annotations

import threading
from types import SimpleNamespace
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from review_desk.server import live as server_live
from review_desk.server.live import LiveStatus
from review_desk.ui import live_sync
from review_desk.ui.live_sync import LiveSyncController


class FakeSession(QObject):
    """What the controller uses of a DeskSession to start."""

    changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.desk = SimpleNamespace(store=None, writer=SimpleNamespace(clock=None))


class StuckLiveSync:
    """A live sync whose thread reports on and on, and whose `stop` returns without it
    having ended (the join timed out)."""

    made: ClassVar[list[StuckLiveSync]] = []

    def __init__(self, *args: object) -> None:
        self.on_status = args[4]
        self.told = 0
        self.end = threading.Event()
        self.ended = threading.Event()
        StuckLiveSync.made.append(self)

    def start(self) -> None:
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while not self.end.is_set():
            self.told += 1
            self.on_status(LiveStatus(True, self.told, ""))  # type: ignore[operator]
        self.ended.set()

    def stop(self, timeout: float = 3.0) -> None:
        pass

    def nudge(self) -> None:
        pass


def test_the_thread_outliving_stop_reports_into_nothing(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_live, "LiveSync", StuckLiveSync)
    monkeypatch.setattr(live_sync, "stored_password", lambda _location: "pw")
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel(window)
    session = FakeSession()
    controller = LiveSyncController(session, label, "en", lambda _prompt: "pw", window)
    monkeypatch.setattr(controller, "server", lambda: object())
    assert controller.start()
    qtbot.waitUntil(lambda: controller.status is not None)  # its calls arrive while live
    thread = StuckLiveSync.made[-1]
    controller.stop()
    shown = label.text()
    qtbot.wait(100)  # the thread keeps reporting, each time another count
    assert label.text() == shown  # nothing it said after stop was shown
    controller.deleteLater()  # as the session closes
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    before = thread.told
    qtbot.waitUntil(lambda: thread.told > before + 1000, timeout=10_000)
    qtbot.wait(50)
    thread.end.set()
    assert thread.ended.wait(10)
    qtbot.wait(50)  # the process is still here: nothing emitted into the deleted object
