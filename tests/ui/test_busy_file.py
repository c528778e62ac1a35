"""A key pressed while another program writes the file: the window waits a moment
(`KEY_WAIT_MS`), not SQLite's ten seconds, then says the file is busy; nothing is
decided, and the same key decides once the other program is done (found by the
hostile-input sweep: the window froze ten seconds)."""

from __future__ import annotations

import sqlite3
import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from review_desk.store.engine import BUSY_TIMEOUT_MS
from review_desk.ui.main_window import MainWindow
from review_desk.ui.session import KEY_WAIT_MS

from .keys import press
from .test_bad_input import wait_error


def test_a_key_during_another_programs_write_waits_briefly_then_says_busy(
        window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws, session = window.workspace, window.session
    assert ws is not None and session is not None
    ws.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.table)
    pid = ws.current_id()
    on_ui_thread: list[str] = []

    def seen(_conn, _cursor, statement: str, *_args: object) -> None:  # type: ignore[no-untyped-def]
        if threading.current_thread() is threading.main_thread() and (
                statement.startswith(("PRAGMA busy_timeout", "BEGIN IMMEDIATE"))):
            on_ui_thread.append(statement)

    engine = session.desk.store.engine
    event.listen(engine, "before_cursor_execute", seen)
    other = sqlite3.connect(session.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program writes, and goes on writing
    try:
        press(ws.table, Qt.Key.Key_A)
        assert "另一个程序正在写入" in wait_error(qtbot, window)
        assert on_ui_thread == [f"PRAGMA busy_timeout={KEY_WAIT_MS}", "BEGIN IMMEDIATE",
                                f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}"]
        assert session.desk.rows([pid or ""])[0].status == "pending"  # nothing decided
    finally:
        other.execute("ROLLBACK")
        other.close()
        event.remove(engine, "before_cursor_execute", seen)
    ws.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.table)
    ws.select_row(ws.model.ids.index(pid or ""))
    press(ws.table, Qt.Key.Key_A)  # the other program is done: the key decides
    assert session.desk.rows([pid or ""])[0].status == "accepted"
