"""The questions of the bulk decisions count what the file holds: with accepted, withdrawn,
rejected and merged proposals in the list, Ctrl+Shift+A (decide all shown) and a decision
key on a selection say how many they decide, how many merged ones stay with their lead and
how many decisions they replace; Enter answers No and changes nothing, Y decides."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from review_desk.desk import Desk
from review_desk.ui.main_window import MainWindow

from .keys import press, when_modal
from .test_walkthrough_keys import _decide_all_shown

K = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier
DECIDED = ("accepted", "rejected", "withdrawn")


def _mixed(window: MainWindow) -> list[str]:
    """Three accepted, two withdrawn, one rejected at the top of the list, a lead with
    two merged members after them and one more accepted; the list's ids."""
    ws, session = window.workspace, window.session
    assert ws is not None and session is not None
    ids = list(ws.model.ids)
    reason = session.desk.list_items("reason")[0].name
    for command in (lambda d: d.decisions.decide([*ids[0:3], ids[10]], "accept"),
                    lambda d: d.decisions.decide(ids[3:5], "withdraw"),
                    lambda d: d.decisions.decide([ids[5]], "reject", reason),
                    lambda d: d.merging.merge(ids[6], [ids[7], ids[8]])):
        assert session.command(command) is not None
    ws.table.setFocus()
    return ids


def _statuses(window: MainWindow) -> dict[str, str]:
    """Every proposal's status, read from the file by the core (not by the window)."""
    assert window.session is not None
    with Desk.open(window.session.path) as desk:
        return {r.id: r.status for r in desk.rows(desk.list_ids())}


def test_decide_all_shown_counts_and_enter_answers_no(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    assert ws is not None
    ids = _mixed(window)
    before = _statuses(window)
    merged = sum(1 for s in before.values() if s == "merged")
    replaced = sum(1 for s in before.values() if s in DECIDED and s != "accepted")
    assert (merged, replaced) == (2, 3)  # what the file holds, as _mixed made it
    said = _decide_all_shown(window, K.Key_Return)  # the first decision offered: 立案
    assert said, "no question was asked"
    assert f"对 {len(ids) - merged} 件提案执行" in said[0], said
    assert f"{merged} 件被并提案随主并提案办理" in said[0], said
    assert f"其中 {replaced} 件已有其他决定" in said[0], said
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.table)
    window.runner.wait()
    assert _statuses(window) == before  # Enter answered No

    said = _decide_all_shown(window, K.Key_Y)
    assert said and f"其中 {replaced} 件已有其他决定" in said[0], said
    qtbot.waitUntil(lambda: window.last_error != "" or not window.session.writing_long)  # type: ignore[union-attr]
    window.runner.wait()
    assert window.last_error == ""
    after = _statuses(window)
    assert {pid for pid, s in after.items() if s == "merged"} == {ids[7], ids[8]}
    assert {s for pid, s in after.items() if pid not in (ids[7], ids[8])} == {"accepted"}


def test_a_decision_key_on_a_selection_counts_only_the_selection(  # type: ignore[no-untyped-def]
        window: MainWindow, qtbot) -> None:
    """Home, Shift+Down five times (three accepted, two withdrawn, one rejected), W: it
    would replace the four that are not withdrawn (not the accepted one further down);
    Enter answers No."""
    ws = window.workspace
    assert ws is not None
    _mixed(window)
    before = _statuses(window)
    press(ws.table, K.Key_Home)
    for _ in range(5):
        press(ws.table, K.Key_Down, SHIFT)
    assert len(ws.selected_ids()) == 6
    said: list[str] = []

    def answer(dialog: QWidget) -> None:
        said.append(dialog.text())  # type: ignore[attr-defined]
        press(dialog, K.Key_Return)

    asked = when_modal(answer)
    press(ws.table, K.Key_W)
    qtbot.waitUntil(lambda: asked.ran and QApplication.focusWidget() is ws.table)
    assert said and "6 件" in said[0] and "其中 4 件已有其他决定" in said[0], said
    window.runner.wait()
    assert _statuses(window) == before
