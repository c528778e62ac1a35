"""What numbering would give, before it is done: the first cases with the numbers they
would get in an order and format, read only (the window shows it beside its button)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from review_desk.review.lookup import session_row
from review_desk.review.numbering import ORDERS, _check_format, format_case_no


@dataclass(frozen=True)
class NumberingPreview:
    """The state of numbering and the numbers an order and format would give."""

    cases: int  # accepted cases, merged members included
    numbered: int  # cases holding a number now
    final: bool
    fmt: str  # the format in the file
    first: tuple[tuple[int, str, str], ...]  # (intake no., number as printed, title)


def numbering_preview(conn: Connection, order: str, fmt: str | None,
                      limit: int = 12) -> NumberingPreview:
    """The first `limit` cases as numbering in `order` with `fmt` would number them
    (leads first, each followed by its merged members, as the numbering command does).
    A bad format raises the command's own error."""
    info = session_row(conn)
    stored = str(info.get("case_no_format") or "第{n:04d}号")
    if fmt is not None:
        _check_format(fmt)
    rows = conn.execute(text(
        "SELECT p.id, p.intake_no, p.title, p.status, p.merged_into, p.case_no FROM proposal"
        " p LEFT JOIN category c ON c.id = p.category_id WHERE p.present"
        f" ORDER BY {ORDERS[order]}")).all()
    members: dict[str, list[tuple[int, str]]] = {}
    for _pid, intake, title, status, merged_into, _n in rows:
        if status == "merged" and merged_into:
            members.setdefault(str(merged_into), []).append((int(intake), str(title)))
    first: list[tuple[int, str, str]] = []
    n = 0
    for pid, intake, title, status, merged_into, _n in rows:
        if status == "accepted" and merged_into is None:
            for case_intake, case_title in ((int(intake), str(title)), *members.get(pid, ())):
                n += 1
                if len(first) < limit:
                    first.append((case_intake, format_case_no(fmt or stored, n), case_title))
    numbered = sum(1 for r in rows if r[5] is not None)
    return NumberingPreview(n, numbered, bool(info.get("numbering_final")), stored,
                            tuple(first))
