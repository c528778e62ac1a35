"""The proposal's full text as a reader sees it: 案由 and facts, the three sections first,
then the proposers one line each (phones and addresses behind a link), and the units the
proposer suggests as links that assign them with one click. Search words are
highlighted."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from review_desk.review.queries import ProposalDetail

UNIT_SCHEME = "rd-unit"
PROPOSAL_SCHEME = "rd-proposal"
CONTACTS_SCHEME = "rd-contacts"
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
        self.show_contacts = False  # phones and addresses behind a link
        self._detail: ProposalDetail | None = None
        self._terms: list[str] = []

    def show_detail(self, detail: ProposalDetail | None, terms: list[str]) -> None:
        """Show a proposal (None: nothing) with `terms` highlighted."""
        self._detail, self._terms = detail, terms
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
        """The HTML of a proposal: the text first, then who proposed it (one line each,
        contacts behind a link), then the units the proposer suggests."""
        row = d.row
        facts = [self.tr("No. %1").replace("%1", str(row.intake_no))]
        if row.case_no:
            facts.append(self.tr("Case %1").replace("%1", escape(row.case_no)))
        # no status here: the decision bar above shows it, and a decision then leaves this
        # text unchanged (laying out and painting the text again is a decision's main cost)
        facts += [escape(row.category or self.tr("no category")),
                  self.tr("plenary") if d.plenary else self.tr("between sessions"),
                  escape(d.submitted_at.replace("T", " ")), escape(row.proposers)]
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
                         + (" · " + escape(d.disposition) if d.disposition else "")
                         + (" · " + escape(d.reason_remark) if d.reason_remark else "") + "</p>")
        for head, body in ((self.tr("Background and analysis"), d.background),
                           (self.tr("Problems"), d.problems),
                           (self.tr("Suggestions"), d.suggestions)):
            if body:
                paragraphs = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n") if p)
                parts.append(f"<h3>{head}</h3>{paragraphs}")
        parts.append(self._people(d))
        if d.suggested_units:
            links = "　".join(f"<a href='{UNIT_SCHEME}:{escape(u)}'>＋{escape(u)}</a>"
                             for u in d.suggested_units)
            heading = self.tr("Units the proposer suggests")
            parts.append(f"<h3>{heading}</h3><p>{links}</p>")
        return "".join(parts)

    def _people(self, d: ProposalDetail) -> str:
        if d.kind == "collective":
            head = self.tr("Collective proposal: %1").replace("%1", escape(d.collective_name))
        elif d.kind == "joint":
            head = self.tr("Joint proposal")
        else:
            head = self.tr("Proposer")
        roles = {"first": self.tr("first"), "cosigner": self.tr("co-signer"),
                 "contact": self.tr("contact")}
        confirmed = {True: "", False: self.tr(" (declined)"), None: self.tr(" (unconfirmed)")}
        lines = []
        for p in d.people:
            mark = confirmed[p.confirmed] if p.role == "cosigner" else ""
            who = " · ".join(escape(x) for x in (p.sector, p.work_unit) if x)
            line = f"<b>{escape(p.name)}</b>（{roles.get(p.role, p.role)}{mark}）　{who}"
            if self.show_contacts and (p.phone or p.address):
                contact = "　".join(escape(x) for x in (p.phone, p.address) if x)
                line += f"<br><span style='color:#555'>{contact}</span>"
            lines.append(line)
        has_contacts = any(p.phone or p.address for p in d.people)
        toggle = ""
        if has_contacts:
            words = self.tr("hide contacts") if self.show_contacts else self.tr(
                "show phones and addresses")
            toggle = f"　<a href='{CONTACTS_SCHEME}:toggle'>{words}</a>"
        return f"<h3>{head}{toggle}</h3><p>{'<br>'.join(lines)}</p>"

    def _on_link(self, url: QUrl) -> None:
        scheme, _, value = url.toString().partition(":")
        if scheme == CONTACTS_SCHEME:
            self.show_contacts = not self.show_contacts
            if self._detail is not None:
                position = self.verticalScrollBar().value()
                self.show_detail(self._detail, self._terms)
                self.verticalScrollBar().setValue(position)
        elif scheme == UNIT_SCHEME:
            self.unit_clicked.emit(QUrl.fromPercentEncoding(value.encode()))
        elif scheme == PROPOSAL_SCHEME and value.isdigit():
            self.proposal_clicked.emit(int(value))
