"""The window has a child process build a large assistance index: the panel shows the
child's progress, loads what it wrote, and closing the session ends the child at once.
(The demo session is small; the tests lower the size from which a child builds.)"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Iterator
from multiprocessing.connection import Connection
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from review_desk.assist import index_process
from review_desk.assist.index_cache import cache_folder
from review_desk.ui.main_window import MainWindow

from .conftest import open_window

CHILD = "review-desk-assist-index"


def _slow_child(_path: str, _tag: str, sender: Connection) -> None:
    """A child that reports 30 % and then takes its time (spawned by reference)."""
    sender.send(("progress", "reading", 3, 10))
    time.sleep(120)


def _children() -> list[str]:
    return [p.name for p in multiprocessing.active_children()]


@pytest.fixture
def child_window(qtbot, app: QApplication, session_file: Path,  # type: ignore[no-untyped-def]
                 monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(index_process, "CHILD_FROM", 0)
    win = open_window(qtbot, app, session_file)
    yield win
    win.runner.wait()
    win.close()


def test_the_index_comes_from_a_child(child_window: MainWindow, session_file: Path,
                                      qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = child_window.assist
    assert panel is not None
    qtbot.waitUntil(lambda: not panel.busy, timeout=60_000)
    assert panel.assistant.ready and panel.assistant.index.loaded_from_cache
    assert (cache_folder(session_file) / "meta.json").exists()
    qtbot.waitUntil(lambda: CHILD not in _children(), timeout=10_000)
    assert child_window.last_error == ""


@pytest.fixture
def slow_child(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_process, "_child", _slow_child)


def test_progress_shown_and_closing_ends_the_child(slow_child: None,
                                                   child_window: MainWindow,
                                                   session_file: Path,
                                                   qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = child_window.assist
    assert panel is not None
    qtbot.waitUntil(lambda: "30 %" in panel.state.text(), timeout=30_000)
    assert CHILD in _children()
    child_window.close_session()
    # ended, not waited for (it would sleep two minutes)
    qtbot.waitUntil(lambda: CHILD not in _children(), timeout=10_000)
    assert child_window.session is None and child_window.last_error == ""
    assert not cache_folder(session_file).exists()
    assert list(session_file.parent.glob("*.tmp")) == []
