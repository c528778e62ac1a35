"""One window at a time on a session file: a second window of this program, or another
program, is told the file is open elsewhere; a lock left by a process that is gone is
taken over; the lock goes when the session closes."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtWidgets import QApplication

from review_desk.ui.main_window import MainWindow
from review_desk.ui.session_lock import LockHolder, SessionInUseError, SessionLock, lock_path

from .conftest import open_window

HOLDER = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QCoreApplication, QLockFile
    app = QCoreApplication([])
    lock = QLockFile(sys.argv[1])
    lock.setStaleLockTime(0)
    assert lock.tryLock(0)
    print("locked", flush=True)
    sys.stdin.readline()  # hold it until told
""")


def refused(qtbot, window: MainWindow, path: Path) -> str:  # type: ignore[no-untyped-def]
    """Try to open `path`; the message the window showed instead."""
    window.last_error = ""
    window.open_path(path)
    qtbot.waitUntil(lambda: bool(window.last_error))
    assert window.session is None
    box = window.findChild(object, "errorBox")
    if box is not None:
        box.close()
    return window.last_error


def test_second_window_is_told(qtbot, app: QApplication,  # type: ignore[no-untyped-def]
                               window: MainWindow, session_file: Path) -> None:
    assert lock_path(session_file).exists()
    second = open_window(qtbot, app, None)
    message = refused(qtbot, second, session_file)
    assert "session.rdesk" in message and "另一个提案审查台窗口" in message
    assert window.session is not None  # the first window carries on
    window.session.command(lambda d: d.decisions.decide([window.workspace.model.ids[0]],
                                                        "accept"))
    window.close_session()
    assert not lock_path(session_file).exists()
    second.open_path(session_file)  # free now
    qtbot.waitUntil(lambda: second.session is not None, timeout=15_000)
    assert lock_path(session_file).exists()
    second.close()
    assert not lock_path(session_file).exists()


def test_reopening_in_the_same_window_keeps_it_open(qtbot,  # type: ignore[no-untyped-def]
                                                    window: MainWindow,
                                                    session_file: Path) -> None:
    session = window.session
    window.open_path(session_file)
    assert window.session is session and window.last_error == ""


def test_another_program_holds_it_then_goes(qtbot, app: QApplication,  # type: ignore[no-untyped-def]
                                            session_file: Path) -> None:
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(lock_path(session_file))],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
            window = open_window(qtbot, app, None)
            message = refused(qtbot, window, session_file)
            assert "session.rdesk" in message and "另一个程序" in message
            assert str(holder.pid) in message
        finally:
            holder.kill()  # gone without unlocking: its lock file stays, stale
            holder.wait()
    assert lock_path(session_file).exists()
    window.open_path(session_file)
    qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)
    window.close()
    assert not lock_path(session_file).exists()


def test_lock_from_another_computer(session_file: Path) -> None:
    lock_path(session_file).write_text(f"{os.getpid()}\nreview-desk\nfar-away-pc\n",
                                       encoding="utf-8")
    try:
        SessionLock.acquire(session_file)
    except SessionInUseError as error:
        assert error.holder == LockHolder(os.getpid(), "far-away-pc", "review-desk")
        assert not error.holder.this_computer
        assert "far-away-pc" in error.message_zh and "session.rdesk.lock" in error.message_zh
        assert "far-away-pc" in error.message and "session.rdesk.lock" in error.message
    else:
        raise AssertionError("a lock of another computer was taken over")


def test_english_wording_names_file_and_program() -> None:
    here = LockHolder(os.getpid() + 1, socket.gethostname(), "review-desk")
    error = SessionInUseError(Path("/x/会议.rdesk"), here)
    assert "“会议.rdesk” is already open in another program" in error.message
    assert "review-desk" in error.message and str(here.pid) in error.message
