"""What the core tells, the window says: how many proposals an import's undo removes,
that a decision settled a conflict, and a sync's held changes and broken rules."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from review_desk.desk import Desk
from review_desk.sync.protocol import Held, SyncSummary
from review_desk.sync.service import SyncService
from review_desk.ui.main_window import MainWindow
from tests.conftest import small_bundle

from .conftest import open_window
from .keys import press
from .share_copies import two_copies_and_a_share

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_undo_of_an_import_says_how_many_it_removes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ws, session = window.workspace, window.session
    assert ws is not None and session is not None
    # the import wizard ends with this one command
    session.command(lambda d: d.importer.import_bundle(small_bundle(4)))
    window.current.reload_choices()  # type: ignore[union-attr]
    assert ws.model.rowCount() == 84
    undo = window.keymap["undo"].text()
    assert "导入" in undo and "移除 4 件提案" in undo, undo
    press(ws.table, K.Key_Z, CTRL)
    qtbot.waitUntil(lambda: ws.model.rowCount() == 80)


def _disagreeing(session_file: Path, tmp_path: Path) -> tuple[Path, str]:
    """Two reviewers decided one proposal differently and synced: a conflict."""
    share, a, b = two_copies_and_a_share(session_file, tmp_path)
    with Desk.open(a, "甲审查员") as desk:
        pid = desk.list_ids(None)[0]
        SyncService(desk).sync(to=str(share))
    with Desk.open(b, "乙审查员") as desk:
        SyncService(desk).sync(to=str(share))
        desk.decisions.decide([pid], "withdraw")
        SyncService(desk).sync()
    with Desk.open(a, "甲审查员") as desk:
        desk.decisions.decide([pid], "pending" if desk.rows([pid])[0].status != "pending"
                              else "accept")
        SyncService(desk).sync()
        assert desk.detail(pid).conflicts
    return a, pid


def test_a_decision_that_settles_a_conflict_says_so(  # type: ignore[no-untyped-def]
        qtbot, app: QApplication, session_file: Path, tmp_path: Path) -> None:
    path, pid = _disagreeing(session_file, tmp_path)
    window = open_window(qtbot, app, path)
    try:
        ws = window.workspace
        assert ws is not None and ws.go_to(pid)
        ws.table.setFocus()
        press(ws.table, K.Key_W)
        message = window.statusBar().currentMessage()
        intake = ws.detail.detail.row.intake_no  # type: ignore[union-attr]
        assert f"流水号 {intake}" in message and "状态" in message, message
        assert "冲突" in message and "历史" in message
        with Desk.open(path) as desk:
            assert not desk.detail(pid).conflicts
    finally:
        window.runner.wait()
        window.close()


def test_the_sync_summary_names_held_changes_and_broken_rules(window: MainWindow) -> None:
    assert window.sync is not None
    summary = SyncSummary("share", sent=3, received=5, conflicts=2, new_conflicts=1,
                          broken_rules=1,
                          held=[Held("changes/d1/1-9.batch", "d1", ("王五",), 5 * 3_600_000)])
    text = window.sync.summary_text(summary)
    assert "1 处违反审查规则" in text, text
    assert "王五" in text and "5 小时" in text and "时钟" in text
