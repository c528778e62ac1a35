"""Ctrl+Z after a bulk takes the whole bulk back off the UI thread, with a count, as the
bulk itself ran: the window keeps answering keys meanwhile, and the list, the status line
and the Edit menu then say what was taken back (Ctrl+Shift+Z the same for redo)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from review_desk.ui.main_window import MainWindow

from .keys import press, when_modal

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
BULK = 60  # more proposals than the window takes back on the UI thread


def _yes(dialog: QWidget) -> None:
    assert isinstance(dialog, QMessageBox)
    button = dialog.button(QMessageBox.StandardButton.Yes)
    button.setFocus()
    press(button, K.Key_Space)


def test_ctrl_z_takes_a_bulk_back_off_the_ui_thread(
        window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    ws, session = window.workspace, window.session
    assert ws is not None and session is not None
    ws.table.setFocus()
    ws.select_row(0)
    for _ in range(BULK - 1):
        press(ws.table, K.Key_Down, SHIFT)
    chosen = list(ws.selected_ids())
    assert len(chosen) == BULK
    when_modal(_yes)
    press(ws.table, K.Key_W)
    qtbot.waitUntil(lambda: not session.writing_long, timeout=30_000)
    before = {row.id: row.status for row in session.desk.rows(chosen)}
    assert set(before.values()) == {"withdrawn"}

    undo = session.desk.undo
    original, gate, calls = undo.undo, threading.Event(), []

    def held_undo(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(threading.current_thread() is threading.main_thread())
        gate.wait(20)  # a long undo: the test lets it end
        return original(*args, **kwargs)

    monkeypatch.setattr(undo, "undo", held_undo)
    ws.table.setFocus()
    press(ws.table, K.Key_Z, CTRL)
    qtbot.waitUntil(lambda: bool(calls))
    assert calls == [False] and session.writing_long  # on the worker thread, held there
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
