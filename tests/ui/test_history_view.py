"""The history tab speaks the office's words: 「状态：待审 → 立案」, the unit's name and
role, the reviewer's name, local time with its zone, and where it was done."""

from __future__ import annotations

from PySide6.QtCore import Qt

from review_desk.ui.main_window import MainWindow

from .keys import press

ALT = Qt.KeyboardModifier.AltModifier


def test_history_in_plain_words(window: MainWindow) -> None:
    ws = window.workspace
    assert ws is not None and window.session is not None
    ws.table.setFocus()
    pid = ws.current_id() or ""
    press(ws.table, Qt.Key.Key_A)
    unit = window.session.desk.unit_catalogue()[0]
    window.session.command(lambda d: d.units.add(pid, unit.id, "joint"))
    press(ws.table, Qt.Key.Key_4, ALT)  # the history tab
    view = ws.detail.history
    newest, decided = view.topLevelItem(0), view.topLevelItem(1)
    assert newest is not None and decided is not None
    assert newest.text(0) == "增加承办单位"
    assert newest.child(0).text(0) == f"增加承办单位：{unit.name}（会办）"
    assert decided.text(0) == "立案" and decided.child(0).text(0) == "状态：待审 → 立案"
    assert decided.text(1) == "测试审查员"  # the name, not the login
    assert "UTC" in decided.text(2) and decided.text(3) == "本机"
