"""Two windows on sessions checked out from a real office server: a decision made with
a key press in one shows in the other as soon as it is committed, the status bar says
「在线 · 已同步」, and a dropped connection changes only that line."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from review_desk.ui.main_window import MainWindow
from tests.helpers.office import PW, Office, make_office
from tests.helpers.postgres import PgServer
from tests.helpers.server_cli import grep_secrets

from .conftest import open_window
from .keys import press

SCREENSHOTS = Path(__file__).parent / "screenshots"


class MemoryKeyring(KeyringBackend):
    """An in-memory keychain holding the reviewers' passwords."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def office(tmp_path: Path, pg_server: PgServer) -> Iterator[Office]:
    made = make_office(tmp_path, pg_server, count=6)
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    for login, location in made.reviewers.items():
        memory.set_password(location.keychain_service(), location.keychain_user(), PW[login])
    keyring.set_keyring(memory)
    yield made
    keyring.set_keyring(before)


def _activate(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Make `window` the one that receives key presses (its shortcuts included)."""
    handle = window.windowHandle()
    handle.requestActivate()
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is handle, timeout=5_000)
    assert window.workspace is not None
    window.workspace.table.setFocus()


def _status_line(window: MainWindow) -> str:
    return window.status_line.unsynced.text()


def _status_of(window: MainWindow, pid: str) -> str:
    assert window.session is not None
    return str(window.session.read(lambda d: d.detail(pid).row.status, ""))


def test_two_windows_see_each_others_decisions(qtbot, app: QApplication,  # type: ignore[no-untyped-def]
                                               office: Office, pg_server: PgServer) -> None:
    a = open_window(qtbot, app, office.files["rev_a"])
    b = open_window(qtbot, app, office.files["rev_b"])
    for window in (a, b):
        qtbot.waitUntil(lambda w=window: _status_line(w) == "在线 · 已同步", timeout=15_000)
    assert a.workspace is not None and b.workspace is not None
    pid = a.workspace.current_id()
    assert pid is not None
    _activate(qtbot, a)
    started = time.perf_counter()
    press(a.workspace.table, Qt.Key.Key_A)  # 立案
    qtbot.waitUntil(lambda: _status_of(a, pid) == "accepted", timeout=5_000)
    qtbot.waitUntil(lambda: _status_of(b, pid) == "accepted", timeout=5_000)
    seen_after = time.perf_counter() - started
    print(f"a decision in window A showed in window B after {seen_after * 1000:.0f} ms")
    # and back: B withdraws, A sees it
    _activate(qtbot, b)
    b.workspace.select_row(0)
    assert b.workspace.current_id() == pid
    press(b.workspace.table, Qt.Key.Key_W)
    qtbot.waitUntil(lambda: _status_of(a, pid) == "withdrawn", timeout=5_000)
    qtbot.waitUntil(lambda: _status_line(a) == "在线 · 已同步", timeout=5_000)
    SCREENSHOTS.mkdir(exist_ok=True)
    a.grab().save(str(SCREENSHOTS / "live_sync_online.png"))

    # the server drops A's connections: only the status line changes, work goes on
    with pg_server.admin() as admin:
        admin.execute("ALTER ROLE " + office.reviewers["rev_a"].user + " NOLOGIN")
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                      " WHERE usename = %s", (office.reviewers["rev_a"].user,))
    qtbot.waitUntil(lambda: _status_line(a).startswith("离线"), timeout=15_000)
    _activate(qtbot, a)
    a.workspace.select_row(1)
    other = a.workspace.current_id()
    assert other is not None and other != pid
    press(a.workspace.table, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: _status_of(a, other) == "accepted", timeout=5_000)
    qtbot.waitUntil(lambda: _status_line(a) == "离线 · 1 项待同步", timeout=5_000)
    a.grab().save(str(SCREENSHOTS / "live_sync_offline.png"))
    with pg_server.admin() as admin:
        admin.execute("ALTER ROLE " + office.reviewers["rev_a"].user + " LOGIN")
    qtbot.waitUntil(lambda: _status_of(b, other) == "accepted", timeout=15_000)
    qtbot.waitUntil(lambda: _status_line(a) == "在线 · 已同步", timeout=15_000)
    for window in (a, b):
        window.close_session()
    settings = Path(QSettings().fileName()).parent
    grep_secrets(list(PW.values()), [office.files["rev_a"].parent, settings], [])
