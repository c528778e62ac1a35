"""并案: merging proposals on one matter into one case, and undoing it."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, text

from review_desk.errors import InvalidActionError
from review_desk.models.values import CLOSED
from review_desk.review.decisions import check_not_merged, check_numbering_open, status_op
from review_desk.review.journal import Changed, Op, Set
from review_desk.review.lookup import members_of, proposal_state
from review_desk.review.writer import Writer


def member_ops(pid: str, lead: str) -> list[Op]:
    """The changes that make `pid` a member of `lead`'s group."""
    return [
        status_op(pid, "merged"),
        Set("proposal", pid, "merged_into", lead),
        Set("proposal", pid, "reason_id", None),
        Set("proposal", pid, "disposition_id", None),
    ]


def unassign_ops(conn: Connection, pid: str) -> list[Op]:
    """A merged proposal's assignment follows the lead: drop its own units."""
    rows = conn.execute(
        text("SELECT id FROM assignment WHERE proposal_id = :p AND present"), {"p": pid}
    )
    return [Set("assignment", str(r[0]), "present", False) for r in rows]


def pending_ops(pid: str) -> list[Op]:
    """The changes that take `pid` out of its group, back to pending."""
    return [
        status_op(pid, "pending"),
        Set("proposal", pid, "merged_into", None),
        Set("proposal", pid, "case_no", None),
    ]


class Merging:
    """Merge groups: a lead plus members whose originals stay intact."""

    def __init__(self, writer: Writer) -> None:
        self._writer = writer

    def merge(self, lead_id: str, member_ids: Iterable[str]) -> Changed:
        """Merge members into lead; a member that leads a group brings its members along."""
        members = list(dict.fromkeys(member_ids))

        def build(conn: Connection) -> list[Op]:
            lead = proposal_state(conn, lead_id)
            if lead.merged_into is not None:
                raise InvalidActionError(
                    f"Proposal {lead.intake_no} is itself merged into another; it cannot lead "
                    "a merge.",
                    f"流水号 {lead.intake_no} 本身已并入其他提案，不能作为主并提案。",
                )
            if lead.status in CLOSED:
                raise InvalidActionError(
                    f"Proposal {lead.intake_no} is {lead.status}; only a pending or accepted "
                    "proposal can lead a merge.",
                    f"流水号 {lead.intake_no} 未立案或已撤案，不能作为主并提案。",
                )
            if not members:
                raise InvalidActionError(
                    "Name at least one proposal to merge.", "请至少选择一件被并提案。"
                )
            ops: list[Op] = []
            if lead.status == "pending":
                ops.append(status_op(lead_id, "accepted"))
            for mid in members:
                member = proposal_state(conn, mid)
                if mid == lead_id:
                    raise InvalidActionError(
                        f"Proposal {lead.intake_no} cannot be merged into itself.",
                        f"流水号 {lead.intake_no} 不能并入自身。",
                    )
                if member.merged_into == lead_id:
                    continue
                if member.merged_into is not None:
                    raise InvalidActionError(
                        f"Proposal {member.intake_no} is already merged into another proposal; "
                        "remove it from that group first.",
                        f"流水号 {member.intake_no} 已并入其他提案，请先将其移出原并案。",
                    )
                check_numbering_open(conn, member)
                ops += member_ops(mid, lead_id) + unassign_ops(conn, mid)
                for sub in members_of(conn, mid):
                    ops += member_ops(sub, lead_id)
            return ops

        return self._writer.run("merge.add", build)

    def remove_member(self, member_id: str) -> Changed:
        """Take one proposal out of its merge group; it goes back to pending."""

        def build(conn: Connection) -> list[Op]:
            member = proposal_state(conn, member_id)
            if member.merged_into is None:
                raise InvalidActionError(
                    f"Proposal {member.intake_no} is not merged into another.",
                    f"流水号 {member.intake_no} 未并入其他提案。",
                )
            check_numbering_open(conn, member)
            return pending_ops(member_id)

        return self._writer.run("merge.remove", build)

    def dissolve(self, lead_id: str) -> Changed:
        """Undo a whole merge group: every member goes back to pending."""

        def build(conn: Connection) -> list[Op]:
            lead = proposal_state(conn, lead_id)
            check_not_merged(lead)
            members = members_of(conn, lead_id)
            if not members:
                raise InvalidActionError(
                    f"Proposal {lead.intake_no} leads no merge group.",
                    f"流水号 {lead.intake_no} 没有被并提案。",
                )
            ops: list[Op] = []
            for mid in members:
                check_numbering_open(conn, proposal_state(conn, mid))
                ops += pending_ops(mid)
            return ops

        return self._writer.run("merge.dissolve", build)
