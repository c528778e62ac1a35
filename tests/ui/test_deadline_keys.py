"""The deadline box of the units tab, by keyboard: a proposal with no deadline (a new
session with no opening date) shows none and gets none from a reviewer tabbing through."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from review_desk.ui.main_window import MainWindow

from .conftest import open_window
from .keys import press

K = Qt.Key


def _cli(*args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "review_desk", *args], capture_output=True,
                          text=True, encoding="utf-8", check=False)
    assert done.returncode == 0, done.stderr


@pytest.fixture
def undated(qtbot, app: QApplication, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    path = tmp_path / "new.rdesk"
    rows = tmp_path / "rows.csv"
    rows.write_text("案由,提案人,内容\n关于解决山村群众缺水问题的建议,张三,旱季用水困难。\n"
                    "关于加强预制菜监管的提案,李四,标准缺失。\n", encoding="utf-8")
    _cli("new", str(path))
    _cli("import", str(path), str(rows))
    window = open_window(qtbot, app, path)
    yield window
    window.runner.wait()
    window.close()


def test_tabbing_through_an_unset_deadline_sets_none(undated: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = undated.workspace
    assert ws is not None and undated.session is not None
    ws.select_row(0)
    qtbot.waitUntil(lambda: ws.detail.detail is not None)
    detail = ws.detail.detail
    assert detail is not None and not detail.deadline
    units = ws.detail.units
    ws.detail.tabs.setCurrentIndex(1)
    assert units.deadline.text() == "—"  # not a date that is not there (2000-01-01)
    units.deadline.setFocus()
    qtbot.waitUntil(units.deadline.hasFocus)
    press(units.deadline, K.Key_Tab)
    qtbot.wait(300)
    assert not undated.session.desk.detail(detail.row.id).deadline  # Tab set nothing


def test_a_deadline_shown_does_not_stay_on_the_next_proposal(undated: MainWindow,
                                                             qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = undated.workspace
    assert ws is not None and undated.session is not None
    ids = list(ws.model.ids)
    undated.session.desk.units.set_deadline(ids[0], "2031-05-06")
    ws.select_row(1)
    ws.select_row(0)
    qtbot.waitUntil(lambda: ws.detail.units.deadline.text() == "2031-05-06")
    ws.select_row(1)
    qtbot.waitUntil(lambda: ws.detail.detail is not None and ws.detail.detail.row.id == ids[1])
    assert ws.detail.units.deadline.text() == "—"
    units = ws.detail.units
    ws.detail.tabs.setCurrentIndex(1)
    units.deadline.setFocus()
    qtbot.waitUntil(units.deadline.hasFocus)
    press(units.deadline, K.Key_Tab)
    qtbot.wait(300)
    # the date the box still held was the other proposal's: it must not be given to this one
    assert not undated.session.desk.detail(ids[1]).deadline
