"""并案: the lead (the first proposal selected, changeable), members from the list
selection or a search, the group, removing a member, dissolving the group. The dialog
says what "Merge" will do before it is pressed; Enter presses none of its buttons (Space
does), so Enter never merges, changes the lead or removes by surprise."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from review_desk.desk import Desk
from review_desk.review.queries import ProposalFilter, ProposalRow
from review_desk.ui.enter_key import hold_enter
from review_desk.ui.i18n import status_name
from review_desk.ui.session import DeskSession

MAX_RESULTS = 50


def _id_of(intake_no: int, desk: Desk) -> str:
    return desk.proposal_id(intake_no)


class MergeDialog(QDialog):
    """Shows a merge group around `lead_id` and changes it through Desk commands.

    `ids[0]` leads (or its group's lead, when it is merged already); the rest are staged.
    Removing a member and dissolving act at once; new members and a change of lead are
    staged and carried out by "Merge"."""

    def __init__(self, session: DeskSession, ids: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge proposals"))
        self.session = session
        self.original_lead = self._lead_of(ids[0])
        self.lead = self.original_lead
        self.members: list[str] = []
        self.staged: list[str] = []
        self._load_members()
        for pid in ids[1:]:
            self._stage(pid)

        self.lead_label = QLabel()
        self.lead_label.setObjectName("mergeLead")
        self.lead_label.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setObjectName("mergeOutcome")
        self.outcome.setWordWrap(True)
        self.group = QListWidget()
        self.group.setObjectName("mergeGroup")
        self.make_lead = QPushButton(self.tr("Make &lead"))
        self.make_lead.setObjectName("makeLead")
        self.remove = QPushButton(self.tr("&Remove from group"))
        self.dissolve = QPushButton(self.tr("&Dissolve group"))
        self.make_lead.clicked.connect(self._make_lead)
        self.remove.clicked.connect(self._remove)
        self.dissolve.clicked.connect(self._dissolve)

        self.search = QLineEdit()
        self.search.setObjectName("mergeSearch")
        self.search.setPlaceholderText(self.tr("Find proposals to add: No. or words"))
        self.search.returnPressed.connect(self._find)
        hold_enter(self.search)
        self.results = QListWidget()
        self.results.setObjectName("mergeResults")
        self.results.itemActivated.connect(lambda _item: self._add_result())
        self.add = QPushButton(self.tr("&Add to group"))
        self.add.clicked.connect(self._add_result)

        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setObjectName("mergeButton")
        close = QPushButton(self.tr("Close"))
        # no button is default (a dialog makes its first auto-default button the default
        # when shown): Enter in the group once made the proposal looked at the lead
        for button in (self.make_lead, self.remove, self.dissolve, self.add,
                       self.merge_button, close):
            button.setAutoDefault(False)
        self.merge_button.clicked.connect(self._apply)
        close.clicked.connect(self.reject)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.merge_button)
        self.buttons.addWidget(close)

        left = QVBoxLayout()
        left.addWidget(self.lead_label)
        left.addWidget(self.outcome)
        left.addWidget(QLabel(self.tr("Group (lead first):")))
        left.addWidget(self.group, 1)
        row = QHBoxLayout()
        for b in (self.make_lead, self.remove, self.dissolve):
            row.addWidget(b)
        left.addLayout(row)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Add from search:")))
        right.addWidget(self.search)
        right.addWidget(self.results, 1)
        right.addWidget(self.add)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(self.buttons)
        self.resize(900, 520)
        self._render()
        self.group.setFocus()

    # --- state ------------------------------------------------------------------------

    def _rows(self, ids: list[str]) -> list[ProposalRow]:
        return self.session.read(lambda d: d.rows(ids), list[ProposalRow]())

    def _row(self, pid: str) -> ProposalRow | None:
        rows = self._rows([pid])
        return rows[0] if rows else None

    def _lead_of(self, pid: str) -> str:
        row = self._row(pid)
        if row is not None and row.merged_into is not None:
            lead_no = row.merged_into
            return self.session.read(lambda d: d.proposal_id(lead_no), pid)
        return pid

    def _load_members(self) -> None:
        lead = self.original_lead
        detail = self.session.read(lambda d: d.detail(lead), None)
        numbers = detail.merged_members if detail else ()
        found = [self.session.read(partial(_id_of, n), "") for n in numbers]
        self.members = [m for m in found if m]

    def _stage(self, pid: str) -> None:
        if pid != self.lead and pid not in self.members and pid not in self.staged:
            self.staged.append(pid)

    @property
    def group_ids(self) -> list[str]:
        """Lead, members, staged additions (the old lead after a change of lead)."""
        ids = [self.lead, *self.members, *self.staged]
        if self.original_lead not in ids:
            ids.append(self.original_lead)
        return list(dict.fromkeys(ids))

    # --- view -------------------------------------------------------------------------

    def _render(self) -> None:
        rows = {r.id: r for r in self._rows(self.group_ids)}
        lead = rows.get(self.lead)
        self.lead_label.setText(
            self.tr("Lead: No. %1 %2").replace("%1", str(lead.intake_no if lead else "?"))
            .replace("%2", lead.title if lead else ""))
        joining = len([x for x in self.group_ids if x != self.lead])
        self.outcome.setText(
            self.tr("“Merge” makes No. %1 the lead and accepts it (立案); %n other "
                    "proposal(s) join it and follow its units. To lead with another one, "
                    "select it and press “Make lead”.", "", joining)
            .replace("%1", str(lead.intake_no if lead else "?")))
        keep = self.group.currentRow()
        self.group.clear()
        bold = QFont()
        bold.setBold(True)
        for pid in self.group_ids:
            row = rows.get(pid)
            if row is None:
                continue
            if pid == self.lead:
                tag = self.tr("lead")
            elif pid in self.members:
                tag = self.tr("merged")
            else:
                tag = self.tr("to add")
            item = QListWidgetItem(f"[{tag}] {row.intake_no}  {row.title}  ·  {row.proposers}"
                                   f"  ·  {status_name(row.status)}")
            item.setData(Qt.ItemDataRole.UserRole, pid)
            if pid == self.lead:
                item.setFont(bold)
            elif pid not in self.members:
                item.setForeground(Qt.GlobalColor.darkBlue)
            self.group.addItem(item)
        self.group.setCurrentRow(max(0, min(keep, self.group.count() - 1)))
        pending = bool(self.staged) or self.lead != self.original_lead
        self.merge_button.setEnabled(pending)
        self.dissolve.setEnabled(bool(self.members))

    def _selected(self) -> str | None:
        item = self.group.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    # --- actions ----------------------------------------------------------------------

    def _make_lead(self) -> None:
        pid = self._selected()
        if pid is None or pid == self.lead:
            return
        self.staged = [x for x in self.group_ids if x not in (pid, *self.members)]
        self.lead = pid
        self._render()

    def _remove(self) -> None:
        pid = self._selected()
        if pid is None or pid == self.lead:
            return
        if pid in self.staged:
            self.staged.remove(pid)
        elif pid in self.members and self.session.command(
                lambda d: d.merging.remove_member(pid)) is not None:
            self.members.remove(pid)
        self._render()

    def _dissolve(self) -> None:
        lead = self.original_lead
        if self.session.command(lambda d: d.merging.dissolve(lead)) is not None:
            self.members = []
            self._render()

    def _find(self) -> None:
        text = self.search.text().strip()
        self.results.clear()
        if not text:
            return
        if text.isdigit():
            ids = [self.session.read(lambda d: d.proposal_id(int(text)), "")]
            ids = [i for i in ids if i]
        else:
            ids = self.session.read(lambda d: d.list_ids(ProposalFilter(search=text)),
                                    list[str]())
        for row in self._rows(ids[:MAX_RESULTS]):
            item = QListWidgetItem(f"{row.intake_no}  {row.title}  ·  {status_name(row.status)}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def _add_result(self) -> None:
        for item in self.results.selectedItems() or [self.results.currentItem()]:
            if item is not None:
                self._stage(str(item.data(Qt.ItemDataRole.UserRole)))
        self._render()

    def _apply(self) -> None:
        if self.lead != self.original_lead and self.members:
            old = self.original_lead
            if self.session.command(lambda d: d.merging.dissolve(old)) is None:
                return
        others = [x for x in self.group_ids if x != self.lead]
        lead = self.lead
        if others and self.session.command(lambda d: d.merging.merge(lead, others)) is None:
            return
        self.accept()
