"""Reads over the archive of earlier sessions (往届档案), for the archive view.

Ids first, rows by page: a 100,000-case archive lists in one cheap query and each page
of rows is fetched only when shown.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text


@dataclass(frozen=True)
class ArchiveRow:
    """One case of an earlier session."""

    id: str
    session_label: str
    year: int
    case_no: str
    title: str
    category: str
    proposer: str
    lead_unit: str
    joint_units: tuple[str, ...]
    mode: str
    merge_group: str


def archive_ids(conn: Connection, search: str = "") -> list[str]:
    """Ids of the archived cases, newest session first; `search` narrows by words of the
    title, proposer or units (every whitespace-separated word must occur)."""
    params: dict[str, Any] = {}
    clauses = ["present"]
    for n, word in enumerate(search.split()):
        params[f"w{n}"] = f"%{word}%"
        clauses.append(f"(title LIKE :w{n} OR proposer LIKE :w{n} OR lead_unit LIKE :w{n}"
                       f" OR case_no LIKE :w{n})")
    sql = (f"SELECT id FROM archive_case WHERE {' AND '.join(clauses)}"
           " ORDER BY year DESC, case_no, id")
    return [str(r[0]) for r in conn.execute(text(sql), params)]


def archive_rows(conn: Connection, ids: list[str]) -> list[ArchiveRow]:
    """Rows for these archived cases, in the order given."""
    if not ids:
        return []
    found: dict[str, ArchiveRow] = {}
    for r in conn.execute(text(
            "SELECT id, session_label, year, case_no, title, category, proposer, lead_unit,"
            " joint_units, mode, merge_group FROM archive_case"
            " WHERE id IN (SELECT value FROM json_each(:ids))"), {"ids": json.dumps(ids)}):
        joints = json.loads(r[8] or "[]") if isinstance(r[8], str) else list(r[8] or [])
        found[str(r[0])] = ArchiveRow(str(r[0]), r[1], int(r[2]), r[3], r[4], r[5], r[6], r[7],
                                      tuple(str(j) for j in joints), r[9], r[10])
    return [found[i] for i in ids if i in found]
