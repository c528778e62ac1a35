"""Keyboard helpers for the UI tests: key presses and answering modal dialogs by keys."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def press(widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """One key press on `widget`, as the keyboard would send it (shortcuts included)."""
    QTest.keyClick(widget, key, modifier)


def type_text(widget: QWidget, text: str) -> None:
    """Type text into `widget`: ASCII as key presses, Chinese as an input method commits
    it (QTest cannot press keys for characters beyond ASCII)."""
    for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if run.isascii():
            QTest.keyClicks(widget, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)


class ModalAnswer:
    """A `when_modal` answer: whether it ran; `cancel()` ends its looking."""

    def __init__(self) -> None:
        self.ran = False
        self.looking = True

    def cancel(self) -> None:
        """No dialog is expected any more: stop looking for one."""
        self.looking = False


_LOOKING: list[ModalAnswer] = []  # the `when_modal` answers still looking for a dialog


def when_modal(answer: Callable[[QWidget], None], tries: int = 50) -> ModalAnswer:
    """Run `answer(dialog)` on the next modal dialog once it is shown (for exec()).

    It looks for `tries` × 20 ms at least; `forget_modal_answers` (after every UI test)
    ends the looking, so an answer a test prepared for a dialog that never came (a test
    that no dialog opens) cannot answer the next test's dialog."""
    pending = ModalAnswer()
    _LOOKING.append(pending)

    def attempt(left: int) -> None:
        if not pending.looking:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            pending.looking = False
            pending.ran = True
            dialog.activateWindow()  # as the window system does for a new dialog
            QApplication.processEvents()
            try:
                answer(dialog)
            except BaseException:
                if isinstance(dialog, QDialog) and dialog.isVisible():
                    dialog.reject()  # a failed answer fails the test, it does not hang it
                raise
        elif left:
            QTimer.singleShot(20, lambda: attempt(left - 1))
        else:
            pending.looking = False

    QTimer.singleShot(0, lambda: attempt(tries))
    return pending


def forget_modal_answers() -> None:
    """End every `when_modal` still looking for its dialog (its test is over)."""
    for pending in _LOOKING:
        pending.cancel()
    _LOOKING.clear()


def focused() -> QWidget:
    """The widget with keyboard focus."""
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def inside(dialog: QWidget) -> QWidget:
    """The widget of `dialog` that has (or will get) the keyboard."""
    widget = QApplication.focusWidget()
    if widget is not None and (widget is dialog or dialog.isAncestorOf(widget)):
        return widget
    return dialog.focusWidget() or dialog
