"""A completer over the unit catalogue that matches names, short names, codes and
aliases, and tells which unit was picked."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter

from review_desk.review.queries import UnitView

UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def unit_search_text(unit: UnitView) -> str:
    """What the completer shows and matches for a unit: "name（short · code · aliases）"."""
    extra = [x for x in (unit.short_name, unit.code, *unit.aliases) if x and x != unit.name]
    return f"{unit.name}（{' · '.join(extra)}）" if extra else unit.name


class UnitCompleter(QCompleter):
    """Completes any part of a unit's names or code; `unit_for(text)` gives its id and
    `picked` carries the id of a unit chosen from the list (by keys or the mouse)."""

    picked = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = QStandardItemModel(self)
        self.setModel(self.source)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)
        self._by_text: dict[str, str] = {}
        self._by_word: dict[str, str] = {}
        self.activated.connect(self._activated)

    def _activated(self, text: str) -> None:
        unit_id = self._by_text.get(text)
        if unit_id:
            self.picked.emit(unit_id)

    def set_units(self, units: list[UnitView]) -> None:
        """Complete over these units (inactive ones are left out)."""
        self.source.clear()
        self._by_text.clear()
        self._by_word.clear()
        for unit in units:
            if not unit.active:
                continue
            text = unit_search_text(unit)
            item = QStandardItem(text)
            item.setData(unit.id, UNIT_ID_ROLE)
            self.source.appendRow(item)
            self._by_text[text] = unit.id
            for word in (unit.name, unit.short_name, unit.code, *unit.aliases):
                if word:
                    self._by_word.setdefault(word.casefold(), unit.id)

    def unit_for(self, text: str) -> str | None:
        """The unit id a typed or picked text names, or None."""
        text = text.strip()
        return self._by_text.get(text) or self._by_word.get(text.casefold())
