"""提案号 in the window: the order and the format, a preview of the first numbers, then
"Number" (again as often as needed) and "Finalise" after a confirmation — from then on
the numbers and the outcomes of numbered cases no longer change; cases accepted later get
the numbers after the last one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from review_desk.review.numbering_preview import NumberingPreview
from review_desk.ui.enter_key import hold_enter
from review_desk.ui.session import DeskSession


class NumberingDialog(QDialog):
    """Number the accepted cases and finalise the numbers."""

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numberingDialog")
        self.setWindowTitle(self.tr("Case numbers"))
        self.session = session
        self.order = QComboBox()
        self.order.setObjectName("numberingOrder")
        for key, text in (("intake", self.tr("intake order")),
                          ("category", self.tr("by category, then intake order")),
                          ("submitted", self.tr("by time submitted"))):
            self.order.addItem(text, key)
        self.format = QLineEdit()
        self.format.setObjectName("numberingFormat")
        hold_enter(self.format)
        self.state = QLabel()
        self.state.setObjectName("numberingState")
        self.state.setWordWrap(True)
        self.preview = QListWidget()
        self.preview.setObjectName("numberingPreview")
        self.number_button = QPushButton(self.tr("Number the cases"))
        self.number_button.setObjectName("numberCases")
        self.final_button = QPushButton(self.tr("Finalise the numbers…"))
        self.final_button.setObjectName("finaliseNumbers")
        close = QPushButton(self.tr("Close"))
        for button in (self.number_button, self.final_button, close):
            button.setAutoDefault(False)
        self.number_button.clicked.connect(self.number)
        self.final_button.clicked.connect(self.finalise)
        close.clicked.connect(self.accept)
        form = QFormLayout()
        form.addRow(self.tr("Order"), self.order)
        form.addRow(self.tr("Format ({n} is the number)"), self.format)
        buttons = QHBoxLayout()
        buttons.addWidget(self.number_button)
        buttons.addWidget(self.final_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("The first cases would get:")))
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.resize(640, 460)
        first = self._read(None)
        if first is not None:
            self.format.setText(first.fmt)
        self.order.currentIndexChanged.connect(lambda _i: self.refresh())
        self.format.textChanged.connect(lambda _t: self.refresh())
        self.refresh()

    def _read(self, fmt: str | None) -> NumberingPreview | None:
        order = str(self.order.currentData())
        try:
            return self.session.desk.numbering_preview(order, fmt)
        except Exception:  # a format being typed: the preview waits for a good one
            return None

    def refresh(self) -> None:
        """The state and the preview for the order and format chosen."""
        fmt = self.format.text().strip() or None
        found = self._read(fmt)
        self.preview.clear()
        if found is None:
            self.preview.addItem(self.tr("The format cannot print a number: use {n}, e.g. "
                                         "第{n:04d}号"))
            self.number_button.setEnabled(False)
            return
        for intake, number, title in found.first:
            # tr() outside the f-string: lupdate does not look inside one
            intake_no = self.tr("No. %1").replace("%1", str(intake))
            self.preview.addItem(f"{number}　{intake_no}　{title}")
        if found.final:
            text = self.tr("The numbers are final: %1 cases numbered.").replace(
                "%1", str(found.numbered))
            if found.late:
                text += " " + self.tr(
                    "%1 cases accepted since have no number yet: numbering gives them the "
                    "numbers after the last one and changes no other.").replace(
                    "%1", str(found.late))
        else:
            text = (self.tr("%1 accepted cases (merged ones included); %2 hold a number now.")
                    .replace("%1", str(found.cases)).replace("%2", str(found.numbered)))
        self.state.setText(text)
        self.format.setEnabled(not found.final)
        self.order.setEnabled(not found.final or found.late > 0)
        self.number_button.setEnabled(found.late > 0 if found.final else found.cases > 0)
        self.final_button.setEnabled(not found.final and found.numbered > 0)

    def number(self) -> None:
        """Number every accepted case in the order and format shown."""
        order, fmt = str(self.order.currentData()), self.format.text().strip() or None
        if not self.format.isEnabled():
            fmt = None  # final: the format stays as it was
        self.session.command(lambda d: d.numbering.number(order, fmt))
        self.refresh()

    def finalise(self) -> None:
        """Freeze the numbers, after saying what that means."""
        answer = QMessageBox.question(
            self, self.tr("Finalise the case numbers"),
            self.tr("After this the case numbers and the outcomes of numbered cases can no "
                    "longer change, on this computer or after a sync. Finalise now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.session.command(lambda d: d.numbering.finalise())
            self.refresh()
