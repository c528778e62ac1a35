"""What the review rules read: the file's review state as plain data, the changes behind
each value (who, where, when), and the shape of a violation and its options."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, text

from review_desk.models.values import HandlingMode, HandlingRole, Status
from review_desk.review.numbering import format_case_no
from review_desk.review.projection import CREATE

STATUS_WORDS: dict[str, str] = {"pending": "待审", "accepted": "立案", "rejected": "不予立案",
                                "merged": "并案", "withdrawn": "撤案"}
ROLE_WORDS: dict[str, str] = {"lead": "主办", "joint": "会办", "assist": "协办", "split": "分办"}
MODE_WORDS: dict[str, str] = {"lead": "主办+会办", "split": "分办"}
RESOLVED_BY_RULE = "rules.resolve"


@dataclass(frozen=True)
class Proposal:
    """What the rules read of one proposal."""

    id: str
    intake_no: int
    status: Status
    merged_into: str | None
    case_no: int | None
    mode: HandlingMode
    reason_id: str | None


@dataclass(frozen=True)
class Assigned:
    """A unit on a proposal."""

    id: str
    unit_id: str
    unit: str
    role: HandlingRole
    position: int


@dataclass
class ReviewState:
    """The file's review state as the rules see it."""

    proposals: dict[str, Proposal]
    units: dict[str, list[Assigned]]
    numbering_final: bool
    case_no_format: str
    _groups: dict[str, list[Proposal]] | None = field(default=None, repr=False)

    def members(self, lead_id: str) -> list[Proposal]:
        """Proposals merged into `lead_id`, by intake number."""
        if self._groups is None:
            groups: dict[str, list[Proposal]] = defaultdict(list)
            for p in sorted(self.proposals.values(), key=lambda p: p.intake_no):
                if p.merged_into is not None:
                    groups[p.merged_into].append(p)
            self._groups = dict(groups)
        return list(self._groups.get(lead_id, ()))

    def label(self, pid: str) -> str:
        """No. 12 (流水号)."""
        found = self.proposals.get(pid)
        return f"No. {found.intake_no}" if found else pid

    def label_zh(self, pid: str) -> str:
        """流水号 12."""
        found = self.proposals.get(pid)
        return f"流水号 {found.intake_no}" if found else pid

    def number(self, n: int | None) -> str:
        """第0005号."""
        return format_case_no(self.case_no_format, n)


def read_state(conn: Connection) -> ReviewState:
    """Read what the rules need, in one go."""
    proposals = {
        str(r[0]): Proposal(str(r[0]), int(r[1]), r[2], r[3], r[4], r[5], r[6])
        for r in conn.execute(text(
            "SELECT id, intake_no, status, merged_into, case_no, handling_mode, reason_id"
            " FROM proposal WHERE present"))
    }
    units: dict[str, list[Assigned]] = defaultdict(list)
    for r in conn.execute(text(
            "SELECT a.proposal_id, a.id, a.unit_id, coalesce(u.name, a.unit_id), a.role,"
            " a.position FROM assignment a LEFT JOIN unit u ON u.id = a.unit_id"
            " WHERE a.present ORDER BY a.proposal_id, a.position, a.unit_id")):
        units[str(r[0])].append(Assigned(str(r[1]), str(r[2]), str(r[3]), r[4], int(r[5])))
    session = conn.execute(text(
        "SELECT numbering_final, case_no_format FROM session_info WHERE id = 'main'")).first()
    return ReviewState(proposals, dict(units), bool(session[0]) if session else False,
                       str(session[1]) if session else "第{n:04d}号")


@dataclass(frozen=True)
class ChangeRef:
    """The change behind a value: who made it, where, when."""

    id: str
    reviewer: str
    device: str
    hlc: str
    action: str
    action_id: str
    value: Any


def _ref(row: Any, fld: str) -> ChangeRef:
    value = json.loads(row.value)
    if row.field == CREATE:
        value = value.get(fld) if isinstance(value, dict) else None
    return ChangeRef(str(row.id), str(row.reviewer), str(row.device), str(row.hlc),
                     str(row.action), str(row.action_id), value)


_COLUMNS = "id, reviewer, device, hlc, action, action_id, value, field"


def field_history(conn: Connection, entity: str, entity_id: str, fld: str) -> list[ChangeRef]:
    """Every change of one field (its record's creation first), oldest clock first."""
    rows = conn.execute(text(
        f"SELECT {_COLUMNS} FROM change WHERE entity_id = :i AND entity = :e"
        " AND (field = :f OR field = :c) ORDER BY hlc, device, seq"),
        {"i": entity_id, "e": entity, "f": fld, "c": CREATE}).all()
    creations = [r for r in rows if r.field == CREATE]
    return [_ref(r, fld) for r in creations] + [_ref(r, fld) for r in rows
                                                if r.field != CREATE]


def head(conn: Connection, entity: str, entity_id: str, fld: str) -> ChangeRef | None:
    """The change that gave a field its shown value: its latest head (or its creation)."""
    found = conn.execute(text(
        "SELECT heads FROM field_head WHERE entity = :e AND entity_id = :i AND field = :f"),
        {"e": entity, "i": entity_id, "f": fld}).scalar()
    ids = json.loads(found) if found else []
    if ids:
        rows = conn.execute(text(
            f"SELECT {_COLUMNS} FROM change WHERE id IN (SELECT value FROM json_each(:ids))"
            " ORDER BY hlc DESC, device DESC, seq DESC LIMIT 1"), {"ids": json.dumps(ids)}).all()
        if rows:
            return _ref(rows[0], fld)
    history = field_history(conn, entity, entity_id, fld)
    return history[0] if history else None


def latest(*refs: ChangeRef | None) -> ChangeRef | None:
    """The most recent of some changes."""
    present = [r for r in refs if r is not None]
    return max(present, key=lambda r: (r.hlc, r.device)) if present else None


@dataclass(frozen=True)
class Option:
    """One side of a violation: a value as a person reads it, and the change behind it."""

    id: str  # a change id, unique within the violation: what `resolve --take` names
    label: str
    change: ChangeRef | None


@dataclass(frozen=True)
class Violation:
    """A rule the file breaks, about one proposal (or the session)."""

    rule: str
    entity: str
    entity_id: str
    message: str
    message_zh: str
    options: tuple[Option, ...]
    detail: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def id(self) -> str:
        """Stable across runs and devices."""
        digest = hashlib.sha1(f"{self.rule}\x1f{self.entity_id}".encode()).hexdigest()
        return "r" + digest[:10]


def option(ref: ChangeRef | None, label: str, fallback: str) -> Option:
    """An option named by the change behind it (or `fallback` when no change made it)."""
    return Option(ref.id if ref is not None else fallback, label, ref)


def dedupe(options: list[Option]) -> tuple[Option, ...]:
    seen: set[str] = set()
    out = []
    for opt in options:
        if opt.id not in seen:
            seen.add(opt.id)
            out.append(opt)
    return tuple(out)
