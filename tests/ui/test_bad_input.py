"""Bad input never breaks the window: a bad file to open (not SQLite, another program's
SQLite, truncated, from a newer version), the open file moved or deleted, a read-only
file, a full disk. Each gives a dialog with the core's explanation, the last saved state
stays intact and the app stays usable."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import event

from review_desk.desk import Desk
from review_desk.errors import (
    CorruptFileError,
    DiskFullError,
    FileMissingError,
    ForeignDatabaseError,
    NewerVersionError,
    NotSQLiteError,
    ReadOnlyFileError,
    ReviewDeskError,
)
from review_desk.ui.main_window import MainWindow

from .conftest import open_window
from .keys import press

K = Qt.Key


def error_box(window: MainWindow) -> QMessageBox | None:
    """The error dialog the window shows, if any."""
    for box in window.findChildren(QMessageBox, "errorBox"):
        if box.isVisible():
            return box
    return None


def wait_error(qtbot, window: MainWindow) -> str:  # type: ignore[no-untyped-def]
    """Wait for the error dialog; close it; return its text."""
    qtbot.waitUntil(lambda: error_box(window) is not None, timeout=10_000)
    box = error_box(window)
    assert box is not None
    text = box.text()
    box.accept()
    qtbot.waitUntil(lambda: error_box(window) is None)
    return text


def core_message(path: Path) -> tuple[type[ReviewDeskError], str]:
    """What the core says when it opens `path`."""
    with pytest.raises(ReviewDeskError) as caught:
        Desk.open(path).close()
    return type(caught.value), caught.value.message_zh


def not_sqlite(tmp: Path, _good: Path) -> Path:
    path = tmp / "notes.rdesk"
    path.write_text("这不是一个会议文件。\n" * 200, encoding="utf-8")
    return path


def foreign(tmp: Path, _good: Path) -> Path:
    path = tmp / "other.rdesk"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('张三', '13800000000')")
    conn.close()
    return path


def truncated(tmp: Path, good: Path) -> Path:
    path = tmp / "truncated.rdesk"
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


def newer(tmp: Path, good: Path) -> Path:
    path = tmp / "newer.rdesk"
    shutil.copy(good, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version=999")
    conn.close()  # checkpoints the WAL: the header now says 999
    return path


@pytest.mark.parametrize(("make", "kind"), [
    (not_sqlite, NotSQLiteError), (foreign, ForeignDatabaseError),
    (truncated, CorruptFileError), (newer, NewerVersionError)])
def test_opening_a_bad_file_explains_and_stays_usable(
        qtbot, app: QApplication, session_file: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
        make: Callable[[Path, Path], Path], kind: type[ReviewDeskError]) -> None:
    bad = make(tmp_path, session_file)
    before = bad.read_bytes()
    expected_kind, expected = core_message(bad)
    assert issubclass(expected_kind, kind)
    window = open_window(qtbot, app, None)
    window.open_path(bad)
    assert wait_error(qtbot, window) == expected
    assert window.session is None and window.stack.currentWidget() is window.welcome
    assert bad.read_bytes() == before  # never "repaired" or overwritten
    window.open_path(session_file)  # still usable: a good file opens
    qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)
    assert window.workspace is not None and window.workspace.model.rowCount() == 80
    window.close()


def _decide_current(window: MainWindow) -> None:
    ws = window.workspace
    assert ws is not None
    ws.table.setFocus()
    press(ws.table, K.Key_A)
    press(ws.table, K.Key_J)


@pytest.mark.parametrize("how", ["moved", "deleted"])
def test_file_moved_or_deleted_while_open(window: MainWindow, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                          how: str) -> None:
    assert window.session is not None and window.workspace is not None
    path = window.session.path
    first = window.workspace.current_id()
    _decide_current(window)  # saved before the file goes away
    if how == "moved":
        moved = tmp_path / "elsewhere.rdesk"
        os.rename(path, moved)
    else:
        os.remove(path)
    _decide_current(window)
    text = wait_error(qtbot, window)
    assert "移动或删除" in text
    assert window.session is None  # closed cleanly: nothing else is tried on a vanished file
    assert window.stack.currentWidget() is window.welcome
    assert not path.exists()  # SQLite did not make an empty file in its place
    if how == "moved":
        with Desk.open(moved) as desk:  # everything up to the last action is in it
            rows = {r.id: r for r in desk.rows(desk.list_ids())}
            assert rows[first].status == "accepted"
            assert sum(r.status == "accepted" for r in rows.values()) == 1
    window.open_path(path)  # opening what is not there any more: a message, no new file
    assert str(path) in wait_error(qtbot, window)
    assert not path.exists() and window.isVisible()


def _on_every_connection(window: MainWindow, pragma: str) -> Callable[[], None]:
    """Run `pragma` on each new connection of the open file (the pool is emptied first);
    returns the undo."""
    assert window.session is not None
    engine = window.session.desk.store.engine

    def run(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(pragma)

    event.listen(engine, "connect", run)
    engine.dispose()

    def undo() -> None:
        event.remove(engine, "connect", run)
        engine.dispose()

    return undo


def test_read_only_file(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """SQLite's read-only refusal (as for a file without write permission — the tests may
    run as root, who may write anything, so the refusal is made with query_only)."""
    assert window.session is not None and window.workspace is not None
    path = window.session.path
    first = window.workspace.current_id()
    _decide_current(window)
    second = window.workspace.current_id()
    restore = _on_every_connection(window, "PRAGMA query_only=1")
    _decide_current(window)
    text = wait_error(qtbot, window)
    assert "只读" in text
    assert window.session is not None  # still open: reading and moving on work
    assert window.workspace.model.row_data(0).status == "accepted"
    press(window.workspace.table, K.Key_J)
    assert window.workspace.detail.detail is not None
    restore()
    window.close()
    with Desk.open(path) as desk:
        rows = {r.id: r.status for r in desk.rows(desk.list_ids())}
    assert rows[first] == "accepted" and rows[second] == "pending"


def test_disk_full(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A full disk (SQLite's "database or disk is full", made with max_page_count):
    the action is not saved, everything before it is, and after space is freed the next
    action saves again."""
    assert window.session is not None and window.workspace is not None
    ws = window.workspace
    path = window.session.path
    conn = sqlite3.connect(path)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    restore = _on_every_connection(window, f"PRAGMA max_page_count={pages}")
    decided = []
    for _ in range(60):  # until the file would have to grow
        pid = ws.current_id()
        _decide_current(window)
        if error_box(window) is not None:
            break
        decided.append(pid)
    else:
        pytest.fail("the file never filled up")
    assert "磁盘已满" in wait_error(qtbot, window)
    assert window.session is not None  # still open
    restore()  # space freed
    ws.step(-1)
    failed = ws.current_id()
    _decide_current(window)
    assert error_box(window) is None
    window.close()
    with Desk.open(path) as desk:
        rows = {r.id: r.status for r in desk.rows(desk.list_ids())}
    assert all(rows[pid] == "accepted" for pid in [*decided, failed])


def test_error_dialog_names_the_typed_errors(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = window.session.path if window.session else Path("x")
    for error in (DiskFullError(path, "full", "磁盘已满"),
                  ReadOnlyFileError(path, "read-only", "只读"),
                  FileMissingError(path, "gone", "不存在")):
        window.show_error(error)
        assert wait_error(qtbot, window) == error.message_zh
