"""审查意见, 重点提案 candidates (with 领办 / 督办 leaders) and private or shared notes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from review_desk.desk import Desk
from review_desk.review.journal import Changed
from review_desk.review.queries import ProposalDetail

Command = Callable[[Callable[[Desk], Changed]], object]


def shown_part(d: ProposalDetail | None) -> tuple[object, ...] | None:
    """What the opinion and notes tab shows of a proposal."""
    if d is None:
        return None
    return (d.row.id, d.row.key, d.opinion, d.lead_leader, d.supervise_leader, d.notes)


class NotesEditor(QWidget):
    """The reviewer's writing on one proposal, saved through Desk commands."""

    def __init__(self, command: Command, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesEditor")
        self._command = command
        self._detail: ProposalDetail | None = None

        self.opinion = QPlainTextEdit()
        self.opinion.setObjectName("opinion")
        self.opinion.setPlaceholderText(self.tr("Review opinion (Ctrl+Enter saves)"))
        self.opinion.setTabChangesFocus(True)
        self.save_opinion = QPushButton(self.tr("Save &opinion"))
        self.save_opinion.clicked.connect(self._save_opinion)
        QShortcut(QKeySequence("Ctrl+Return"), self.opinion, self._save_opinion)

        self.key = QCheckBox(self.tr("&Key proposal candidate"))
        self.lead_leader = QLineEdit()
        self.lead_leader.setPlaceholderText(self.tr("Leading leader"))
        self.supervise_leader = QLineEdit()
        self.supervise_leader.setPlaceholderText(self.tr("Supervising leader"))
        self.save_key = QPushButton(self.tr("Save key mark"))
        self.save_key.clicked.connect(self._save_key)

        self.notes = QListWidget()
        self.notes.setObjectName("notes")
        self.notes.setWordWrap(True)
        self.new_note = QLineEdit()
        self.new_note.setObjectName("newNote")
        self.new_note.setPlaceholderText(self.tr("New note (Enter adds)"))
        self.new_note.returnPressed.connect(self._add_note)
        self.shared = QCheckBox(self.tr("S&hared with the group"))
        self.add_note = QPushButton(self.tr("Add &note"))
        self.add_note.clicked.connect(self._add_note)
        self.edit_note = QPushButton(self.tr("&Edit"))
        self.edit_note.clicked.connect(self._edit_note)
        self.delete_note = QPushButton(self.tr("&Delete"))
        self.delete_note.clicked.connect(self._delete_note)

        opinion_box = QGroupBox(self.tr("Review opinion"))
        ob = QVBoxLayout(opinion_box)
        ob.addWidget(self.opinion)
        ob.addWidget(self.save_opinion, 0, Qt.AlignmentFlag.AlignRight)
        key_box = QGroupBox(self.tr("Key proposal"))
        kb = QHBoxLayout(key_box)
        for w in (self.key, self.lead_leader, self.supervise_leader, self.save_key):
            kb.addWidget(w)
        notes_box = QGroupBox(self.tr("Notes"))
        nb = QVBoxLayout(notes_box)
        nb.addWidget(self.notes, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_note, 1)
        row.addWidget(self.shared)
        row.addWidget(self.add_note)
        nb.addLayout(row)
        row2 = QHBoxLayout()
        row2.addStretch(1)
        row2.addWidget(self.edit_note)
        row2.addWidget(self.delete_note)
        nb.addLayout(row2)
        layout = QVBoxLayout(self)
        layout.addWidget(opinion_box, 1)
        layout.addWidget(key_box)
        layout.addWidget(notes_box, 2)

    def show_detail(self, detail: ProposalDetail | None) -> None:
        """Show a proposal's opinion, key mark and notes."""
        same = (detail is not None and self._detail is not None
                and detail.row.id == self._detail.row.id)
        unchanged = same and shown_part(detail) == shown_part(self._detail)
        self._detail = detail
        if unchanged:  # a decision: nothing here changed, nothing to draw again
            return
        self.setEnabled(detail is not None)
        if detail is None:
            self.opinion.clear()
            self.notes.clear()
            return
        if not (same and self.opinion.document().isModified()):
            self.opinion.setPlainText(detail.opinion)
            self.opinion.document().setModified(False)
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

    def _pid(self) -> str | None:
        return self._detail.row.id if self._detail else None

    def _save_opinion(self) -> None:
        pid, text = self._pid(), self.opinion.toPlainText()
        if pid is not None:
            self._command(lambda d: d.annotations.set_opinion(pid, text))
            self.opinion.document().setModified(False)

    def _save_key(self) -> None:
        pid = self._pid()
        if pid is None:
            return
        key, lead, sup = (self.key.isChecked(), self.lead_leader.text(),
                          self.supervise_leader.text())
        self._command(lambda d: d.annotations.set_key(pid, key, lead, sup))

    def _add_note(self) -> None:
        pid, text, shared = self._pid(), self.new_note.text().strip(), self.shared.isChecked()
        if pid is None or not text:
            return
        self._command(lambda d: d.annotations.add_note(pid, text, shared)[1])
        self.new_note.clear()

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
            self._command(lambda d: d.annotations.edit_note(picked[0], text))

    def _delete_note(self) -> None:
        picked = self._selected_note()
        if picked is not None:
            self._command(lambda d: d.annotations.delete_note(picked[0]))
