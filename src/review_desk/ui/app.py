"""Starting the desk: the QApplication, languages, font size, and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from review_desk.logs import setup_logging
from review_desk.resources_path import ICON_SIZES, icon_parts, resource
from review_desk.ui import crash_dialog, smoke_exit
from review_desk.ui.i18n import install_translators, resolve_language
from review_desk.ui.main_window import MainWindow
from review_desk.ui.settings import APPLICATION, ORGANISATION, Settings, load_settings


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (the existing one in tests)."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    return QApplication(argv if argv is not None else sys.argv[:1])


def make_window(app: QApplication, settings: Settings | None = None,
                reviewer: str | None = None, language: str | None = None) -> MainWindow:
    """Install the translations and font size, and build the window (not shown)."""
    settings = settings or load_settings()
    language = language or resolve_language(settings.language)
    app.setProperty("review_desk_translators", None)
    translators = install_translators(app, language)
    window = MainWindow(settings, language, reviewer)
    window.translators = translators  # type: ignore[attr-defined]  # kept alive with it
    window.apply_font_size(settings.font_size)
    return window


def run(file: Path | None = None, reviewer: str | None = None) -> int:
    """Show the window (opening `file` when given) and run the event loop."""
    setup_logging()
    app = make_app()
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("review-desk")  # matches packaging/linux/review-desk.desktop
    crash_dialog.install(app)  # a child of the app: lives as long as it
    if reviewer is None and smoke_exit.armed():
        reviewer = smoke_exit.REVIEWER  # a smoke run of the bundle has nobody to ask
    window = make_window(app, reviewer=reviewer)
    window.show()
    if window.reviewer is None:
        window.ask_reviewer()  # the first start: who is reviewing
    if file is not None:
        window.open_path(file)
    smoke_exit.arm(app, window, expect_session=file is not None)
    return app.exec()


def app_icon() -> QIcon:
    """The app's icon at every size shipped (resources/icons/)."""
    icon = QIcon()
    for size in ICON_SIZES:
        ref = resource(*icon_parts(size))
        if ref.is_file():
            icon.addFile(str(ref))
    return icon
