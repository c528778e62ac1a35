"""Proposals without a category (未分类): many committees set the category during review,
so a proposal may arrive without one. Numbering and export refuse while an accepted
proposal is still unclassified, and name those proposals."""

from __future__ import annotations

from sqlalchemy import Connection, text

from review_desk.errors import InvalidActionError

UNCLASSIFIED = "未分类"  # the filter value and the statistics label of "no category"
_SHOWN = 20


class UnclassifiedError(InvalidActionError):
    """Accepted proposals still have no category."""

    def __init__(self, intake_nos: list[int], action: str, action_zh: str) -> None:
        shown = "、".join(str(n) for n in intake_nos[:_SHOWN])
        more = len(intake_nos) - _SHOWN
        tail_en = f" and {more} more" if more > 0 else ""
        tail_zh = f"等{len(intake_nos)}件" if more > 0 else ""
        super().__init__(
            f"{len(intake_nos)} accepted proposal(s) have no category yet (intake numbers "
            f"{', '.join(str(n) for n in intake_nos[:_SHOWN])}{tail_en}); set their category "
            f"before {action}.",
            f"以下已立案提案尚未分类（流水号 {shown}{tail_zh}），请先设定类别再{action_zh}。")
        self.intake_nos = intake_nos


def unclassified_accepted(conn: Connection) -> list[int]:
    """Intake numbers of the accepted proposals that have no category."""
    return [int(r[0]) for r in conn.execute(text(
        "SELECT intake_no FROM proposal WHERE present AND status = 'accepted'"
        " AND category_id IS NULL ORDER BY intake_no"))]


def check_classified(conn: Connection, action: str, action_zh: str) -> None:
    """Refuse `action` while any accepted proposal is unclassified."""
    missing = unclassified_accepted(conn)
    if missing:
        raise UnclassifiedError(missing, action, action_zh)
