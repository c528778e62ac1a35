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
    assert "UTC" in view.headerItem().text(2) and decided.text(3) == "本机"  # local, zoned


def test_history_fits_a_narrow_pane(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """At 1280×720 and 150 % (853×480 in the window's own pixels) every action name and
    every column is shown whole (「指定承办单位」 was cut to 「指定承…」, 设备 clipped)."""
    ws = window.workspace
    assert ws is not None and window.session is not None
    window.resize(853, 480)
    ws.table.setFocus()
    pid = ws.current_id() or ""
    units = window.session.desk.unit_catalogue()
    window.session.command(lambda d: d.units.assign_lead_joint(pid, units[3].id,
                                                               [units[7].id]))
    press(ws.table, Qt.Key.Key_4, ALT)  # the history tab
    view = ws.detail.history
    qtbot.waitUntil(lambda: view.isVisible() and view.topLevelItemCount() > 0)
    qtbot.wait(50)  # the layout settles
    metrics = view.fontMetrics()
    assert view.header().length() <= view.viewport().width()
    for row in range(view.topLevelItemCount()):
        item = view.topLevelItem(row)
        assert item is not None
        needed = metrics.horizontalAdvance(item.text(0)) + view.indentation()
        assert needed <= view.columnWidth(0), item.text(0)
