"""The decision bar: 立案 / 不予立案 / 撤案 / 待审 and 重点, each one key away, and the
outcome the proposal has now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QWidget

from review_desk.review.queries import ProposalDetail
from review_desk.ui.flow_layout import FlowLayout
from review_desk.ui.i18n import status_name


class DecisionBar(QWidget):
    """Buttons bound to the window's decision actions, and the current outcome."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionBar")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        # wraps when the pane is narrow (a long reason, a large font), so nothing is cut
        layout = FlowLayout(self, spacing=6)
        self.status = QLabel()
        self.status.setObjectName("statusBadge")
        layout.addWidget(self.status)
        self.buttons: list[QToolButton] = []
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            layout.addWidget(button)
            self.buttons.append(button)

    def show_detail(self, detail: ProposalDetail | None) -> None:
        """Show the outcome of `detail`; with none (an empty list) the buttons and their
        keys are off, as they would do nothing."""
        for button in self.buttons:
            action = button.defaultAction()
            if action is not None:
                action.setEnabled(detail is not None)
        if detail is None:
            self.status.setText("")
            return
        text = status_name(detail.row.status)
        if detail.row.status == "merged" and detail.row.merged_into is not None:
            text = self.tr("Merged into No. %1").replace("%1", str(detail.row.merged_into))
        elif detail.reason:
            text += f"：{detail.reason}"
        if detail.row.key:
            text += " ★" + self.tr("key")
        self.status.setText(f"<b>{text}</b>")
        self.status.adjustSize()
        layout = self.layout()
        if layout is not None:
            layout.invalidate()

