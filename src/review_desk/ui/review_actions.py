"""What the review keys do: decide the current proposal or the selection (with a
confirmation that says how many), mark key proposals, open the merge view, and the bulk
actions on the selection or the whole filtered list (run off the UI thread)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from review_desk.desk import Desk
from review_desk.models.values import STATUSES, Decision, HandlingRole, Status, parse_role
from review_desk.review.history import ActionScope
from review_desk.review.journal import Changed
from review_desk.review.queries import ListItem, ProposalFilter, ProposalRow, UnitView
from review_desk.review.unclassified import UNCLASSIFIED
from review_desk.ui.enter_key import hold_enter
from review_desk.ui.i18n import role_name, status_name
from review_desk.ui.merge_dialog import MergeDialog
from review_desk.ui.reject_dialog import RejectDialog
from review_desk.ui.session import DeskSession
from review_desk.ui.status_line import StatusLine
from review_desk.ui.unit_completer import UnitCompleter
from review_desk.ui.workers import TaskRunner
from review_desk.ui.workspace import ReviewWorkspace

Progress = Callable[[int, int], None]
# undoing or redoing an action over more proposals or changes (or with an archive part)
# runs off the UI thread
LONG_TAKE_BACK = 50
LONG_TAKE_BACK_CHANGES = 400


NOT_PENDING: tuple[Status, ...] = tuple(s for s in STATUSES if s != "pending")
STATUS_OF: dict[Decision, str] = {"accept": "accepted", "reject": "rejected",
                                  "withdraw": "withdrawn", "pending": "pending"}


def replaced(statuses: dict[str, str], decision: Decision) -> int:
    """How many decisions already made (not pending, not merged) `decision` replaces."""
    keep = ("pending", "merged", STATUS_OF[decision])
    return sum(1 for status in statuses.values() if status not in keep)


class ReviewActions(QObject):
    """Handlers of the review actions, for one open session."""

    def __init__(self, session: DeskSession, workspace: ReviewWorkspace, runner: TaskRunner,
                 report: Callable[[Exception], None], status: StatusLine,
                 parent: QWidget,
                 catch_up: Callable[[], Changed | None] = lambda: None) -> None:
        super().__init__(parent)
        self.catch_up = catch_up  # shows what other processes wrote; what it was
        self.session = session
        self.status = status
        self.workspace = workspace
        self.runner = runner
        self.report = report
        self.window = parent
        self.last_disposition = ""

    def _back_to_list(self) -> None:
        """After a dialog: the window active again and the keyboard on the list."""
        self.window.activateWindow()
        self.workspace.table.setFocus()

    # --- decisions ----------------------------------------------------------------------

    def _confirm(self, text: str, replacing: str = "") -> bool:
        """Ask Yes or No. With `replacing` (a sentence saying what Yes would replace of
        what is already set) the question says it and Enter answers No (Y says yes)."""
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        answer = QMessageBox.question(self.window, self.tr("Confirm"),
                                      f"{text}\n{replacing}" if replacing else text, yes | no,
                                      no if replacing else yes)
        self._back_to_list()
        return answer == yes

    def _replacing_decisions(self, statuses: dict[str, str], decision: Decision) -> str:
        count = replaced(statuses, decision)
        return self.tr("%n of them already have another decision, which this replaces.", "",
                       count) if count else ""

    def _replacing_categories(self, ids: list[str], name: str) -> str:
        count = sum(1 for r in self._rows(ids) if r.category not in ("", UNCLASSIFIED, name))
        return self.tr("%n of them already have another category, which this replaces.", "",
                       count) if count else ""

    def _rows(self, ids: list[str]) -> list[ProposalRow]:
        """These proposals as the list shows them (none if the file could not be read)."""
        return self.session.read(lambda d: d.rows(ids), list[ProposalRow]())

    def _statuses(self, ids: list[str]) -> dict[str, str]:
        """The status of each of these proposals that is not pending (nothing here counts
        pending ones). A list query per status, not the rows: the rows of 6,000 shown
        proposals took a third of a second on the UI thread."""
        wanted = set(ids)

        def read(d: Desk) -> dict[str, str]:
            return {pid: status for status in NOT_PENDING
                    for pid in d.list_ids(ProposalFilter(status=status)) if pid in wanted}
        return self.session.read(read, {})

    def decide(self, decision: Decision, ids: list[str] | None = None,
               confirmed: bool = False) -> None:
        """Decide the selection (asking first when it is more than one proposal)."""
        ids = ids if ids is not None else self.workspace.selected_ids()
        if not ids or self._changed_elsewhere(ids):
            return
        reason = disposition = None
        remark = ""
        if decision == "reject":
            picked = self._pick_reason(len(ids))
            if picked is None:
                return
            reason, disposition, remark = picked
        elif len(ids) > 1 and not confirmed:
            names = {"accept": self.tr("Accept %n proposal(s)?", "", len(ids)),
                     "withdraw": self.tr("Mark %n proposal(s) as withdrawn?", "", len(ids)),
                     "pending": self.tr("Put %n proposal(s) back to pending?", "", len(ids))}
            if not self._confirm(names[decision], self._replacing_decisions(
                    self._statuses(ids), decision)):
                return
        self._run(lambda d, p: d.decisions.decide(ids, decision, reason, disposition, remark,
                                                   progress=p), len(ids),
                  self._decided_text(decision, len(ids)))

    def _changed_elsewhere(self, ids: list[str]) -> bool:
        """Whether another process changed one of these proposals since the screen last
        showed them; then the screen shows it now and nothing is decided (the reviewer
        looks, and presses the key again if the decision still stands)."""
        changed = self.catch_up()
        if changed is None:
            return False
        touched = set(ids) if changed.everything else changed.proposals & set(ids)
        if not touched:
            return False
        rows = self.session.read(lambda d: d.rows(sorted(touched)), list[ProposalRow]())
        if len(rows) == 1:
            text = self.tr("No. %1 was just changed by another program (now: %2). Nothing "
                           "was decided: look at it, then decide again.").replace(
                "%1", str(rows[0].intake_no)).replace("%2", status_name(rows[0].status))
        else:
            text = self.tr("%n of the chosen proposals were just changed by another program. "
                           "Nothing was decided: look at them, then decide again.", "",
                           max(len(rows), 1))
        self.status.show_result(text)
        return True

    def _pick_reason(self, count: int) -> tuple[str, str | None, str] | None:
        reasons = self.session.read(lambda d: d.list_items("reason"), list[ListItem]())
        dispositions = self.session.read(lambda d: d.list_items("disposition"),
                                         list[ListItem]())
        dialog = RejectDialog(reasons, dispositions, count, self.window,
                              self.last_disposition)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self._back_to_list()
        if not accepted:
            return None
        reason, disposition, remark = dialog.chosen()
        self.last_disposition = disposition or ""
        return reason, disposition, remark

    def toggle_key(self) -> None:
        """Mark or unmark the current proposal as a key proposal candidate; with several
        selected, mark them all (unmark them all when all are marked), as one action."""
        detail = self.workspace.detail.detail
        if detail is None:
            return
        ids = self.workspace.selected_ids()
        if len(ids) > 1:
            rows = self._rows(ids)
            if not rows:
                return  # not read: the error is shown, nothing is marked or unmarked
            key = not all(row.key for row in rows)
            if self.session.command(lambda d: d.annotations.set_keys(ids, key)) is not None:
                self.status.show_result(
                    self.tr("Marked %n proposal(s) as key proposal candidates.", "", len(ids))
                    if key else
                    self.tr("Unmarked %n key proposal candidate(s).", "", len(ids)))
            return
        pid, key = detail.row.id, not detail.row.key
        lead, sup = detail.lead_leader, detail.supervise_leader
        self.session.command(lambda d: d.annotations.set_key(pid, key, lead, sup))

    def merge(self) -> None:
        """Open the merge view on the selection; the first proposal selected leads."""
        ids = self.workspace.selected_ids_in_order()
        if not ids:
            return
        dialog = MergeDialog(self.session, ids, self.window)
        dialog.exec()
        self._back_to_list()

    # --- bulk -----------------------------------------------------------------------------

    def decide_all_shown(self) -> None:
        """Decide every proposal the filter shows."""
        statuses = self._statuses(list(self.workspace.model.ids))
        # a merged proposal follows its lead: it is left as it is, not decided on its own
        ids = [pid for pid in self.workspace.model.ids if statuses.get(pid) != "merged"]
        merged = len(self.workspace.model.ids) - len(ids)
        if not ids:
            return
        choices: dict[str, Decision] = {
                   self.tr("Accept"): "accept", self.tr("Not accept"): "reject",
                   self.tr("Withdrawn"): "withdraw", self.tr("Back to pending"): "pending"}
        text, ok = QInputDialog.getItem(
            self.window, self.tr("Decide all shown"),
            self.tr("Decision for all %n shown proposal(s):", "", len(ids)), list(choices),
            0, False)
        self._back_to_list()
        if not ok:
            return
        decision = choices[text]
        question = self.tr("Apply “%1” to %n proposal(s)?", "", len(ids)).replace("%1", text)
        if merged:
            question += "\n" + self.tr("%n merged proposal(s) follow their lead and stay as "
                                       "they are.", "", merged)
        if decision != "reject" and not self._confirm(
                question, self._replacing_decisions(statuses, decision)):
            return
        self.decide(decision, ids, confirmed=True)

    def set_category(self) -> None:
        """Move the selection to a category."""
        ids = self.workspace.selected_ids()
        categories = [c.name for c in self.session.read(lambda d: d.list_items("category"),
                                                         list[ListItem]()) if c.active]
        if not ids or not categories:
            return
        name, ok = QInputDialog.getItem(
            self.window, self.tr("Set category"),
            self.tr("Category for %n proposal(s):", "", len(ids)), categories, 0, False)
        self._back_to_list()
        if ok and (len(ids) == 1 or self._confirm(
                self.tr("Move %n proposal(s) to “%1”?", "", len(ids)).replace("%1", name),
                self._replacing_categories(ids, name))):
            self._run(lambda d, p: d.annotations.set_category(ids, name, progress=p), len(ids),
                      self.tr("Moved %n proposal(s) to “%1”.", "", len(ids))
                      .replace("%1", name))

    def add_unit(self) -> None:
        """Add one handling unit to every selected proposal."""
        ids = self.workspace.selected_ids()
        if not ids:
            return
        dialog = UnitPickDialog(self.session.read(lambda d: d.unit_catalogue(),
                                                  list[UnitView]()), len(ids), self.window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self._back_to_list()
        if not accepted:
            return
        unit, role = dialog.chosen()
        if unit and (len(ids) == 1 or self._confirm(
                self.tr("Add the unit to %n proposal(s)?", "", len(ids)))):
            self._run(lambda d, p: d.units.add_many(ids, unit, role, progress=p), len(ids),
                      self.tr("Added the unit to %n proposal(s).", "", len(ids)))

    def _decided_text(self, decision: Decision, count: int) -> str:
        texts = {"accept": self.tr("Accepted %n proposal(s).", "", count),
                 "reject": self.tr("Not accepted: %n proposal(s).", "", count),
                 "withdraw": self.tr("Marked %n proposal(s) as withdrawn.", "", count),
                 "pending": self.tr("Put %n proposal(s) back to pending.", "", count)}
        return texts[decision]

    def take_back(self, which: str, scope: ActionScope | None, label: str,
                  then: Callable[[], None]) -> None:
        """Undo (or redo) the last action. A large one (a bulk over many proposals, an
        import: thousands of changes) is taken back off the UI thread with a count.
        `then` runs once it is done."""
        def command(d: Desk, progress: Progress | None) -> Changed:
            return d.undo.undo(progress) if which == "undo" else d.undo.redo(progress)

        if scope is None or not (scope.proposals > LONG_TAKE_BACK
                                 or scope.changes > LONG_TAKE_BACK_CHANGES or scope.parts):
            self.session.command(lambda d: command(d, None))
            then()
            return
        result = self.tr("Undone: %1") if which == "undo" else self.tr("Redone: %1")
        # the count is of changes, as the core reports them
        self._run(command, max(2, scope.changes), result.replace("%1", label), then)

    def _run(self, command: Callable[[Desk, Progress | None], Changed], count: int,
             result: str, then: Callable[[], None] = lambda: None) -> None:
        """One proposal: at once. More: off the UI thread with a count, then a result
        line; the list is read again, as the filter may no longer hold those rows. The
        count ends where the changes are built; their write into the file (often most of
        the time) shows as 「写入文件…」 with a bar that moves without a value."""
        if count == 1:
            self.session.command(lambda d: command(d, None))
            return
        status = self.status
        status.set_busy_text(self.tr("Working: %1 / %2").replace("%1", "0")
                             .replace("%2", str(count)))

        def progress(done: int, total: int) -> None:
            if done >= total:  # built; the commit that follows has nothing to count
                status.set_busy_text(self.tr("Writing to the file…"))
                status.set_indeterminate()
                return
            status.set_busy_text(self.tr("Working: %1 / %2").replace("%1", str(done))
                                 .replace("%2", str(total)))
            status.set_progress(done, total)

        def done(_changed: Changed) -> None:
            status.set_busy_text("")
            status.show_result(result)
            self.workspace.reload()
            then()

        self.session.write_long(self.runner, command, done, progress)


class UnitPickDialog(QDialog):
    """Pick one unit (completer over the catalogue) and its role."""

    def __init__(self, units: list[UnitView], count: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a handling unit"))
        self.completer = UnitCompleter(self)
        self.completer.set_units(units)
        self.unit = QLineEdit()
        self.unit.setCompleter(self.completer)
        self.unit.setPlaceholderText(self.tr("name, short name or code"))
        hold_enter(self.unit)
        self.role = QComboBox()
        for role in ("lead", "joint", "assist"):
            self.role.addItem(role_name(role), role)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Adding to %n proposal(s).", "", count)))
        form.addRow(self.tr("&Unit"), self.unit)
        form.addRow(self.tr("&Role"), self.role)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> tuple[str, HandlingRole]:
        """(unit id or typed name, role)."""
        text = self.unit.text().strip()
        return self.completer.unit_for(text) or text, parse_role(self.role.currentData())
