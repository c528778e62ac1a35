"""The import command: a validated bundle of records written as one journal action."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from review_desk.errors import InvalidActionError
from review_desk.models.values import PROPOSAL_KINDS
from review_desk.review.journal import Changed, Create, Op
from review_desk.review.lists import new_id, unit_record
from review_desk.review.records import PersonRecord, ProposalRecord, SessionBundle
from review_desk.review.session_values import check_session_values
from review_desk.review.writer import Writer

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class ImportSummary:
    """What an import added."""

    proposals: int
    archive: int
    units: int
    members: int
    first_intake: int | None
    last_intake: int | None


def _names(conn: Connection, table: str) -> dict[str, str]:
    return {str(r[1]): str(r[0]) for r in conn.execute(
        text(f"SELECT id, name FROM {table} WHERE present"))}


def unit_names(conn: Connection) -> dict[str, str]:
    """Every name a unit goes by (name, short name, code, alias) -> unit id."""
    out: dict[str, str] = {}
    for uid, code, name, short, aliases in conn.execute(
        text("SELECT id, code, name, short_name, aliases FROM unit WHERE present")
    ):
        import json

        for alias in json.loads(aliases or "[]"):
            out.setdefault(str(alias), str(uid))
        for value in (code, short, name):
            if value:
                out[str(value)] = str(uid)
    return out


def _person(pid: str, index: int, role: str, person: PersonRecord,
            member_ids: dict[str, str]) -> Create:
    return Create("proposer", f"{pid}/p{index}", {
        "proposal_id": pid, "position": index, "role": role,
        "member_id": member_ids.get(person.name), "name": person.name, "sector": person.sector,
        "work_unit": person.work_unit, "address": person.address, "phone": person.phone,
        "confirmed": person.confirmed, "present": True,
    })


def _proposal_ops(pid: str, intake_no: int, record: ProposalRecord, category_id: str | None,
                  member_ids: dict[str, str]) -> list[Op]:
    if record.kind not in PROPOSAL_KINDS:
        raise InvalidActionError(
            f"Proposal {record.title!r}: unknown kind {record.kind!r}.",
            f"提案“{record.title}”：提案人类型“{record.kind}”无效。",
        )
    ops: list[Op] = [Create("proposal", pid, {
        "intake_no": intake_no, "title": record.title, "category_id": category_id,
        "background": record.background, "problems": record.problems,
        "suggestions": record.suggestions, "submitted_at": record.submitted_at,
        "plenary": record.plenary, "kind": record.kind,
        "collective_name": record.collective_name,
        "suggested_units": list(record.suggested_units), "status": "pending", "present": True,
    })]
    for i, person in enumerate(record.proposers):
        ops.append(_person(pid, i, "first" if i == 0 else "cosigner", person, member_ids))
    if record.contact is not None:
        ops.append(_person(pid, len(record.proposers), "contact", record.contact, member_ids))
    return ops


class Importer:
    """Write bundles of records through the journal: all or nothing."""

    def __init__(self, writer: Writer) -> None:
        self._writer = writer
        self.last_summary: ImportSummary | None = None

    def import_bundle(self, bundle: SessionBundle, progress: Progress | None = None,
                      undoable: bool = True) -> Changed:
        """Add a bundle's lists, units, members, proposals and archive cases (an import
        can be undone; the bundle a session is created from cannot)."""
        report = progress or (lambda _stage, _done, _total: None)
        self.last_summary = None
        counted: list[ImportSummary] = []

        def build(conn: Connection) -> list[Op]:
            ops: list[Op] = []
            if conn.execute(text("SELECT 1 FROM session_info WHERE id = 'main'")).first() is None:
                info = bundle.info
                ops.append(Create("session", "main", {
                    "committee": info.committee, "term": info.term, "session": info.session,
                    "year": info.year, "handover_date": info.handover_date,
                    "case_no_format": info.case_no_format, "numbering_final": False,
                    "present": True,
                }))
            for kind, names in (("category", bundle.lists.categories),
                                ("sector", bundle.lists.sectors),
                                ("reason", bundle.lists.reasons),
                                ("disposition", bundle.lists.dispositions)):
                known = _names(conn, kind)
                for position, name in enumerate(names, start=len(known)):
                    if name not in known:
                        known[name] = new_id(kind[0])
                        ops.append(Create(kind, known[name], {
                            "name": name, "position": position, "active": True,
                            "present": True}))
            categories = _names(conn, "category")
            categories.update({op.record["name"]: op.entity_id for op in ops
                               if isinstance(op, Create) and op.entity == "category"})
            report("units", 0, len(bundle.units))
            units = unit_names(conn)
            next_position = len(set(units.values()))
            new_units = 0
            for record in bundle.units:
                if record.name in units or (record.code and record.code in units):
                    continue
                uid = new_id("u")
                ops.append(Create("unit", uid, unit_record(record, next_position + new_units)))
                new_units += 1
                for alias in (*record.aliases, record.code, record.short_name, record.name):
                    if alias:
                        units[alias] = uid
            report("members", 0, len(bundle.members))
            members = _names(conn, "member")
            new_members = 0
            for member in bundle.members:
                if member.name in members:
                    continue
                mid = new_id("m")
                members[member.name] = mid
                new_members += 1
                ops.append(Create("member", mid, {
                    "name": member.name, "sector": member.sector, "work_unit": member.work_unit,
                    "address": member.address, "phone": member.phone, "active": True,
                    "present": True}))
            report("proposals", 0, len(bundle.proposals))
            taken = {int(r[0]) for r in conn.execute(
                text("SELECT intake_no FROM proposal WHERE present"))}
            next_no = max(taken, default=0) + 1
            intakes: list[int] = []
            for proposal in bundle.proposals:
                if proposal.category and proposal.category not in categories:
                    raise InvalidActionError(
                        f"Proposal {proposal.title!r}: unknown category {proposal.category!r}.",
                        f"提案“{proposal.title}”：类别“{proposal.category}”不在类别列表中。",
                    )
                if proposal.intake_no is not None:
                    if proposal.intake_no in taken:
                        raise InvalidActionError(
                            f"Intake number {proposal.intake_no} is used twice.",
                            f"流水号 {proposal.intake_no} 重复。",
                        )
                    intake = proposal.intake_no
                else:
                    while next_no in taken:
                        next_no += 1
                    intake = next_no
                taken.add(intake)
                intakes.append(intake)
                ops += _proposal_ops(new_id("p"), intake, proposal,
                                     categories.get(proposal.category), members)
            report("archive", 0, len(bundle.archive))
            for case in bundle.archive:
                ops.append(Create("archive", new_id("a"), _archive_record(case, units)))
            counted.append(ImportSummary(
                len(bundle.proposals), len(bundle.archive), new_units, new_members,
                min(intakes, default=None), max(intakes, default=None)))
            report("writing", 0, len(ops))
            return ops

        check_session_values({"year": bundle.info.year,
                              "handover_date": bundle.info.handover_date})
        changed = self._writer.run("import", build, undoable=undoable)
        # only a committed import has a summary (a refused one leaves None)
        self.last_summary = counted[-1]
        # a big write: make sure the file took it whole before anyone relies on it
        self._writer.store.ensure_sound(progress)
        report("done", 1, 1)
        return changed


def _archive_record(case: Any, units: dict[str, str]) -> dict[str, Any]:
    return {
        "session_label": case.session_label, "year": case.year, "case_no": case.case_no,
        "title": case.title, "category": case.category, "proposer": case.proposer,
        "summary": case.summary, "lead_unit": case.lead_unit,
        "joint_units": list(case.joint_units), "lead_unit_id": units.get(case.lead_unit),
        "joint_unit_ids": [units[u] for u in case.joint_units if u in units],
        "mode": case.mode, "merge_group": case.merge_group, "present": True,
    }
