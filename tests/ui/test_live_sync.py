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
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from review_desk.desk import Desk
from review_desk.server.connection import connect
from review_desk.server.schema import init_schema
from review_desk.sync.location import parse_server
from review_desk.ui.main_window import MainWindow
from review_desk.ui.password_dialog import PasswordDialog
from review_desk.ui.sync_view import SyncPlaceDialog, SyncSummaryBox
from tests.conftest import small_bundle
from tests.helpers.office import PW, Office, make_office
from tests.helpers.postgres import SECRETARIAT_PASSWORD, PgServer
from tests.helpers.server_cli import grep_secrets

from .conftest import open_window
from .keys import focused, press, type_text, when_modal

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


def test_the_first_sync_to_a_server_goes_live_at_once(  # type: ignore[no-untyped-def]
        qtbot, app: QApplication, tmp_path: Path, pg_server: PgServer) -> None:
    """The secretariat's new session, synced to the office server with F5 for the first
    time: live sync starts then, without reopening the file, and does not ask for the
    password a second time."""
    database, role = pg_server.new_database()
    server = parse_server(pg_server.url(role, database))
    conn = connect(server, SECRETARIAT_PASSWORD)
    try:
        init_schema(conn, server)
    finally:
        conn.close()
    master = tmp_path / "master.rdesk"
    Desk.create(master, small_bundle(6), reviewer="秘书处").close()
    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())  # a keychain without this server's password
    window = open_window(qtbot, app, master)
    asked: list[str] = []
    try:
        assert window.workspace is not None and window.sync is not None
        assert _status_line(window) != "在线 · 已同步"

        def place(dialog: QWidget) -> None:  # the place: the server's address, then OK
            assert isinstance(dialog, SyncPlaceDialog)
            type_text(dialog.field, server.url())
            press(dialog.field, Qt.Key.Key_Tab)
            press(focused(), Qt.Key.Key_Tab)
            assert focused() is dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
            press(focused(), Qt.Key.Key_Return)

        def password(dialog: QWidget) -> None:
            assert isinstance(dialog, PasswordDialog)
            asked.append(dialog.windowTitle())
            type_text(dialog.password, SECRETARIAT_PASSWORD)
            press(dialog.password, Qt.Key.Key_Return)

        def answer_password(left: int = 1500) -> None:  # the sync's thread asks later
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, PasswordDialog) and dialog.isVisible():
                password(dialog)
            elif left:
                QTimer.singleShot(20, lambda: answer_password(left - 1))

        when_modal(place)
        QTimer.singleShot(0, answer_password)
        press(window.workspace.table, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: window.findChild(SyncSummaryBox, "syncSummary") is not None,
                        timeout=30_000)
        assert len(asked) == 1
        # live now: the status line is live sync's, and no second password was asked
        qtbot.waitUntil(lambda: _status_line(window) == "在线 · 已同步", timeout=15_000)
        assert window.current is not None and window.current.live.live is not None
        box = window.findChild(SyncSummaryBox, "syncSummary")
        if box is not None and box.isVisible():
            box.done(0)
        # a decision goes to the server at once, with no F5
        qtbot.waitUntil(lambda: _activate_ok(window))
        pid = window.workspace.current_id()
        assert pid is not None
        press(window.workspace.table, Qt.Key.Key_A)
        qtbot.waitUntil(lambda: _on_server(pg_server, database, pid) == "accepted",
                        timeout=15_000)
        assert len(asked) == 1
    finally:
        window.runner.wait()
        window.close()
        keyring.set_keyring(before)


def _activate_ok(window: MainWindow) -> bool:
    window.activateWindow()
    if window.workspace is not None:
        window.workspace.table.setFocus()
    return QApplication.activeWindow() is window


def _on_server(pg: PgServer, database: str, pid: str) -> str:
    """The proposal's newest status in the server's journal."""
    with pg.admin(database) as conn:
        row = conn.execute("SELECT value FROM review_desk.change WHERE entity = 'proposal' AND "
                           "entity_id = %s AND field = 'status' ORDER BY hlc DESC LIMIT 1",
                           (pid,)).fetchone()
    return "" if row is None else str(row[0]).strip('"')
