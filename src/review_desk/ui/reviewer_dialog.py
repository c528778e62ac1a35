"""Who is reviewing: asked on first start (the name goes into every action, so nothing
is recorded under the computer's login), and which review group, when the session has
groups and the name is in none of them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from review_desk.review.group_queries import GroupView


class ReviewerDialog(QDialog):
    """The reviewer's name, and their review group when `groups` are given."""

    def __init__(self, name: str, groups: list[GroupView],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewerDialog")
        self.setWindowTitle(self.tr("Who is reviewing?"))
        self.name = QLineEdit(name)
        self.name.setObjectName("reviewerName")
        self.name.setPlaceholderText(self.tr("your name, as colleagues know it"))
        self.group = QComboBox()
        self.group.setObjectName("reviewerGroup")
        self.group.addItem(self.tr("(none of these)"), None)
        for group in groups:
            self.group.addItem(group.name, group.id)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Your name goes with every decision you make, in the "
                                   "history and on the office share.")))
        form.addRow(self.tr("Name"), self.name)
        if groups:
            form.addRow(self.tr("Review group"), self.group)
        else:
            self.group.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.name.textChanged.connect(lambda _t: self._enable())
        self._enable()

    def _enable(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(bool(self.chosen_name()))

    def accept(self) -> None:
        if self.chosen_name():  # no empty name: it would be recorded as nobody
            super().accept()

    def chosen_name(self) -> str:
        """The name typed."""
        return self.name.text().strip()

    def chosen_group(self) -> str | None:
        """The group id chosen (None: none)."""
        data = self.group.currentData()
        return None if data is None else str(data)


def ask_reviewer(parent: QWidget, name: str, named: Callable[[str], None]) -> ReviewerDialog:
    """Ask for the reviewer's name (window-modal); `named(name)` once it is given."""
    dialog = ReviewerDialog(name, [], parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: named(dialog.chosen_name()))
    dialog.open()
    return dialog


def ask_group(parent: QWidget, name: str, groups: list[GroupView],
              join: Callable[[str | None, list[GroupView]], None]) -> ReviewerDialog | None:
    """Ask which review group is the reviewer's, when there are groups and the name is
    in none; `join(group id or None, groups)` with the answer."""
    if not groups or any(name in g.reviewers for g in groups):
        return None
    dialog = ReviewerDialog(name, groups, parent)
    dialog.name.setReadOnly(True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: join(dialog.chosen_group(), groups))
    dialog.open()
    return dialog
