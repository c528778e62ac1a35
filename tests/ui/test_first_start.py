"""On first start the window asks who is reviewing before anything is recorded (never
the computer's login), and which review group, when the session has groups; the sync
asks for its place with a folder picker beside the smb:// box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton

from review_desk.desk import Desk
from review_desk.ui.app import make_window
from review_desk.ui.main_window import MainWindow
from review_desk.ui.reviewer_dialog import ReviewerDialog
from review_desk.ui.settings import Settings, load_settings
from review_desk.ui.sync_view import SyncPlaceDialog

from .keys import inside, press, type_text

K = Qt.Key


def _fresh_window(qtbot, app: QApplication) -> MainWindow:  # type: ignore[no-untyped-def]
    window = make_window(app, Settings(), reviewer=None, language="zh_CN")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitActive(window)
    return window


def _modal(qtbot, kind: type) -> QApplication:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    dialog = QApplication.activeModalWidget()
    dialog.activateWindow()
    return dialog


def test_first_start_asks_for_the_name_and_the_group(  # type: ignore[no-untyped-def]
        qtbot, app: QApplication, session_file: Path) -> None:
    with Desk.open(session_file, "秘书处") as desk:
        desk.lists.add_group("第一组", ["赵六"])
        desk.lists.add_group("第二组", ["钱七"])
    window = _fresh_window(qtbot, app)
    window.open_path(session_file)
    dialog = _modal(qtbot, ReviewerDialog)
    assert window.session is None  # nothing opens, nothing is recorded, before the name
    name = dialog.findChild(QLineEdit, "reviewerName")
    assert name is not None
    name.setFocus()
    type_text(name, "王五")
    press(inside(dialog), K.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)
    groups = _modal(qtbot, ReviewerDialog)  # the session has groups, the name is in none
    picker = groups.findChild(QComboBox, "reviewerGroup")
    assert picker is not None and picker.isVisible()
    picker.setFocus()
    press(picker, K.Key_Down)  # 第一组
    press(inside(groups), K.Key_Return)
    qtbot.waitUntil(lambda: not groups.isVisible())
    assert load_settings().reviewer == "王五"
    ws = window.workspace
    assert ws is not None and window.session is not None
    window.activateWindow()  # the dialogs are gone: the window has the keyboard again
    ws.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.table)
    press(ws.table, K.Key_A)
    pid = ws.current_id() or ""
    assert ws.model.row_data(ws.table.currentIndex().row()).status == "accepted"
    window.close()
    with Desk.open(session_file) as desk:
        assert desk.history(pid)[-1].reviewer == "王五"
        assert "王五" in next(g for g in desk.review_groups() if g.name == "第一组").reviewers


def test_sync_asks_for_a_place_with_a_folder_picker(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = SyncPlaceDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.findChild(QPushButton, "syncChooseFolder") is not None
    field = dialog.field
    field.setFocus()
    type_text(field, str(tmp_path))
    press(field, K.Key_Return)  # Enter in the box starts nothing
    assert dialog.isVisible() and dialog.place() == str(tmp_path)
