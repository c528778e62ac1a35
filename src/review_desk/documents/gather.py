"""Gather what the documents need from a session in one read transaction.

Read-only: plain SQL on the projected tables (a handful of queries whatever the size, so
a national session of 6,000 proposals is read in well under a second), turned into the
dataclasses of `documents.model`. Nothing here writes to the session.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, text

from review_desk.documents.model import (
    MERGE_LEAD,
    MERGE_MEMBER,
    OUTCOME_LABELS,
    ROLE_ORDER,
    AcceptanceNotice,
    Case,
    CategoryGroup,
    CountRow,
    DocumentData,
    MergedGroup,
    NotAccepted,
    Recipient,
    RejectionNotice,
    SessionHeader,
    SheetRow,
    Summary,
    UnitInfo,
    UnitPart,
    UnitSheet,
    chinese_date,
)
from review_desk.models.values import parse_proposer_role
from review_desk.review.lookup import unit_id
from review_desk.review.numbering import format_case_no
from review_desk.review.queries import Person
from review_desk.review.session_values import parse_date
from review_desk.review.units import default_deadline

COLLECTIVE_SECTOR = "集体提案"


@dataclass
class _Row:
    """One proposal as read from the tables."""

    id: str
    intake_no: int
    number: int | None
    title: str
    status: str
    category: str
    category_pos: float
    kind: str
    collective_name: str
    key: bool
    lead_leader: str
    supervise_leader: str
    merged_into: str | None
    handling_mode: str
    deadline: str | None
    reason: str
    disposition: str
    remark: str  # the reviewer's 说明 of a rejection


def _header(conn: Connection) -> tuple[SessionHeader, str]:
    row = conn.execute(text("SELECT * FROM session_info WHERE id = 'main'")).mappings().first()
    info: dict[str, Any] = dict(row) if row else {}
    handover = info.get("handover_date")
    header = SessionHeader(
        committee=str(info.get("committee") or ""), term=str(info.get("term") or ""),
        session=str(info.get("session") or ""), year=int(info.get("year") or 0),
        handover_date=parse_date(handover),
        numbering_final=bool(info.get("numbering_final")),
    )
    return header, str(info.get("case_no_format") or "第{n:04d}号")


def _proposals(conn: Connection) -> dict[str, _Row]:
    rows = conn.execute(text(
        "SELECT p.id, p.intake_no, p.case_no, p.title, p.status, coalesce(c.name, ''),"
        " coalesce(c.position, 1e9), p.kind, p.collective_name, p.key, p.lead_leader,"
        " p.supervise_leader, p.merged_into, p.handling_mode, p.deadline,"
        " coalesce(r.name, ''), coalesce(d.name, ''), p.reason_remark"
        " FROM proposal p LEFT JOIN category c ON c.id = p.category_id"
        " LEFT JOIN reason r ON r.id = p.reason_id"
        " LEFT JOIN disposition d ON d.id = p.disposition_id"
        " WHERE p.present ORDER BY p.intake_no, p.id"))
    return {str(r[0]): _Row(str(r[0]), int(r[1]), r[2], str(r[3]), str(r[4]), str(r[5]),
                            float(r[6]), str(r[7]), str(r[8] or ""), bool(r[9]),
                            str(r[10] or ""), str(r[11] or ""), r[12], str(r[13] or "lead"),
                            r[14], str(r[15]), str(r[16]), str(r[17] or ""))
            for r in rows}


def _people(conn: Connection) -> dict[str, list[Person]]:
    people: dict[str, list[Person]] = defaultdict(list)
    for r in conn.execute(text(
            "SELECT proposal_id, name, role, sector, work_unit, address, phone, confirmed"
            " FROM proposer WHERE present ORDER BY proposal_id, position, id")):
        people[str(r[0])].append(Person(
            str(r[1]), parse_proposer_role(r[2]), str(r[3] or ""), str(r[4] or ""),
            str(r[5] or ""), str(r[6] or ""), None if r[7] is None else bool(r[7])))
    return people


def _assignments(conn: Connection) -> dict[str, list[UnitPart]]:
    parts: dict[str, list[UnitPart]] = defaultdict(list)
    for r in conn.execute(text(
            "SELECT a.proposal_id, u.id, u.name, a.role FROM assignment a"
            " JOIN unit u ON u.id = a.unit_id WHERE a.present"
            " ORDER BY a.proposal_id, a.position, u.position, u.id")):
        parts[str(r[0])].append(UnitPart(str(r[1]), str(r[2]), str(r[3])))
    return parts


def _units(conn: Connection) -> list[UnitInfo]:
    """The catalogue in order; `position` is the unit's rank in it (0 first)."""
    return [UnitInfo(str(r[0]), str(r[1] or ""), str(r[2]), str(r[3] or ""), rank)
            for rank, r in enumerate(conn.execute(text(
                "SELECT id, code, name, short_name FROM unit WHERE present"
                " ORDER BY position, name, id")))]


def proposers_label(kind: str, collective_name: str, people: Sequence[Person]) -> str:
    """张三 / 张三等3人 / the collective body's name (as the proposal list shows it)."""
    if kind == "collective":
        return collective_name
    signers = [p for p in people if p.role != "contact"]
    if not signers:
        return ""
    return signers[0].name + (f"等{len(signers)}人" if len(signers) > 1 else "")


def _sector(kind: str, people: Sequence[Person]) -> str:
    if kind == "collective":
        return COLLECTIVE_SECTOR
    signers = [p for p in people if p.role != "contact"]
    return signers[0].sector if signers else ""


def _deadline(own: str | None, handover: date | None) -> date | None:
    if own:
        return date.fromisoformat(own)
    default = default_deadline(handover.isoformat() if handover else None)
    return date.fromisoformat(default) if default else None


def _build_cases(rows: dict[str, _Row], people: dict[str, list[Person]],
                 parts: dict[str, list[UnitPart]], fmt: str,
                 handover: date | None) -> list[Case]:
    """Accepted cases in case order: numbered first by number, then the rest by intake."""
    members: dict[str, list[_Row]] = defaultdict(list)
    for row in rows.values():
        if row.status == "merged" and row.merged_into in rows:
            members[str(row.merged_into)].append(row)
    cases: list[tuple[tuple[Any, ...], Case]] = []
    for lead in rows.values():
        if lead.status != "accepted" or lead.merged_into is not None:
            continue
        group = [lead, *sorted(members.get(lead.id, ()),
                               key=lambda r: (r.number is None, r.number or 0, r.intake_no))]
        numbers = tuple(format_case_no(fmt, r.number) for r in group)
        merged = len(group) > 1
        lead_no = numbers[0]
        for index, row in enumerate(group):
            own_people = tuple(people.get(row.id, ()))
            case = Case(
                proposal_id=row.id, intake_no=row.intake_no, number=row.number,
                case_no=format_case_no(fmt, row.number), title=row.title,
                category=lead.category, kind=row.kind, collective_name=row.collective_name,
                proposers_label=proposers_label(row.kind, row.collective_name, own_people),
                people=own_people, sector=_sector(row.kind, own_people),
                merge_role=(MERGE_LEAD if index == 0 else MERGE_MEMBER) if merged else "",
                lead_case_no=lead_no if merged else "", lead_title=lead.title,
                group_case_nos=numbers if merged else (), units=tuple(parts.get(lead.id, ())),
                handling_mode=lead.handling_mode, deadline=_deadline(lead.deadline, handover),
                key=lead.key, lead_leader=lead.lead_leader,
                supervise_leader=lead.supervise_leader,
            )
            order = ((0, row.number, 0) if row.number is not None
                     else (1, lead.intake_no, index, row.intake_no))
            cases.append((order, case))
    cases.sort(key=lambda pair: pair[0])
    return [case for _, case in cases]


def _sheets(cases: Sequence[Case], units: Sequence[UnitInfo],
            only: set[str] | None) -> list[UnitSheet]:
    rows: dict[str, list[SheetRow]] = defaultdict(list)
    for case in cases:
        for part in case.units:
            if only is not None and part.unit_id not in only:
                continue
            others = tuple(u for u in case.units if u.unit_id != part.unit_id)
            rows[part.unit_id].append(
                SheetRow(len(rows[part.unit_id]) + 1, case, part.role, others))
    return [UnitSheet(unit, tuple(rows[unit.unit_id])) for unit in units
            if rows.get(unit.unit_id)]


def _catalogue(cases: Sequence[Case], rows: dict[str, _Row]) -> list[CategoryGroup]:
    position: dict[str, float] = {}
    for row in rows.values():
        position.setdefault(row.category, row.category_pos)
    groups: dict[str, list[Case]] = defaultdict(list)
    for case in cases:
        groups[case.category].append(case)
    names = sorted(groups, key=lambda n: (position.get(n, 1e9), n == "", n))
    return [CategoryGroup(name or "未分类", tuple(groups[name])) for name in names]


def _not_accepted(rows: dict[str, _Row], people: dict[str, list[Person]]) -> list[NotAccepted]:
    out = []
    for row in rows.values():
        if row.status != "rejected":
            continue
        own = tuple(people.get(row.id, ()))
        out.append(NotAccepted(row.id, row.intake_no, row.title, row.category, row.kind,
                               row.collective_name,
                               proposers_label(row.kind, row.collective_name, own), own,
                               row.reason, row.disposition, row.remark))
    return out


def counted_category(row: _Row, rows: dict[str, _Row]) -> _Row:
    """The row whose category a proposal is counted under: a merged proposal (并案)
    counts under its lead's category, in the 目录 and the 汇总 alike (CATEGORY_RULE)."""
    if row.status == "merged" and row.merged_into in rows:
        return rows[str(row.merged_into)]
    return row


def _summary(rows: dict[str, _Row], people: dict[str, list[Person]], cases: Sequence[Case],
             sheets: Sequence[UnitSheet], not_accepted: Sequence[NotAccepted]) -> Summary:
    by_outcome = dict.fromkeys(OUTCOME_LABELS, 0)
    by_category: dict[str, dict[str, int]] = {}
    positions: dict[str, float] = {}
    by_sector: dict[str, int] = defaultdict(int)
    for row in rows.values():
        by_outcome[row.status] = by_outcome.get(row.status, 0) + 1
        home = counted_category(row, rows)
        counts = by_category.setdefault(home.category or "未分类",
                                        dict.fromkeys(OUTCOME_LABELS, 0))
        counts[row.status] = counts.get(row.status, 0) + 1
        positions.setdefault(home.category or "未分类", home.category_pos)
        by_sector[_sector(row.kind, people.get(row.id, ())) or "未填写"] += 1
    category_rows = tuple(CountRow(name, by_category[name]) for name in
                          sorted(by_category, key=lambda n: (positions[n], n)))
    sector_rows = tuple(CountRow(name, {"total": n}) for name, n in
                        sorted(by_sector.items(), key=lambda item: (-item[1], item[0])))
    unit_rows = tuple(CountRow(sheet.unit.name, {role: sheet.count(role) for role in ROLE_ORDER})
                      for sheet in sheets)
    groups: list[MergedGroup] = []
    for case in cases:
        if case.merge_role == MERGE_LEAD:
            groups.append(MergedGroup(case, ()))
        elif case.merge_role == MERGE_MEMBER and groups:
            groups[-1] = MergedGroup(groups[-1].lead, (*groups[-1].members, case))
    return Summary(
        received=len(rows), by_outcome=by_outcome, by_category=category_rows,
        by_sector=sector_rows, by_unit=unit_rows, merged_groups=tuple(groups),
        not_accepted=tuple(not_accepted),
        key_cases=tuple(c for c in cases if c.key and c.merge_role != MERGE_MEMBER),
        unnumbered=sum(1 for c in cases if c.number is None),
    )


def recipients(kind: str, collective_name: str, people: Iterable[Person]) -> list[Recipient]:
    """Who gets a notice: the body of a collective proposal, else every signer who did
    not decline (first proposer first)."""
    people = list(people)
    if kind == "collective":
        contact = next((p for p in people if p.role == "contact"), None)
        return [Recipient(collective_name, collective_name,
                          contact.address if contact else "",
                          contact.work_unit if contact else "",
                          contact.name if contact else "", 0)]
    out = []
    for position, person in enumerate(p for p in people if p.role != "contact"):
        if person.confirmed is False:
            continue
        out.append(Recipient(person.name, f"{person.name}委员", person.address,
                             person.work_unit, "", position))
    return out


def _warnings(header: SessionHeader, cases: Sequence[Case]) -> list[str]:
    out = []
    unnumbered = sum(1 for c in cases if c.number is None)
    if unnumbered:
        out.append(f"{unnumbered} 件立案提案尚未编号，提案号一栏为空；请先编排提案号"
                   "（窗口：审查 → 编排提案号）。")
    unassigned = sum(1 for c in cases if not c.units and c.merge_role != MERGE_MEMBER)
    if unassigned:
        out.append(f"{unassigned} 件立案提案尚未指定承办单位，不会出现在交办单中。")
    if header.handover_date is None:
        out.append("会议信息中没有交办日期，办理期限一栏为空（个别设定了期限的提案除外）。")
    return out


def passed_deadlines(cases: Sequence[Case], issued: date) -> str | None:
    """A warning when cases must be handled by a day before the documents' own date (a
    stale 交办日期, or documents made again long after the session)."""
    passed = sorted(c.deadline for c in cases if c.units and c.deadline and c.deadline < issued)
    if not passed:
        return None
    return (f"{len(passed)} 件立案提案的办理期限（最早 {chinese_date(passed[0])}）早于文件日期 "
            f"{chinese_date(issued)}；请检查会议信息中的交办日期或这些提案的办理期限。")


def gather_documents(conn: Connection, units: Sequence[str] | None = None) -> DocumentData:
    """Everything the documents need; `units` (names, codes, aliases) limits the 交办单."""
    header, fmt = _header(conn)
    only = {unit_id(conn, name) for name in units} if units else None
    rows = _proposals(conn)
    people = _people(conn)
    cases = _build_cases(rows, people, _assignments(conn), fmt, header.handover_date)
    unit_list = _units(conn)
    sheets = _sheets(cases, unit_list, only)
    all_sheets = sheets if only is None else _sheets(cases, unit_list, None)
    not_accepted = _not_accepted(rows, people)
    acceptance = [AcceptanceNotice(r, case) for case in cases
                  for r in recipients(case.kind, case.collective_name, case.people)]
    rejection = [RejectionNotice(r, item) for item in not_accepted
                 for r in recipients(item.kind, item.collective_name, item.people)]
    return DocumentData(
        header=header, cases=tuple(cases), sheets=tuple(sheets),
        catalogue=tuple(_catalogue(cases, rows)),
        summary=_summary(rows, people, cases, all_sheets, not_accepted),
        acceptance_notices=tuple(acceptance), rejection_notices=tuple(rejection),
        warnings=tuple(_warnings(header, cases)),
    )
