"""Conflicts: fields on which devices disagree and review rules a merge broke, each
with every value and who made it, and their resolution (a change made on top of all)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Boolean, Connection, Integer, text

from review_desk.errors import InvalidActionError, NotFoundError
from review_desk.review.hlc import parse_hlc
from review_desk.review.journal import Changed, Op, Set, proposal_of
from review_desk.review.lookup import list_item_id
from review_desk.review.projection import table_of
from review_desk.review.rule_fixes import fix_ops
from review_desk.review.rule_state import RESOLVED_BY_RULE, read_state
from review_desk.review.rules import violations
from review_desk.review.sync_merge import chunks
from review_desk.review.writer import Writer


@dataclass(frozen=True)
class ConflictValue:
    """One of the values a conflicted field holds: a head change."""

    id: str
    value: Any
    reviewer: str
    device: str
    time: str  # ISO 8601, UTC, from the change's clock
    hlc: str
    shown: bool  # the value the tables show until someone resolves the conflict


@dataclass(frozen=True)
class Conflict:
    """A field on which devices disagree, or a review rule their merged work breaks
    (then `rule` names it, `field` is "rule.<name>" and the message says what is wrong;
    no value is shown as the winner, for the file holds them all)."""

    id: str
    entity: str
    entity_id: str
    field: str
    proposal_id: str | None
    intake_no: int | None
    values: tuple[ConflictValue, ...]
    rule: str = ""
    message: str = ""
    message_zh: str = ""


def conflict_id(entity: str, entity_id: str, fld: str) -> str:
    """A short id of a conflicted field, stable across runs and devices."""
    digest = hashlib.sha1(f"{entity}\x1f{entity_id}\x1f{fld}".encode()).hexdigest()
    return "c" + digest[:10]


def hlc_time(reading: str) -> str:
    """The wall time of a clock reading, ISO 8601 UTC."""
    millis, _ = parse_hlc(reading)
    return datetime.fromtimestamp(millis / 1000, UTC).isoformat(timespec="seconds")


def rule_conflicts(conn: Connection) -> list[Conflict]:
    """Every broken review rule, as conflicts."""
    state = read_state(conn)
    out = []
    for v in violations(conn, state):
        p = state.proposals.get(v.entity_id) if v.entity == "proposal" else None
        values = tuple(
            ConflictValue(o.id, o.label, o.change.reviewer if o.change else "",
                          o.change.device if o.change else "",
                          hlc_time(o.change.hlc) if o.change else "",
                          o.change.hlc if o.change else "", False)
            for o in v.options)
        out.append(Conflict(v.id, v.entity, v.entity_id, f"rule.{v.rule}",
                            p.id if p else None, p.intake_no if p else None, values,
                            v.rule, v.message, v.message_zh))
    return out


def conflicts(conn: Connection) -> list[Conflict]:
    """Every conflicted field and every broken review rule, with all their values, in
    intake order."""
    return sorted(
        field_conflicts(conn) + rule_conflicts(conn),
        key=lambda c: (c.intake_no is None, c.intake_no or 0, c.entity, c.entity_id,
                       c.field),
    )


def field_conflicts(conn: Connection) -> list[Conflict]:
    """Every conflicted field with all its values."""
    heads = conn.execute(
        text("SELECT entity, entity_id, field, heads FROM field_head WHERE conflict")
    ).all()
    ids = sorted({h for row in heads for h in json.loads(row[3])})
    changes: dict[str, Any] = {}
    for part in chunks(ids):
        for r in conn.execute(
            text(
                "SELECT id, device, seq, hlc, reviewer, value, action, parents FROM change"
                " WHERE id IN (SELECT value FROM json_each(:ids))"
            ),
            {"ids": json.dumps(list(part))},
        ):
            changes[str(r.id)] = r
    intake = {
        str(r[0]): int(r[1])
        for r in conn.execute(text("SELECT id, intake_no FROM proposal"))
    }
    out: list[Conflict] = []
    for entity, entity_id, fld, raw in heads:
        rows = [changes[h] for h in json.loads(raw) if h in changes]
        if not rows:
            continue
        shown = max(rows, key=lambda r: (r.hlc, r.device, r.seq)).id
        values = []
        for r in sorted(rows, key=lambda r: (r.hlc, r.device, r.seq), reverse=True):
            who = _author(conn, r)
            values.append(ConflictValue(str(r.id), json.loads(r.value), str(who.reviewer),
                                        str(who.device), hlc_time(str(who.hlc)),
                                        str(who.hlc), r.id == shown))
        pid = proposal_of(entity, entity_id)
        out.append(Conflict(conflict_id(entity, entity_id, fld), entity, entity_id, fld, pid,
                            intake.get(pid) if pid else None, tuple(values)))
    out.sort(key=lambda c: (c.intake_no is None, c.intake_no or 0, c.entity, c.entity_id,
                            c.field))
    return out


def _author(conn: Connection, row: Any) -> Any:
    """Who made a value: for a value an undo brought back (undo of a resolution), the
    reviewer who made it first, not the one who undid the resolution."""
    if not str(row.action).startswith("undo:"):
        return row
    for settled in json.loads(row.parents):  # the resolution the undo took back
        earlier = conn.execute(text(
            "SELECT c.reviewer, c.device, c.hlc FROM change r, json_each(r.parents) p"
            " JOIN change c ON c.id = p.value WHERE r.id = :r AND c.value = :v"
            " ORDER BY c.hlc DESC LIMIT 1"), {"r": settled, "v": row.value}).first()
        if earlier is not None:
            return earlier
    return row


def find_conflict(conn: Connection, cid: str) -> Conflict:
    """The open conflict with this id."""
    for found in conflicts(conn):
        if found.id == cid:
            return found
    raise NotFoundError(
        f"No open conflict {cid}; list them with `review-desk conflicts FILE`.",
        f"没有未解决的冲突 {cid}；可用 `review-desk conflicts FILE` 查看。",
    )


_LIST_FIELDS = {"category_id": "category", "reason_id": "reason",
                "disposition_id": "disposition"}


def coerce_value(conn: Connection, entity: str, fld: str, raw: str) -> Any:
    """A value typed on the command line, as the field stores it."""
    column = table_of(entity).c[fld]
    if fld in _LIST_FIELDS and entity == "proposal":
        return list_item_id(conn, _LIST_FIELDS[fld], raw) if raw.strip() else None
    try:
        if isinstance(column.type, Boolean):
            lowered = raw.strip().lower()
            if lowered in ("true", "1", "yes", "是"):
                return True
            if lowered in ("false", "0", "no", "否"):
                return False
            raise ValueError(raw)
        if isinstance(column.type, Integer):
            return None if raw.strip() in ("", "null") and column.nullable else int(raw)
    except ValueError:
        raise InvalidActionError(
            f"{raw!r} is not a valid value for {fld}; give a value of the field's type.",
            f"“{raw}”不是字段 {fld} 的有效值，请按该字段的类型填写。",
        ) from None
    if column.nullable and raw == "":
        return None
    python_type = getattr(column.type, "python_type", str)
    if python_type is list:
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            value = None
        if not isinstance(value, list):
            raise InvalidActionError(
                f"{fld} takes a JSON list such as [\"a\", \"b\"].",
                f"字段 {fld} 需要 JSON 列表，例如 [\"a\", \"b\"]。",
            )
        return value
    return raw


def resolve(writer: Writer, cid: str, take: str | None = None,
            value: str | None = None) -> Changed:
    """Settle a conflict with one of its values (`take`, a value id) or a new `value`;
    the resolution is a change made on top of every head (for a broken rule: the
    changes that make the chosen side stand)."""
    if (take is None) == (value is None):
        raise InvalidActionError(
            "Give either a value id to take or a new value, not both.",
            "请指定要采用的值编号或新的值（二选一）。",
        )

    action: list[str] = ["sync.resolve"]

    def build(conn: Connection) -> list[Op]:
        found = find_conflict(conn, cid)
        if found.rule:
            action[0] = RESOLVED_BY_RULE
            state = read_state(conn)
            violation = next(v for v in violations(conn, state) if v.id == cid)
            return fix_ops(conn, state, violation, take, value)
        if take is not None:
            chosen = [v for v in found.values if v.id == take]
            if not chosen:
                ids = ", ".join(v.id for v in found.values)
                raise NotFoundError(
                    f"{take} is not one of the values of conflict {cid}; choose one of {ids}.",
                    f"{take} 不是冲突 {cid} 的值之一；可选：{ids}。",
                )
            new_value = chosen[0].value
        else:
            assert value is not None
            new_value = coerce_value(conn, found.entity, found.field, value)
        return [Set(found.entity, found.entity_id, found.field, new_value)]

    changed = writer.run(lambda: action[0], build)
    if action[0] == RESOLVED_BY_RULE and changed.change_count == 0:
        raise InvalidActionError(
            f"Taking that value changes nothing here, so conflict {cid} stays; choose another "
            "value.",
            f"采用该值不会改变任何内容，冲突 {cid} 仍然存在；请选择另一个值。",
        )
    return changed
