"""Quitting the app without closing the window while a background task runs (a session
logout, QCoreApplication.exit): the task is cancelled, nothing reports "Signal source has
been deleted" (the crash log caught it at workers.py), the session file is closed and its
lock released. Run in a child process: the bug showed at interpreter exit."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from review_desk.ui.session_lock import lock_path
from review_desk.ui.workers import TaskCancelled, TaskRunner

CHILD = textwrap.dedent("""
    import os, sys, tempfile, threading, time
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings, QTimer
    from review_desk.ui import crash_dialog
    from review_desk.ui.app import make_app, make_window
    from review_desk.ui.settings import Settings

    session, marker = Path(sys.argv[1]), Path(sys.argv[2])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp())
    started = threading.Event()

    def endless(progress):
        started.set()
        try:
            while True:  # until cancelled: the quit certainly comes while it runs
                time.sleep(0.01)
                progress("work", 1, 2)
        finally:
            marker.write_text("stopped", encoding="utf-8")

    def run():
        app = make_app()
        crash_dialog.install(app)
        window = make_window(app, Settings(reviewer="t"), language="en")
        window.show()
        window.open_path(session)

        def step():
            if window.session is None:
                return
            if not window.runner.busy and not started.is_set():
                window.runner.start(endless, lambda _r: None, lambda _e: None,
                                    lambda *_a: None)
            elif started.is_set():
                timer.stop()
                app.exit(0)  # quit without closing the window

        timer = QTimer()
        timer.timeout.connect(step)
        timer.start(20)
        return app.exec()

    code = run()
    print("session open at exit:", Path(str(session) + ".lock").exists(), flush=True)
    sys.exit(code)
""")


def test_quit_with_a_task_running(session_file: Path, tmp_path: Path) -> None:
    marker = tmp_path / "stopped"
    env = {**os.environ, "REVIEW_DESK_LOG_DIR": str(tmp_path / "logs")}
    done = subprocess.run([sys.executable, "-c", CHILD, str(session_file), str(marker)],
                          capture_output=True, text=True, timeout=120, env=env, check=False)
    assert "Signal source has been deleted" not in done.stderr, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    assert "session open at exit: False" in done.stdout
    assert marker.read_text(encoding="utf-8") == "stopped"  # cancelled, not abandoned
    assert not lock_path(session_file).exists()


def test_shutdown_cancels_at_the_next_progress_report(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    started, seen = threading.Event(), []

    def endless(progress):  # type: ignore[no-untyped-def]
        started.set()
        try:
            while True:
                progress("work", 1, 2)
        except TaskCancelled:
            seen.append("cancelled")
            raise

    task = runner.start(endless, seen.append, seen.append)
    assert task.signals.parent() is QCoreApplication.instance()  # outlives Python's teardown
    assert started.wait(10)
    assert runner.shutdown()
    qtbot.waitUntil(lambda: not runner.busy)
    assert seen == ["cancelled"]  # neither done nor failed was called
