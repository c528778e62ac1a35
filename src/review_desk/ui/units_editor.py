"""预交办 in the detail pane: 主办 + 会办/协办 or 分办, a completer over the catalogue,
reorder, role change, remove (the button or Delete), the deadline, and the suggested
units one click (or Space) away."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from review_desk.desk import Desk
from review_desk.models.values import MODE_ROLES, HandlingRole, parse_mode, parse_role
from review_desk.review.journal import Changed
from review_desk.review.queries import ProposalDetail, UnitView
from review_desk.ui.flow_layout import FlowLayout
from review_desk.ui.i18n import role_name
from review_desk.ui.unit_completer import UnitCompleter

Command = Callable[[Callable[[Desk], Changed]], object]


def shown_part(d: ProposalDetail | None) -> tuple[object, ...] | None:
    """What the units editor shows of a proposal."""
    if d is None:
        return None
    editable = d.row.status in ("pending", "accepted")
    return (d.row.id, d.row.units, editable, d.row.status == "merged", d.handling_mode,
            d.deadline, d.deadline_overridden, d.suggested_units)


NO_DEADLINE = QDate(2000, 1, 1)  # the box's lowest date, shown as "—"


class UnitsEditor(QWidget):
    """Edits one proposal's handling units through Desk commands."""

    def __init__(self, command: Command, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitsEditor")
        self._command = command
        self._detail: ProposalDetail | None = None
        self.mode = QComboBox()
        self.mode.setObjectName("handlingMode")
        self.mode.addItem(self.tr("Lead + joint/assisting units"), "lead")
        self.mode.addItem(self.tr("Split: each unit replies"), "split")
        self.mode.activated.connect(self._change_mode)

        self.table = QTableWidget(0, 2)
        self.table.setObjectName("assignedUnits")
        self.table.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Role")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.up = QPushButton(self.tr("Move up"))
        self.down = QPushButton(self.tr("Move down"))
        self.remove = QPushButton(self.tr("Remove"))
        self.role = QComboBox()
        self.role.setObjectName("rolePicker")
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.remove.clicked.connect(self._remove)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)  # Delete in the table only
        remove_key.activated.connect(self._remove)
        self.role.activated.connect(self._change_role)
        self.table.currentCellChanged.connect(lambda *_: self._sync_role())

        self.completer = UnitCompleter(self)
        self.unit_input = QLineEdit()
        self.unit_input.setObjectName("unitInput")
        self.unit_input.setPlaceholderText(self.tr("Add a unit: name, short name or code"))
        self.unit_input.setCompleter(self.completer)
        self.unit_input.returnPressed.connect(self._add_typed)
        # a pick (keys or mouse) adds the unit and empties the box for the next one
        self.completer.picked.connect(self._add_picked)
        self.add_role = QComboBox()
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self._add_typed)

        self.deadline = QDateEdit()
        self.deadline.setObjectName("deadline")
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        # no deadline yet (a session with no opening date) shows "—", not the box's own
        # 2000-01-01 nor the last proposal's date, and tabbing through it sets nothing
        self.deadline.setMinimumDate(NO_DEADLINE)
        self.deadline.setSpecialValueText("—")
        self.deadline.editingFinished.connect(self._set_deadline)
        self.default_deadline = QPushButton(self.tr("Default (3 months)"))
        self.default_deadline.clicked.connect(
            lambda: self._run(lambda d, pid: d.units.set_deadline(pid, None)))
        self.deadline_note = QLabel()

        self.suggested = FlowLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Mode")))
        top.addWidget(self.mode, 1)
        buttons = QHBoxLayout()
        for w in (QLabel(self.tr("Role")), self.role, self.up, self.down, self.remove):
            buttons.addWidget(w)
        buttons.addStretch(1)
        add = QHBoxLayout()
        add.addWidget(self.unit_input, 1)
        add.addWidget(self.add_role)
        add.addWidget(self.add_button)
        deadline = QHBoxLayout()
        deadline.addWidget(QLabel(self.tr("Deadline")))
        deadline.addWidget(self.deadline)
        deadline.addWidget(self.default_deadline)
        deadline.addWidget(self.deadline_note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(add)
        suggested_label = QLabel(self.tr("Suggested by the proposer:"))
        layout.addWidget(suggested_label)
        layout.addLayout(self.suggested)
        layout.addLayout(deadline)
        layout.addWidget(self.message)
        self.setTabOrder(self.mode, self.table)
        self.setTabOrder(self.table, self.role)
        self.setTabOrder(self.role, self.up)
        self.setTabOrder(self.up, self.down)
        self.setTabOrder(self.down, self.remove)
        self.setTabOrder(self.remove, self.unit_input)
        self.setTabOrder(self.unit_input, self.add_role)
        self.setTabOrder(self.add_role, self.add_button)

    def set_catalogue(self, units: list[UnitView]) -> None:
        """The units the completer offers."""
        self.completer.set_units(units)

    @property
    def proposal_id(self) -> str | None:
        """The proposal being edited."""
        return self._detail.row.id if self._detail else None

    def show_detail(self, detail: ProposalDetail | None) -> None:
        """Show a proposal's assignment (drawn again only when it changed)."""
        unchanged = shown_part(detail) == shown_part(self._detail) and detail is not None
        keep = self.table.currentRow()
        self._detail = detail
        if unchanged:
            return
        self.table.setRowCount(0)
        # a suggestion pressed by keys is deleted below: the keyboard stays in the editor
        on_suggestion = any(w.hasFocus() for w in self.suggested.widgets())
        self.suggested.clear_widgets()
        editable = detail is not None and detail.row.status in ("pending", "accepted")
        for w in (self.mode, self.table, self.up, self.down, self.remove, self.role,
                  self.unit_input, self.add_role, self.add_button, self.deadline,
                  self.default_deadline):
            w.setEnabled(editable)
        if detail is None:
            self.message.setText("")
            return
        mode = detail.handling_mode if detail.handling_mode in MODE_ROLES else "lead"
        self.mode.setCurrentIndex(self.mode.findData(mode))
        for unit in detail.row.units:
            row = self.table.rowCount()
            self.table.insertRow(row)
            name = QTableWidgetItem(unit.name)
            name.setData(Qt.ItemDataRole.UserRole, unit.unit_id)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(role_name(unit.role)))
        if self.table.rowCount():
            self.table.setCurrentCell(max(0, min(keep, self.table.rowCount() - 1)), 0)
        self._fill_roles(mode)
        assigned = {u.name for u in detail.row.units}
        for suggested in detail.suggested_units:
            button = QPushButton("＋" + suggested)
            button.setObjectName("suggestedUnit")
            button.setEnabled(editable and suggested not in assigned)
            button.clicked.connect(partial(self.add_unit, suggested))
            self.suggested.addWidget(button)
        if on_suggestion:
            self.unit_input.setFocus()
            QTimer.singleShot(0, self, self._focus_suggestion)  # once the new ones show
        self.deadline.setDate(QDate.fromString(detail.deadline, "yyyy-MM-dd")
                              if detail.deadline else NO_DEADLINE)
        # the button beside says "default" already: the note only says when it is not
        self.deadline_note.setText(self.tr("set by hand") if detail.deadline_overridden
                                   else "")
        if detail.row.status == "merged":
            self.message.setText(self.tr("A merged proposal follows its lead's units."))
        elif not editable:
            self.message.setText(self.tr("Only pending or accepted proposals get units."))
        else:
            self.message.setText("")

    def _focus_suggestion(self) -> None:
        """After a suggestion was added by keys: on to the next one still to add."""
        left = [w for w in self.suggested.widgets() if w.isEnabled() and w.isVisible()]
        if left and self.unit_input.hasFocus():
            left[0].setFocus()

    def _fill_roles(self, mode: str) -> None:
        for combo in (self.role, self.add_role):
            combo.clear()
            for role in MODE_ROLES[parse_mode(mode)]:
                combo.addItem(role_name(role), role)
        has_lead = self._detail is not None and any(
            u.role == "lead" for u in self._detail.row.units)
        self.add_role.setCurrentIndex(1 if mode == "lead" and has_lead else 0)
        self._sync_role()

    def _sync_role(self) -> None:
        unit = self._current_unit()
        if unit is None or self._detail is None:
            return
        role = next((u.role for u in self._detail.row.units if u.unit_id == unit), None)
        index = self.role.findData(role)
        if index >= 0:
            self.role.setCurrentIndex(index)

    def _current_unit(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0)
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _run(self, act: Callable[[Desk, str], Changed]) -> object:
        """Run `act` on the proposal shown; None when it failed (the error is shown)."""
        pid = self.proposal_id
        return None if pid is None else self._command(lambda d: act(d, pid))

    def add_unit(self, unit: str, role: HandlingRole | None = None) -> object:
        """Add a unit (name, code, alias or id) in `role` (default: the role picker's);
        None when it failed."""
        chosen = role or parse_role(self.add_role.currentData() or "lead")
        return self._run(lambda d, pid: d.units.add(pid, unit, chosen))

    def _add_typed(self) -> None:
        text = self.unit_input.text().strip()
        if not text:
            return
        unit = self.completer.unit_for(text) or text
        self.unit_input.clear()
        if self.add_unit(unit) is None:
            self.unit_input.setText(text)  # an unknown name stays, to be corrected

    def _add_picked(self, unit_id: str) -> None:
        # Enter in the list reaches the box first, which has added the unit already
        if self._detail is not None and unit_id not in {
                u.unit_id for u in self._detail.row.units}:
            self.add_unit(unit_id)
        # the completer writes the picked text into the box after this signal: clear after
        QTimer.singleShot(0, self.unit_input, self.unit_input.clear)

    def _remove(self) -> None:
        unit = self._current_unit()
        if unit is not None:
            self._run(lambda d, pid: d.units.remove(pid, unit))

    def _move(self, step: int) -> None:
        unit, row = self._current_unit(), self.table.currentRow()
        if unit is None or not 0 <= row + step < self.table.rowCount():
            return
        self._run(lambda d, pid: d.units.move(pid, unit, row + step))
        self.table.setCurrentCell(row + step, 0)

    def _change_role(self) -> None:
        unit, role = self._current_unit(), self.role.currentData()
        if unit is not None and role:
            self._run(lambda d, pid: d.units.set_role(pid, unit, role))

    def _change_mode(self) -> None:
        mode = self.mode.currentData()
        if self._detail is None or mode == self._detail.handling_mode:
            return
        units = [u.unit_id for u in self._detail.row.units]
        slots: list[tuple[str, HandlingRole]]
        if mode == "split":
            slots = [(u, "split") for u in units]
        else:
            slots = [(u, "lead" if i == 0 else "joint") for i, u in enumerate(units)]
        self._run(lambda d, pid: d.units.assign(pid, mode, slots))

    def _set_deadline(self) -> None:
        if self._detail is None:
            return
        if self.deadline.date() == NO_DEADLINE:
            return
        value = self.deadline.date().toString("yyyy-MM-dd")
        if value != self._detail.deadline:
            date.fromisoformat(value)
            self._run(lambda d, pid: d.units.set_deadline(pid, value))
