"""After a dialog closes the keyboard goes back to where the person was in the window (or
to the list): a key pressed next acts, instead of falling into no widget at all. A window
system usually does this when it activates the window again; offscreen, and on some
desktops, nothing does, and the error box, the category picker and others left no focus."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FocusReturn(QObject):
    """Follows the keyboard: the last widget of the window that had it, and a dialog's
    closing that leaves it nowhere."""

    def __init__(self, window: QWidget, fallback: Callable[[], QWidget | None]) -> None:
        super().__init__(window)
        self._window = window
        self._fallback = fallback
        self._last: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._moved)

    def _moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new.window() is self._window:
            self._last = new
        elif new is None and old is not None and old.window() is not self._window:
            # the keyboard left a dialog for nowhere: once Qt is done closing it, see
            QTimer.singleShot(0, self, partial(self._after, old.window()))

    def _after(self, dialog: QWidget) -> None:
        if QApplication.focusWidget() is not None or not self._window.isVisible():
            return
        if shiboken6.isValid(dialog) and dialog.isVisible():
            return  # still open: the person went to another program, nothing to take back
        modal = QApplication.activeModalWidget()
        target = (modal.focusWidget() or modal) if modal is not None else self._place()
        if target is not None:
            target.window().activateWindow()
            target.setFocus()

    def _place(self) -> QWidget | None:
        last = self._last
        if last is not None and shiboken6.isValid(last) and last.isVisible() \
                and last.isEnabled():
            return last
        return self._fallback()


def return_focus_after_dialogs(window: QWidget,
                                fallback: Callable[[], QWidget | None]) -> None:
    """Whenever a dialog of the app closes leaving no widget with the keyboard, give it to
    the widget of `window` that had it last, or to `fallback()` (the list)."""
    _FocusReturn(window, fallback)
