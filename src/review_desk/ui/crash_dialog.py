"""An unexpected error in the window: written to the log, told to the person in their
language with the reassurance that their work is saved (every action is committed to the
session file when it is made), an offer to open the log folder — and the desk goes on.

`install(app)` sets sys.excepthook (Qt calls it for an exception escaping a slot or an
event handler, then carries on) and threading.excepthook. The dialog is shown through a
queued signal, so it opens from the event loop — never inside the paint or slot that
failed, and for a worker thread's error on the UI thread. One dialog at a time: further
errors while it is open are logged only.

The wording is here in both languages rather than in the .ts files: it must work when
anything else is broken, translators included.
"""

from __future__ import annotations

import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QLocale, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from review_desk.logs import log_dir, log_exception, redact

TEXT = {
    "zh_CN": {
        "title": "提案审查台 — 意外错误",
        "text": "出现了一个意外错误。",
        "info": "您的工作已经保存：每一步操作在做出时就已写入会议文件，之前的工作不会丢失。"
                "您可以继续工作。如果同样的错误再次出现，请把日志文件夹里的日志发给技术支持。",
        "open": "打开日志文件夹",
        "go_on": "继续工作",
    },
    "en": {
        "title": "Review Desk — unexpected error",
        "text": "Something unexpected went wrong.",
        "info": "Your work is saved: every action was written to the session file the "
                "moment you made it, so nothing you did before is lost. You can carry on "
                "working. If the same error comes back, send the log from the log folder "
                "to your support contact.",
        "open": "Open log folder",
        "go_on": "Carry on",
    },
}


def texts() -> dict[str, str]:
    """The dialog's wording in the language in use (install_translators sets it)."""
    chinese = QLocale().language() == QLocale.Language.Chinese
    return TEXT["zh_CN" if chinese else "en"]


def open_log_folder() -> bool:
    """Show the log folder in the file manager."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def crash_box(details: str, parent: QWidget | None = None) -> tuple[QMessageBox, object]:
    """The dialog (not shown) and its open-the-log-folder button."""
    words = texts()
    box = QMessageBox(QMessageBox.Icon.Warning, words["title"], words["text"],
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(words["info"])
    box.setDetailedText(redact(details))
    open_button = box.addButton(words["open"], QMessageBox.ButtonRole.ActionRole)
    go_on = box.addButton(words["go_on"], QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(go_on)
    box.setEscapeButton(go_on)
    return box, open_button


class CrashReporter(QObject):
    """Receives every uncaught exception; logs it and shows the dialog once at a time."""

    raised = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.showing = False
        self.count = 0
        self.raised.connect(self.show_dialog, Qt.ConnectionType.QueuedConnection)

    def excepthook(self, exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        """sys.excepthook: log, then ask the UI thread to show the dialog."""
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.count += 1
        try:
            log_exception(exc_type, exc, tb)
        finally:
            details = "".join(traceback.format_exception(exc_type, exc, tb))
            if sys.__stderr__ is not None:  # None in Windows' windowed app
                sys.__stderr__.write(redact(details))
            self.raised.emit(details)

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        """threading.excepthook: the same for a Python thread's error."""
        if args.exc_value is not None:
            self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str)
    def show_dialog(self, details: str) -> None:
        """The dialog, unless one is open already."""
        if self.showing:
            return
        self.showing = True
        try:
            app = QApplication.instance()
            parent = app.activeWindow() if isinstance(app, QApplication) else None
            box, open_button = crash_box(details, parent)
            box.exec()
            if box.clickedButton() is open_button:
                open_log_folder()
        finally:
            self.showing = False


def install(app: QApplication) -> CrashReporter:
    """Route uncaught exceptions (UI thread and Python threads) to a CrashReporter."""
    reporter = CrashReporter(app)
    sys.excepthook = reporter.excepthook
    threading.excepthook = reporter.thread_hook
    return reporter
