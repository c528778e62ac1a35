"""A reviewer triages 50 proposals by keyboard alone — accept, not accept with a reason,
merge, assign a unit, undo, redo — and the file then says exactly that."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from review_desk.desk import Desk
from review_desk.review.queries import ProposalFilter
from review_desk.ui.main_window import MainWindow

from .keys import focused, press, type_text, when_modal

K = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _enter(dialog: QWidget) -> None:
    press(dialog.focusWidget() or dialog, K.Key_Return)


def _first_reason(dialog: QWidget) -> None:
    """The reason picker starts empty: Down picks the first reason, Enter confirms."""
    press(dialog.focusWidget() or dialog, K.Key_Down)
    _enter(dialog)


def _merge(dialog: QWidget) -> None:
    """Space on the 并案 button (Enter never merges; offscreen Qt has no mnemonics)."""
    button = dialog.findChild(QPushButton, "mergeButton")
    assert button is not None
    button.setFocus()
    press(button, K.Key_Space)


def test_triage_fifty_by_keyboard(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    assert ws is not None and window.session is not None
    ws.table.setFocus()
    expected: dict[int, str] = {}
    units = {}
    row = 0
    while row < 50:
        table = ws.table
        assert ws.table.currentIndex().row() == row
        intake = ws.model.row_data(row).intake_no
        kind = row % 10
        if kind in (0, 1, 5, 6, 8):
            press(table, K.Key_A)
            expected[intake] = "accepted"
        elif kind == 2:
            when_modal(_first_reason)  # the first reason, the first disposition
            press(table, K.Key_R)
            expected[intake] = "rejected"
        elif kind == 3:  # 并案: this one and the next; the first selected leads
            press(table, K.Key_Down, SHIFT)
            when_modal(_merge)
            press(table, K.Key_M)
            member = ws.model.row_data(row + 1).intake_no
            expected[intake], expected[member] = "accepted", "merged"
            assert ws.table.currentIndex().row() == row + 1  # place kept
            row += 1
        elif kind == 4:  # assign a unit by its short name through the completer
            press(table, K.Key_A)
            press(table, K.Key_U)
            type_text(focused(), "财政局")
            press(focused(), K.Key_Return)
            press(focused(), K.Key_Escape)
            expected[intake] = "accepted"
            units[intake] = "财政局"
        elif kind == 7:
            press(table, K.Key_W)
            expected[intake] = "withdrawn"
        else:
            press(table, K.Key_A)
            press(table, K.Key_P)  # changed my mind: back to pending
            expected[intake] = "pending"
        # after a dialog the window is active again (asynchronously) with the list focused
        qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.table, timeout=3000)
        press(ws.table, K.Key_J)
        row += 1
    assert window.last_error == ""

    # undo twice: the last proposal goes back through accepted to pending (its state
    # before both actions); redo twice: accepted, then pending again
    last = max(expected)
    model = ws.model
    assert "退回待审" in window.keymap["undo"].text()
    press(ws.table, K.Key_Z, CTRL)
    assert model.row_data(49).intake_no == last
    assert model.row_data(49).status == "accepted"
    assert "立案" in window.keymap["undo"].text()
    press(ws.table, K.Key_Z, CTRL)
    assert model.row_data(49).status == "pending"
    press(ws.table, K.Key_Z, CTRL | SHIFT)
    assert model.row_data(49).status == "accepted"
    assert "退回待审" in window.keymap["redo"].text()
    press(ws.table, K.Key_Y, CTRL)
    assert model.row_data(49).status == "pending"
    assert not window.keymap["redo"].isEnabled()
    expected[last] = "pending"
    # the list kept its place through all of it
    assert ws.table.currentIndex().row() == 50

    path = window.session.path
    window.close()
    with Desk.open(path) as desk:
        ids = desk.list_ids(ProposalFilter())
        rows = {r.intake_no: r for r in desk.rows(ids)}
        for intake, status in expected.items():
            assert rows[intake].status == status, intake
        rejected = [r for r in rows.values() if r.status == "rejected"]
        assert rejected
        for r in rejected:
            assert desk.detail(r.id).reason  # every one has its reason
        for intake, unit in units.items():
            assert any(u.name.endswith(unit) or unit in u.name for u in rows[intake].units)
        merged = [r for r in rows.values() if r.status == "merged"]
        assert merged and all(r.merged_into is not None for r in merged)
        counts = Counter(r.status for r in rows.values() if r.intake_no in expected)
        assert counts["merged"] == 5 and counts["rejected"] == 5
