"""The window opens a session and shows its proposals."""

from __future__ import annotations

from review_desk.ui.main_window import MainWindow


def test_window_opens_session(window: MainWindow) -> None:
    assert window.workspace is not None
    assert window.workspace.model.rowCount() == 80
    assert window.workspace.detail.detail is not None
    assert window.windowTitle().startswith("提案审查台")
