"""The file's safety in the window, by keys: File → Save a copy writes a complete copy
(never over the open file), and a file damaged in the middle is found when it opens:
a message that says what to do, nothing more written to it, no sync."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget

from review_desk.desk import Desk
from review_desk.ui.main_window import MainWindow

from .conftest import open_window
from .keys import press, type_text, when_modal

K = Qt.Key
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _journal_rows(path: Path) -> int:
    conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM change").fetchone()[0])
    finally:
        conn.close()


def _type_file_name(name: Path) -> None:
    """Answer the next file dialog: its name box gets `name`, then Enter."""
    def answer(dialog: QWidget) -> None:
        box = dialog.findChild(QLineEdit, "fileNameEdit")
        assert box is not None
        box.setFocus()
        box.selectAll()
        type_text(box, str(name))
        press(box, K.Key_Return)
    when_modal(answer)


def _activate(window: QWidget) -> bool:
    """Give `window` the keyboard back, as the window system does when a dialog closes
    (the closed dialog's own activation may still be on its way: asked until it holds)."""
    window.activateWindow()
    return QApplication.activeWindow() is window


def _error_box(window: MainWindow) -> QMessageBox | None:
    box = window.findChild(QMessageBox, "errorBox")
    return box if box is not None and box.isVisible() else None


def test_save_a_copy_by_keys(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    assert ws is not None and window.session is not None
    ws.table.setFocus()
    assert ws.next_pending()
    decided = ws.current_id()
    press(ws.table, K.Key_A)  # a decision just made is in the copy
    target = tmp_path / "U盘" / "副本 #1.rdesk"
    target.parent.mkdir()
    _type_file_name(target)
    press(ws.table, K.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(lambda: "已保存副本" in window.statusBar().currentMessage(),
                    timeout=15_000)
    assert str(target) in window.statusBar().currentMessage()
    with Desk.open(target) as copy:
        assert copy.check_integrity().ok
        assert decided is not None and copy.rows([decided])[0].status == "accepted"
        assert _journal_rows(target) == _journal_rows(window.session.path)


def test_a_copy_never_replaces_the_open_file(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.session is not None and window.workspace is not None
    path = window.session.path
    rows = _journal_rows(path)
    _type_file_name(path)
    # the file dialog asks whether to replace the existing file: yes (Y) …
    asked: list[str] = []

    def confirm_replace(left: int = 250) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QMessageBox) and dialog.isVisible():
            asked.append(dialog.text())
            press(dialog, K.Key_Y)
        elif left:
            QTimer.singleShot(20, lambda: confirm_replace(left - 1))

    QTimer.singleShot(0, confirm_replace)
    press(window.workspace.table, K.Key_S, CTRL_SHIFT)
    # … and the core still refuses: it is the open file itself
    qtbot.waitUntil(lambda: _error_box(window) is not None, timeout=15_000)
    box = _error_box(window)
    assert asked and path.name in asked[0]
    assert box is not None and "当前打开的文件" in box.text()
    assert _journal_rows(path) == rows
    with Desk.open(path) as desk:
        assert desk.check_integrity().ok


def damage_archive_pages(path: Path, pages: int = 8) -> None:
    """Overwrite some pages of the archive table with random bytes (the list and the
    detail do not read them, so the window opens as if nothing were wrong)."""
    conn = sqlite3.connect(path)
    size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    numbers = [int(r[0]) for r in conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'archive_case' ORDER BY pageno")]
    conn.close()
    with path.open("r+b") as handle:
        for page in numbers[2:2 + pages]:
            handle.seek((page - 1) * size)
            handle.write(os.urandom(size))


def test_a_damaged_file_is_found_on_open(qtbot, app, session_file: Path) -> None:  # type: ignore[no-untyped-def]
    damage_archive_pages(session_file)
    rows = _journal_rows(session_file)
    window = open_window(qtbot, app, session_file)
    try:
        qtbot.waitUntil(lambda: _error_box(window) is not None, timeout=15_000)
        box = _error_box(window)
        assert box is not None
        # what happened, and what to do
        assert "损坏" in box.text() and "不会同步" in box.text()
        assert "review-desk checkout" in box.text() and "--rescue" in box.text()
        press(box, K.Key_Return)
        assert _error_box(window) is None
        qtbot.waitUntil(lambda: _activate(window))
        ws = window.workspace
        assert ws is not None and ws.detail.detail is not None  # still readable
        assert not window.keymap["sync"].isEnabled()
        assert "损坏" in window.status_line.unsynced.text()
        ws.table.setFocus()
        press(ws.table, K.Key_F5)  # no sync, not even the question where to
        assert QApplication.activeModalWidget() is None  # nor a second message
        window.last_error = ""
        press(ws.table, K.Key_A)  # nothing more is written to it
        assert "损坏" in window.last_error
        assert ws.detail.detail.row.status == "pending"
        assert _journal_rows(session_file) == rows
    finally:
        window.runner.wait()
        window.close()
