"""审查意见, 重点提案 candidates (with 领办 / 督办 leaders) and private or shared notes.

Nothing typed is thrown away: the opinion, a new note and the leaders are saved as the
reviewer leaves the field, moves to another proposal, closes or quits — each as one
undoable action. A draft that cannot be saved (a read-only file, a full disk) stays on
screen with the reason, and is offered again when its proposal is shown."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from review_desk.desk import Desk
from review_desk.review.journal import Changed
from review_desk.review.queries import ProposalDetail
from review_desk.ui import error_text
from review_desk.ui.session import DeskSession

# focus that leaves for a moment (another window, a context menu) is not leaving the field
PASSING_FOCUS = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)


def shown_part(d: ProposalDetail | None) -> tuple[object, ...] | None:
    """What the opinion and notes tab shows of a proposal."""
    if d is None:
        return None
    return (d.row.id, d.row.key, d.opinion, d.lead_leader, d.supervise_leader, d.notes)


@dataclass
class Draft:
    """Text typed on a proposal that could not be saved yet."""

    opinion: str | None = None
    note: str | None = None
    shared: bool = False
    reason: str = ""


def _set_opinion(proposal_id: str, text: str, desk: Desk) -> Changed:
    return desk.annotations.set_opinion(proposal_id, text)


def _add_note(proposal_id: str, text: str, shared: bool, desk: Desk) -> Changed:
    return desk.annotations.add_note(proposal_id, text, shared)[1]


def ask_to_leave_drafts(parent: QWidget) -> bool:
    """Closing with text that could not be saved: whether to close all the same."""
    answer = QMessageBox.warning(
        parent, QCoreApplication.translate("NotesEditor", "Text not saved"),
        QCoreApplication.translate(
            "NotesEditor", "What you typed could not be saved (the reason is shown beside "
            "it). Close all the same and lose it?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard


class NotesEditor(QWidget):
    """The reviewer's writing on one proposal, saved through Desk commands."""

    def __init__(self, session: DeskSession, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesEditor")
        self.session = session
        self.language = language
        self._detail: ProposalDetail | None = None
        self.drafts: dict[str, Draft] = {}  # by proposal id: not saved yet, with why

        self.opinion = QPlainTextEdit()
        self.opinion.setObjectName("opinion")
        self.opinion.setPlaceholderText(
            self.tr("Review opinion: saved when you leave the box (Ctrl+Enter saves now)"))
        self.opinion.setTabChangesFocus(True)
        self.opinion.installEventFilter(self)
        QShortcut(QKeySequence("Ctrl+Return"), self.opinion, self.save_opinion)
        self.unsaved = QLabel()
        self.unsaved.setObjectName("draftNotSaved")
        self.unsaved.setWordWrap(True)
        self.unsaved.setStyleSheet("color: #b00020;")
        self.unsaved.hide()

        self.key = QCheckBox(self.tr("Key proposal candidate"))
        self.key.setObjectName("keyCandidate")
        self.key.clicked.connect(lambda _on: self.save_key())
        self.lead_leader = QLineEdit()
        self.lead_leader.setObjectName("leadLeader")
        self.lead_leader.setPlaceholderText(self.tr("Leading leader"))
        self.supervise_leader = QLineEdit()
        self.supervise_leader.setObjectName("superviseLeader")
        self.supervise_leader.setPlaceholderText(self.tr("Supervising leader"))
        for leader in (self.lead_leader, self.supervise_leader):
            leader.editingFinished.connect(self.save_key)

        self.notes = QListWidget()
        self.notes.setObjectName("notes")
        self.notes.setWordWrap(True)
        self.new_note = QLineEdit()
        self.new_note.setObjectName("newNote")
        self.new_note.setPlaceholderText(self.tr("New note (Enter adds; kept when you leave)"))
        self.new_note.returnPressed.connect(self.add_note)
        self.new_note.installEventFilter(self)
        self.shared = QCheckBox(self.tr("Shared with the group"))
        self.add_button = QPushButton(self.tr("Add note"))
        self.add_button.clicked.connect(self.add_note)
        self.edit_note = QPushButton(self.tr("Edit…"))
        self.edit_note.clicked.connect(self._edit_note)
        self.delete_note = QPushButton(self.tr("Delete"))
        self.delete_note.clicked.connect(self._delete_note)

        opinion_box = QGroupBox(self.tr("Review opinion"))
        ob = QVBoxLayout(opinion_box)
        ob.addWidget(self.opinion)
        ob.addWidget(self.unsaved)
        key_box = QGroupBox(self.tr("Key proposal"))
        kb = QHBoxLayout(key_box)
        for w in (self.key, self.lead_leader, self.supervise_leader):
            kb.addWidget(w)
        notes_box = QGroupBox(self.tr("Notes"))
        nb = QVBoxLayout(notes_box)
        nb.addWidget(self.notes, 1)
        nb.addWidget(self.new_note)  # a row of its own: its hint is read whole
        row2 = QHBoxLayout()
        row2.addWidget(self.shared)
        row2.addWidget(self.add_button)
        row2.addStretch(1)
        row2.addWidget(self.edit_note)
        row2.addWidget(self.delete_note)
        nb.addLayout(row2)
        layout = QVBoxLayout(self)
        layout.addWidget(opinion_box, 1)
        layout.addWidget(key_box)
        layout.addWidget(notes_box, 2)

    # --- showing ------------------------------------------------------------------------

    @property
    def proposal_id(self) -> str | None:
        """The proposal shown."""
        return self._detail.row.id if self._detail else None

    def show_detail(self, detail: ProposalDetail | None) -> None:
        """Show a proposal's opinion, key mark and notes (what is being typed for this
        same proposal stays as it is)."""
        same = detail is not None and detail.row.id == self.proposal_id
        unchanged = same and shown_part(detail) == shown_part(self._detail)
        self._detail = detail
        if unchanged:  # a decision: nothing here changed, nothing to draw again
            return
        self.setEnabled(detail is not None)
        if detail is None:
            self.opinion.clear()
            self.notes.clear()
            self.unsaved.hide()
            return
        draft = self.drafts.get(detail.row.id)
        if not (same and self.opinion.document().isModified()):
            self.opinion.setPlainText(detail.opinion)
            self.opinion.document().setModified(False)
            if draft is not None and draft.opinion is not None:
                self.opinion.setPlainText(draft.opinion)
                self.opinion.document().setModified(True)
        if not same:
            self.new_note.setText(draft.note if draft and draft.note else "")
            if draft is not None:
                self.shared.setChecked(draft.shared)
        self._show_reason(draft.reason if draft else "")
        self.key.setChecked(detail.row.key)
        self.lead_leader.setText(detail.lead_leader)
        self.supervise_leader.setText(detail.supervise_leader)
        self.notes.clear()
        for note in detail.notes:
            scope = self.tr("shared") if note.shared else self.tr("private")
            when = note.created[:16].replace("T", " ")
            item = QListWidgetItem(f"{note.author}（{scope}，{when}）\n{note.text}")
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, note.text)
            self.notes.addItem(item)

    def _show_reason(self, reason: str) -> None:
        self.unsaved.setText(self.tr("Not saved yet: %1").replace("%1", reason)
                             if reason else "")
        self.unsaved.setVisible(bool(reason))

    # --- saving -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent) and (
                event.reason() not in PASSING_FOCUS):
            if watched is self.opinion:
                self.save_opinion()
            elif watched is self.new_note:
                self.add_note()
        return False

    def _failed(self, pid: str) -> Draft:
        failure = self.session.last_failure
        reason = error_text.error_message(failure, self.language) if failure else ""
        draft = self.drafts.setdefault(pid, Draft())
        draft.reason = reason
        if pid == self.proposal_id:
            self._show_reason(reason)
        return draft

    def _saved(self, pid: str, part: str) -> None:
        draft = self.drafts.get(pid)
        if draft is not None:
            setattr(draft, part, None)
            if draft.opinion is None and draft.note is None:
                del self.drafts[pid]
        if pid == self.proposal_id:
            self._show_reason(self.drafts[pid].reason if pid in self.drafts else "")

    def save_opinion(self) -> bool:
        """Save the opinion typed (if it changed); False when it could not be saved."""
        pid = self.proposal_id
        if pid is None or not self.opinion.document().isModified():
            return True
        text = self.opinion.toPlainText()
        self.opinion.document().setModified(False)  # saved or kept as a draft, not twice
        if self._detail is not None and text.strip() == self._detail.opinion:
            self._saved(pid, "opinion")
            return True
        if self.session.command(lambda d: d.annotations.set_opinion(pid, text)) is None:
            self._failed(pid).opinion = text
            if pid == self.proposal_id:
                self.opinion.document().setModified(True)
            return False
        self._saved(pid, "opinion")
        return True

    def add_note(self) -> bool:
        """Add the note typed; False when it could not be saved."""
        pid, text, shared = self.proposal_id, self.new_note.text().strip(), self.shared.isChecked()
        if pid is None or not text:
            return True
        self.new_note.clear()
        if self.session.command(lambda d: d.annotations.add_note(pid, text, shared)[1]) is None:
            draft = self._failed(pid)
            draft.note, draft.shared = text, shared
            if pid == self.proposal_id:
                self.new_note.setText(text)
            return False
        self._saved(pid, "note")
        return True

    def save_key(self) -> bool:
        """Save the key mark and its leaders (if they changed)."""
        detail = self._detail
        if detail is None:
            return True
        pid = detail.row.id
        key, lead, sup = (self.key.isChecked(), self.lead_leader.text().strip(),
                          self.supervise_leader.text().strip())
        if (key, lead, sup) == (detail.row.key, detail.lead_leader, detail.supervise_leader):
            return True
        return self.session.command(
            lambda d: d.annotations.set_key(pid, key, lead, sup)) is not None

    def commit_drafts(self) -> bool:
        """Save everything typed and not saved (leaving the proposal, closing, quitting);
        False when something could not be saved (it stays, with the reason)."""
        ok = all([self.save_opinion(), self.add_note(), self.save_key()])
        for pid, draft in list(self.drafts.items()):
            if pid == self.proposal_id:
                continue
            if draft.opinion is not None:
                if self.session.command(partial(_set_opinion, pid, draft.opinion)) is None:
                    ok = False
                    continue
                draft.opinion = None
            if draft.note is not None:
                if self.session.command(
                        partial(_add_note, pid, draft.note, draft.shared)) is None:
                    ok = False
                    continue
                draft.note = None
            del self.drafts[pid]
        return ok and not self.drafts

    # --- notes ----------------------------------------------------------------------------

    def _selected_note(self) -> tuple[str, str] | None:
        item = self.notes.currentItem()
        if item is None:
            return None
        return (str(item.data(Qt.ItemDataRole.UserRole)),
                str(item.data(Qt.ItemDataRole.UserRole + 1)))

    def _edit_note(self) -> None:
        picked = self._selected_note()
        if picked is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Edit note"), self.tr("Note"),
                                                 picked[1])
        if ok and text.strip():
            self.session.command(lambda d: d.annotations.edit_note(picked[0], text))

    def _delete_note(self) -> None:
        picked = self._selected_note()
        if picked is not None:
            self.session.command(lambda d: d.annotations.delete_note(picked[0]))
