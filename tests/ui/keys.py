"""Keyboard helpers for the UI tests: key presses and answering modal dialogs by keys."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def press(widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """One key press on `widget`, as the keyboard would send it (shortcuts included)."""
    QTest.keyClick(widget, key, modifier)


def type_text(widget: QWidget, text: str) -> None:
    """Type text into the widget with focus."""
    QTest.keyClicks(widget, text)


def when_modal(answer: Callable[[QWidget], None], tries: int = 50) -> None:
    """Run `answer(dialog)` on the next modal dialog once it is shown (for exec())."""

    def attempt(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            answer(dialog)
        elif left:
            QTimer.singleShot(20, lambda: attempt(left - 1))

    QTimer.singleShot(0, lambda: attempt(tries))


def focused() -> QWidget:
    """The widget with keyboard focus."""
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget
