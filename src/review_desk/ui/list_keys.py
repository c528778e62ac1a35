"""Home and End in a list of rows go to the first and last row (Shift selects the rows
up to there). A table view moves them along the row's columns, which a list that selects
whole rows shows as nothing happening."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

ROW_ENDS = (Qt.Key.Key_Home, Qt.Key.Key_End)


class _RowEnds(QObject):
    """Home and End: the first or last row, selected alone; with Shift, the rows from
    the current one to there selected as well."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and isinstance(watched, QAbstractItemView) and event.key() in ROW_ENDS
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            return False
        model, selection = watched.model(), watched.selectionModel()
        rows = model.rowCount() if model is not None else 0
        if not rows or selection is None:
            return True
        current = watched.currentIndex()
        column = max(0, current.column())
        target = model.index(0 if event.key() == Qt.Key.Key_Home else rows - 1, column)
        flag = QItemSelectionModel.SelectionFlag
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and current.isValid():
            stretch = QItemSelection(model.index(min(current.row(), target.row()), column),
                                     model.index(max(current.row(), target.row()), column))
            selection.select(stretch, flag.Select | flag.Rows)
            selection.setCurrentIndex(target, flag.NoUpdate)
        else:
            selection.setCurrentIndex(target, flag.ClearAndSelect | flag.Rows)
        watched.scrollTo(target)
        return True


def home_end_by_rows(view: QAbstractItemView) -> None:
    """Home and End in `view` go to its first and last row."""
    view.installEventFilter(_RowEnds(view))
