"""A second keyboard walkthrough, around dialogs and the selection: Enter in a bulk
category question, S on a selection, the keyboard after a dialog closes, the decision
buttons with an empty list, Enter in the conflicts view."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from review_desk.desk import Desk
from review_desk.ui.main_window import MainWindow
from review_desk.ui.open_session import DECISION_BUTTONS
from review_desk.ui.sync_view import ConflictsDialog

from .conftest import open_window
from .keys import focused, press, type_text, when_modal
from .test_bad_input import error_box
from .test_rule_conflicts import _two_leads, violations_of
from .test_share_and_assist import shoot
from .test_walkthrough_keys import _units_box

K = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _categories(window: MainWindow, ids: list[str]) -> dict[str, str]:
    assert window.session is not None
    with Desk.open(window.session.path) as desk:
        return {r.id: r.category for r in desk.rows(ids)}


def _first_category(window: MainWindow) -> str:
    assert window.session is not None
    with Desk.open(window.session.path) as desk:
        return next(c.name for c in desk.list_items("category") if c.active)


def _set_category_of_first_rows(window: MainWindow, rows: int, confirm: Qt.Key | None,
                                said: list[str]) -> list[str]:
    """Shift+Down to select `rows` rows, Ctrl+Shift+C, Enter on the category offered
    first, then `confirm` in the question (if one comes); the ids selected."""
    ws = window.workspace
    assert ws is not None
    ws.table.setFocus()
    for _ in range(rows - 1):
        press(ws.table, K.Key_Down, SHIFT)
    ids = ws.selected_ids()

    def answer_question(dialog: QWidget) -> None:
        said.append(dialog.text())  # type: ignore[attr-defined]
        assert confirm is not None
        press(dialog, confirm)

    def pick_first(dialog: QWidget) -> None:
        if confirm is not None:
            when_modal(answer_question)
        press(dialog.focusWidget() or dialog, K.Key_Return)

    when_modal(pick_first)
    press(ws.table, K.Key_C, CTRL | SHIFT)
    return ids


def test_enter_enter_after_bulk_category_replaces_no_category(  # type: ignore[no-untyped-def]
        window: MainWindow, qtbot) -> None:
    """Ctrl+Shift+C on six proposals, Enter, Enter: the question says how many already
    have another category, and Enter answers No (it once moved them all)."""
    first = _first_category(window)
    said: list[str] = []
    ids = _set_category_of_first_rows(window, 6, K.Key_Return, said)
    before = _categories(window, ids)
    other = sum(1 for c in before.values() if c and c != first)
    assert other > 0, before  # the demo's first rows are in several categories
    assert said and str(other) in re.findall(r"\d+", said[0]), said
    qtbot.wait(100)
    window.runner.wait()
    assert _categories(window, ids) == before


def test_y_moves_the_selection_to_the_category(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = _first_category(window)
    said: list[str] = []
    ids = _set_category_of_first_rows(window, 6, K.Key_Y, said)
    assert said
    qtbot.waitUntil(lambda: set(_categories(window, ids).values()) == {first}, timeout=10_000)


def test_s_on_a_selection_marks_them_all_as_one_action(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """S with three proposals selected marks all three (the F1 sheet says letter keys act
    on every selected one; S once marked the current one only); Ctrl+Z takes back all
    three at once; S again on a selection all marked unmarks them all."""
    ws = window.workspace
    assert ws is not None and window.session is not None
    path = window.session.path
    ws.table.setFocus()
    press(ws.table, K.Key_Down, SHIFT)
    press(ws.table, K.Key_Down, SHIFT)
    ids = ws.selected_ids()
    assert len(ids) == 3

    def keys() -> list[bool]:
        with Desk.open(path) as desk:
            return [r.key for r in desk.rows(ids)]

    press(ws.table, K.Key_S)
    qtbot.waitUntil(lambda: keys() == [True, True, True], timeout=10_000)
    assert "3" in window.statusBar().currentMessage()
    press(ws.table, K.Key_Z, CTRL)
    qtbot.waitUntil(lambda: keys() == [False, False, False], timeout=10_000)
    press(ws.table, K.Key_Z, CTRL | SHIFT)
    qtbot.waitUntil(lambda: keys() == [True, True, True], timeout=10_000)
    assert ws.selected_ids() == ids
    press(ws.table, K.Key_S)
    qtbot.waitUntil(lambda: keys() == [False, False, False], timeout=10_000)


def _row_moves_with_j(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """J, pressed where the keyboard is now, moves the list on by one."""
    ws = window.workspace
    assert ws is not None
    QApplication.processEvents()
    row = ws.table.currentIndex().row()
    here = QApplication.focusWidget()
    assert here is not None, "no widget has the keyboard"
    press(here, K.Key_J)
    assert ws.table.currentIndex().row() == row + 1


def test_the_keys_work_after_the_category_picker(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _set_category_of_first_rows(window, 1, None, [])
    _row_moves_with_j(window, qtbot)
    ws = window.workspace
    assert ws is not None

    def cancel(dialog: QWidget) -> None:
        press(dialog.focusWidget() or dialog, K.Key_Escape)

    when_modal(cancel)
    press(ws.table, K.Key_C, CTRL | SHIFT)
    _row_moves_with_j(window, qtbot)


def test_the_keys_work_after_the_error_box(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """An unknown unit typed (A, U, a name, Enter): the error box, Enter closes it, the
    keyboard is back in the units box; Esc, J moves on in the list."""
    ws = window.workspace
    assert ws is not None
    box = _units_box(window)
    type_text(box, "不存在的局")
    press(box, K.Key_Return)
    qtbot.waitUntil(lambda: error_box(window) is not None, timeout=10_000)
    shown = error_box(window)
    assert shown is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and shown.isAncestorOf(QApplication.focusWidget()))
    press(focused(), K.Key_Return)
    qtbot.waitUntil(lambda: error_box(window) is None)
    QApplication.processEvents()
    assert QApplication.focusWidget() is box
    press(box, K.Key_Escape)
    _row_moves_with_j(window, qtbot)


def test_decision_buttons_are_off_with_an_empty_list(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    assert ws is not None
    press(ws.table, K.Key_F, CTRL)
    type_text(focused(), "没有这样的提案zzqq")
    press(focused(), K.Key_Return)
    qtbot.waitUntil(lambda: ws.model.rowCount() == 0)
    assert ws.current_id() is None
    for name in DECISION_BUTTONS:
        assert not window.keymap[name].isEnabled(), name
    assert not any(b.isEnabled() for b in ws.detail.bar.buttons)
    shoot(window, "empty_list_decisions_off")
    ws.search.clear()
    press(ws.search, K.Key_Return)
    qtbot.waitUntil(lambda: ws.model.rowCount() > 0)
    assert all(window.keymap[name].isEnabled() for name in DECISION_BUTTONS)
    assert all(b.isEnabled() for b in ws.detail.bar.buttons)


def test_enter_in_the_conflicts_view_settles_nothing(  # type: ignore[no-untyped-def]
        qtbot, app: QApplication, session_file: Path, tmp_path: Path) -> None:
    path, _pid = _two_leads(session_file, tmp_path)
    window = open_window(qtbot, app, path)
    press(window, K.Key_K, CTRL | SHIFT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ConflictsDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ConflictsDialog)
    qtbot.waitExposed(dialog)
    dialog.tree.setFocus()
    assert dialog.tree.currentItem() is not None and dialog.keep_button.isEnabled()
    press(dialog.tree, K.Key_Return)
    press(dialog.tree, K.Key_Enter)
    qtbot.wait(100)
    assert not any(b.isDefault() for b in dialog.findChildren(QPushButton))
    shoot(window, "conflicts_no_default", dialog)
    press(dialog, K.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    _row_moves_with_j(window, qtbot)
    window.close()
    with Desk.open(path) as desk:
        assert [v.rule for v in violations_of(desk)] == ["one_lead"]
