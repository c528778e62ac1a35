"""What numbering would give, before it is done: the first cases with the numbers they
would get in an order and format, read only (the window shows it beside its button)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Connection, text

from review_desk.review.lookup import session_row
from review_desk.review.numbering import _check_format, cases_in_order, format_case_no


@dataclass(frozen=True)
class NumberingPreview:
    """The state of numbering and the numbers an order and format would give."""

    cases: int  # accepted cases, merged members included
    numbered: int  # cases holding a number now
    final: bool
    fmt: str  # the format in the file
    first: tuple[tuple[int, str, str], ...]  # (intake no., number as printed, title)
    late: int = 0  # once final: accepted cases without a number, to be numbered after the last


def numbering_preview(conn: Connection, order: str, fmt: str | None,
                      limit: int = 12) -> NumberingPreview:
    """The first `limit` cases as numbering in `order` with `fmt` would number them
    (leads first, each followed by its merged members, as the numbering command does; once
    the numbers are final, the cases without one, after the last). A bad format raises the
    command's own error."""
    info = session_row(conn)
    final = bool(info.get("numbering_final"))
    stored = str(info.get("case_no_format") or "第{n:04d}号")
    if fmt is not None:
        _check_format(fmt)
    shown = stored if final else (fmt or stored)
    cases = cases_in_order(conn, order)
    start = int(conn.execute(text("SELECT max(case_no) FROM proposal WHERE present")).scalar()
                or 0) if final else 0
    coming = [pid for pid, n in cases if n is None] if final else [pid for pid, _ in cases]
    titles = dict((str(r[0]), (int(r[1]), str(r[2]))) for r in conn.execute(text(
        "SELECT id, intake_no, title FROM proposal"
        " WHERE id IN (SELECT value FROM json_each(:ids))"),
        {"ids": json.dumps(coming[:limit])}))
    first = tuple((titles[pid][0], format_case_no(shown, start + i), titles[pid][1])
                  for i, pid in enumerate(coming[:limit], start=1))
    numbered = int(conn.execute(text(
        "SELECT count(*) FROM proposal WHERE present AND case_no IS NOT NULL")).scalar() or 0)
    return NumberingPreview(len(cases), numbered, final, stored, first,
                            len(coming) if final else 0)
