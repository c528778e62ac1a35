"""Opening a file while it is upgraded, as a person meets it: every notice is shown once
and in order even when the UI thread is late; Ctrl+Q ends a wait for another program's
upgrade; a window closed while its file opens never opens it afterwards.

The loading thread's sentences travel beside the task's progress (a queue the UI thread's
slot takes them from, one per report); a single shared cell lost the first of two sentences
told before the UI thread had shown it ("upgrading … (a backup copy first)") and showed the
second twice.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from review_desk.ui.main_window import MainWindow
from review_desk.ui.session_opener import same_file
from review_desk.ui.workers import TaskRunner
from tests.unit.test_migration_v3 import v3_file

from .conftest import open_window
from .keys import press


def open_while_upgraded(qtbot, window: MainWindow, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Open `path` in `window` until it says it waits for the other program's upgrade."""
    shown: list[str] = []
    window.opener.busy_text.connect(shown.append)
    window.open_path(path)
    qtbot.waitUntil(lambda: any("另一个程序" in s and "正在等待" in s for s in shown),
                    timeout=60_000)


def test_each_notice_of_an_upgrade_is_shown_even_when_the_ui_thread_is_late(
        qtbot, app: QApplication, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, app, None)
    shown: list[str] = []
    window.opener.busy_text.connect(shown.append)
    older = v3_file(tmp_path / "旧格式.rdesk")
    window.open_path(older)
    # the UI thread is busy (no events handled) until the loading thread has finished
    assert window.runner.wait(60_000)
    qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)
    sentences = [s for s in shown if s and not s.startswith("正在建立搜索索引")]
    window.runner.wait()
    window.close()
    # what the loading thread told, in order: opening, upgrading (backup), rewriting
    assert any("升级" in s and "备份" in s for s in sentences), sentences
    assert sum("布局" in s for s in sentences) == 1, sentences


def test_ctrl_q_while_another_program_upgrades_the_file_ends_the_wait(
        qtbot, app: QApplication, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Quitting the way a person does (Ctrl+Q closes the window, before the app's
    aboutToQuit) cancels the opening: its wait for the other program ends at the next
    notice (1 s) instead of the window hanging for its whole wait (30 s). Here the
    window's wait is cut to 5 s (the other program holds the file for minutes)."""
    from tests.unit.test_upgrade_wait import Upgrader

    path = v3_file(tmp_path / "会议 v3.rdesk")
    upgrader = Upgrader(path)  # a real process, held in the middle of its upgrade
    window = open_window(qtbot, app, None)
    try:
        open_while_upgraded(qtbot, window, path)
        waits: list[bool] = []
        real_wait = TaskRunner.wait

        def recorded(self: TaskRunner, msecs: int = 30_000) -> bool:
            waits.append(real_wait(self, min(msecs, 5_000)))
            return waits[-1]

        monkeypatch.setattr(TaskRunner, "wait", recorded)
        press(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=60_000)
        assert waits and all(waits), (
            f"closing the window waited for the opening task and gave up ({waits}): the "
            "wait for the other program's upgrade was not ended by the close")
    finally:
        window.runner.shutdown()  # what aboutToQuit would do next
        upgrader.close()


def test_a_window_closed_while_its_file_was_opening_does_not_open_it_later(
        qtbot, app: QApplication, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Two windows; the first is opening a file another program is upgrading and the
    person closes it (Ctrl+Q); the app goes on (the other window is open). When the other
    program is done, the closed window must not hold the session open without the lock
    it released: the file can be opened in the other window."""
    from tests.unit.test_upgrade_wait import Upgrader

    path = v3_file(tmp_path / "会议 v3.rdesk")
    upgrader = Upgrader(path)
    other = open_window(qtbot, app, None)
    closing = open_window(qtbot, app, None)
    try:
        open_while_upgraded(qtbot, closing, path)
        real_wait = TaskRunner.wait
        monkeypatch.setattr(TaskRunner, "wait",
                            lambda self, msecs=30_000: real_wait(self, min(msecs, 5_000)))
        press(closing, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not closing.isVisible(), timeout=60_000)
        assert closing.session is None
        upgrader.let_go()  # the other program finishes its upgrade
        monkeypatch.setattr(TaskRunner, "wait", real_wait)
        assert closing.runner.wait(60_000)
        qtbot.wait(200)  # the opening task's outcome is delivered
        ghost = closing.session
        # the person now opens the file in the window they kept
        errors: list[Exception] = []
        other.opener.failed.connect(errors.append)
        other.open_path(path)
        qtbot.wait(500)
        other.runner.wait()
        qtbot.wait(200)
        assert ghost is None, (
            f"the closed window opened {ghost.path.name} after it was closed; then "
            f"opening it in the other window: closed window shown again="
            f"{closing.isVisible()}, other window's session={other.session}, "
            f"errors={[type(e).__name__ + ': ' + str(e)[:120] for e in errors]}")
        qtbot.waitUntil(lambda: other.session is not None, timeout=30_000)
        assert errors == [] and same_file(other.session.path, path)
    finally:
        for window in (closing, other):
            window.runner.wait()
            window.close()
        upgrader.close()
