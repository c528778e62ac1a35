"""The recent files survive a restart (QSettings, read again by a new window); a file
that is no longer there is greyed, says so and cannot be chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from review_desk.ui.app import make_window
from review_desk.ui.main_window import MainWindow
from review_desk.ui.settings import Settings, load_settings, qsettings, save_settings


def restart(qtbot, app: QApplication) -> MainWindow:  # type: ignore[no-untyped-def]
    """A new window as `review-desk` builds it at start: settings read from QSettings."""
    window = make_window(app, language="zh_CN")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_settings_round_trip_through_a_new_store(tmp_path: Path) -> None:
    files = [tmp_path / "a.rdesk", tmp_path / "会议 b.rdesk"]
    settings = Settings(reviewer="王审查", language="zh_CN", font_size=13)
    for path in files:
        settings.remember(path)
    save_settings(settings, qsettings())
    again = load_settings(qsettings())  # a new QSettings object reads the file
    assert again.recent_files == [str(files[1].resolve()), str(files[0].resolve())]
    assert (again.reviewer, again.language, again.font_size) == ("王审查", "zh_CN", 13)


def test_recent_files_after_a_restart(qtbot, app: QApplication,  # type: ignore[no-untyped-def]
                                      session_file: Path, tmp_path: Path) -> None:
    store = qsettings()
    store.remove("recent_files")
    store.sync()
    gone = tmp_path / "moved away.rdesk"
    gone.write_bytes(b"")
    first = restart(qtbot, app)
    first.settings.remember(gone)
    first.open_path(session_file)
    qtbot.waitUntil(lambda: first.session is not None, timeout=15_000)
    first.close()  # the app quits
    gone.unlink()  # meanwhile, the file was moved

    second = restart(qtbot, app)
    recent = second.welcome.recent
    assert recent.count() == 2
    top, missing = recent.item(0), recent.item(1)
    assert top.data(Qt.ItemDataRole.UserRole) == str(session_file.resolve())
    assert top.flags() & Qt.ItemFlag.ItemIsEnabled
    assert missing.data(Qt.ItemDataRole.UserRole) == str(gone.resolve())
    assert not missing.flags() & Qt.ItemFlag.ItemIsEnabled  # greyed, cannot be chosen
    assert "（未找到）" in missing.text() or "(未找到)" in missing.text()
    assert "不在" in missing.toolTip()
    recent.itemActivated.emit(top)  # opens it again
    qtbot.waitUntil(lambda: second.session is not None, timeout=15_000)
    assert second.session.path.resolve() == session_file.resolve()
    second.close()
