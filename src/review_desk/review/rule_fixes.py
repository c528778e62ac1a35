"""Resolving a broken review rule: the changes that make the chosen side stand.

`take` names one of the violation's options (a change id, as `conflicts` lists it);
`value` is a new value where the rule has one (a unit for one 主办, a mode, a reason).
Every resolution is a set of ordinary changes written as the action `rules.resolve`,
so it travels, can be undone, and is itself checked by the rules after the next merge.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, text

from review_desk.errors import InvalidActionError, NotFoundError
from review_desk.models.values import MODE_ROLES, HandlingMode, HandlingRole, parse_status
from review_desk.review.decisions import status_op
from review_desk.review.journal import Op, Set
from review_desk.review.lookup import list_item_id, unit_id
from review_desk.review.merge_groups import member_ops, pending_ops, unassign_ops
from review_desk.review.rule_state import Option, ReviewState, Violation, field_history
from review_desk.review.units import UnitSlot, current_slots, slot_ops

Fix = Callable[[Connection, ReviewState, Violation, Option | None, str | None], list[Op]]


def _no_value(v: Violation) -> InvalidActionError:
    return InvalidActionError(
        f"Conflict {v.id} is settled by choosing one of its values (--take).",
        f"冲突 {v.id} 须从已有的值中选择一个（--take）。",
    )


def _accepted(pid: str) -> list[Op]:
    return [status_op(pid, "accepted"), Set("proposal", pid, "reason_id", None),
            Set("proposal", pid, "disposition_id", None)]


def _lead_slots(slots: list[UnitSlot], lead: str | None) -> list[UnitSlot]:
    """Slots in 主办+会办 mode: `lead` (or the first, if none is 主办) leads, the rest join."""
    out: list[UnitSlot] = []
    for s in slots:
        role: HandlingRole = s.role if s.role in MODE_ROLES["lead"] else "joint"
        if lead is not None:
            role = "lead" if s.unit_id == lead else ("joint" if role == "lead" else role)
        out.append(UnitSlot(s.unit_id, role))
    if out and not any(s.role == "lead" for s in out):
        out[0] = UnitSlot(out[0].unit_id, "lead")
    return out


def _one_lead(conn: Connection, state: ReviewState, v: Violation, chosen: Option | None,
              value: str | None) -> list[Op]:
    if value is not None:
        keep = unit_id(conn, value)
    elif chosen is not None:
        keep = v.detail["pick"][chosen.id]
    else:
        raise _no_value(v)
    slots = current_slots(conn, v.entity_id)
    if keep not in {s.unit_id for s in slots}:
        slots.append(UnitSlot(keep, "lead"))
    return slot_ops(conn, v.entity_id, "lead", _lead_slots(slots, keep))


def _mode_from_text(text_: str) -> HandlingMode:
    words: dict[str, HandlingMode] = {"lead": "lead", "主办": "lead", "主办+会办": "lead",
                                      "split": "split", "分办": "split"}
    if text_.strip() not in words:
        raise InvalidActionError(
            f"{text_!r} is not a handling mode; write lead (主办+会办) or split (分办).",
            f"“{text_}”不是办理方式，请填写 主办+会办 或 分办。",
        )
    return words[text_.strip()]


def _roles_fit_mode(conn: Connection, state: ReviewState, v: Violation,
                    chosen: Option | None, value: str | None) -> list[Op]:
    current = state.proposals[v.entity_id].mode
    if value is not None:
        mode = _mode_from_text(value)
    elif chosen is not None and chosen.id == v.detail["keep_mode"]:
        mode = current
    else:
        mode = "split" if current == "lead" else "lead"
    slots = current_slots(conn, v.entity_id)
    fitted = ([UnitSlot(s.unit_id, "split") for s in slots] if mode == "split"
              else _lead_slots(slots, None))
    return slot_ops(conn, v.entity_id, mode, fitted)


def _is(chosen: Option | None, prefix: str, pid: str, field: str, conn: Connection) -> bool:
    """Whether the chosen option is the one about `field` of `pid`."""
    if chosen is None:
        return False
    if chosen.id == f"{prefix}:{pid}":
        return True
    return any(ref.id == chosen.id for ref in field_history(conn, "proposal", pid, field))


def _merged_has_lead(conn: Connection, state: ReviewState, v: Violation,
                     chosen: Option | None, value: str | None) -> list[Op]:
    if value is not None:
        raise _no_value(v)
    pid = v.entity_id
    p = state.proposals[pid]
    took_status = _is(chosen, "status", pid, "status", conn)
    if p.merged_into is not None:  # points to a lead, yet is not 并案
        if took_status:
            return [Set("proposal", pid, "merged_into", None)]
        return member_ops(pid, p.merged_into) + unassign_ops(conn, pid)
    if not took_status:  # 并案 without a lead: back to pending
        return pending_ops(pid)
    earlier = [r.value for r in field_history(conn, "proposal", pid, "merged_into")
               if isinstance(r.value, str) and r.value in state.proposals
               and state.proposals[r.value].merged_into is None and r.value != pid]
    if not earlier:
        raise InvalidActionError(
            f"{state.label(pid)} was never in a group that still stands; choose the other "
            "value.",
            f"{state.label(pid)} 没有仍然存在的并案可回到，请选择另一个值。",
        )
    return member_ops(pid, earlier[-1]) + unassign_ops(conn, pid)


def _lead_not_merged(conn: Connection, state: ReviewState, v: Violation,
                     chosen: Option | None, value: str | None) -> list[Op]:
    if value is not None or chosen is None:
        raise _no_value(v)
    x = v.detail["links"][chosen.id]
    y = state.proposals[x].merged_into
    if y is None or y == x:
        return pending_ops(x)
    ops: list[Op] = []
    if state.proposals[y].merged_into is not None:  # y leads from now on
        ops += [Set("proposal", y, "merged_into", None), *_accepted(y)]
    for w in state.members(x):  # x's own members follow x into y's group
        if w.id != y:
            ops.append(Set("proposal", w.id, "merged_into", y))
    return ops


def _lead_is_open(conn: Connection, state: ReviewState, v: Violation,
                  chosen: Option | None, value: str | None) -> list[Op]:
    if value is not None:
        raise _no_value(v)
    pid = v.entity_id
    if _is(chosen, "status", pid, "status", conn):  # the outcome stands: dissolve
        return [op for m in state.members(pid) for op in pending_ops(m.id)]
    return _accepted(pid)  # the group stands: its lead is a case


def _member_has_no_units(conn: Connection, state: ReviewState, v: Violation,
                         chosen: Option | None, value: str | None) -> list[Op]:
    if value is not None:
        raise _no_value(v)
    pid = v.entity_id
    if _is(chosen, "into", pid, "merged_into", conn):
        return unassign_ops(conn, pid)
    return [Set("proposal", pid, "merged_into", None), *_accepted(pid)]


def _rejected_has_reason(conn: Connection, state: ReviewState, v: Violation,
                         chosen: Option | None, value: str | None) -> list[Op]:
    pid = v.entity_id
    if value is not None:
        return [Set("proposal", pid, "reason_id", list_item_id(conn, "reason", value))]
    if chosen is None or _is(chosen, "status", pid, "status", conn):
        raise InvalidActionError(
            f"To keep {state.label(pid)} not accepted, give its reason: "
            f"`review-desk resolve FILE {v.id} --value REASON`.",
            f"如维持不予立案，请填写理由：`review-desk resolve FILE {v.id} --value 理由`。",
        )
    ref = chosen.change
    status = "pending"
    if ref is not None:
        found = conn.execute(text(
            "SELECT value FROM change WHERE action_id = :a AND entity_id = :p"
            " AND field = 'status'"), {"a": ref.action_id, "p": pid}).scalar()
        status = str(found).strip('"') if found else "pending"
    return [status_op(pid, parse_status(status)), Set("proposal", pid, "disposition_id", None)]


def _number_once(conn: Connection, state: ReviewState, v: Violation, chosen: Option | None,
                 value: str | None) -> list[Op]:
    if value is not None or chosen is None:
        raise _no_value(v)
    keep = v.detail["pick"][chosen.id]
    others = sorted((pid for pid in v.detail["pick"].values() if pid != keep),
                    key=lambda pid: state.proposals[pid].intake_no)
    top = max((p.case_no or 0) for p in state.proposals.values())
    return [Set("proposal", pid, "case_no", top + i) for i, pid in enumerate(others, start=1)]


def _number_only_for_cases(conn: Connection, state: ReviewState, v: Violation,
                           chosen: Option | None, value: str | None) -> list[Op]:
    if value is not None:
        raise _no_value(v)
    pid = v.entity_id
    if _is(chosen, "status", pid, "status", conn):
        return [Set("proposal", pid, "case_no", None)]
    if state.proposals[pid].merged_into is not None:
        return [status_op(pid, "merged"), Set("proposal", pid, "reason_id", None)]
    return _accepted(pid)


def _final_numbers_kept(conn: Connection, state: ReviewState, v: Violation,
                        chosen: Option | None, value: str | None) -> list[Op]:
    if value is not None or chosen is None:
        raise _no_value(v)
    pid = v.entity_id
    then: dict[str, Any] = v.detail["then"]
    if chosen.id in v.detail["later"]:  # keep the later change: mark it as accepted
        p = state.proposals[pid]
        now = {"case_no": p.case_no, "status": p.status, "merged_into": p.merged_into}
        return [Set("proposal", pid, f, now[f], force=True)
                for f in sorted(set(v.detail["later"].values()))]
    # the state as finalised is read back from the clocks, and a laptop that had not seen
    # the numbering may have left it half-decided: a numbered case is accepted or merged
    into = then["merged_into"]
    if into is not None and (into not in state.proposals or into == pid
                             or state.proposals[into].merged_into is not None):
        into = None
    status = "merged" if into is not None else "accepted"
    # written even where the value is already so: the rule reads who wrote last
    return [Set("proposal", pid, "case_no", then["case_no"], force=True),
            Set("proposal", pid, "merged_into", into, force=True),
            Set("proposal", pid, "status", status, force=True),
            Set("proposal", pid, "reason_id", None),
            Set("proposal", pid, "disposition_id", None)]


FIXES: dict[str, Fix] = {
    "one_lead": _one_lead,
    "roles_fit_mode": _roles_fit_mode,
    "merged_has_lead": _merged_has_lead,
    "lead_not_merged": _lead_not_merged,
    "lead_is_open": _lead_is_open,
    "member_has_no_units": _member_has_no_units,
    "rejected_has_reason": _rejected_has_reason,
    "number_once": _number_once,
    "number_only_for_cases": _number_only_for_cases,
    "final_numbers_kept": _final_numbers_kept,
}


def fix_ops(conn: Connection, state: ReviewState, violation: Violation, take: str | None,
            value: str | None) -> list[Op]:
    """The changes that settle a violation with the chosen option or a new value."""
    chosen = None
    if take is not None:
        matches = [o for o in violation.options if o.id == take]
        if not matches:
            ids = ", ".join(o.id for o in violation.options)
            raise NotFoundError(
                f"{take} is not one of the values of conflict {violation.id}; choose one of "
                f"{ids}.",
                f"{take} 不是冲突 {violation.id} 的值之一；可选：{ids}。",
            )
        chosen = matches[0]
    return FIXES[violation.rule](conn, state, violation, chosen, value)
