"""PNG screenshots at 1366×768 of the main window on a Chinese proposal, the merge view,
the units editor and the statistics view, written to $REVIEW_DESK_SCREENSHOTS or
tests/ui/screenshots/. Without a CJK font Chinese would draw as boxes: then the test
fails when CI is set, and is skipped elsewhere."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget

from review_desk.ui.main_window import MainWindow
from review_desk.ui.merge_dialog import MergeDialog

FOLDER = Path(os.environ.get("REVIEW_DESK_SCREENSHOTS")
              or Path(__file__).parent / "screenshots")


def cjk_font_installed() -> bool:
    """Whether fontconfig knows a font for Chinese."""
    if shutil.which("fc-list") is None:
        return False
    out = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True, check=False)
    return bool(out.stdout.strip())


@pytest.fixture(autouse=True)
def _need_cjk_font() -> None:
    if not cjk_font_installed():
        if os.environ.get("CI"):
            pytest.fail("no CJK font (fc-list :lang=zh is empty): .ci/run must install "
                        "fonts-wqy-zenhei")
        pytest.skip("no CJK font installed (apt-get install fonts-wqy-zenhei)")


def save(widget: QWidget, name: str) -> Path:
    """Grab a widget to FOLDER/name.png."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    path = FOLDER / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def test_screenshots(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    assert ws is not None and window.session is not None
    assert window.size().width() == 1366 and window.size().height() == 768
    # a reviewed list: some decisions, a merge, units, a key mark, a search
    ids = ws.model.ids
    desk = window.session.desk
    window.session.command(lambda d: d.decisions.decide(ids[0:6], "accept"))
    window.session.command(lambda d: d.decisions.decide(
        [ids[6]], "reject", "内容空泛、没有具体建议", "转为意见和建议"))
    window.session.command(lambda d: d.merging.merge(ids[2], [ids[9], ids[12]]))
    window.session.command(lambda d: d.annotations.set_key(ids[2], True, "", ""))
    catalogue = desk.unit_catalogue()
    window.session.command(lambda d: d.units.assign_lead_joint(
        ids[2], catalogue[3].id, [catalogue[7].id, catalogue[11].id]))
    ws.select_row(2)
    first_word = ws.model.row_data(2).title[2:4]
    ws.search.setText(first_word)
    ws.detail.set_terms([first_word])
    assert ws.detail.text.match_count >= 1
    shots = [save(window, "main_window")]

    ws.detail.tabs.setCurrentIndex(1)
    units = ws.detail.units
    units.unit_input.setFocus()
    units.unit_input.setText("局")
    units.completer.setCompletionPrefix("局")
    units.completer.complete()
    qtbot.waitUntil(lambda: units.completer.popup().isVisible())
    shot = window.grab()
    popup = units.completer.popup()
    at = window.mapFromGlobal(popup.mapToGlobal(popup.rect().topLeft()))
    painter = QPainter(shot)
    painter.drawPixmap(at, popup.grab())
    painter.end()
    FOLDER.mkdir(parents=True, exist_ok=True)
    assert shot.save(str(FOLDER / "units_editor.png"))
    shots.append(FOLDER / "units_editor.png")
    popup.hide()
    units.unit_input.clear()
    ws.detail.tabs.setCurrentIndex(0)

    dialog = MergeDialog(window.session, [ids[2], ids[15]], window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.search.setText(ws.model.row_data(2).title[2:4])
    dialog._find()
    window_shot = window.grab()
    dialog_shot = dialog.grab()

    painter = QPainter(window_shot)
    painter.drawPixmap((window_shot.width() - dialog_shot.width()) // 2,
                       (window_shot.height() - dialog_shot.height()) // 2, dialog_shot)
    painter.end()
    FOLDER.mkdir(parents=True, exist_ok=True)
    assert window_shot.save(str(FOLDER / "merge_view.png"))
    shots.append(FOLDER / "merge_view.png")
    dialog.close()

    window.tabs.setCurrentWidget(window.stats)
    shots.append(save(window, "statistics"))
    for shot in shots:
        assert shot.stat().st_size > 20_000, shot
