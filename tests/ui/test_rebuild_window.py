"""File → Rebuild from the journal, by keys: tables gone wrong behind the window's back
come back as the journal says, with the count in the status line while it runs."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from review_desk.ui.main_window import MainWindow

from .keys import press

K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier


def test_rebuild_from_the_file_menu(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.session is not None
    desk = window.session.desk
    first = desk.list_ids()[0]
    title = desk.rows([first])[0].title
    raw = sqlite3.connect(window.session.path)  # a hand edit of the tables, not the journal
    raw.execute("UPDATE proposal SET title = '改坏的案由' WHERE id = ?", (first,))
    raw.commit()
    raw.close()
    assert desk.rows([first])[0].title == "改坏的案由"
    bar = window.statusBar()
    press(window, K.Key_F, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=5_000)
    menu = QApplication.activePopupWidget()
    assert menu is not None
    press(menu, K.Key_B)  # 从日志重建(&B)
    qtbot.waitUntil(lambda: "已从日志重建数据表" in bar.currentMessage(), timeout=30_000)
    assert desk.rows([first])[0].title == title
    model = window.workspace.model if window.workspace is not None else None
    assert model is not None

    def shown() -> str | None:
        row = model.row_data(model.row_of(first))
        return None if row is None else row.title

    qtbot.waitUntil(lambda: shown() == title, timeout=10_000)  # the list shows the journal's
