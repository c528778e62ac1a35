"""Ctrl+Z after a bulk takes the whole bulk back off the UI thread, with a count, as the
bulk itself ran: the window keeps answering keys meanwhile, and the list, the status line
and the Edit menu then say what was taken back (Ctrl+Shift+Z the same for redo)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from review_desk.ui.main_window import MainWindow

from .keys import press, when_modal

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
BULK = 60  # more proposals than the window takes back on the UI thread
OPEN = threading.Event()  # a gate that holds nothing
OPEN.set()


def _yes(dialog: QWidget) -> None:
    assert isinstance(dialog, QMessageBox)
    button = dialog.button(QMessageBox.StandardButton.Yes)
    button.setFocus()
    press(button, K.Key_Space)


def _bulk(window: MainWindow, qtbot, first: int, key: Qt.Key) -> list[str]:  # type: ignore[no-untyped-def]
    """Select BULK rows from `first` with Shift+Down and decide them with `key`."""
    ws, session = window.workspace, window.session
    assert ws is not None and session is not None
    ws.table.setFocus()
    ws.select_row(first)
    for _ in range(BULK - 1):
        press(ws.table, K.Key_Down, SHIFT)
    chosen = list(ws.selected_ids())
    when_modal(_yes)
    press(ws.table, key)
    return chosen


def _held(monkeypatch: pytest.MonkeyPatch, owner: object, name: str,
          gate: threading.Event, calls: list[tuple[str, bool]]) -> None:
    """Record on which thread `owner.name` runs; it waits for `gate` first."""
    original = getattr(owner, name)

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append((name, threading.current_thread() is threading.main_thread()))
        gate.wait(20)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, held)


def test_ctrl_z_takes_a_bulk_back_off_the_ui_thread(
        window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    ws, session = window.workspace, window.session
    assert ws is not None and session is not None
    chosen = _bulk(window, qtbot, 0, K.Key_W)
    assert len(chosen) == BULK
    qtbot.waitUntil(lambda: not session.writing_long, timeout=30_000)
    assert {row.status for row in session.desk.rows(chosen)} == {"withdrawn"}

    gate, calls = threading.Event(), []
    _held(monkeypatch, session.desk.undo, "undo", gate, calls)
    ws.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.table)  # the window active
    press(ws.table, K.Key_Z, CTRL)
    qtbot.waitUntil(lambda: bool(calls))
    assert calls == [("undo", False)] and session.writing_long  # on the worker, held there
    row_before = ws.table.currentIndex().row()
    press(ws.table, K.Key_J)  # the window still answers
    assert ws.table.currentIndex().row() != row_before
    gate.set()
    qtbot.waitUntil(lambda: not session.writing_long, timeout=30_000)
    assert {row.status for row in session.desk.rows(chosen)} == {"pending"}
    assert "已撤销" in window.statusBar().currentMessage()
    assert f"{BULK} 件" in window.keymap["redo"].text()

    press(ws.table, K.Key_Z, CTRL | SHIFT)  # redo: off the UI thread too
    assert session.writing_long
    qtbot.waitUntil(lambda: not session.writing_long, timeout=30_000)
    assert {row.status for row in session.desk.rows(chosen)} == {"withdrawn"}
    assert "已重做" in window.statusBar().currentMessage()


def test_ctrl_z_twice_during_a_long_undo_waits_and_takes_back_both_in_order(
        window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    ws, session = window.workspace, window.session
    assert ws is not None and session is not None
    accepted = _bulk(window, qtbot, 0, K.Key_A)
    qtbot.waitUntil(lambda: not session.writing_long, timeout=30_000)
    withdrawn = _bulk(window, qtbot, 0, K.Key_W)  # the same rows again: their 立案 undone later
    qtbot.waitUntil(lambda: not session.writing_long, timeout=30_000)
    assert accepted == withdrawn
    gate, calls = threading.Event(), []
    _held(monkeypatch, session.desk.undo, "undo", gate, calls)
    ws.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.table)  # the window active
    press(ws.table, K.Key_Z, CTRL)
    qtbot.waitUntil(lambda: bool(calls))
    press(ws.table, K.Key_Z, CTRL)  # while the first runs: waits in line, visibly
    waiting = window.status_line.waiting
    assert waiting.isVisible() and "1 项操作等待" in waiting.text()
    assert window.runner.running_for(session) == 1  # never two writers at once
    gate.set()
    qtbot.waitUntil(lambda: len(calls) == 2 and not session.writing_long, timeout=30_000)
    assert calls == [("undo", False), ("undo", False)]  # both off the UI thread
    assert {row.status for row in session.desk.rows(accepted)} == {"pending"}
    assert "已撤销：立案" in window.statusBar().currentMessage()
    assert not waiting.isVisible()


def test_ctrl_z_during_a_bulk_takes_that_bulk_back_off_the_ui_thread(
        window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    ws, session = window.workspace, window.session
    assert ws is not None and session is not None
    ws.table.setFocus()
    ws.select_row(70)
    press(ws.table, K.Key_A)  # one proposal: the undo stack's top is small
    statuses = {row.id: row.status for row in session.desk.rows(ws.model.ids[:BULK])}
    gate, calls = threading.Event(), []
    _held(monkeypatch, session.desk.decisions, "decide", gate, calls)
    chosen = _bulk(window, qtbot, 0, K.Key_W)
    qtbot.waitUntil(lambda: bool(calls))
    _held(monkeypatch, session.desk.undo, "undo", OPEN, calls)
    # the confirmation has closed and the window is active again: its shortcuts work
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.table)
    press(ws.table, K.Key_Z, CTRL)  # decided once the bulk is in the file: the bulk
    gate.set()
    qtbot.waitUntil(lambda: len(calls) == 2 and not session.writing_long, timeout=40_000)
    assert calls == [("decide", False), ("undo", False)]
    assert sorted(chosen) == sorted(statuses)
    assert {row.id: row.status for row in session.desk.rows(chosen)} == statuses


def test_undo_of_an_archive_import_runs_off_the_ui_thread(
        window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from review_desk.demo import generate

    session = window.session
    assert session is not None and window.current is not None
    cases = replace(generate(proposals=1, archive=120, seed=9), proposals=())
    session.command(lambda d: d.importer.import_bundle(cases))
    window.current.show_undo_state()
    before = len(session.desk.archive_ids())
    calls: list[tuple[str, bool]] = []
    _held(monkeypatch, session.desk.undo, "undo", OPEN, calls)
    assert window.workspace is not None
    press(window.workspace.table, K.Key_Z, CTRL)
    assert session.writing_long  # no proposal in it, but 120 records in a part
    qtbot.waitUntil(lambda: not session.writing_long, timeout=30_000)
    assert calls == [("undo", False)]
    assert len(session.desk.archive_ids()) == before - 120


def test_closing_during_a_bulk_runs_everything_that_waited(
        window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Closed while a bulk runs, with a second bulk and a decision waiting behind it: the
    decision waits for the second bulk and is kept, not dropped."""
    from review_desk.desk import Desk

    ws, session = window.workspace, window.session
    assert ws is not None and session is not None
    path = session.path
    gate, calls = threading.Event(), []
    _held(monkeypatch, session.desk.decisions, "decide", gate, calls)
    first = _bulk(window, qtbot, 0, K.Key_W)
    qtbot.waitUntil(lambda: bool(calls))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.table)
    ws.select_row(60)
    for _ in range(9):
        press(ws.table, K.Key_Down, SHIFT)
    second = list(ws.selected_ids())
    when_modal(_yes)
    press(ws.table, K.Key_W)  # a second bulk: waits for the first
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.table)
    ws.select_row(75)
    single = ws.current_id()
    press(ws.table, K.Key_A)  # waits behind both
    assert "2 项操作等待" in window.status_line.waiting.text()
    gate.set()
    window.close()
    with Desk.open(path, "检查") as desk:
        statuses = {row.id: row.status for row in desk.rows([*first, *second, single or ""])}
    assert {statuses[i] for i in [*first, *second]} == {"withdrawn"}
    assert statuses[single or ""] == "accepted"


def test_the_count_of_a_long_undo_ends_where_its_write_begins(
        window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """While the undone changes are written into the file (the commit: most of the time of
    a large undo, with nothing to count) the status bar says 「写入文件…」 and its bar moves
    without a value; it does not stand still on the last count."""
    from review_desk.review.journal import Journal

    from .test_screenshots import FOLDER

    ws, session = window.workspace, window.session
    assert ws is not None and session is not None
    chosen = _bulk(window, qtbot, 0, K.Key_W)
    qtbot.waitUntil(lambda: not session.writing_long, timeout=30_000)
    shown: list[str] = []
    status = window.status_line
    monkeypatch.setattr(status, "set_busy_text",
                        lambda text: (shown.append(text), status.busy_text.setText(text)))
    gate, calls = threading.Event(), []
    _held(monkeypatch, Journal, "commit", gate, calls)
    ws.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.table)
    press(ws.table, K.Key_Z, CTRL)
    qtbot.waitUntil(lambda: bool(calls))  # the changes are built; the write waits here
    assert calls == [("commit", False)]
    qtbot.waitUntil(lambda: status.busy_text.text() == "写入文件…")
    assert status.progress.isVisible()
    assert (status.progress.minimum(), status.progress.maximum()) == (0, 0)  # no value
    counts = [text for text in shown if text.startswith("已处理")]
    assert counts and shown[-1] == "写入文件…"
    FOLDER.mkdir(exist_ok=True)
    assert window.grab().save(str(FOLDER / "undo_writing.png"))
    gate.set()
    qtbot.waitUntil(lambda: not session.writing_long, timeout=30_000)
    assert {row.status for row in session.desk.rows(chosen)} == {"pending"}
    assert not status.progress.isVisible() and status.busy_text.text() == ""
    assert "已撤销" in window.statusBar().currentMessage()
