"""Screenshots of the desk in one window size and scale (run as its own process, since the
scale factor is read when Qt starts): the list, the detail, the history, the units
editor, and the merge, reject, conflicts and sync dialogs over the window.

    QT_SCALE_FACTOR=1.5 python tests/ui/screens.py SESSION OUT WIDTH HEIGHT TAG
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget


def _settle(seconds: float = 0.2) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def _save(window: QWidget, out: Path, name: str, dialog: QWidget | None = None) -> Path:
    _settle()
    shot: QPixmap = window.grab()
    if dialog is not None:
        painter = QPainter(shot)
        inner = dialog.grab()
        ratio = shot.devicePixelRatio()  # the painter works in the window's units
        width, height = inner.width() / ratio, inner.height() / ratio
        x = int((shot.width() / ratio - width) / 2)
        y = int((shot.height() / ratio - height) / 2)
        painter.drawPixmap(x, y, inner)
        painter.setPen(QColor("#444"))  # the window frame a desktop would draw
        painter.drawRect(x - 1, y - 1, int(width) + 1, int(height) + 1)
        painter.end()
    path = out / f"{name}.png"
    assert shot.save(str(path)), path
    return path


def main(session: Path, out: Path, width: int, height: int, tag: str) -> int:
    """Write the screenshots; print their paths."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp(prefix="screens-settings-"))
    from review_desk.ui.app import make_app, make_window
    from review_desk.ui.merge_dialog import MergeDialog
    from review_desk.ui.reject_dialog import RejectDialog
    from review_desk.ui.settings import Settings
    from review_desk.ui.sync_view import ConflictsDialog, SyncPlaceDialog

    app = make_app()
    window = make_window(app, Settings(reviewer="测试审查员"), reviewer="测试审查员",
                         language="zh_CN")
    window.resize(width, height)
    window.show()
    window.activateWindow()
    window.open_path(session)
    deadline = time.monotonic() + 60
    while window.workspace is None and time.monotonic() < deadline:
        _settle(0.05)
    ws = window.workspace
    assert ws is not None and window.session is not None
    _settle(0.5)
    shots = []
    ids = ws.model.ids
    ws.select_row(2)
    word = ws.model.row_data(2).title[2:4]
    ws.search.setText(word)
    _settle(0.6)  # the search runs once typing pauses
    shots.append(_save(window, out, f"list_{tag}"))

    ws.search.clear()
    _settle(0.5)
    joint = next(i for i, pid in enumerate(ws.model.ids)
                 if len(window.session.desk.detail(pid).people) > 1)
    ws.select_row(joint)
    ws.detail.text.show_contacts = True
    ws.detail.text.show_detail(ws.detail.detail, [])
    ws.detail.text.verticalScrollBar().setValue(ws.detail.text.verticalScrollBar().maximum())
    shots.append(_save(window, out, f"detail_{tag}"))
    ws.detail.text.show_contacts = False

    ws.select_row(2)
    ws.detail.tabs.setCurrentIndex(3)
    shots.append(_save(window, out, f"history_{tag}"))

    ws.detail.tabs.setCurrentIndex(1)
    units = ws.detail.units
    units.unit_input.setFocus()
    units.unit_input.setText("局")
    units.completer.setCompletionPrefix("局")
    units.completer.complete()
    _settle()
    shot = window.grab()
    popup = units.completer.popup()
    # under the box, where a desktop puts it (the offscreen screen is smaller than the
    # window, so Qt's own placement of the list is off)
    at = units.unit_input.mapTo(window, units.unit_input.rect().bottomLeft())
    painter = QPainter(shot)  # the completer's list is a window of its own: drawn in
    painter.drawPixmap(at, popup.grab())
    painter.end()
    path = out / f"units_{tag}.png"
    shot.save(str(path))
    shots.append(path)
    popup.hide()
    units.unit_input.clear()
    ws.detail.tabs.setCurrentIndex(0)

    merge = MergeDialog(window.session, [ids[4], ids[15], ids[16]], window)
    merge.show()
    merge.search.setText(word)
    merge._find()
    shots.append(_save(window, out, f"merge_{tag}", merge))
    merge.close()

    desk = window.session.desk
    reject = RejectDialog(desk.list_items("reason"), desk.list_items("disposition"), 1, window)
    reject.show()
    shots.append(_save(window, out, f"reject_{tag}", reject))
    reject.close()

    conflicts = ConflictsDialog(window.session, "zh_CN", window)
    conflicts.show()
    shots.append(_save(window, out, f"conflicts_{tag}", conflicts))
    conflicts.close()

    place = SyncPlaceDialog(window)
    place.field.setText("smb://reviewer@office-nas/提案/2026")
    place.show()
    shots.append(_save(window, out, f"sync_{tag}", place))
    place.close()

    window.close()
    for shot_path in shots:
        print(shot_path)
    return 0


if __name__ == "__main__":
    session_, out_, width_, height_, tag_ = sys.argv[1:6]
    sys.exit(main(Path(session_), Path(out_), int(width_), int(height_), tag_))
