"""The test helper that answers modal dialogs, and the reject dialog's Enter after a
garbage collection: the two suspects of a flaky reject test."""

from __future__ import annotations

import gc

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from review_desk.review.queries import ListItem
from review_desk.ui.reject_dialog import RejectDialog

from .keys import forget_modal_answers, press, type_text, when_modal


def _accept(dialog: QWidget) -> None:
    assert isinstance(dialog, QDialog)
    dialog.accept()


def test_an_answer_ends_with_the_test_that_asked(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A guard that saw no dialog in its test does not answer the next test's dialog."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    stale_answers: list[QWidget] = []

    def escape(dialog: QWidget) -> None:
        stale_answers.append(dialog)
        press(dialog, Qt.Key.Key_Escape)

    stale = when_modal(escape)
    forget_modal_answers()  # what the autouse fixture does when that test ends
    dialog = QDialog(parent)
    own = when_modal(_accept)
    assert dialog.exec() == QDialog.DialogCode.Accepted
    assert own.ran and not stale.ran and stale_answers == []


def test_a_cancelled_answer_answers_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    guard = when_modal(lambda d: press(d, Qt.Key.Key_Escape))
    guard.cancel()
    own = when_modal(_accept)
    assert QDialog(parent).exec() == QDialog.DialogCode.Accepted
    assert own.ran and not guard.ran


def test_enter_in_the_remark_after_a_collection_keeps_the_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The Enter filter is owned by its box (PySide6 keeps a parented wrapper): a
    collection between opening the dialog and the key press does not drop it."""
    items = [ListItem("1", "不属于提案范围", True)]
    dialog = RejectDialog(items, [ListItem("2", "转来信", True)], 1)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.reason.setCurrentIndex(0)  # a reason chosen: OK would accept
    gc.collect()
    dialog.remark.setFocus()
    type_text(dialog.remark, "已转有关部门研究")
    press(dialog.remark, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    press(dialog.reason, Qt.Key.Key_Return)  # Enter outside the remark accepts
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
