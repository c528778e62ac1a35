"""The detail pane: the proposal's outcome and decision bar over tabs for its text,
handling units, opinion and notes, and history."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from review_desk.review.history import HistoryEntry
from review_desk.review.queries import ProposalDetail
from review_desk.ui.decision_bar import DecisionBar
from review_desk.ui.detail_text import ProposalText
from review_desk.ui.history_view import HistoryView
from review_desk.ui.notes_editor import NotesEditor
from review_desk.ui.session import DeskSession
from review_desk.ui.units_editor import UnitsEditor

TAB_TEXT, TAB_UNITS, TAB_NOTES, TAB_HISTORY = range(4)


class DetailPane(QWidget):
    """Everything about the current proposal."""

    def __init__(self, session: DeskSession, decision_actions: list[QAction], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.session = session
        self.detail: ProposalDetail | None = None
        self.terms: list[str] = []
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.bar = DecisionBar(decision_actions)
        self.text = ProposalText()
        self.units = UnitsEditor(session.command)
        self.notes = NotesEditor(session, language)
        self.history = HistoryView(language)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailTabs")
        self.tabs.addTab(self.text, self.tr("Text"))
        self.tabs.addTab(self.units, self.tr("Units"))
        self.tabs.addTab(self.notes, self.tr("Opinion and notes"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.currentChanged.connect(lambda _i: self._load_history())
        self.text.unit_clicked.connect(self.units.add_unit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.bar)
        layout.addWidget(self.tabs, 1)

    @property
    def proposal_id(self) -> str | None:
        """The proposal shown."""
        return self.detail.row.id if self.detail else None

    def show_proposal(self, proposal_id: str | None) -> None:
        """Load and show a proposal (None: empty)."""
        if proposal_id != self.proposal_id:
            self.notes.commit_drafts()  # what was typed on the one being left is kept
        detail = None
        if proposal_id is not None:
            detail = self.session.read(lambda d: d.detail(proposal_id), None)
        self.show_detail(detail)

    def show_detail(self, detail: ProposalDetail | None) -> None:
        """Show a loaded proposal; after a change to the one shown, only the parts whose
        data changed are rendered again (a decision: the outcome, not the whole text)."""
        same = detail is not None and detail.row.id == self.proposal_id
        self.detail = detail
        if detail is None:
            self.title.setText("")
        else:
            self.title.setText(f"<b>{detail.row.intake_no}</b>　{detail.row.title}")
        self.bar.show_detail(detail)
        bar = self.text.verticalScrollBar()
        position = bar.value()
        self.text.show_detail(detail, self.terms)
        if same and not self.terms:
            bar.setValue(position)
        self.units.show_detail(detail)  # each redraws only when what it shows changed
        self.notes.show_detail(detail)
        self._load_history()

    def edit_units(self) -> None:
        """U: the units tab, the cursor in the box that adds one."""
        self.tabs.setCurrentIndex(TAB_UNITS)
        self.units.unit_input.setFocus()

    def edit_opinion(self) -> None:
        """O: the opinion tab, the cursor in the opinion."""
        self.tabs.setCurrentIndex(TAB_NOTES)
        self.notes.opinion.setFocus()

    def reload(self) -> None:
        """Show the current proposal again (after a change)."""
        self.show_proposal(self.proposal_id)

    def set_terms(self, terms: list[str]) -> None:
        """Highlight these search words in the text."""
        self.terms = terms
        self.text.highlight(terms)

    def _load_history(self) -> None:
        if self.tabs.currentIndex() != TAB_HISTORY:
            return
        pid = self.proposal_id
        entries: list[HistoryEntry] = (
            self.session.read(lambda d: d.history(pid), []) if pid else [])
        self.history.show_history(entries)
