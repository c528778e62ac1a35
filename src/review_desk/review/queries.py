"""Read queries: plain dataclasses for the UI and the CLI, never live ORM objects."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, text

from review_desk.models.values import (
    HandlingMode,
    HandlingRole,
    ProposalKind,
    ProposerRole,
    Status,
)
from review_desk.review.numbering import format_case_no
from review_desk.review.unclassified import UNCLASSIFIED
from review_desk.review.units import default_deadline
from review_desk.store.search_query import matching_proposals_sql

ROLE_LABELS = {"lead": "主办", "joint": "会办", "assist": "协办", "split": "分办"}
STATUS_LABELS = {"pending": "待审", "accepted": "立案", "rejected": "不予立案",
                 "merged": "并案", "withdrawn": "撤案"}


@dataclass(frozen=True)
class ProposalFilter:
    """What the list shows: every field narrows it; None means any."""

    status: Status | None = None
    category: str | None = None  # id or name
    sector: str | None = None  # any proposer's 界别
    unit: str | None = None  # unit id assigned in any role
    key: bool | None = None
    has_notes: bool | None = None
    has_conflicts: bool | None = None
    group: str | None = None  # review group id
    reviewer: str | None = None  # proposals of the groups this reviewer belongs to
    search: str = ""


@dataclass(frozen=True)
class UnitRole:
    """A unit on a proposal."""

    unit_id: str
    name: str
    role: HandlingRole


@dataclass(frozen=True)
class ProposalRow:
    """One line of the proposal list."""

    id: str
    intake_no: int
    case_no: str
    title: str
    status: Status
    category: str
    proposers: str  # "张三等3人" / the body's name
    sector: str
    units: tuple[UnitRole, ...]
    key: bool
    merged_into: int | None  # the lead's intake number
    note_count: int
    conflict: bool


@dataclass(frozen=True)
class Person:
    """A proposer, co-signer or contact person."""

    name: str
    role: ProposerRole
    sector: str
    work_unit: str
    address: str
    phone: str
    confirmed: bool | None


@dataclass(frozen=True)
class NoteView:
    """A note on a proposal."""

    id: str
    author: str
    text: str
    shared: bool
    created: str


@dataclass(frozen=True)
class ProposalDetail:
    """Everything the detail pane shows."""

    row: ProposalRow
    background: str
    problems: str
    suggestions: str
    submitted_at: str
    plenary: bool
    kind: ProposalKind
    collective_name: str
    people: tuple[Person, ...]
    suggested_units: tuple[str, ...]
    opinion: str
    reason: str | None
    disposition: str | None
    lead_leader: str
    supervise_leader: str
    handling_mode: HandlingMode
    deadline: str | None
    deadline_overridden: bool
    merged_members: tuple[int, ...]
    notes: tuple[NoteView, ...]
    group: str | None
    conflicts: tuple[str, ...] = field(default=())
    reason_remark: str = ""  # the 说明 of a rejection

    @property
    def body(self) -> str:
        """The text as one string with its section headings."""
        return "\n".join(
            f"{head}\n{text_}" for head, text_ in
            (("一、情况分析", self.background), ("二、存在问题", self.problems),
             ("三、具体建议", self.suggestions)) if text_
        )


def _where(flt: ProposalFilter, params: dict[str, Any]) -> str:
    clauses = ["p.present"]
    if flt.status:
        clauses.append("p.status = :status")
        params["status"] = flt.status
    if flt.category == UNCLASSIFIED:
        clauses.append("(p.category_id IS NULL OR p.category_id IN"
                       " (SELECT id FROM category WHERE name = :cat))")
        params["cat"] = flt.category
    elif flt.category:
        clauses.append("p.category_id IN (SELECT id FROM category WHERE id = :cat OR name = :cat)")
        params["cat"] = flt.category
    if flt.sector:
        clauses.append("EXISTS (SELECT 1 FROM proposer r WHERE r.proposal_id = p.id"
                       " AND r.present AND r.sector = :sector)")
        params["sector"] = flt.sector
    if flt.unit:
        clauses.append("EXISTS (SELECT 1 FROM assignment a WHERE a.proposal_id = p.id"
                       " AND a.present AND a.unit_id = :unit)")
        params["unit"] = flt.unit
    if flt.key is not None:
        clauses.append("p.key = :key")
        params["key"] = flt.key
    if flt.has_notes is not None:
        clauses.append(("" if flt.has_notes else "NOT ") + "EXISTS (SELECT 1 FROM note n"
                       " WHERE n.proposal_id = p.id AND n.present)")
    if flt.has_conflicts is not None:
        clauses.append(("" if flt.has_conflicts else "NOT ") + "EXISTS (SELECT 1 FROM field_head"
                       " h WHERE h.conflict AND (h.entity_id = p.id OR h.entity_id LIKE"
                       " p.id || '/%'))")
    if flt.group:
        clauses.append("p.group_id = :group")
        params["group"] = flt.group
    if flt.reviewer:
        clauses.append("p.group_id IN (SELECT g.id FROM review_group g, json_each(g.reviewers) r"
                       " WHERE g.present AND r.value = :reviewer)")
        params["reviewer"] = flt.reviewer
    found = matching_proposals_sql(flt.search)
    if found is not None:
        sql, search_params = found
        clauses.append(f"p.id IN ({sql})")
        params.update(search_params)
    return " AND ".join(clauses)


def proposal_ids(conn: Connection, flt: ProposalFilter) -> list[str]:
    """The ids of the proposals the filter shows, in intake order."""
    params: dict[str, Any] = {}
    # walking the covering index in list order beats looking up thousands of matches by id
    sql = (f"SELECT p.id FROM proposal p INDEXED BY ix_proposal_list WHERE {_where(flt, params)}"
           " ORDER BY p.intake_no, p.id")
    return [str(r[0]) for r in conn.execute(text(sql), params)]


def count_proposals(conn: Connection, flt: ProposalFilter) -> int:
    """How many proposals the filter shows."""
    params: dict[str, Any] = {}
    return int(conn.execute(
        text(f"SELECT count(*) FROM proposal p WHERE {_where(flt, params)}"), params).scalar()
        or 0)


def _fmt(conn: Connection) -> str:
    value = conn.execute(text("SELECT case_no_format FROM session_info WHERE id='main'")).scalar()
    return str(value or "第{n:04d}号")


def proposal_rows(conn: Connection, ids: list[str]) -> list[ProposalRow]:
    """List rows for the given proposals, in the order given."""
    if not ids:
        return []
    params = {"ids": json.dumps(ids)}
    base = conn.execute(text(
        "SELECT p.id, p.intake_no, p.case_no, p.title, p.status, coalesce(c.name, ''),"
        " p.kind, p.collective_name, p.key, lead.intake_no"
        " FROM proposal p LEFT JOIN category c ON c.id = p.category_id"
        " LEFT JOIN proposal lead ON lead.id = p.merged_into"
        " WHERE p.id IN (SELECT value FROM json_each(:ids))"), params).all()
    people: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for pid, name, sector, role in conn.execute(text(
            "SELECT proposal_id, name, sector, role FROM proposer WHERE present AND proposal_id"
            " IN (SELECT value FROM json_each(:ids)) ORDER BY proposal_id, position"), params):
        people[pid].append((name, sector, role))
    units: dict[str, list[UnitRole]] = defaultdict(list)
    for pid, uid, name, role in conn.execute(text(
            "SELECT a.proposal_id, u.id, u.name, a.role FROM assignment a JOIN unit u ON"
            " u.id = a.unit_id WHERE a.present AND a.proposal_id IN (SELECT value FROM"
            " json_each(:ids)) ORDER BY a.proposal_id, a.position"), params):
        units[pid].append(UnitRole(uid, name, role))
    notes: dict[str, int] = dict(conn.execute(text(
        "SELECT proposal_id, count(*) FROM note WHERE present AND proposal_id IN"
        " (SELECT value FROM json_each(:ids)) GROUP BY proposal_id"), params).all())
    conflicts = {str(r[0]).split("/", 1)[0] for r in conn.execute(text(
        "SELECT entity_id FROM field_head WHERE conflict"))}
    fmt = _fmt(conn)
    rows: dict[str, ProposalRow] = {}
    for pid, intake, case_no, title, status, category, kind, body, key, lead in base:
        signers = [p for p in people[pid] if p[2] != "contact"]
        if kind == "collective":
            who, sector = body, ""
        elif signers:
            who = signers[0][0] + (f"等{len(signers)}人" if len(signers) > 1 else "")
            sector = signers[0][1]
        else:
            who, sector = "", ""
        rows[pid] = ProposalRow(
            id=pid, intake_no=intake, case_no=format_case_no(fmt, case_no), title=title,
            status=status, category=category, proposers=who, sector=sector,
            units=tuple(units[pid]), key=bool(key), merged_into=lead,
            note_count=int(notes.get(pid, 0)), conflict=pid in conflicts)
    return [rows[i] for i in ids if i in rows]


def proposal_detail(conn: Connection, proposal_id: str, reviewer: str = "") -> ProposalDetail:
    """The detail of one proposal (private notes of other devices never arrive here)."""
    rows = proposal_rows(conn, [proposal_id])
    if not rows:
        from review_desk.errors import NotFoundError

        raise NotFoundError(f"No proposal {proposal_id}.", f"没有该提案（{proposal_id}）。")
    p = conn.execute(text(
        "SELECT p.*, r.name AS reason, d.name AS disposition, g.name AS group_name"
        " FROM proposal p LEFT JOIN reason r ON r.id = p.reason_id"
        " LEFT JOIN disposition d ON d.id = p.disposition_id"
        " LEFT JOIN review_group g ON g.id = p.group_id WHERE p.id = :i"),
        {"i": proposal_id}).mappings().one()
    rejected = p["status"] == "rejected"
    people = tuple(Person(r[0], r[1], r[2], r[3], r[4], r[5],
                          None if r[6] is None else bool(r[6]))
                   for r in conn.execute(text(
        "SELECT name, role, sector, work_unit, address, phone, confirmed FROM proposer"
        " WHERE proposal_id = :i AND present ORDER BY position"), {"i": proposal_id}))
    notes = tuple(NoteView(r[0], r[1], r[2], bool(r[3]), r[4]) for r in conn.execute(text(
        "SELECT id, author, text, shared, created FROM note WHERE proposal_id = :i AND present"
        " ORDER BY created, id"), {"i": proposal_id}))
    members = tuple(int(r[0]) for r in conn.execute(text(
        "SELECT intake_no FROM proposal WHERE merged_into = :i AND present ORDER BY intake_no"),
        {"i": proposal_id}))
    handover = conn.execute(text("SELECT handover_date FROM session_info WHERE id='main'")
                            ).scalar()
    conflicts = tuple(f"{r[0]}.{r[1]}" for r in conn.execute(text(
        "SELECT entity, field FROM field_head WHERE conflict AND (entity_id = :i OR entity_id"
        " LIKE :prefix)"), {"i": proposal_id, "prefix": proposal_id + "/%"}))
    return ProposalDetail(
        row=rows[0], background=p["background"], problems=p["problems"],
        suggestions=p["suggestions"], submitted_at=p["submitted_at"], plenary=bool(p["plenary"]),
        kind=p["kind"], collective_name=p["collective_name"], people=people,
        suggested_units=tuple(json.loads(p["suggested_units"] or "[]")), opinion=p["opinion"],
        # a reason belongs to a rejection: after a merged status conflict another outcome
        # may sit beside a reason that came from the other reviewer
        reason=p["reason"] if rejected else None,
        disposition=p["disposition"] if rejected else None, lead_leader=p["lead_leader"],
        supervise_leader=p["supervise_leader"], handling_mode=p["handling_mode"],
        deadline=p["deadline"] or default_deadline(handover), deadline_overridden=bool(
            p["deadline"]), merged_members=members, notes=notes, group=p["group_name"],
        conflicts=conflicts, reason_remark=p["reason_remark"] if rejected else "")


@dataclass(frozen=True)
class UnitView:
    """A unit of the catalogue."""

    id: str
    code: str
    name: str
    short_name: str
    kind: str
    aliases: tuple[str, ...]
    responsibilities: str
    active: bool


def units(conn: Connection) -> list[UnitView]:
    """The handling-unit catalogue, in catalogue order."""
    return [UnitView(r[0], r[1], r[2], r[3], r[4], tuple(json.loads(r[5] or "[]")), r[6],
                     bool(r[7]))
            for r in conn.execute(text(
                "SELECT id, code, name, short_name, kind, aliases, responsibilities, active"
                " FROM unit WHERE present ORDER BY position, name"))]


@dataclass(frozen=True)
class ListItem:
    """An entry of a master list."""

    id: str
    name: str
    active: bool


def list_items(conn: Connection, kind: str) -> list[ListItem]:
    """A master list (category, sector, reason, disposition) in order."""
    if kind not in ("category", "sector", "reason", "disposition"):
        raise ValueError(kind)
    return [ListItem(r[0], r[1], bool(r[2])) for r in conn.execute(text(
        f"SELECT id, name, active FROM {kind} WHERE present ORDER BY position, name"))]


@dataclass(frozen=True)
class Stats:
    """Counts for the statistics view and `review-desk stats`."""

    total: int
    by_status: dict[str, int]
    by_category: dict[str, dict[str, int]]
    by_sector: dict[str, int]
    by_unit: dict[str, dict[str, int]]
    merged_groups: int
    key: int
    archive: int


def stats(conn: Connection, flt: ProposalFilter | None = None) -> Stats:
    """Counts by outcome, category, 界别 (first proposer's) and unit."""
    params: dict[str, Any] = {}
    where = _where(flt or ProposalFilter(), params)
    scope = f"SELECT p.id FROM proposal p WHERE {where}"
    by_status = {s: 0 for s in STATUS_LABELS}
    by_status.update({r[0]: int(r[1]) for r in conn.execute(text(
        f"SELECT status, count(*) FROM proposal WHERE id IN ({scope}) GROUP BY status"),
        params)})
    by_category: dict[str, dict[str, int]] = defaultdict(dict)
    for name, status, n in conn.execute(text(
            f"SELECT coalesce(c.name, '{UNCLASSIFIED}'), p.status, count(*) FROM proposal p"
            " LEFT JOIN category"
            f" c ON c.id = p.category_id WHERE p.id IN ({scope}) GROUP BY 1, 2 ORDER BY"
            " min(c.position)"), params):
        by_category[name][status] = int(n)
    by_sector = {str(r[0]): int(r[1]) for r in conn.execute(text(
        "SELECT CASE WHEN p.kind = 'collective' THEN '集体' ELSE coalesce(r.sector, '') END,"
        " count(*) FROM proposal p LEFT JOIN proposer r ON r.proposal_id = p.id AND"
        f" r.position = 0 AND r.role = 'first' WHERE p.id IN ({scope}) GROUP BY 1"
        " ORDER BY 2 DESC"), params)}
    by_unit: dict[str, dict[str, int]] = defaultdict(dict)
    for name, role, n in conn.execute(text(
            "SELECT u.name, a.role, count(*) FROM assignment a JOIN unit u ON u.id = a.unit_id"
            f" WHERE a.present AND a.proposal_id IN ({scope}) GROUP BY 1, 2 ORDER BY 1"),
            params):
        by_unit[name][role] = int(n)
    merged = int(conn.execute(text(
        f"SELECT count(DISTINCT merged_into) FROM proposal WHERE id IN ({scope})"
        " AND merged_into IS NOT NULL"), params).scalar() or 0)
    key = int(conn.execute(text(
        f"SELECT count(*) FROM proposal WHERE id IN ({scope}) AND key"), params).scalar() or 0)
    archive = int(conn.execute(text("SELECT count(*) FROM archive_case WHERE present")
                               ).scalar() or 0)
    total = sum(by_status.values())
    return Stats(total, by_status, dict(by_category), by_sector, dict(by_unit), merged, key,
                 archive)
