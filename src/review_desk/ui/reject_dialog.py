"""不予立案: the reason (chosen, never preselected: the printed notice quotes it), where
the text is passed on, and an optional remark (说明) for the record and the notice."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from review_desk.review.queries import ListItem
from review_desk.ui.enter_key import hold_enter


class RejectDialog(QDialog):
    """Reason, disposition and remark; OK only once a reason is chosen."""

    def __init__(self, reasons: list[ListItem], dispositions: list[ListItem], count: int,
                 parent: QWidget | None = None, last_disposition: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("rejectDialog")
        self.setWindowTitle(self.tr("Not accepted"))
        self.reason = QComboBox()
        self.reason.setObjectName("reasonPicker")
        for item in reasons:
            if item.active:
                self.reason.addItem(item.name, item.name)
        self.reason.setPlaceholderText(self.tr("— choose the reason —"))
        self.reason.setCurrentIndex(-1)
        self.disposition = QComboBox()
        self.disposition.setObjectName("dispositionPicker")
        self.disposition.addItem(self.tr("(none)"), None)
        for item in dispositions:
            if item.active:
                self.disposition.addItem(item.name, item.name)
        if last_disposition and self.disposition.findData(last_disposition) >= 0:
            self.disposition.setCurrentIndex(self.disposition.findData(last_disposition))
        elif self.disposition.count() > 1:
            self.disposition.setCurrentIndex(1)
        self.remark = QLineEdit()
        self.remark.setObjectName("rejectRemark")
        self.remark.setPlaceholderText(self.tr("optional; kept in the record and the notice"))
        hold_enter(self.remark)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Not accepting %n proposal(s).", "", count)))
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.tr("&Passed on as"), self.disposition)
        form.addRow(self.tr("Re&mark (说明)"), self.remark)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.reason.currentIndexChanged.connect(lambda _i: self._enable())
        self._enable()
        self.reason.setFocus()

    def _enable(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(self.reason.currentIndex() >= 0)

    def accept(self) -> None:
        if self.reason.currentIndex() >= 0:  # Enter with no reason chosen records nothing
            super().accept()

    def chosen(self) -> tuple[str, str | None, str]:
        """(reason, disposition or None, remark)."""
        return (str(self.reason.currentData()), self.disposition.currentData(),
                self.remark.text().strip())
