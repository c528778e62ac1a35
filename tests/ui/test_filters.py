"""The filter side panel: each picker narrows the list to exactly what the core's filter
selects, pickers combine with each other and with the search box, the count follows,
the panel is reachable by keyboard, and "clear" shows everything again."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from review_desk.review.queries import ProposalFilter
from review_desk.ui.filter_panel import MINE
from review_desk.ui.main_window import MainWindow

from .keys import press


def pick(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index > 0, data
    combo.setCurrentIndex(index)


def test_filters_narrow_the_list(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws, session, panel = window.workspace, window.session, window.filters
    assert ws is not None and session is not None
    ids = list(ws.model.ids)
    desk = session.desk
    # a reviewed session: outcomes, a key mark, a note, a unit
    session.command(lambda d: d.decisions.decide(ids[0:10], "accept"))
    session.command(lambda d: d.decisions.decide(
        ids[10:14], "reject", "内容空泛、没有具体建议", "转为意见和建议"))
    session.command(lambda d: d.decisions.decide(ids[14:16], "withdraw"))
    session.command(lambda d: d.annotations.set_key(ids[3], True, "", ""))
    session.command(lambda d: d.annotations.add_note(ids[5], "再核实数据", True)[1])
    unit = desk.unit_catalogue()[2]
    session.command(lambda d: d.units.add(ids[7], unit.id, "lead"))
    # at 1366 px the filters made way for the unit suggestions: F8 brings them back
    assert not panel.isVisible() and window.assist_dock.isVisible()
    press(ws.table, Qt.Key.Key_F8)
    assert panel.isVisible()

    def shown_is(flt: ProposalFilter) -> list[str]:
        expected = desk.list_ids(flt)
        assert ws.model.ids == expected
        assert ws.count.text() == f"共 {len(expected)} 件"
        return expected

    pick(panel.status, "accepted")
    got = shown_is(ProposalFilter(status="accepted"))
    assert got == ids[0:10] and all(ws.model.row_data(r).status == "accepted"
                                    for r in range(len(got)))
    pick(panel.status, "rejected")
    assert shown_is(ProposalFilter(status="rejected")) == ids[10:14]
    panel.set_status(None)

    category = panel.category.itemData(1)
    name = panel.category.itemText(1)
    panel.category.setCurrentIndex(1)
    got = shown_is(ProposalFilter(category=category))
    assert 0 < len(got) < len(ids)
    assert all(ws.model.row_data(r).category == name for r in range(len(got)))
    pick(panel.status, "accepted")  # pickers combine
    both = shown_is(ProposalFilter(status="accepted", category=category))
    assert set(both) == set(got) & set(ids[0:10])
    ws.search.setText(ws.model.row_data(0).title[2:6] if both else "")
    press(ws.search, Qt.Key.Key_Return)  # and the search box adds its words
    shown_is(ProposalFilter(status="accepted", category=category,
                            search=ws.search.text().strip()))
    ws.search.clear()
    press(ws.search, Qt.Key.Key_Return)
    panel.clear()
    assert ws.model.ids == ids

    sector = panel.sector.itemData(1)
    panel.sector.setCurrentIndex(1)
    assert 0 < len(shown_is(ProposalFilter(sector=sector))) < len(ids)
    panel.clear()

    pick(panel.unit, unit.id)
    assert shown_is(ProposalFilter(unit=unit.id)) == [ids[7]]
    panel.clear()
    pick(panel.key, True)
    assert shown_is(ProposalFilter(key=True)) == [ids[3]]
    pick(panel.key, False)
    assert ids[3] not in shown_is(ProposalFilter(key=False))
    panel.clear()
    pick(panel.notes, True)
    assert shown_is(ProposalFilter(has_notes=True)) == [ids[5]]
    panel.clear()
    pick(panel.conflicts, True)
    assert shown_is(ProposalFilter(has_conflicts=True)) == []  # no sync yet: none
    assert ws.detail.detail is None  # an empty list shows no proposal
    panel.clear()

    groups = desk.review_groups()
    if groups:
        pick(panel.group, groups[0].id)
        shown_is(ProposalFilter(group=groups[0].id))
        pick(panel.group, MINE)
        shown_is(ProposalFilter(reviewer=desk.reviewer))
        panel.clear()
    assert ws.model.ids == ids and ws.count.text() == f"共 {len(ids)} 件"

    # the statistics can follow the filter
    pick(panel.status, "rejected")
    window.tabs.setCurrentWidget(window.stats)
    window.stats.use_filter.setChecked(True)
    assert window.stats.summary.text().startswith("提案 4 件")
    window.stats.use_filter.setChecked(False)
    assert window.stats.summary.text().startswith(f"提案 {len(ids)} 件")
    panel.clear()


def test_filters_by_keyboard(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    assert ws is not None
    ws.table.setFocus()
    press(ws.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
          | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.filters.status
    press(window.filters.status, Qt.Key.Key_Down)  # the first status: pending
    assert window.filters.current() == replace(ProposalFilter(), status="pending")
    assert len(ws.model.ids) == 80  # the demo starts all pending
    press(window.filters.status, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.filters.category
    press(window.filters.category, Qt.Key.Key_Escape)  # Esc: back to the list
    assert QApplication.focusWidget() is ws.table
