"""What the documents show: plain, frozen dataclasses gathered from a session (no ORM).

`gather.gather_documents` fills them in one read transaction; every writer (Word, PDF)
works from these and nothing else.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from review_desk.review.queries import Person

ROLE_LABELS = {"lead": "主办", "joint": "会办", "assist": "协办", "split": "分办"}
ROLE_ORDER = ("lead", "joint", "assist", "split")
OUTCOME_LABELS = {"accepted": "立案", "merged": "并案", "rejected": "不予立案",
                  "withdrawn": "撤案", "pending": "待审"}
MERGE_LEAD = "主并"
MERGE_MEMBER = "被并"


def chinese_date(value: date | None) -> str:
    """A date as written in official documents: 2026年2月20日 (Arabic numerals)."""
    return f"{value.year}年{value.month}月{value.day}日" if value else ""


def short_date(value: date | None, year: int) -> str:
    """A date in a narrow table column: 5月20日 in the session's `year`, else in full."""
    if value is None or value.year != year:
        return chinese_date(value)
    return f"{value.month}月{value.day}日"


_SPACE = re.compile(r"\s+")
_CJK_SPACE = re.compile(r"(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])")  # a space beside Chinese
_END = "。．.，,、；;：:！!？? "


def remark_clause(remark: str) -> str:
    """A reviewer's 说明 ready to sit inside a sentence: one line (a line end or space
    beside Chinese dropped, others one space), no final punctuation.

    The templates add their own (「具体说明：…。」, 「（说明：…）」), so a remark typed
    with or without a full stop reads the same; empty stays empty."""
    return _CJK_SPACE.sub("", _SPACE.sub(" ", remark)).strip().rstrip(_END)


@dataclass(frozen=True)
class SessionHeader:
    """The conference and the plenary session the documents are for."""

    committee: str  # 中国人民政治协商会议江川市委员会
    term: str  # 十四届
    session: str  # 五次会议
    year: int
    handover_date: date | None
    numbering_final: bool

    @property
    def short_committee(self) -> str:
        """政协江川市委员会: the committee with the conference's short name."""
        return self.committee.replace("中国人民政治协商会议", "政协", 1)

    @property
    def meeting(self) -> str:
        """政协江川市十四届五次会议: the plenary as documents name it."""
        place = self.short_committee.removesuffix("委员会")
        return f"{place}{self.term}{self.session}"

    @property
    def issuer(self) -> str:
        """The default issuing body: the committee's proposal committee."""
        return f"{self.short_committee}提案委员会"


@dataclass(frozen=True)
class UnitPart:
    """A unit on a case, with its role."""

    unit_id: str
    name: str
    role: str  # lead | joint | assist | split

    @property
    def role_label(self) -> str:
        """主办 / 会办 / 协办 / 分办."""
        return ROLE_LABELS.get(self.role, self.role)

    @property
    def labelled(self) -> str:
        """市财政局（会办）."""
        return f"{self.name}（{self.role_label}）"


@dataclass(frozen=True)
class Case:
    """An accepted case: a lead (or a case on its own) or a merged member (被并).

    A member keeps its own title and proposers; its units, deadline and key flag are
    those of the lead, since the assignment follows the lead.
    """

    proposal_id: str
    intake_no: int
    number: int | None
    case_no: str  # 第0012号, or "" before numbering
    title: str
    category: str
    kind: str  # individual | joint | collective
    collective_name: str
    proposers_label: str  # 张三等3人 / the body's name
    people: tuple[Person, ...]
    sector: str  # the first proposer's 界别 ("集体" for a collective proposal)
    merge_role: str  # 主并 / 被并 / ""
    lead_case_no: str  # the group's lead; "" when not merged
    lead_title: str
    group_case_nos: tuple[str, ...]  # every number of the merge group, lead first
    units: tuple[UnitPart, ...]
    handling_mode: str  # lead | split
    deadline: date | None
    key: bool
    lead_leader: str
    supervise_leader: str

    @property
    def label(self) -> str:
        """The case number, or the intake number while unnumbered."""
        return self.case_no or f"流水号{self.intake_no}"

    @property
    def merged_numbers(self) -> str:
        """第0012号、第0013号: the merge group's numbers, lead first."""
        return "、".join(n for n in self.group_case_nos if n)

    @property
    def lead_unit(self) -> str:
        """The 主办 unit's name (分办: every unit)."""
        leads = [u.name for u in self.units if u.role in ("lead", "split")]
        return "、".join(leads)

    def units_text(self) -> str:
        """市民政局（主办）、市财政局（会办）."""
        return "、".join(u.labelled for u in self.units)


@dataclass(frozen=True)
class SheetRow:
    """One row of a unit's 交办单 table."""

    seq: int
    case: Case
    role: str  # the unit's role on this case
    other_units: tuple[UnitPart, ...]

    @property
    def role_label(self) -> str:
        """主办 / 会办 / 协办 / 分办."""
        return ROLE_LABELS.get(self.role, self.role)


@dataclass(frozen=True)
class UnitInfo:
    """A handling unit as documents name it."""

    unit_id: str
    code: str
    name: str
    short_name: str
    position: int


@dataclass(frozen=True)
class UnitSheet:
    """A unit's 交办单 (and 交办函): its cases in case order."""

    unit: UnitInfo
    rows: tuple[SheetRow, ...]

    def count(self, role: str) -> int:
        """How many of its cases the unit has in this role."""
        return sum(1 for row in self.rows if row.role == role)

    @functools.cached_property
    def deadlines(self) -> list[tuple[date, list[SheetRow]]]:
        """Each distinct deadline of its cases with the rows that have it, the most
        common first (then the earlier)."""
        rows: dict[date, list[SheetRow]] = {}
        for row in self.rows:
            if row.case.deadline:
                rows.setdefault(row.case.deadline, []).append(row)
        counts = Counter({d: len(r) for d, r in rows.items()})
        return [(d, rows[d]) for d in sorted(rows, key=lambda d: (-counts[d], d))]

    @property
    def deadline(self) -> date | None:
        """The deadline most of its cases have (the common one)."""
        found = self.deadlines
        return found[0][0] if found else None


@dataclass(frozen=True)
class CategoryGroup:
    """The catalogue's cases of one category, in case-number order."""

    name: str
    cases: tuple[Case, ...]


@dataclass(frozen=True)
class NotAccepted:
    """A proposal not accepted (不予立案), with the reason and where the text went."""

    proposal_id: str
    intake_no: int
    title: str
    category: str
    kind: str
    collective_name: str
    proposers_label: str
    people: tuple[Person, ...]
    reason: str
    disposition: str
    remark: str = ""  # the reviewer's 说明, printed after the reason when there is one


@dataclass(frozen=True)
class MergedGroup:
    """A merge group: the lead and its members."""

    lead: Case
    members: tuple[Case, ...]


@dataclass(frozen=True)
class CountRow:
    """A labelled row of counts (by outcome, category, sector or unit)."""

    name: str
    counts: dict[str, int]

    @property
    def total(self) -> int:
        """The sum of the row."""
        return sum(self.counts.values())


@dataclass(frozen=True)
class Summary:
    """The 审查情况汇总: counts and the lists behind them."""

    received: int
    by_outcome: dict[str, int]  # status -> count (every status present)
    by_category: tuple[CountRow, ...]  # counts keyed by status
    by_sector: tuple[CountRow, ...]  # counts: {"total": n}
    by_unit: tuple[CountRow, ...]  # counts keyed by role
    merged_groups: tuple[MergedGroup, ...]
    not_accepted: tuple[NotAccepted, ...]
    key_cases: tuple[Case, ...]
    unnumbered: int  # accepted cases without a case number yet


@dataclass(frozen=True)
class Recipient:
    """Whom a notice is addressed to: a member, or a collective body."""

    name: str
    salutation: str  # 张三委员 / 中国民主同盟江川市委员会
    address: str
    work_unit: str
    contact: str  # the collective's contact person
    position: int  # 0 first proposer, 1… co-signers


@dataclass(frozen=True)
class AcceptanceNotice:
    """立案通知 to one proposer of an accepted case or of a merged member."""

    recipient: Recipient
    case: Case


@dataclass(frozen=True)
class RejectionNotice:
    """不予立案告知 to one proposer of a proposal not accepted."""

    recipient: Recipient
    item: NotAccepted


@dataclass(frozen=True)
class DocumentData:
    """Everything the documents of one session need."""

    header: SessionHeader
    cases: tuple[Case, ...]  # accepted cases in case order (members after their lead)
    sheets: tuple[UnitSheet, ...]  # units with at least one case, in catalogue order
    catalogue: tuple[CategoryGroup, ...]
    summary: Summary
    acceptance_notices: tuple[AcceptanceNotice, ...]
    rejection_notices: tuple[RejectionNotice, ...]
    warnings: tuple[str, ...] = field(default=())
