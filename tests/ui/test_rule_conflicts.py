"""A review rule broken by two reviewers' merged work shows in the window's conflicts
view, saying what is wrong, with each value and who made it, and is settled by keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from review_desk.desk import Desk
from review_desk.review.rules import violations
from review_desk.sync.service import SyncService
from review_desk.ui.sync_view import ConflictsDialog

from .conftest import open_window
from .keys import press
from .share_copies import two_copies_and_a_share
from .test_share_and_assist import shoot


def _two_leads(session_file: Path, tmp_path: Path) -> tuple[Path, str]:
    share, a, b = two_copies_and_a_share(session_file, tmp_path)
    with Desk.open(a, "甲审查员") as desk:
        pid = desk.list_ids()[0]
        units = [u.name for u in desk.unit_catalogue()[:2]]
        SyncService(desk).sync(to=str(share))
    with Desk.open(b, "乙审查员") as desk:
        SyncService(desk).sync(to=str(share))
        desk.units.assign_lead_joint(pid, units[1])
        SyncService(desk).sync()
    with Desk.open(a, "甲审查员") as desk:
        desk.units.assign_lead_joint(pid, units[0])
        SyncService(desk).sync()
        assert [v.rule for v in violations_of(desk)] == ["one_lead"]
    return a, pid


def violations_of(desk: Desk) -> list:  # type: ignore[type-arg]
    with desk.store.reading() as conn:
        return violations(conn)


def test_a_broken_rule_is_settled_in_the_conflicts_view(  # type: ignore[no-untyped-def]
        qtbot, app: QApplication, session_file: Path, tmp_path: Path) -> None:
    path, pid = _two_leads(session_file, tmp_path)
    window = open_window(qtbot, app, path)
    press(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier
          | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ConflictsDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ConflictsDialog)
    qtbot.waitExposed(dialog)
    rule_rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())
                 if "主办单位" in dialog.tree.topLevelItem(i).text(0)]
    assert len(rule_rows) == 1
    top = rule_rows[0]
    values = [top.child(i) for i in range(top.childCount())]
    assert {v.text(2) for v in values} == {"甲审查员", "乙审查员"}
    assert all("（主办）" in v.text(1) for v in values)
    shoot(window, "rule_conflict_view", dialog)
    # down to 乙's value, then Alt+K: keep it
    dialog.tree.setFocus()
    dialog.tree.setCurrentItem(values[0])
    if values[0].text(2) != "乙审查员":
        press(dialog.tree, Qt.Key.Key_Down)
    assert dialog.tree.currentItem().text(2) == "乙审查员"
    kept = dialog.tree.currentItem().text(1).removesuffix("（主办）")
    press(dialog, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not any("主办单位" in dialog.tree.topLevelItem(i).text(0)
                                    for i in range(dialog.tree.topLevelItemCount())))
    dialog.close()
    window.close()
    with Desk.open(path) as desk:
        assert violations_of(desk) == []
        roles = {(u.name, u.role) for u in desk.rows([pid])[0].units}
        assert (kept, "lead") in roles and len([r for r in roles if r[1] == "lead"]) == 1
