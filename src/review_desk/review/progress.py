"""How far the review is: decided proposals of the whole session and of one's share."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text


@dataclass(frozen=True)
class ReviewProgress:
    """Counts for 「已审 N / 600 · 我的 N / 150」 (merged members count as decided)."""

    decided: int
    total: int
    mine_decided: int
    mine_total: int  # 0 when the reviewer is in no review group


def review_progress(conn: Connection, reviewer: str) -> ReviewProgress:
    """Decided and total, overall and in the review groups `reviewer` belongs to."""
    total, decided = conn.execute(text(
        "SELECT count(*), coalesce(sum(status != 'pending'), 0) FROM proposal"
        " WHERE present")).one()
    mine_total, mine_decided = conn.execute(text(
        "SELECT count(*), coalesce(sum(p.status != 'pending'), 0) FROM proposal p"
        " WHERE p.present AND p.group_id IN (SELECT g.id FROM review_group g,"
        " json_each(g.reviewers) r WHERE g.present AND r.value = :reviewer)"),
        {"reviewer": reviewer}).one()
    return ReviewProgress(int(decided), int(total), int(mine_decided), int(mine_total))
