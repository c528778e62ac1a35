"""Opening a file this version must upgrade says so in the status line (on a national
file, building the search index anew takes about 13 s), in the window's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from review_desk.desk import Desk
from review_desk.ui.main_window import MainWindow
from tests.helpers.search_fold import make_index_unfolded

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
