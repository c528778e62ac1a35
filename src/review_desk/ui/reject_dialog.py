"""不予立案: pick the reason and the disposition from the session's lists."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from review_desk.review.queries import ListItem


class RejectDialog(QDialog):
    """Reason and disposition pickers; the first active entries are preselected."""

    def __init__(self, reasons: list[ListItem], dispositions: list[ListItem], count: int,
                 parent: QWidget | None = None, last_reason: str = "",
                 last_disposition: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("rejectDialog")
        self.setWindowTitle(self.tr("Not accepted"))
        self.reason = QComboBox()
        self.reason.setObjectName("reasonPicker")
        for item in reasons:
            if item.active:
                self.reason.addItem(item.name, item.name)
        self.disposition = QComboBox()
        self.disposition.setObjectName("dispositionPicker")
        self.disposition.addItem(self.tr("(none)"), None)
        for item in dispositions:
            if item.active:
                self.disposition.addItem(item.name, item.name)
        if last_reason and self.reason.findData(last_reason) >= 0:
            self.reason.setCurrentIndex(self.reason.findData(last_reason))
        if last_disposition and self.disposition.findData(last_disposition) >= 0:
            self.disposition.setCurrentIndex(self.disposition.findData(last_disposition))
        elif self.disposition.count() > 1:
            self.disposition.setCurrentIndex(1)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Not accepting %n proposal(s).", "", count)))
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.tr("&Passed on as"), self.disposition)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.reason.setFocus()

    def chosen(self) -> tuple[str, str | None]:
        """(reason, disposition or None)."""
        return self.reason.currentData(), self.disposition.currentData()
