"""Sync with the office share (off the UI thread, with progress and a summary), the
unsynced-changes count for the status bar, and the conflicts view: every value of each
conflicted field with its reviewer, device and time; keep one or write a new value."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from review_desk.desk import Desk
from review_desk.review.plain_conflicts import PlainConflict
from review_desk.ui.enter_key import hold_enter
from review_desk.ui.password_dialog import PasswordAsker, ask_with_dialog
from review_desk.ui.session import DeskSession
from review_desk.ui.workers import TaskRunner

if TYPE_CHECKING:
    from review_desk.sync.protocol import SyncSummary
    from review_desk.sync.service import SyncService

VALUE_ROLE = Qt.ItemDataRole.UserRole


def _service(desk: Desk) -> SyncService:
    from review_desk.sync.service import SyncService

    return SyncService(desk)


class SyncController(QObject):
    """Runs syncs for one open session and keeps the unsynced count fresh."""

    unsynced_changed = Signal(int)
    synced = Signal(object)  # SyncSummary

    def __init__(self, session: DeskSession, runner: TaskRunner,
                 report: Callable[[Exception], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.report = report
        self.window = parent
        self.running = False
        self.last_summary: SyncSummary | None = None
        # an SMB share without a password in the keychain: asked in a dialog, this run only
        self.asker = PasswordAsker(ask_with_dialog(parent), self)
        self._count_later = QTimer(self)  # counted after the action is shown, not before
        self._count_later.setSingleShot(True)
        self._count_later.setInterval(250)
        self._count_later.timeout.connect(self.count)
        session.changed.connect(lambda _c: self._count_later.start())

    def share(self) -> str | None:
        """The share the session syncs with."""
        return self.session.read(lambda d: _service(d).share(), None)

    def count(self) -> int:
        """This reviewer's own actions not sent yet (also emitted)."""
        n = self.session.read(lambda d: _service(d).unsynced_actions(), 0)
        self.unsynced_changed.emit(n)
        return n

    def start(self, to: str | None = None,
              progress: Callable[[str, int, int], None] | None = None) -> bool:
        """Sync off the UI thread (asking for the share the first time)."""
        if self.running:
            return False
        if self.session.damaged is not None:  # a damaged file is never synced
            self.report(self.session.damaged)
            return False
        if to is None and not self.share():
            dialog = SyncPlaceDialog(self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.place():
                return False
            to = dialog.place()
        desk = self.session.desk
        asker = self.asker
        asker.reset()
        self.running = True

        def work(report: Callable[[str, int, int], None]) -> object:
            from review_desk.sync.service import SyncService

            return SyncService(desk, ask=asker).sync(report, to=to)

        self.runner.start(work, self._done, self._failed, progress, owner=self.session)
        return True

    def abort(self) -> None:
        """Closing: a sync waiting for a password gets none and stops."""
        self.asker.abort()

    def stop(self) -> None:
        """The session closes: no count after this, a waiting sync stops."""
        self._count_later.stop()
        self.abort()
        self.asker.forget()

    def _done(self, summary: SyncSummary) -> None:
        self.running = False
        self.last_summary = summary
        self.session.broadcast(summary.changed)
        self.count()
        self.synced.emit(summary)

    def _failed(self, error: Exception) -> None:
        self.running = False
        self.report(error)

    def summary_text(self, summary: SyncSummary) -> str:
        """Sent, received, conflicts (of them, broken review rules): one sentence; then
        what waits, what was set aside, and changes held for a clock that runs ahead."""
        s = summary
        text = (self.tr("Sent %1 changes, received %2; %3 conflicts (%4 new).")
                .replace("%1", str(s.sent)).replace("%2", str(s.received))
                .replace("%3", str(s.conflicts)).replace("%4", str(s.new_conflicts)))
        if s.broken_rules:
            text += "\n" + self.tr("%n of the conflicts are broken review rules.", "",
                                   s.broken_rules)
        if s.waiting_batches:
            text += "\n" + self.tr("%1 batches wait for earlier changes not on the share yet.") \
                .replace("%1", str(s.waiting_batches))
        for bad in s.set_aside:
            text += "\n" + self.tr("Set aside %1: %2").replace("%1", bad.path) \
                .replace("%2", bad.reason)
        for held in s.held:
            who = "、".join(held.reviewers) or held.device
            text += "\n" + self.tr(
                "Held: the clock of %1's computer runs about %2 hours ahead, so those "
                "changes wait until then. Ask %1 to set the computer's clock right.") \
                .replace("%1", who).replace("%2", f"{held.ahead_hours:.0f}")
        return text


class ConflictsDialog(QDialog):
    """Every open conflict; pick a value or write a new one."""

    def __init__(self, session: DeskSession, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.language = language
        self.setWindowTitle(self.tr("Conflicts"))
        self.session = session
        self.conflicts: list[PlainConflict] = []
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("conflictsTree")
        self.tree.setHeaderLabels([self.tr("Proposal / what"), self.tr("Value"),
                                   self.tr("Reviewer"), self.tr("Time"), self.tr("Where")])
        self.tree.setAlternatingRowColors(True)
        self.tree.currentItemChanged.connect(lambda *_a: self._enable())
        self.keep_button = QPushButton(self.tr("&Keep this value"))
        self.keep_button.setObjectName("keepValue")
        self.keep_button.clicked.connect(self.keep)
        self.new_button = QPushButton(self.tr("&Write a new value…"))
        self.new_button.setObjectName("newValue")
        self.new_button.clicked.connect(self.write_new)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        # no button is default and a row's Enter keeps nothing: Enter on a conflict row
        # once settled the disagreement with that value; Alt+K or Space on the button does
        for button in (self.keep_button, self.new_button, close):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.resize(900, 480)
        self.load()

    def load(self) -> None:
        """Read the conflicts again, in plain words."""
        language = self.language
        self.conflicts = self.session.read(lambda d: d.plain_conflicts(language),
                                           list[PlainConflict]())
        self.tree.clear()
        self.info.setText(self.tr("%1 places where reviewers disagree or a review rule is "
                                  "broken. The value marked ▶ is shown until you settle it.")
                          .replace("%1", str(len(self.conflicts))))
        for conflict in self.conflicts:
            top = QTreeWidgetItem([f"{conflict.where} · {conflict.what}"])
            top.setToolTip(0, f"{conflict.where}\n{conflict.what}")
            top.setData(0, VALUE_ROLE, (conflict.id, None))
            for value in conflict.values:
                where = (self.tr("this computer") if value.this_device
                         else self.tr("another computer"))
                child = QTreeWidgetItem(["▶" if value.shown else "", value.text,
                                         value.reviewer, value.time, where])
                child.setToolTip(1, value.text)
                child.setData(0, VALUE_ROLE, (conflict.id, value.id))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)  # where and what: the whole width
            top.setExpanded(True)
        for column in range(5):
            self.tree.resizeColumnToContents(column)
        first = self.tree.topLevelItem(0)
        if first is not None:
            first_value = first.child(0)
            self.tree.setCurrentItem(first_value if first_value is not None else first)
        self._enable()

    def _chosen(self) -> tuple[str, str | None] | None:
        item = self.tree.currentItem()
        return item.data(0, VALUE_ROLE) if item is not None else None

    def _enable(self) -> None:
        chosen = self._chosen()
        self.keep_button.setEnabled(chosen is not None and chosen[1] is not None)
        self.new_button.setEnabled(chosen is not None)

    def keep(self) -> None:
        """Settle the current conflict with the selected value."""
        chosen = self._chosen()
        if chosen is None or chosen[1] is None:
            return
        cid, vid = chosen
        if self.session.command(lambda d: _service(d).resolve(cid, take=vid)) is not None:
            self.load()

    def write_new(self, value: str | None = None) -> None:
        """Settle the current conflict with a new value (asked for when not given)."""
        chosen = self._chosen()
        if chosen is None:
            return
        if not isinstance(value, str):
            value, ok = QInputDialog.getText(self, self.tr("New value"),
                                             self.tr("The value to keep:"))
            if not ok:
                return
        cid = chosen[0]
        if self.session.command(lambda d: _service(d).resolve(cid, value=value)) is not None:
            self.load()


class SyncSummaryBox(QMessageBox):
    """What a sync did, with a button to the conflicts when there are any."""

    def __init__(self, text: str, conflicts: int, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Information, "", text,
                         QMessageBox.StandardButton.Ok, parent)
        self.setObjectName("syncSummary")
        self.setWindowTitle(self.tr("Sync finished"))
        self.show_conflicts = (self.addButton(self.tr("Show &conflicts"),
                                              QMessageBox.ButtonRole.ActionRole)
                               if conflicts else None)

    def wants_conflicts(self) -> bool:
        """Whether the person asked to see the conflicts."""
        return self.show_conflicts is not None and self.clickedButton() is self.show_conflicts


class SyncPlaceDialog(QDialog):
    """Where to sync: a folder picked with the folder picker (a mounted share, a USB
    stick) or an smb:// address typed beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPlaceDialog")
        self.setWindowTitle(self.tr("Sync with the office share"))
        self.field = QLineEdit()
        self.field.setObjectName("syncPlace")
        self.field.setPlaceholderText("smb://USER@HOST/SHARE/FOLDER")
        self.field.setMinimumWidth(380)
        hold_enter(self.field)
        browse = QPushButton(self.tr("Choose a folder…"))
        browse.setObjectName("syncChooseFolder")
        browse.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(browse)
        hint = QLabel(self.tr("A folder (a mounted office share, a USB stick carried between "
                              "laptops) or an SMB address typed in the box."))
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.field.textChanged.connect(lambda _t: self._enable())
        self._enable()

    def _enable(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(bool(self.place()))

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("The folder to sync with"),
                                                  self.place())
        if folder:
            self.field.setText(folder)

    def place(self) -> str:
        """The folder or address chosen."""
        return self.field.text().strip()
