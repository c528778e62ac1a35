"""The proposal's full text as a reader sees it: 案由, facts, proposers with 界别 and
contacts, the three sections, and the submitter's suggested units as links that assign
them with one click. Search words are highlighted."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from review_desk.review.queries import ProposalDetail

UNIT_SCHEME = "rd-unit"
PROPOSAL_SCHEME = "rd-proposal"
HIGHLIGHT = QColor("#ffe066")


class ProposalText(QTextBrowser):
    """Read-only rich text of one proposal."""

    unit_clicked = Signal(str)  # a suggested unit's name
    proposal_clicked = Signal(int)  # an intake number (merge lead / member)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalText")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_link)
        self.match_count = 0
        self._html = ""

    def show_detail(self, detail: ProposalDetail | None, terms: list[str]) -> None:
        """Show a proposal (None: nothing) with `terms` highlighted."""
        if detail is None:
            self._html = ""
            self.setHtml("")
            self.match_count = 0
            return
        html = self.html_for(detail)
        if html != self._html:  # laying out the text is the slow part: only when it changed
            self._html = html
            self.setHtml(html)
        self.highlight(terms)

    def highlight(self, terms: list[str]) -> int:
        """Mark every occurrence of the terms; returns how many were found."""
        if not any(terms) and not self.extraSelections():
            self.match_count = 0
            return 0  # nothing to mark or unmark: the text is not painted again
        selections: list[QTextEdit.ExtraSelection] = []
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT)
        doc = self.document()
        for term in terms:
            if not term:
                continue
            cursor = QTextCursor(doc)
            while True:
                cursor = doc.find(term, cursor, QTextDocument.FindFlag(0))
                if cursor.isNull():
                    break
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
        self.setExtraSelections(selections)
        self.match_count = len(selections)
        if selections:
            first = QTextCursor(selections[0].cursor)
            first.clearSelection()
            self.setTextCursor(first)
            self.ensureCursorVisible()
        return self.match_count

    def html_for(self, d: ProposalDetail) -> str:
        """The HTML of a proposal."""
        row = d.row
        facts = [self.tr("No. %1").replace("%1", str(row.intake_no))]
        if row.case_no:
            facts.append(self.tr("Case %1").replace("%1", escape(row.case_no)))
        # no status here: the decision bar above shows it, and a decision then leaves this
        # text unchanged (laying out and painting the text again is a decision's main cost)
        facts += [escape(row.category or self.tr("no category")),
                  self.tr("plenary") if d.plenary else self.tr("between sessions"),
                  escape(d.submitted_at.replace("T", " "))]
        parts = [f"<h2>{escape(row.title)}</h2>", f"<p style='color:#555'>{' · '.join(facts)}</p>"]
        if row.merged_into is not None:
            link = f"<a href='{PROPOSAL_SCHEME}:{row.merged_into}'>{row.merged_into}</a>"
            parts.append("<p><b>" + self.tr("Merged into No. %1").replace("%1", link) + "</b></p>")
        if d.merged_members:
            links = "、".join(f"<a href='{PROPOSAL_SCHEME}:{n}'>{n}</a>" for n in d.merged_members)
            parts.append("<p><b>" + self.tr("Leads a merge of No. %1").replace("%1", links)
                         + "</b></p>")
        if d.reason:
            parts.append("<p>" + self.tr("Reason: %1").replace("%1", escape(d.reason))
                         + (" · " + escape(d.disposition) if d.disposition else "") + "</p>")
        parts.append(self._people(d))
        for head, body in ((self.tr("Background and analysis"), d.background),
                           (self.tr("Problems"), d.problems),
                           (self.tr("Suggestions"), d.suggestions)):
            if body:
                paragraphs = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n") if p)
                parts.append(f"<h3>{head}</h3>{paragraphs}")
        if d.suggested_units:
            links = "　".join(f"<a href='{UNIT_SCHEME}:{escape(u)}'>＋{escape(u)}</a>"
                             for u in d.suggested_units)
            parts.append(f"<h3>{self.tr('Suggested units')}</h3><p>{links}</p>")
        return "".join(parts)

    def _people(self, d: ProposalDetail) -> str:
        if d.kind == "collective":
            head = self.tr("Collective proposal: %1").replace("%1", escape(d.collective_name))
        elif d.kind == "joint":
            head = self.tr("Joint proposal")
        else:
            head = self.tr("Proposer")
        rows = []
        roles = {"first": self.tr("first"), "cosigner": self.tr("co-signer"),
                 "contact": self.tr("contact")}
        for p in d.people:
            confirmed = {True: "", False: self.tr(" (declined)"), None: self.tr(" (unconfirmed)")}
            mark = confirmed[p.confirmed] if p.role == "cosigner" else ""
            rows.append(
                f"<tr><td><b>{escape(p.name)}</b>{mark}</td><td>{roles.get(p.role, p.role)}</td>"
                f"<td>{escape(p.sector)}</td><td>{escape(p.work_unit)}</td>"
                f"<td style='white-space:nowrap'>{escape(p.phone)}</td>"
                f"<td>{escape(p.address)}</td></tr>")
        return (f"<h3>{head}</h3><table cellspacing='0' cellpadding='3'>{''.join(rows)}</table>")

    def _on_link(self, url: QUrl) -> None:
        scheme, _, value = url.toString().partition(":")
        if scheme == UNIT_SCHEME:
            self.unit_clicked.emit(QUrl.fromPercentEncoding(value.encode()))
        elif scheme == PROPOSAL_SCHEME and value.isdigit():
            self.proposal_clicked.emit(int(value))
