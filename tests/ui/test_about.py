"""Help → About: names, version, folders, the bundled libraries' licences, the copy
button; a screenshot at 1366×768."""

from __future__ import annotations

from email.message import Message

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtWidgets import QApplication, QLabel

from review_desk import __version__
from review_desk.logs import log_dir
from review_desk.ui.about_dialog import AboutDialog, library, licence_of
from review_desk.ui.settings import qsettings

from .conftest import open_window
from .test_screenshots import FOLDER, cjk_font_installed


def meta(**fields: str | list[str]) -> Message:
    """Distribution metadata as importlib.metadata gives it."""
    message = Message()
    for key, value in fields.items():
        for one in value if isinstance(value, list) else [value]:
            message[key.replace("_", "-")] = one
    return message


def test_licence_from_metadata_fields() -> None:
    assert licence_of(meta(License_Expression="MIT", License="whatever")) == "MIT"
    assert licence_of(meta(License="LGPL-2.1-only")) == "LGPL-2.1-only"
    long_text = "BSD license (see license.txt for details), Copyright (c) 2000-2024 ReportLab"
    assert licence_of(meta(License=long_text,
                           Classifier=["License :: OSI Approved :: BSD License",
                                       "Programming Language :: Python"])) == "BSD"
    assert licence_of(meta(Classifier=["License :: OSI Approved :: MIT License"])) == "MIT"
    assert licence_of(meta(Name="x")) is None


def test_licence_table_when_metadata_is_missing() -> None:
    found = library("Gone", ("no-such-distribution-here",), "MIT")
    assert (found.version, found.licence) == ("", "MIT")


def test_about_dialog(qtbot, app: QApplication) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, app, None)
    window.keymap["about"].trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "提案审查台" in texts and "Review Desk" in texts
    assert dialog.findChild(QLabel, "aboutVersion").text() == __version__
    assert dialog.findChild(QLabel, "aboutLogs").text() == str(log_dir())
    assert dialog.findChild(QLabel, "aboutSettings").text() == qsettings().fileName()
    assert dialog.findChild(QLabel, "aboutData").text().endswith("review-desk")
    rows = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(),
                                             dialog.table.item(r, 2).text())
            for r in range(dialog.table.rowCount())}
    assert "LGPL-3.0" in rows["Qt / PySide6"][1]
    assert rows["SQLAlchemy"][1] == "MIT"
    assert rows["docxtpl"][1].startswith("LGPL-2.1")
    assert rows["reportlab"][1].startswith("BSD")
    assert rows["numpy"][1].startswith("BSD")
    for name in ("python-docx", "openpyxl", "smbprotocol", "keyring", "platformdirs"):
        assert rows[name][1].startswith("MIT"), (name, rows[name])
        assert rows[name][0], name  # the installed version

    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"提案审查台 / Review Desk {__version__}")
    assert str(log_dir()) in copied and qsettings().fileName() in copied
    assert "docxtpl" in copied and "LGPL-2.1" in copied
    assert dialog.copied.text() == "已复制到剪贴板。"

    if cjk_font_installed():  # the screenshot, as a person sees it over the window
        QApplication.processEvents()
        shot = window.grab()
        assert (shot.width(), shot.height()) == (1366, 768)
        over = dialog.grab()
        assert over.width() <= 1366 and over.height() <= 768
        painter = QPainter(shot)
        painter.drawPixmap((shot.width() - over.width()) // 2,
                           (shot.height() - over.height()) // 2, over)
        painter.end()
        FOLDER.mkdir(parents=True, exist_ok=True)
        assert shot.save(str(FOLDER / "about.png"))
    dialog.close()
    window.close()

