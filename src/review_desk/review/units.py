"""预交办: assigning handling units in 主办+会办/协办 mode or 分办 mode, and deadlines."""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, text

from review_desk.errors import InvalidActionError
from review_desk.models.values import CLOSED, MODE_ROLES, HandlingMode, HandlingRole, parse_role
from review_desk.review.decisions import check_not_merged
from review_desk.review.journal import Changed, Op, Set
from review_desk.review.lookup import ProposalState, proposal_state, unit_id
from review_desk.review.pacing import pace
from review_desk.review.projection import assignment_id
from review_desk.review.session_values import parse_date
from review_desk.review.writer import Writer


@dataclass(frozen=True)
class UnitSlot:
    """One unit of a proposal's assignment, in order."""

    unit_id: str
    role: HandlingRole


def current_slots(conn: Connection, proposal_id: str) -> list[UnitSlot]:
    """The units assigned to a proposal, in order."""
    rows = conn.execute(
        text(
            "SELECT unit_id, role FROM assignment WHERE proposal_id = :p AND present"
            " ORDER BY position, unit_id"
        ),
        {"p": proposal_id},
    )
    return [UnitSlot(str(r[0]), parse_role(r[1])) for r in rows]


def _check_assignable(state: ProposalState) -> None:
    check_not_merged(state)
    if state.status in CLOSED:
        raise InvalidActionError(
            f"Proposal {state.intake_no} is not accepted; only accepted or pending proposals "
            "get handling units.",
            f"流水号 {state.intake_no} 未立案或已撤案，不能预交办。",
        )


def _check_slots(mode: str, slots: Sequence[UnitSlot]) -> None:
    allowed = MODE_ROLES.get(mode)  # type: ignore[call-overload]
    if allowed is None:
        raise InvalidActionError(
            f"Unknown handling mode {mode!r}; use lead (主办+会办/协办) or split (分办).",
            f"未知的办理方式“{mode}”。",
        )
    seen: set[str] = set()
    for slot in slots:
        if slot.role not in allowed:
            raise InvalidActionError(
                f"Role {slot.role!r} does not belong to {mode} mode.",
                f"“{slot.role}”不是该办理方式下的承办角色。",
            )
        if slot.unit_id in seen:
            raise InvalidActionError("A unit is named twice.", "同一承办单位重复出现。")
        seen.add(slot.unit_id)
    if mode == "lead" and sum(slot.role == "lead" for slot in slots) > 1:
        raise InvalidActionError(
            "Only one lead unit (主办) is allowed; make the others joint (会办) units or use "
            "split (分办) mode.",
            "主办单位只能有一个；其他单位请设为会办/协办，或改用分办。",
        )


def slot_ops(conn: Connection, proposal_id: str, mode: HandlingMode,
             slots: Sequence[UnitSlot]) -> list[Op]:
    """The changes that turn the current assignment into `slots`."""
    ops: list[Op] = [Set("proposal", proposal_id, "handling_mode", mode)]
    wanted = {slot.unit_id for slot in slots}
    for old in current_slots(conn, proposal_id):
        if old.unit_id not in wanted:
            ops.append(Set("assignment", assignment_id(proposal_id, old.unit_id), "present", False))
    for position, slot in enumerate(slots):
        entity_id = assignment_id(proposal_id, slot.unit_id)
        ops += [
            Set("assignment", entity_id, "role", slot.role),
            Set("assignment", entity_id, "position", position),
            Set("assignment", entity_id, "present", True),
        ]
    return ops


SlotEdit = Callable[[Connection, list[UnitSlot]], list[UnitSlot]]


class Units:
    """Edit a proposal's handling units."""

    def __init__(self, writer: Writer) -> None:
        self._writer = writer

    def assign(
        self, proposal_id: str, mode: HandlingMode, units: Sequence[tuple[str, HandlingRole]],
        action: str = "units.assign",
    ) -> Changed:
        """Replace the assignment by `units`: (unit name/code/alias, role) in order."""

        def build(conn: Connection) -> list[Op]:
            _check_assignable(proposal_state(conn, proposal_id))
            slots = [UnitSlot(unit_id(conn, name), role) for name, role in units]
            if mode == "split":
                slots = [UnitSlot(s.unit_id, "split") for s in slots]
            _check_slots(mode, slots)
            return slot_ops(conn, proposal_id, mode, slots)

        return self._writer.run(action, build)

    def assign_lead_joint(self, proposal_id: str, lead: str | None, joint: Sequence[str] = (),
                          assist: Sequence[str] = ()) -> Changed:
        """主办 + 会办 (+ 协办)."""
        units: list[tuple[str, HandlingRole]] = [(lead, "lead")] if lead else []
        units += [(u, "joint") for u in joint]
        units += [(u, "assist") for u in assist]
        return self.assign(proposal_id, "lead", units)

    def assign_split(self, proposal_id: str, units: Sequence[str]) -> Changed:
        """分办: each unit handles and replies on its own."""
        return self.assign(proposal_id, "split", [(u, "split") for u in units])

    def _edit(self, proposal_id: str, action: str, change: SlotEdit) -> Changed:
        def build(conn: Connection) -> list[Op]:
            state = proposal_state(conn, proposal_id)
            _check_assignable(state)
            slots = change(conn, current_slots(conn, proposal_id))
            _check_slots(state.handling_mode, slots)
            return slot_ops(conn, proposal_id, state.handling_mode, slots)

        return self._writer.run(action, build)

    def add(self, proposal_id: str, unit: str, role: HandlingRole) -> Changed:
        """Add one unit at the end."""
        def change(conn: Connection, slots: list[UnitSlot]) -> list[UnitSlot]:
            return [*slots, UnitSlot(unit_id(conn, unit), role)]

        return self._edit(proposal_id, "units.add", change)

    def add_many(self, proposal_ids: Sequence[str], unit: str, role: HandlingRole,
                 progress: Callable[[int, int], None] | None = None) -> Changed:
        """Add one unit to each proposal, as one action (bulk assignment). Proposals that
        have it already are left alone; a second 主办 joins as 会办, and in 分办 mode the
        unit joins as 分办."""

        def build(conn: Connection) -> list[Op]:
            uid = unit_id(conn, unit)
            ops: list[Op] = []
            ids = list(dict.fromkeys(proposal_ids))
            for done, pid in enumerate(ids):
                pace()
                if progress is not None and done % 25 == 0:
                    progress(done, len(ids))
                state = proposal_state(conn, pid)
                _check_assignable(state)
                slots = current_slots(conn, pid)
                if uid in {s.unit_id for s in slots}:
                    continue
                new_role: HandlingRole = "split" if state.handling_mode == "split" else role
                if new_role == "lead" and any(s.role == "lead" for s in slots):
                    new_role = "joint"
                new = [*slots, UnitSlot(uid, new_role)]
                _check_slots(state.handling_mode, new)
                ops += slot_ops(conn, pid, state.handling_mode, new)
            if progress is not None:
                progress(len(ids), len(ids))  # built: the write follows (no count)
            return ops

        return self._writer.run("units.add", build)

    def remove(self, proposal_id: str, unit: str) -> Changed:
        """Remove one unit."""
        def change(conn: Connection, slots: list[UnitSlot]) -> list[UnitSlot]:
            uid = unit_id(conn, unit)
            if uid not in {s.unit_id for s in slots}:
                raise InvalidActionError("That unit is not assigned.", "该单位未被指定为承办单位。")
            return [s for s in slots if s.unit_id != uid]

        return self._edit(proposal_id, "units.remove", change)

    def move(self, proposal_id: str, unit: str, index: int) -> Changed:
        """Move one unit to position `index` (0 first)."""
        def change(conn: Connection, slots: list[UnitSlot]) -> list[UnitSlot]:
            uid = unit_id(conn, unit)
            moving = [s for s in slots if s.unit_id == uid]
            if not moving:
                raise InvalidActionError("That unit is not assigned.", "该单位未被指定为承办单位。")
            rest = [s for s in slots if s.unit_id != uid]
            rest.insert(max(0, min(index, len(rest))), moving[0])
            return rest

        return self._edit(proposal_id, "units.move", change)

    def set_role(self, proposal_id: str, unit: str, role: HandlingRole) -> Changed:
        """Change one unit's role (making it 主办 makes the old lead a 会办 unit)."""
        def change(conn: Connection, slots: list[UnitSlot]) -> list[UnitSlot]:
            uid = unit_id(conn, unit)
            if uid not in {s.unit_id for s in slots}:
                raise InvalidActionError("That unit is not assigned.", "该单位未被指定为承办单位。")
            out = []
            for s in slots:
                if s.unit_id == uid:
                    out.append(UnitSlot(uid, role))
                elif role == "lead" and s.role == "lead":
                    out.append(UnitSlot(s.unit_id, "joint"))
                else:
                    out.append(s)
            return out

        return self._edit(proposal_id, "units.role", change)

    def set_deadline(self, proposal_id: str, deadline: str | None) -> Changed:
        """Override the handling deadline (ISO date), or None for the default."""

        def build(conn: Connection) -> list[Op]:
            state = proposal_state(conn, proposal_id)
            check_not_merged(state)
            if deadline is not None:
                try:
                    date.fromisoformat(deadline)
                except ValueError:
                    raise InvalidActionError(
                        f"{deadline!r} is not a date; write it as YYYY-MM-DD.",
                        f"“{deadline}”不是日期，请写成 YYYY-MM-DD。",
                    ) from None
            return [Set("proposal", proposal_id, "deadline", deadline)]

        return self._writer.run("units.deadline", build)


def default_deadline(handover_date: str | None) -> str | None:
    """Three months after 交办 (the last day of that month when it has fewer days)."""
    start = parse_date(handover_date)
    if start is None:
        return None
    month = start.month + 3
    year = start.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day).isoformat()
