"""Case numbers (提案号) for accepted cases, frozen once the secretariat finalises them.

A case accepted after the numbers were made final (a late decision, a proposal merged into
a numbered case) is not left without one: numbering again gives such cases the numbers after
the last one and changes no number already given."""

from __future__ import annotations

import json
import re
import string

from sqlalchemy import Connection, text

from review_desk.errors import InvalidActionError, NumberingFinalError
from review_desk.review.journal import Changed, Op, Set
from review_desk.review.lookup import session_row
from review_desk.review.unclassified import check_classified
from review_desk.review.writer import Writer

ORDERS = {
    "intake": "p.intake_no",
    "category": "c.position, c.name, p.intake_no",
    "submitted": "p.submitted_at, p.intake_no",
}


# what may follow "n:" in a number format: fill/align, sign, zero, a width and
# precision of at most two digits, a grouping mark and an integer type ("04d", ">6", ",")
_SPEC = re.compile(r"^(.?[<>=^])?[+\- ]?#?0?\d{0,2}[,_]?(\.\d{1,2})?[bdoxXn]?$")
_MAX_LENGTH = 200


def format_case_no(fmt: str, n: int | None) -> str:
    """A case number as printed, e.g. 第0389号 (a format that cannot print it, from an
    older file, prints the bare number)."""
    if n is None:
        return ""
    try:
        _check_format(fmt)
        return fmt.format(n=n)
    except (InvalidActionError, ValueError):
        return str(n)


def _check_format(fmt: str) -> None:
    """Refuse a format that is not text around {n} with a small integer spec."""
    def bad(reason: str) -> InvalidActionError:
        return InvalidActionError(
            f"The number format {fmt!r} is not valid ({reason}); write it like 第{{n:04d}}号.",
            f"编号格式“{fmt}”无效，请参照 第{{n:04d}}号 的写法。",
        )
    if len(fmt) > _MAX_LENGTH:
        raise bad("too long")
    try:
        fields = [(name, spec, conversion)
                  for _text, name, spec, conversion in string.Formatter().parse(fmt)
                  if name is not None]
    except ValueError as error:
        raise bad(str(error)) from None
    if not fields:
        raise bad("it has no {n}")
    for name, spec, conversion in fields:
        if name != "n" or conversion is not None:
            raise bad(f"only {{n}} may stand in braces, not {{{name}}}")
        if not _SPEC.match(spec or ""):
            raise bad(f"{spec!r} is not a number layout")
    try:
        fmt.format(n=1)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError) as error:
        raise bad(str(error)) from None


def _is_final(conn: Connection) -> bool:
    return bool(session_row(conn).get("numbering_final"))


def _check_open(conn: Connection) -> None:
    if _is_final(conn):
        raise NumberingFinalError(
            "The case numbers are final; they can no longer be changed.",
            "提案号已最终确定，不能再次编号。",
        )


def cases_in_order(conn: Connection, order: str) -> list[tuple[str, int | None]]:
    """Every accepted case in `order`, each lead followed by its merged members: (id, number)."""
    rows = conn.execute(text(
        "SELECT p.id, p.status, p.merged_into, p.case_no FROM proposal p"
        " LEFT JOIN category c ON c.id = p.category_id WHERE p.present"
        f" ORDER BY {ORDERS[order]}")).all()
    members: dict[str, list[tuple[str, int | None]]] = {}
    for pid, status, merged_into, case_no in rows:
        if status == "merged" and merged_into:
            members.setdefault(merged_into, []).append((pid, case_no))
    return [case for pid, status, merged_into, case_no in rows
            if status == "accepted" and merged_into is None
            for case in ((pid, case_no), *members.get(pid, ()))]


def unnumbered_cases(conn: Connection) -> list[int]:
    """Intake numbers of the accepted cases (merged members included) without a number."""
    ids = [pid for pid, n in cases_in_order(conn, "intake") if n is None]
    if not ids:
        return []
    found = {str(r[0]): int(r[1]) for r in conn.execute(text(
        "SELECT id, intake_no FROM proposal WHERE id IN (SELECT value FROM json_each(:ids))"),
        {"ids": json.dumps(ids)})}
    return sorted(found[pid] for pid in ids)


def _late_numbers(conn: Connection, order: str) -> list[Op]:
    """After finalisation: the next numbers for the cases that have none."""
    last = conn.execute(text(
        "SELECT max(case_no) FROM proposal WHERE present")).scalar()
    n = int(last or 0)
    ops: list[Op] = []
    for pid, case_no in cases_in_order(conn, order):
        if case_no is None:
            n += 1
            ops.append(Set("proposal", pid, "case_no", n))
    if not ops:
        raise NumberingFinalError(
            "The case numbers are final and every accepted case has one; they can no "
            "longer be changed.",
            "提案号已最终确定，所有立案提案均已编号，不能再次编号。")
    return ops


class Numbering:
    """Give accepted cases their numbers: each lead followed by its merged members."""

    def __init__(self, writer: Writer) -> None:
        self._writer = writer

    def number(self, order: str = "intake", fmt: str | None = None) -> Changed:
        """(Re)number every accepted case in `order` (intake | category | submitted); once
        the numbers are final, number only the cases that have none, after the last."""
        if order not in ORDERS:
            raise InvalidActionError(
                f"Unknown order {order!r}; use intake, category or submitted.",
                f"未知的排序方式“{order}”。",
            )
        if fmt is not None:
            _check_format(fmt)

        def build(conn: Connection) -> list[Op]:
            if _is_final(conn):
                if fmt is not None and fmt != session_row(conn).get("case_no_format"):
                    raise NumberingFinalError(
                        "The case numbers are final; their format can no longer change.",
                        "提案号已最终确定，不能再更改编号格式。")
                check_classified(conn, "numbering", "编号")
                return _late_numbers(conn, order)
            check_classified(conn, "numbering", "编号")
            ops: list[Op] = []
            if fmt is not None:
                ops.append(Set("session", "main", "case_no_format", fmt))
            cases = cases_in_order(conn, order)
            numbers = {pid: n for n, (pid, _) in enumerate(cases, start=1)}
            for pid, case_no in conn.execute(text(
                    "SELECT id, case_no FROM proposal WHERE present")).all():
                if numbers.get(pid) != case_no:
                    ops.append(Set("proposal", pid, "case_no", numbers.get(pid)))
            return ops

        return self._writer.run("numbering.number", build)

    def finalise(self) -> Changed:
        """Freeze the case numbers (refused while an accepted case has none)."""

        def build(conn: Connection) -> list[Op]:
            _check_open(conn)
            missing = unnumbered_cases(conn)
            if missing:
                shown = "、".join(str(n) for n in missing[:20])
                more = f"等{len(missing)}件" if len(missing) > 20 else ""
                raise InvalidActionError(
                    f"{len(missing)} accepted case(s) have no number yet (intake numbers "
                    f"{', '.join(str(n) for n in missing[:20])}"
                    f"{' …' if len(missing) > 20 else ''}); number the cases before "
                    "finalising.",
                    f"以下立案提案尚未编号（流水号 {shown}{more}），请先编号再确定提案号。")
            if not conn.execute(text(
                    "SELECT 1 FROM proposal WHERE present AND case_no IS NOT NULL")).first():
                raise InvalidActionError(
                    "No case has a number yet; number the accepted cases before finalising.",
                    "尚无提案编号，请先为立案提案编号，再确定提案号。")
            return [Set("session", "main", "numbering_final", True)]

        return self._writer.run("numbering.finalise", build, undoable=False)
