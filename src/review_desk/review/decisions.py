"""Decisions: accept (立案), not accept (不予立案), withdraw (撤案), back to pending."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import Connection

from review_desk.errors import InvalidActionError, NumberingFinalError
from review_desk.models.values import (
    CLOSED,
    DECISIONS,
    STATUS_OF_DECISION,
    Decision,
    Status,
)
from review_desk.review.journal import Changed, Op, Set
from review_desk.review.lookup import (
    ProposalState,
    list_item_id,
    members_of,
    proposal_state,
    session_row,
)
from review_desk.review.pacing import pace
from review_desk.review.writer import Writer

PROGRESS_EVERY = 25  # proposals between two progress reports of a bulk


def status_op(proposal_id: str, status: Status) -> Set:
    """The change that gives a proposal an outcome (typed, so a typo fails mypy)."""
    return Set("proposal", proposal_id, "status", status)


def check_not_merged(state: ProposalState) -> None:
    """Refuse to act on a proposal merged into another: its case is the lead's."""
    if state.merged_into is not None:
        raise InvalidActionError(
            f"Proposal {state.intake_no} is merged into another proposal; decide the lead "
            "or remove it from the merge first.",
            f"流水号 {state.intake_no} 已并入其他提案，"
            "请对主并提案作决定，或先将其移出并案。",
        )


def check_numbering_open(conn: Connection, state: ProposalState) -> None:
    """Refuse to change a numbered case once numbering is final."""
    if state.case_no is not None and session_row(conn).get("numbering_final"):
        raise NumberingFinalError(
            f"Proposal {state.intake_no} has a final case number; its outcome can no longer "
            "change.",
            f"流水号 {state.intake_no} 的提案号已最终确定，不能再更改其审查结果。",
        )


class Decisions:
    """Decide proposals."""

    def __init__(self, writer: Writer) -> None:
        self._writer = writer

    def decide(
        self,
        proposal_ids: Iterable[str],
        decision: Decision,
        reason: str | None = None,
        disposition: str | None = None,
        remark: str = "",
        progress: Callable[[int, int], None] | None = None,
    ) -> Changed:
        """Give each proposal the same outcome; all or none. A rejection names its reason,
        and may pass the text on (`disposition`) and explain itself (`remark`, 说明).
        `progress(done, total)` follows a long bulk (`(total, total)` once its changes are
        built, before the write)."""
        if decision not in DECISIONS:
            raise InvalidActionError(
                f"Unknown decision {decision!r}; use one of {', '.join(DECISIONS)}.",
                f"未知的决定“{decision}”，可用：{'、'.join(DECISIONS)}。",
            )
        ids = list(dict.fromkeys(proposal_ids))

        def build(conn: Connection) -> list[Op]:
            reason_id = disposition_id = None
            if decision == "reject":
                if not reason:
                    raise InvalidActionError(
                        "Not accepting a proposal needs a reason.", "不予立案须选择理由。"
                    )
                reason_id = list_item_id(conn, "reason", reason)
                if disposition:
                    disposition_id = list_item_id(conn, "disposition", disposition)
            ops: list[Op] = []
            for done, pid in enumerate(ids):
                pace()
                if progress is not None and done % PROGRESS_EVERY == 0:
                    progress(done, len(ids))
                state = proposal_state(conn, pid)
                check_not_merged(state)
                new_status = STATUS_OF_DECISION[decision]
                if new_status != state.status:
                    check_numbering_open(conn, state)
                if new_status in CLOSED and members_of(conn, pid):
                    raise InvalidActionError(
                        f"Proposal {state.intake_no} leads a merge group; dissolve the group "
                        "first.",
                        f"流水号 {state.intake_no} 是并案的主提案，请先解除并案。",
                    )
                ops += [
                    status_op(pid, new_status),
                    Set("proposal", pid, "reason_id", reason_id),
                    Set("proposal", pid, "disposition_id", disposition_id),
                ]
                if decision == "reject" or state.status == "rejected":
                    ops.append(Set("proposal", pid, "reason_remark",
                                   remark.strip() if decision == "reject" else ""))
                if new_status != "accepted":
                    ops.append(Set("proposal", pid, "case_no", None))
            if progress is not None:
                progress(len(ids), len(ids))  # built: the write follows (no count)
            return ops

        return self._writer.run(f"decide.{decision}", build)
