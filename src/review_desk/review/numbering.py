"""Case numbers (提案号) for accepted cases, frozen once the secretariat finalises them."""

from __future__ import annotations

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


def _check_open(conn: Connection) -> None:
    if session_row(conn).get("numbering_final"):
        raise NumberingFinalError(
            "The case numbers are final; they can no longer be changed.",
            "提案号已最终确定，不能再次编号。",
        )


class Numbering:
    """Give accepted cases their numbers: each lead followed by its merged members."""

    def __init__(self, writer: Writer) -> None:
        self._writer = writer

    def number(self, order: str = "intake", fmt: str | None = None) -> Changed:
        """(Re)number every accepted case in `order` (intake | category | submitted)."""
        if order not in ORDERS:
            raise InvalidActionError(
                f"Unknown order {order!r}; use intake, category or submitted.",
                f"未知的排序方式“{order}”。",
            )
        if fmt is not None:
            _check_format(fmt)

        def build(conn: Connection) -> list[Op]:
            _check_open(conn)
            check_classified(conn, "numbering", "编号")
            ops: list[Op] = []
            if fmt is not None:
                ops.append(Set("session", "main", "case_no_format", fmt))
            rows = conn.execute(
                text(
                    "SELECT p.id, p.status, p.merged_into, p.case_no FROM proposal p"
                    " LEFT JOIN category c ON c.id = p.category_id WHERE p.present"
                    f" ORDER BY {ORDERS[order]}"
                )
            ).all()
            members: dict[str, list[str]] = {}
            for pid, status, merged_into, _ in rows:
                if status == "merged" and merged_into:
                    members.setdefault(merged_into, []).append(pid)
            numbers: dict[str, int] = {}
            n = 0
            for pid, status, merged_into, _ in rows:
                if status == "accepted" and merged_into is None:
                    for case in (pid, *members.get(pid, ())):
                        n += 1
                        numbers[case] = n
            for pid, _status, _merged, case_no in rows:
                if numbers.get(pid) != case_no:
                    ops.append(Set("proposal", pid, "case_no", numbers.get(pid)))
            return ops

        return self._writer.run("numbering.number", build)

    def finalise(self) -> Changed:
        """Freeze the case numbers."""

        def build(conn: Connection) -> list[Op]:
            _check_open(conn)
            return [Set("session", "main", "numbering_final", True)]

        return self._writer.run("numbering.finalise", build, undoable=False)
