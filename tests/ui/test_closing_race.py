"""Closing a session while its timers and background work are pending: nothing reports
to a session that is gone (CI once failed with "Signal source has been deleted" from the
unsynced count, read after the session was deleted)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from review_desk.ui.main_window import MainWindow

from .keys import press


def test_close_right_after_an_action(window: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                     tmp_path: Path) -> None:
    ws = window.workspace
    assert ws is not None and window.session is not None
    ws.table.setFocus()
    press(ws.table, Qt.Key.Key_A)  # starts the delayed count of unsynced changes
    # the file goes away (a read of it now fails and reports) and the session closes
    # before the delayed count fires, as happened under load
    os.rename(window.session.path, tmp_path / "elsewhere.rdesk")
    window.close_session()
    qtbot.wait(800)  # the delayed count would have fired by now
    assert window.session is None and window.last_error == ""


def test_close_while_the_assistance_index_builds(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    assert ws is not None and window.assist is not None
    window.assist_dock.show()  # asks for candidates too, off the UI thread
    press(ws.table, Qt.Key.Key_J)
    window.close_session()
    qtbot.wait(500)
    assert window.session is None and window.last_error == ""
