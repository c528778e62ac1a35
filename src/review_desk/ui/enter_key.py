"""Enter in a dialog's text box does what the box does (search, pick, add) and never
presses the dialog's default button: a QLineEdit passes Return on to its dialog, so
typing 停车 and Enter in a merge search merged at once."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _HoldEnter(QObject):
    """Lets the box handle Enter, then stops it there."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and isinstance(watched, QLineEdit) and event.key() in ENTER_KEYS
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            QLineEdit.keyPressEvent(watched, event)
            event.accept()
            return True
        return False


def hold_enter(*fields: QLineEdit) -> None:
    """Enter in these boxes stays in them (Ctrl+Enter still reaches the dialog)."""
    for field in fields:
        holder = _HoldEnter(field)
        field.installEventFilter(holder)
