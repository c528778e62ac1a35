"""The filter side panel: narrows the proposal list by status, category, 界别, unit, key,
notes, conflicts and review group / reviewer."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from review_desk.models.values import STATUSES
from review_desk.review.group_queries import GroupView
from review_desk.review.queries import ListItem, ProposalFilter, UnitView
from review_desk.review.unclassified import UNCLASSIFIED
from review_desk.ui.i18n import status_name

MINE = "\x00mine"  # the group entry "my groups" (filter by reviewer)


def _combo(any_text: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(any_text, None)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(6)
    return combo


class FilterPanel(QWidget):
    """Emits `filter_changed` with a ProposalFilter (search is left to the search box)."""

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterPanel")
        any_text = self.tr("(any)")
        self.status = _combo(any_text)
        for status in STATUSES:
            self.status.addItem(status_name(status), status)
        self.category = _combo(any_text)
        self.sector = _combo(any_text)
        self.unit = _combo(any_text)
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.unit.completer()
        if completer is not None:
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.key = self._yes_no(any_text)
        self.notes = self._yes_no(any_text)
        self.conflicts = self._yes_no(any_text)
        self.group = _combo(any_text)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Sector"), self.sector)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Key"), self.key)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Conflicts"), self.conflicts)
        form.addRow(self.tr("Review group"), self.group)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        for combo in self.combos():
            combo.currentIndexChanged.connect(self._emit)
        self._muted = False

    def _yes_no(self, any_text: str) -> QComboBox:
        combo = _combo(any_text)
        combo.addItem(self.tr("yes"), True)
        combo.addItem(self.tr("no"), False)
        return combo

    def combos(self) -> list[QComboBox]:
        """The combo boxes, in tab order."""
        return [self.status, self.category, self.sector, self.unit, self.key, self.notes,
                self.conflicts, self.group]

    def set_choices(self, categories: list[ListItem], sectors: list[ListItem],
                    units: list[UnitView], groups: list[GroupView]) -> None:
        """Fill the pickers from the session's lists (keeping nothing selected)."""
        self._muted = True
        unclassified = [(UNCLASSIFIED, UNCLASSIFIED)]  # proposals with no category yet
        for combo, items in ((self.category, [(c.name, c.id) for c in categories] + unclassified),
                             (self.sector, [(s.name, s.name) for s in sectors]),
                             (self.unit, [(u.name, u.id) for u in units])):
            self._refill(combo, items)
        groups_items: list[tuple[str, Any]] = [(self.tr("My groups"), MINE)]
        groups_items += [(g.name, g.id) for g in groups]
        self._refill(self.group, groups_items)
        self._muted = False

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(0)

    def current(self, reviewer: str = "") -> ProposalFilter:
        """The filter the pickers describe."""
        group = self.group.currentData()
        flt = ProposalFilter(
            status=self.status.currentData(), category=self.category.currentData(),
            sector=self.sector.currentData(), unit=self.unit.currentData(),
            key=self.key.currentData(), has_notes=self.notes.currentData(),
            has_conflicts=self.conflicts.currentData())
        if group == MINE:
            return replace(flt, reviewer=reviewer or None)
        return replace(flt, group=group)

    def set_status(self, status: str | None) -> None:
        """Pick a status (None: any)."""
        self.status.setCurrentIndex(max(0, self.status.findData(status)))

    def clear(self) -> None:
        """Back to showing everything."""
        self._muted = True
        for combo in self.combos():
            combo.setCurrentIndex(0)
        self._muted = False
        self._emit()

    def _emit(self) -> None:
        if not self._muted:
            self.filter_changed.emit(self.current())
