"""The detail pane: the proposal's outcome and decision bar over tabs for its text,
handling units, opinion and notes, and history."""

from __future__ import annotations

from functools import partial
from html import escape

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from review_desk.review.history import PlainEntry
from review_desk.review.queries import ProposalDetail
from review_desk.ui.decision_bar import DecisionBar
from review_desk.ui.detail_text import ProposalText
from review_desk.ui.history_view import HistoryView
from review_desk.ui.i18n import action_name
from review_desk.ui.notes_editor import NotesEditor
from review_desk.ui.session import DeskSession
from review_desk.ui.units_editor import UnitsEditor

TAB_TEXT, TAB_UNITS, TAB_NOTES, TAB_HISTORY = range(4)
AROUND = 18  # characters shown each side of a search hit


def match_snippet(detail: ProposalDetail, terms: list[str]) -> str | None:
    """The first place a search word occurs (title, text, people, units, opinion), as
    HTML with the word in bold; None when there are no words or no hit."""
    if not any(terms):
        return None
    places = [detail.row.title, detail.body,
              "　".join(f"{p.name} {p.sector} {p.work_unit}" for p in detail.people),
              "　".join(u.name for u in detail.row.units), detail.opinion]
    for place in places:
        for term in terms:
            at = place.find(term) if term else -1
            if at >= 0:
                start, end = max(0, at - AROUND), min(len(place), at + len(term) + AROUND)
                before = ("…" if start else "") + escape(place[start:at])
                after = escape(place[at + len(term):end]) + ("…" if end < len(place) else "")
                return " ".join(f"{before}<b>{escape(term)}</b>{after}".split())
    return None


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
        self.snippet = QLabel()
        self.snippet.setObjectName("searchSnippet")
        self.snippet.setWordWrap(True)
        self.snippet.setStyleSheet("background: #fff7d6; padding: 2px 4px;")
        self.snippet.hide()
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
        layout.addWidget(self.snippet)
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
        self._show_snippet()
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
        self._show_snippet()

    def _show_snippet(self) -> None:
        """Where the search words matched: a few words around the first hit."""
        found = match_snippet(self.detail, self.terms) if self.detail else None
        self.snippet.setVisible(found is not None)
        if found is not None:
            self.snippet.setText(self.tr("Found: %1").replace("%1", found))

    def _load_history(self) -> None:
        if self.tabs.currentIndex() != TAB_HISTORY:
            return
        pid = self.proposal_id
        language = self.history.language
        entries: list[PlainEntry] = self.session.read(
            lambda d: d.plain_history(pid, language, partial(action_name, language=language)),
            []) if pid else []
        self.history.show_history(entries)
