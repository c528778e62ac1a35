"""Opening a file this version must upgrade says so in the status line (on a national
file, building the search index anew takes about 8-13 s), in the window's language,
then counts the proposals indexed in the line and its bar."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar

from review_desk.desk import Desk
from review_desk.store import search_index
from review_desk.ui.main_window import MainWindow
from tests.helpers.search_fold import make_index_unfolded
from tests.unit.test_migration_v3 import v3_file

from .conftest import open_window


def _unfolded(path: Path) -> Path:
    with Desk.open(path) as desk, desk.store.writing() as conn:
        make_index_unfolded(conn)
    return path


def _close(app: QApplication, window: MainWindow) -> None:
    window.runner.wait()
    window.close()
    for translator in getattr(window, "translators", []):
        app.removeTranslator(translator)


def test_the_status_line_says_the_search_index_is_built_anew(
        qtbot, app: QApplication, session_file: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, app, None)
    shown: list[str] = []
    window.opener.busy_text.connect(shown.append)
    window.open_path(_unfolded(session_file))
    qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)
    assert any("重建" in s and "搜索索引" in s and session_file.name in s for s in shown), shown
    assert shown[-1] == ""  # then the status line is free again
    _close(app, window)


def test_an_english_window_says_it_in_english(
        qtbot, app: QApplication, session_file: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, app, None, language="en")
    shown: list[str] = []
    window.opener.busy_text.connect(shown.append)
    window.open_path(_unfolded(session_file))
    qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)
    assert any("search index" in s for s in shown), shown
    _close(app, window)


def _held_at_batch(monkeypatch: pytest.MonkeyPatch, held: int, size: int = 10
                   ) -> threading.Event:
    """Build the index `size` proposals at a time, the build held before batch `held`
    until the returned event is set (as a slow disk would hold it): nothing depends on
    timing."""
    go = threading.Event()
    insert = search_index._insert_documents
    batches: list[int] = []

    def slow(cursor, docs):  # type: ignore[no-untyped-def]
        batches.append(len(docs))
        if len(batches) == held:
            go.wait(30)
        insert(cursor, docs)

    monkeypatch.setattr(search_index, "REBUILD_BATCH", size)
    monkeypatch.setattr(search_index, "_insert_documents", slow)
    return go


@pytest.mark.parametrize(("language", "counting"), [
    ("zh_CN", "正在建立搜索索引… %1 / %2"), ("en", "Building the search index… %1 / %2")])
def test_the_status_line_counts_the_proposals_indexed(
        qtbot, app: QApplication, session_file: Path, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path, language: str, counting: str) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, app, None, language=language)
    line = window.findChild(QLabel, "busyText")
    bar = window.findChild(QProgressBar, "busyProgress")
    shown: list[str] = []
    window.opener.busy_text.connect(shown.append)
    older = _unfolded(session_file)
    go = _held_at_batch(monkeypatch, held=4)
    window.open_path(older)
    try:
        # 30 of the demo's 80 proposals indexed, the fourth batch under way
        qtbot.waitUntil(lambda: line.text() == counting.replace("%1", "30").replace(
            "%2", "80"), timeout=15_000)
        assert bar.isVisible() and (bar.value(), bar.maximum()) == (30, 80)
        window.grab().save(str(tmp_path / f"rebuild-{language}.png"))
    finally:
        go.set()
    qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)
    counts = [s for s in shown if s.startswith(counting[:10])]
    assert counts == [counting.replace("%1", str(done)).replace("%2", "80")
                      for done in range(0, 81, 10)]
    assert shown[-1] == ""
    qtbot.waitUntil(lambda: line.text() == "", timeout=15_000)  # after the file's check
    _close(app, window)


def test_an_older_format_counts_the_index_its_migration_builds(
        qtbot, app: QApplication, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, app, None)
    line = window.findChild(QLabel, "busyText")
    shown: list[str] = []
    window.opener.busy_text.connect(shown.append)
    older = v3_file(tmp_path / "旧格式.rdesk")  # 16 proposals
    go = _held_at_batch(monkeypatch, held=3, size=2)
    window.open_path(older)
    try:
        qtbot.waitUntil(lambda: line.text() == "正在建立搜索索引… 4 / 16", timeout=15_000)
    finally:
        go.set()
    qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)
    counts = [s for s in shown if s.startswith("正在建立搜索索引")]
    assert counts == [f"正在建立搜索索引… {done} / 16" for done in range(0, 17, 2)]
    assert "升级" in shown[1] and "布局" in shown[-2] and shown[-1] == ""
    _close(app, window)


def test_quitting_while_another_program_upgrades_the_file_ends_the_wait(
        qtbot, app: QApplication, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The wait for another program's upgrade (up to 15 minutes) tells the window through
    the task's progress, so quitting cancels it at its next notice instead of keeping
    the pool, and the closing window, waiting."""
    from tests.unit.test_upgrade_wait import Upgrader

    path = v3_file(tmp_path / "会议 v3.rdesk")
    upgrader = Upgrader(path)  # a real process, held in the middle of its upgrade
    try:
        window = open_window(qtbot, app, None)
        shown: list[str] = []
        window.opener.busy_text.connect(shown.append)
        window.open_path(path)
        qtbot.waitUntil(lambda: any("另一个程序" in s and "正在等待" in s for s in shown),
                        timeout=60_000)
        assert window.runner.shutdown()  # as on aboutToQuit: the wait ended, the pool idle
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=5_000)  # its end delivered
        assert window.session is None
    finally:
        upgrader.close()
    _close(app, window)
