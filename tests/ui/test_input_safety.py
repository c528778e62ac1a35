"""Nothing typed is lost and nothing is sent where it was not meant to go — each test
drives the window with real key presses (and a mouse click where a person clicks)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QListView,
    QListWidget,
    QWidget,
)

from review_desk.desk import Desk
from review_desk.errors import ReadOnlyFileError
from review_desk.ui.main_window import MainWindow

from .keys import focused, inside, press, type_text, when_modal

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
OPINION = "建议先行调研停车供需"


def _journal_size(window: MainWindow) -> int:
    assert window.session is not None
    with window.session.desk.store.reading() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM change").scalar() or 0)


def _opinion_of(path: Path, proposal_id: str) -> str:
    with Desk.open(path) as desk:
        return desk.detail(proposal_id).opinion


def _status_in_file(path: Path, proposal_id: str) -> str:
    with Desk.open(path) as desk:
        return desk.detail(proposal_id).row.status


def _start_opinion(window: MainWindow) -> str:
    """O on the first proposal, then the opinion typed; its id."""
    ws = window.workspace
    assert ws is not None
    ws.table.setFocus()
    pid = ws.current_id()
    assert pid is not None
    press(ws.table, K.Key_O)
    assert focused() is ws.detail.notes.opinion
    type_text(focused(), OPINION)
    return pid


def test_opinion_kept_after_esc_and_j(window: MainWindow) -> None:
    pid = _start_opinion(window)
    ws = window.workspace
    assert ws is not None
    press(focused(), K.Key_Escape)  # back to the list: leaving the box saves it …
    assert focused() is ws.table
    assert window.session is not None
    assert _opinion_of(window.session.path, pid) == OPINION
    press(ws.table, K.Key_J)  # … and on to the next proposal
    assert ws.current_id() != pid
    assert window.session is not None
    assert _opinion_of(window.session.path, pid) == OPINION
    assert "审查意见" in window.keymap["undo"].text()  # one undoable change
    press(ws.table, K.Key_Z, CTRL)
    assert _opinion_of(window.session.path, pid) == ""


def test_opinion_kept_after_clicking_another_row(window: MainWindow) -> None:
    pid = _start_opinion(window)
    ws = window.workspace
    assert ws is not None and window.session is not None
    rect = ws.table.visualRect(ws.model.index(3, 2))
    QTest.mouseClick(ws.table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())
    assert ws.table.currentIndex().row() == 3
    assert _opinion_of(window.session.path, pid) == OPINION


def test_opinion_kept_when_the_menu_moves_on(window: MainWindow) -> None:
    """Review → Next proposal picked in the menu: the cursor never left the box."""
    pid = _start_opinion(window)
    ws = window.workspace
    assert ws is not None and window.session is not None
    window.keymap["next"].trigger()  # what clicking the menu entry does
    assert ws.current_id() != pid
    assert _opinion_of(window.session.path, pid) == OPINION


def test_opinion_kept_on_quit(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    pid = _start_opinion(window)
    assert window.session is not None
    path = window.session.path
    press(focused(), K.Key_Q, CTRL)  # quit with the cursor still in the opinion
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.session is None
    assert _opinion_of(path, pid) == OPINION


def test_note_typed_and_left_is_added(window: MainWindow) -> None:
    ws = window.workspace
    assert ws is not None and window.session is not None
    ws.table.setFocus()
    pid = ws.current_id()
    press(ws.table, K.Key_3, Qt.KeyboardModifier.AltModifier)  # the opinion and notes tab
    notes = ws.detail.notes
    notes.new_note.setFocus()
    type_text(notes.new_note, "联系提案人核实数据")
    press(focused(), K.Key_Escape)
    with Desk.open(window.session.path) as desk:
        assert [n.text for n in desk.detail(pid or "").notes] == ["联系提案人核实数据"]


def test_draft_that_cannot_be_saved_stays_with_the_reason(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.session is not None
    annotations = window.session.desk.annotations

    def refuse(*_args: object) -> None:
        raise ReadOnlyFileError(window.session.path if window.session else Path(),
                                "read-only", "文件为只读")

    monkeypatch.setattr(annotations, "set_opinion", refuse)
    pid = _start_opinion(window)
    ws = window.workspace
    assert ws is not None
    qtbot.waitUntil(lambda: True)
    press(focused(), K.Key_Escape)
    press(ws.table, K.Key_J)
    box = window.findChild(QWidget, "errorBox")
    if box is not None:
        box.close()
    press(ws.table, K.Key_K)  # back: the draft is there, with why it is not saved
    assert ws.current_id() == pid
    notes = ws.detail.notes
    assert notes.opinion.toPlainText() == OPINION
    assert notes.unsaved.isVisible() and "只读" in notes.unsaved.text()
    monkeypatch.undo()  # the file is writable again: leaving saves it
    press(ws.table, K.Key_J)
    assert _opinion_of(window.session.path, pid) == OPINION


def test_enter_in_the_merge_search_merges_nothing(window: MainWindow) -> None:
    ws = window.workspace
    assert ws is not None
    ws.table.setFocus()
    before = _journal_size(window)
    seen: list[bool] = []
    other = ws.model.row_data(10)
    assert other is not None
    words = str(other.intake_no)  # the merge search finds a proposal by its number

    def search_and_enter(dialog: QWidget) -> None:
        search = dialog.findChild(QLineEdit, "mergeSearch")
        assert search is not None
        search.setFocus()
        type_text(search, words)
        press(search, K.Key_Return)  # runs the search …
        assert dialog.findChild(QListWidget, "mergeResults").count()  # type: ignore[union-attr]
        press(inside(dialog), K.Key_Return)  # … and Enter on a result adds it to the group
        seen.append(dialog.isVisible())
        press(inside(dialog), K.Key_Escape)

    when_modal(search_and_enter)
    press(ws.table, K.Key_M)
    assert seen == [True]  # still open after both Enters
    assert _journal_size(window) == before  # nothing merged, no lead accepted


def test_enter_in_dialog_text_boxes_keeps_them_open(window: MainWindow) -> None:
    """The bulk unit picker and the reject remark: Enter stays in the box."""
    ws = window.workspace
    assert ws is not None
    ws.table.setFocus()
    before = _journal_size(window)
    seen: list[tuple[str, bool]] = []

    def enter_in_every_box(dialog: QWidget) -> None:
        for box in dialog.findChildren(QLineEdit):
            box.setFocus()
            type_text(box, "财政")
            press(box, K.Key_Return)
            if QApplication.activePopupWidget() is not None:
                press(QApplication.activePopupWidget(), K.Key_Escape)
            seen.append((box.objectName(), dialog.isVisible()))
        press(inside(dialog), K.Key_Escape)

    when_modal(enter_in_every_box)
    press(ws.table, K.Key_U, CTRL | Qt.KeyboardModifier.ShiftModifier)  # bulk: add a unit
    when_modal(enter_in_every_box)
    press(ws.table, K.Key_R)
    assert seen and all(open_ for _name, open_ in seen), seen
    assert _journal_size(window) == before


@pytest.mark.parametrize("where", ["status filter", "units table"])
def test_decision_letters_do_nothing_outside_the_list(window: MainWindow, where: str) -> None:
    ws = window.workspace
    assert ws is not None and window.session is not None
    if where == "status filter":
        target: QWidget = window.filters.status
    else:
        ws.detail.tabs.setCurrentIndex(1)
        target = ws.detail.units.table
    target.setFocus()
    before = _journal_size(window)
    dialogs: list[QWidget] = []
    guard = when_modal(lambda d: (dialogs.append(d), press(d, K.Key_Escape)))
    for key in (K.Key_W, K.Key_A, K.Key_R):
        press(target, key)
    guard.cancel()  # no dialog came; the guard must not answer a later test's dialog
    assert _journal_size(window) == before
    assert dialogs == [] and not guard.ran  # R opened no reject dialog


def test_reject_needs_a_reason_chosen(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    assert ws is not None and window.session is not None
    ws.table.setFocus()
    pid = ws.current_id() or ""
    before = _journal_size(window)
    states: list[bool] = []

    def enter_at_once(dialog: QWidget) -> None:
        reason = dialog.findChild(QComboBox, "reasonPicker")
        states.append(reason is not None and reason.currentIndex() == -1)  # none chosen
        press(inside(dialog), K.Key_Return)  # R + Enter: nobody chose a reason
        if dialog.isVisible():
            press(inside(dialog), K.Key_Escape)

    first = when_modal(enter_at_once)
    press(ws.table, K.Key_R)
    assert first.ran and states == [True] and _journal_size(window) == before  # nothing
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.table)  # back on the list

    open_after_enter: list[bool] = []

    def choose_and_remark(dialog: QWidget) -> None:
        press(inside(dialog), K.Key_Down)  # the first reason, chosen
        remark = dialog.findChild(QLineEdit, "rejectRemark")
        assert remark is not None
        remark.setFocus()
        type_text(remark, "已转有关部门研究")
        press(remark, K.Key_Return)  # stays in the remark
        open_after_enter.append(dialog.isVisible())
        dialog.findChild(QWidget, "reasonPicker").setFocus()  # type: ignore[union-attr]
        press(inside(dialog), K.Key_Return)

    second = when_modal(choose_and_remark)
    press(ws.table, K.Key_R)
    assert second.ran and open_after_enter == [True]
    path = window.session.path
    qtbot.waitUntil(lambda: _status_in_file(path, pid) == "rejected")  # the decision landed
    with Desk.open(path) as desk:
        detail = desk.detail(pid)
        assert detail.reason
        assert detail.reason_remark == "已转有关部门研究"


def _unit_box(window: MainWindow) -> QLineEdit:
    ws = window.workspace
    assert ws is not None
    ws.table.setFocus()
    press(ws.table, K.Key_A)
    press(ws.table, K.Key_U)
    box = focused()
    assert isinstance(box, QLineEdit) and box.objectName() == "unitInput"
    return box


def _units_of(window: MainWindow) -> list[str]:
    ws = window.workspace
    assert ws is not None and ws.detail.detail is not None
    return [u.name for u in ws.detail.detail.row.units]


def test_completer_pick_by_keys_clears_the_box(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    box = _unit_box(window)
    type_text(box, "民政")
    popup = box.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    press(popup, K.Key_Down)
    press(popup, K.Key_Return)
    qtbot.waitUntil(lambda: box.text() == "")
    assert _units_of(window) == ["市民政局"]
    type_text(box, "财政局")  # the next name starts in an empty box
    press(focused(), K.Key_Return)
    qtbot.waitUntil(lambda: len(_units_of(window)) == 2)
    assert box.text() == ""


def test_completer_pick_by_mouse_adds_and_clears(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    box = _unit_box(window)
    type_text(box, "民政")
    popup = box.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert isinstance(popup, QListView)
    rect = popup.visualRect(popup.model().index(0, 0))
    QTest.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center() + QPoint(0, 0))
    qtbot.waitUntil(lambda: _units_of(window) == ["市民政局"])
    qtbot.waitUntil(lambda: box.text() == "")


def test_merge_says_who_leads_and_lets_it_change(window: MainWindow) -> None:
    ws = window.workspace
    assert ws is not None and window.session is not None
    ws.table.setFocus()
    first = ws.model.row_data(0)
    second = ws.model.row_data(1)
    press(ws.table, K.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # the cursor ends on 2
    said: list[str] = []

    def make_second_lead(dialog: QWidget) -> None:
        said.append(dialog.findChild(QWidget, "mergeLead").text())  # type: ignore[union-attr]
        said.append(dialog.findChild(QWidget, "mergeOutcome").text())  # type: ignore[union-attr]
        group = dialog.findChild(QWidget, "mergeGroup")
        assert group is not None
        group.setFocus()
        press(group, K.Key_Down)  # the second proposal …
        lead = dialog.findChild(QWidget, "makeLead")
        assert lead is not None
        lead.setFocus()
        press(lead, K.Key_Space)  # … made the lead
        said.append(dialog.findChild(QWidget, "mergeLead").text())  # type: ignore[union-attr]
        button = dialog.findChild(QWidget, "mergeButton")
        assert button is not None
        button.setFocus()
        press(button, K.Key_Space)

    when_modal(make_second_lead)
    press(ws.table, K.Key_M)
    assert first is not None and second is not None
    assert str(first.intake_no) in said[0]  # the first selected leads, not the cursor's row
    assert "立案" in said[1]
    assert str(second.intake_no) in said[2]
    with Desk.open(window.session.path) as desk:
        rows = {r.intake_no: r for r in desk.rows(desk.list_ids())}
    assert rows[second.intake_no].status == "accepted"
    assert rows[first.intake_no].merged_into == second.intake_no
