"""Sorting the proposal list by any of its columns (intake order is the default): the
ids the filter selected, put in the order of one column, ties in intake order."""

from __future__ import annotations

import json
from typing import Literal, get_args

from sqlalchemy import Connection, text

SortKey = Literal["intake", "case", "title", "proposer", "sector", "category", "status",
                  "units", "marks"]
SORT_KEYS: tuple[SortKey, ...] = get_args(SortKey)

_SIGNER = ("(SELECT r.{col} FROM proposer r WHERE r.proposal_id = p.id AND r.present"
           " AND r.role != 'contact' ORDER BY r.position LIMIT 1)")
_FIRST_UNIT = ("(SELECT u.name FROM assignment a JOIN unit u ON u.id = a.unit_id"
               " WHERE a.proposal_id = p.id AND a.present ORDER BY a.position LIMIT 1)")
# each key: terms in ascending order; an empty value sorts last either way
ORDER: dict[SortKey, tuple[str, ...]] = {
    "intake": ("p.intake_no",),
    "case": ("p.case_no",),
    "title": ("p.title",),
    "proposer": ("CASE WHEN p.kind = 'collective' THEN p.collective_name ELSE "
                 + _SIGNER.format(col="name") + " END",),
    "sector": (_SIGNER.format(col="sector"),),
    "category": ("(SELECT c.position FROM category c WHERE c.id = p.category_id)",),
    "status": ("CASE p.status WHEN 'pending' THEN 0 WHEN 'accepted' THEN 1 WHEN 'merged'"
               " THEN 2 WHEN 'rejected' THEN 3 ELSE 4 END",),
    "units": (_FIRST_UNIT,),
    "marks": ("-p.key", "-(SELECT count(*) FROM note n WHERE n.proposal_id = p.id"
              " AND n.present)"),
}


def sorted_ids(conn: Connection, ids: list[str], key: SortKey,
               descending: bool = False) -> list[str]:
    """`ids` in the order of `key` (reversed when `descending`), ties by intake number."""
    if key == "intake":
        return list(reversed(ids)) if descending else list(ids)
    direction = "DESC" if descending else "ASC"
    terms = ", ".join(f"({term}) IS NULL, ({term}) {direction}" for term in ORDER[key])
    rows = conn.execute(text(
        "SELECT p.id FROM proposal p WHERE p.id IN (SELECT value FROM json_each(:ids))"
        f" ORDER BY {terms}, p.intake_no"), {"ids": json.dumps(ids)})
    return [str(r[0]) for r in rows]
