"""The window notices what another process writes to its file (a real `review-desk`
command beside it): the list and the detail show the other outcome within a second or
two, and a decision pressed before the window had seen it decides nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from review_desk.desk import Desk
from review_desk.ui.main_window import MainWindow
from tests.conftest import small_bundle

from .keys import press

K = Qt.Key


def cli(*args: str | Path) -> None:
    """A real command in its own process, as a colleague's script would run it."""
    done = subprocess.run([sys.executable, "-m", "review_desk", "--reviewer", "命令行",
                           *map(str, args)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


def _on_pending(window: MainWindow) -> tuple[str, int]:
    """The keyboard on the list, the current row a pending proposal: its id and 流水号."""
    ws = window.workspace
    assert ws is not None
    ws.table.setFocus()
    if ws.detail.detail is None or ws.detail.detail.row.status != "pending":
        assert ws.next_pending()
    detail = ws.detail.detail
    assert detail is not None and detail.row.status == "pending"
    return detail.row.id, detail.row.intake_no


def _status_in_file(path: Path, proposal_id: str) -> str:
    with Desk.open(path) as desk:
        return desk.rows([proposal_id])[0].status


def _statuses_by(path: Path, proposal_id: str) -> list[tuple[str, str]]:
    """(reviewer, new status) of each outcome in the proposal's history, oldest first."""
    with Desk.open(path) as desk:
        return [(e.reviewer, str(c.value)) for e in desk.history(proposal_id)
                for c in e.changes if c.field == "status" and c.entity_id == proposal_id]


def test_withdrawn_by_the_cli_shows_in_the_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    assert ws is not None and window.session is not None
    pid, intake = _on_pending(window)
    row = ws.model.row_of(pid)
    cli("decide", window.session.path, str(intake), "withdraw")
    # no key pressed: the window polls the file and shows the other process's outcome
    qtbot.waitUntil(lambda: ws.detail.detail is not None
                    and ws.detail.detail.row.status == "withdrawn", timeout=10_000)
    assert "撤案" in ws.detail.bar.status.text()
    listed = ws.model.row_data(row)
    assert listed is not None and listed.id == pid and listed.status == "withdrawn"
    assert ws.current_id() == pid  # the reviewer keeps the place


def test_a_decision_on_a_stale_screen_decides_nothing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    assert ws is not None and window.session is not None and window.current is not None
    path = window.session.path
    pid, intake = _on_pending(window)
    window.current.watcher.stop()  # the CLI writes between two looks of the window
    cli("decide", path, str(intake), "withdraw")
    assert ws.detail.detail is not None and ws.detail.detail.row.status == "pending"
    press(ws.table, K.Key_A)  # the reviewer accepts what the screen still calls pending
    # … and the window shows the withdrawal instead of silently replacing it
    assert _status_in_file(path, pid) == "withdrawn"
    assert ws.detail.detail is not None and ws.detail.detail.row.status == "withdrawn"
    message = window.statusBar().currentMessage()
    assert f"流水号 {intake}" in message and "撤案" in message and "未作决定" in message
    assert ws.current_id() == pid
    # having seen it, the reviewer decides again: on top of the CLI's, both in history
    press(ws.table, K.Key_A)
    assert _status_in_file(path, pid) == "accepted"
    assert _statuses_by(path, pid)[-2:] == [("命令行", "withdrawn"),
                                            ("测试审查员", "accepted")]


def test_an_import_elsewhere_adds_rows(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Proposals another process adds appear in the list; the reviewer keeps the place."""
    ws = window.workspace
    assert ws is not None and window.session is not None
    ws.table.setFocus()
    press(ws.table, K.Key_J)
    press(ws.table, K.Key_J)
    before, current = ws.model.rowCount(), ws.current_id()
    with Desk.open(window.session.path, reviewer="另一个程序") as other:
        other.importer.import_bundle(small_bundle(4))
    qtbot.waitUntil(lambda: ws.model.rowCount() == before + 4, timeout=10_000)
    assert ws.current_id() == current
    assert "84" in ws.count.text()
