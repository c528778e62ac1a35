"""Export, sync, conflicts and the assistance panel in the window: each runs off the UI
thread and goes through the core; screenshots of the conflicts view and the panel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from review_desk.desk import Desk
from review_desk.sync.service import SyncService
from review_desk.ui.assist_panel import ClustersDialog
from review_desk.ui.export_dialog import ExportDialog
from review_desk.ui.list_columns import CELL_PADDING, MIN_TITLE_WIDTH
from review_desk.ui.main_window import MainWindow
from review_desk.ui.proposal_model import COL_TITLE
from review_desk.ui.sync_view import ConflictsDialog, SyncSummaryBox
from review_desk.ui.title_delegate import PADDING, wrapped

from .conftest import open_window
from .share_copies import two_copies_and_a_share
from .test_screenshots import FOLDER, cjk_font_installed


def shoot(window: MainWindow, name: str, dialog=None) -> None:  # type: ignore[no-untyped-def]
    if not cjk_font_installed():
        return
    from PySide6.QtGui import QPainter

    QApplication.processEvents()
    shot = window.grab()
    if dialog is not None:
        painter = QPainter(shot)
        inner = dialog.grab()
        painter.drawPixmap((shot.width() - inner.width()) // 2,
                           (shot.height() - inner.height()) // 2, inner)
        painter.end()
    FOLDER.mkdir(parents=True, exist_ok=True)
    assert shot.save(str(FOLDER / f"{name}.png"))


def test_export_from_the_window(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.session is not None and window.keymap["export"].isEnabled()
    ids = window.workspace.model.ids
    window.session.command(lambda d: d.decisions.decide(ids[:5], "accept"))
    dialog = ExportDialog(window.session, window.runner, "zh_CN", window)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    for kind in ("sheets", "notices"):
        dialog.kinds[kind].setChecked(False)
    dialog.run()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert "提案目录.docx" in written and "审查情况汇总.docx" in written
    assert dialog.files_written == 2 and dialog.open_folder.isEnabled()
    assert "2" in dialog.status.text()
    dialog.run()  # again: the files exist; the core refuses and says so, nothing breaks
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert "已存在" in dialog.status.text()


def _conflicting_copies(session_file: Path, tmp_path: Path) -> tuple[Path, Path, str]:
    share, a, b = two_copies_and_a_share(session_file, tmp_path)
    with Desk.open(a, "甲审查员") as desk:
        pid = desk.list_ids()[0]
        SyncService(desk).sync(to=str(share))
    with Desk.open(b, "乙审查员") as desk:
        SyncService(desk).sync(to=str(share))
        desk.decisions.decide([pid], "reject", "内容空泛、没有具体建议", "转为意见和建议")
        SyncService(desk).sync()
    with Desk.open(a, "测试审查员") as desk:  # the window's reviewer, on copy a
        desk.decisions.decide([pid], "accept")
    return a, share, pid


def test_sync_and_conflicts(qtbot, app: QApplication, session_file: Path,  # type: ignore[no-untyped-def]
                            tmp_path: Path) -> None:
    a, _share, pid = _conflicting_copies(session_file, tmp_path)
    window = open_window(qtbot, app, a)
    assert window.sync is not None
    qtbot.waitUntil(lambda: window.status_line.unsynced.text() == "1 项更改未同步")
    summaries: list[object] = []
    window.sync.synced.disconnect(window.dialogs.synced)  # no modal box in this test
    window.sync.synced.connect(summaries.append)
    window.start_sync()
    qtbot.waitUntil(lambda: bool(summaries), timeout=30_000)
    summary = summaries[0]
    assert summary.sent == 1 and summary.received >= 1 and summary.conflicts == 1
    text = window.sync.summary_text(summary)
    assert "发送 1 项更改" in text and "冲突 1 处" in text
    box = SyncSummaryBox(text, summary.conflicts, window)
    qtbot.addWidget(box)
    assert box.show_conflicts is not None
    assert window.status_line.unsynced.text() == "您的更改均已同步"
    assert window.workspace.model.row_data(window.workspace.model.row_of(pid)).conflict

    dialog = ConflictsDialog(window.session, "zh_CN", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert len(dialog.conflicts) >= 1
    top = dialog.tree.topLevelItem(0)
    values = [top.child(i) for i in range(top.childCount())]
    reviewers = {v.text(2) for v in values}
    assert {"测试审查员", "乙审查员"} <= reviewers
    assert all(v.text(3) and v.text(4) for v in values)  # device and time
    # plain words: the proposal's title and the field's name, values as the office says
    title = window.workspace.model.row_data(window.workspace.model.row_of(pid)).title
    assert "状态" in top.text(0) and title[:10] in top.text(0) and "流水号" in top.text(0)
    assert {v.text(1) for v in values} == {"立案", "不予立案"}
    assert {v.text(4) for v in values} == {"本机", "其他电脑"}
    assert all("UTC" in v.text(3) for v in values)  # local time, zone shown
    shoot(window, "conflicts_view", dialog)
    keep = next(v for v in values if v.text(2) == "测试审查员")
    dialog.tree.setCurrentItem(keep)
    dialog.keep()
    assert dialog.conflicts == [] or all(c.entity_id != top.text(0) for c in dialog.conflicts)
    window.close()
    with Desk.open(a) as desk:
        assert SyncService(desk).conflicts() == []
        assert desk.rows([pid])[0].status == "accepted"


def test_assistance_panel(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.assist is not None and window.workspace is not None
    panel = window.assist
    press_f9 = window.assist_dock.toggleViewAction()
    assert window.assist_dock.isVisible()  # shown from the start (test_assist_visible)
    ws = window.workspace
    ws.select_row(2)
    pid = ws.current_id()
    qtbot.waitUntil(lambda: not panel.busy and panel.units.count() > 0, timeout=60_000)
    assert panel.proposal_id == pid
    # at 1366×768 the filters make way, so the list keeps a readable title column
    assert not window.filter_dock.isVisible()
    QApplication.processEvents()
    assert ws.table.columnWidth(COL_TITLE) >= MIN_TITLE_WIDTH
    title = ws.model.row_data(2).title
    shown = ws.table.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight,
                                              ws.table.columnWidth(COL_TITLE) - CELL_PADDING)
    assert len(shown.rstrip("…")) >= 10, shown  # ten characters or more of every title
    lines = wrapped(title, ws.table.font(), ws.table.columnWidth(COL_TITLE) - 2 * PADDING)
    assert len("".join(lines).rstrip("…")) >= 18, lines  # and about twice that in two lines
    shoot(window, "assist_panel")
    suggestion = panel.suggestions[0]
    panel.units.setCurrentRow(0)
    panel.apply_selected()
    detail = window.session.desk.detail(pid)
    assert any(u.unit_id == suggestion.unit_id and u.role == "lead" for u in detail.row.units)
    # tick a candidate and open the merge with it staged
    opened: list[tuple[str, list[str]]] = []
    panel.open_merge = lambda lead, others: opened.append((lead, others))
    for row in range(panel.candidates.count()):
        item = panel.candidates.item(row)
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            item.setCheckState(Qt.CheckState.Checked)
            break
    panel.merge_ticked()
    assert opened and opened[0][0] == pid and opened[0][1] == panel.ticked()

    press_f9.trigger()  # closing the panel brings the filters back
    assert not window.assist_dock.isVisible() and window.filter_dock.isVisible()
    press_f9.trigger()

    dialog = ClustersDialog(panel, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.run()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert dialog.tree.topLevelItemCount() == len(dialog.clusters)
    if dialog.clusters:
        dialog.open_selected()
        first = dialog.clusters[0]
        assert opened[-1][0] == first.lead_id and len(opened[-1][1]) == len(first.members) - 1
