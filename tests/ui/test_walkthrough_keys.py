"""What a reviewer met walking the window by keyboard alone: each test repeats the keys
that went wrong (the merge group's Enter, an unknown unit typed, a suggested unit added
with Space, Home and End in the list)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListWidget, QPushButton, QWidget

from review_desk.desk import Desk
from review_desk.review.queries import ProposalFilter
from review_desk.ui.main_window import MainWindow

from .keys import focused, press, type_text, when_modal
from .test_bad_input import wait_error

K = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def test_enter_in_the_merge_group_changes_no_lead(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Down to look at the second proposal of the group, Enter: the lead stays the one
    selected first (Enter pressed the "Make lead" button, the dialog's default)."""
    ws = window.workspace
    assert ws is not None and window.session is not None
    ws.table.setFocus()
    first, second = ws.model.row_data(0), ws.model.row_data(1)
    assert first is not None and second is not None
    press(ws.table, K.Key_Down, SHIFT)
    leads: list[str] = []

    def look_enter_merge(dialog: QWidget) -> None:
        group = dialog.findChild(QListWidget, "mergeGroup")
        lead = dialog.findChild(QLabel, "mergeLead")
        assert group is not None and lead is not None
        group.setFocus()
        press(group, K.Key_Down)
        press(group, K.Key_Return)
        leads.append(lead.text())
        merge = dialog.findChild(QPushButton, "mergeButton")
        assert merge is not None
        merge.setFocus()
        press(merge, K.Key_Space)

    answer = when_modal(look_enter_merge)
    press(ws.table, K.Key_M)
    assert answer.ran and len(leads) == 1
    assert str(first.intake_no) in leads[0].split(), leads
    path = window.session.path
    window.close()
    with Desk.open(path) as desk:
        rows = {r.intake_no: r for r in desk.rows([first.id, second.id])}
    assert rows[first.intake_no].status == "accepted"
    assert rows[second.intake_no].merged_into == first.intake_no


def _units_box(window: MainWindow) -> QLineEdit:
    """A, U on the first proposal with suggested units: the box that adds a unit."""
    ws = window.workspace
    assert ws is not None
    ws.table.setFocus()
    while ws.detail.detail is not None and not ws.detail.detail.suggested_units:
        press(ws.table, K.Key_J)
    press(ws.table, K.Key_A)
    press(ws.table, K.Key_U)
    box = focused()
    assert isinstance(box, QLineEdit) and box.objectName() == "unitInput"
    return box


def test_an_unknown_unit_typed_stays_in_the_box(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    box = _units_box(window)
    type_text(box, "不存在的局")
    press(box, K.Key_Return)
    assert "不存在的局" in wait_error(qtbot, window)
    assert box.text() == "不存在的局"  # to correct, not to type again


def test_a_suggested_unit_added_by_space_keeps_the_keyboard_in_the_units(  # type: ignore[no-untyped-def]
        window: MainWindow, qtbot) -> None:
    ws = window.workspace
    assert ws is not None
    box = _units_box(window)
    units = ws.detail.units
    for _ in range(12):  # Tab on to the first suggested unit
        if focused().objectName() == "suggestedUnit":
            break
        press(focused(), K.Key_Tab)
    button = focused()
    assert isinstance(button, QPushButton) and button.objectName() == "suggestedUnit"
    assert ws.detail.detail is not None and not ws.detail.detail.row.units
    press(button, K.Key_Space)
    qtbot.waitUntil(lambda: ws.detail.detail is not None and len(ws.detail.detail.row.units) == 1)
    qtbot.wait(50)  # the old buttons are deleted later
    here = QApplication.focusWidget()
    assert here is not None and units.isAncestorOf(here), here
    assert here is box or here.objectName() == "suggestedUnit"


def test_home_and_end_go_to_the_first_and_last_proposal(window: MainWindow) -> None:
    ws = window.workspace
    assert ws is not None
    ws.table.setFocus()
    press(ws.table, K.Key_J)
    press(ws.table, K.Key_End)
    assert ws.table.currentIndex().row() == ws.model.rowCount() - 1
    assert ws.selected_ids() == [ws.model.ids[-1]]
    press(ws.table, K.Key_Home)
    assert ws.table.currentIndex().row() == 0
    press(ws.table, K.Key_End, SHIFT)  # Shift extends the selection to the end
    assert len(ws.selected_ids()) == ws.model.rowCount()


def _reject_first(window: MainWindow, qtbot) -> str:  # type: ignore[no-untyped-def]
    """R on the first proposal, the first reason: its id."""
    ws = window.workspace
    assert ws is not None
    ws.table.setFocus()
    pid = ws.current_id() or ""

    def first_reason(dialog: QWidget) -> None:
        press(dialog.focusWidget() or dialog, K.Key_Down)
        press(dialog.focusWidget() or dialog, K.Key_Return)

    when_modal(first_reason)
    press(ws.table, K.Key_R)
    qtbot.waitUntil(lambda: ws.model.row_data(0) is not None
                    and ws.model.row_data(0).status == "rejected")  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.table)
    return pid


def _decide_all_shown(window: MainWindow, confirm: Qt.Key) -> list[str]:
    """Ctrl+Shift+A, Enter on the decision offered first (立案), then `confirm` in the
    question; what the question said."""
    ws = window.workspace
    assert ws is not None
    said: list[str] = []

    def answer_question(dialog: QWidget) -> None:
        said.append(dialog.text())  # type: ignore[attr-defined]
        press(dialog, confirm)

    def pick_first(dialog: QWidget) -> None:
        when_modal(answer_question)
        press(dialog.focusWidget() or dialog, K.Key_Return)

    when_modal(pick_first)
    press(ws.table, K.Key_A, CTRL | SHIFT)
    return said


def test_enter_enter_after_decide_all_replaces_no_decision(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+A (a slip for Ctrl+A), Enter, Enter: the question that would replace a
    decision already made (a 不予立案 and its reason) answers No to Enter."""
    assert window.session is not None
    pid = _reject_first(window, qtbot)
    said = _decide_all_shown(window, K.Key_Return)
    assert said and "1" in re.findall(r"\d+", said[0])  # one decision it would replace
    qtbot.wait(100)
    with Desk.open(window.session.path) as desk:
        assert desk.detail(pid).row.status == "rejected"
        assert desk.detail(pid).reason


def test_decide_all_shown_leaves_merged_ones_with_their_lead(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """After a 并案 the whole list is decided with Y: the merged proposal stays merged
    (it follows its lead) and every other one is decided, no error."""
    ws = window.workspace
    assert ws is not None and window.session is not None
    ws.table.setFocus()
    press(ws.table, K.Key_Down, SHIFT)

    def merge(dialog: QWidget) -> None:
        button = dialog.findChild(QPushButton, "mergeButton")
        assert button is not None
        button.setFocus()
        press(button, K.Key_Space)

    when_modal(merge)
    press(ws.table, K.Key_M)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.table)
    member = ws.model.ids[1]
    said = _decide_all_shown(window, K.Key_Y)
    assert said and "1 件被并提案" in said[0]
    last = ws.model.ids[-1]
    qtbot.waitUntil(lambda: window.last_error != "" or ws.model.row_data(
        ws.model.row_of(last)).status == "accepted")  # type: ignore[union-attr]
    window.runner.wait()
    assert window.last_error == ""
    with Desk.open(window.session.path) as desk:
        rows = desk.rows(desk.list_ids(ProposalFilter()))
    statuses = {r.id: r.status for r in rows}
    assert statuses.pop(member) == "merged"
    assert set(statuses.values()) == {"accepted"}


def test_delete_in_the_units_table_removes_the_unit(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    assert ws is not None
    box = _units_box(window)
    for name in ("财政局", "民政局"):
        type_text(box, name)
        press(box, K.Key_Return)
    units = ws.detail.units
    qtbot.waitUntil(lambda: units.table.rowCount() == 2)
    units.table.setFocus()
    press(units.table, K.Key_Down)  # the second unit, 市民政局
    press(units.table, K.Key_Delete)
    qtbot.waitUntil(lambda: units.table.rowCount() == 1)
    assert ws.detail.detail is not None
    assert [u.name for u in ws.detail.detail.row.units] == ["市财政局"]
