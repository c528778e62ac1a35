"""What the assistant reads from a session file: proposal texts, archive cases, units, and
the journal position they were read at."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, text

# proposal fields whose change alters the text the assistant compares
TEXT_FIELDS = frozenset({"title", "background", "problems", "suggestions", "present", "@create"})


@dataclass(frozen=True)
class ProposalText:
    """The comparable text of one proposal of the session."""

    id: str
    title: str
    body: str


@dataclass(frozen=True)
class ArchiveCase:
    """One case of an earlier session, as the assistant keeps it (texts aside)."""

    id: str
    year: int
    session_label: str
    case_no: str
    lead_unit: str
    joint_units: tuple[str, ...]
    lead_unit_id: str | None
    joint_unit_ids: tuple[str, ...]
    merge_group: str


@dataclass(frozen=True)
class UnitText:
    """A unit of the catalogue with every name it goes by."""

    id: str
    code: str
    name: str
    short_name: str
    aliases: tuple[str, ...]
    responsibilities: str
    active: bool


def journal_mark(conn: Connection) -> int:
    """The position of the latest change of the journal (0 for an empty journal)."""
    return int(conn.execute(text("SELECT coalesce(max(rowid), 0) FROM change")).scalar() or 0)


@dataclass(frozen=True)
class JournalDelta:
    """What changed since a journal position, as far as the assistant cares."""

    mark: int
    proposals: frozenset[str]
    archive: bool
    units: bool


def changes_since(conn: Connection, mark: int) -> JournalDelta:
    """The proposals whose text changed, and whether archive or units changed, after `mark`."""
    proposals: set[str] = set()
    archive = units = False
    latest = mark
    for rowid, entity, entity_id, fld in conn.execute(text(
            "SELECT rowid, entity, entity_id, field FROM change WHERE rowid > :m"), {"m": mark}):
        latest = max(latest, int(rowid))
        if entity == "proposal" and fld in TEXT_FIELDS:
            proposals.add(str(entity_id))
        elif entity == "archive":
            archive = True
        elif entity == "unit":
            units = True
    return JournalDelta(latest, frozenset(proposals), archive, units)


def body_of(background: str, problems: str, suggestions: str) -> str:
    """A proposal's body as one text."""
    return "\n".join(part for part in (background, problems, suggestions) if part)


def proposal_texts(conn: Connection, ids: list[str] | None = None) -> list[ProposalText]:
    """Texts of the present proposals (all, or those of `ids` that are present)."""
    sql = ("SELECT id, title, background, problems, suggestions FROM proposal WHERE present")
    params: dict[str, str] = {}
    if ids is not None:
        sql += " AND id IN (SELECT value FROM json_each(:ids))"
        params["ids"] = json.dumps(ids)
    sql += " ORDER BY intake_no, id"
    return [ProposalText(str(r[0]), str(r[1] or ""), body_of(r[2] or "", r[3] or "", r[4] or ""))
            for r in conn.execute(text(sql), params)]


ArchiveChunk = tuple[list[ArchiveCase], list[str], list[str]]  # cases, titles, summaries


def archive_chunks(conn: Connection, size: int = 20_000) -> Iterator[ArchiveChunk]:
    """Every present archive case, oldest session first, `size` cases at a time (so that
    a 100,000-case archive never sits in memory as text all at once)."""
    result = conn.execution_options(yield_per=size).execute(text(
        "SELECT id, year, session_label, case_no, title, summary, lead_unit, joint_units,"
        " lead_unit_id, joint_unit_ids, merge_group FROM archive_case WHERE present"
        " ORDER BY year, session_label, case_no, id"))
    for rows in result.partitions(size):
        cases = [ArchiveCase(
            id=str(r[0]), year=int(r[1] or 0), session_label=sys.intern(str(r[2] or "")),
            case_no=sys.intern(str(r[3] or "")), lead_unit=sys.intern(str(r[6] or "")),
            joint_units=tuple(json.loads(r[7] or "[]")), lead_unit_id=r[8],
            joint_unit_ids=tuple(json.loads(r[9] or "[]")), merge_group=str(r[10] or ""))
            for r in rows]
        yield cases, [str(r[4] or "") for r in rows], [str(r[5] or "") for r in rows]


def archive_titles(conn: Connection, year: int) -> dict[str, str]:
    """{id: title} of the archive cases of one year."""
    return {str(r[0]): str(r[1] or "") for r in conn.execute(text(
        "SELECT id, title FROM archive_case WHERE present AND year = :y"), {"y": year})}


def archive_display(conn: Connection, ids: list[str]) -> dict[str, dict[str, str]]:
    """Title, summary, proposer and the recorded unit names of some archive cases."""
    out: dict[str, dict[str, str]] = {}
    for r in conn.execute(text(
            "SELECT id, title, summary, proposer, session_label, case_no, year FROM archive_case"
            " WHERE id IN (SELECT value FROM json_each(:ids))"), {"ids": json.dumps(ids)}):
        out[str(r[0])] = {"title": r[1] or "", "summary": r[2] or "", "proposer": r[3] or "",
                          "session_label": r[4] or "", "case_no": r[5] or "",
                          "year": str(r[6] or "")}
    return out


def unit_texts(conn: Connection) -> list[UnitText]:
    """The unit catalogue, in catalogue order."""
    return [
        UnitText(str(r[0]), str(r[1] or ""), str(r[2] or ""), str(r[3] or ""),
                 tuple(json.loads(r[4] or "[]")), str(r[5] or ""), bool(r[6]))
        for r in conn.execute(text(
            "SELECT id, code, name, short_name, aliases, responsibilities, active FROM unit"
            " WHERE present ORDER BY position, name"))
    ]
