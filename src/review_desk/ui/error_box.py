"""The error dialog: a warning in the window, opened without blocking, gone once read."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def open_error_box(parent: QWidget, title: str, message: str,
                   closed: Callable[[], None]) -> QMessageBox:
    """Show `message` in a warning box over `parent`; `closed()` runs when it closes."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _r: closed())
    box.open()
    return box
