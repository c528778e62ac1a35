"""Checking change rows received from another device before any of them is applied.

Rows arrive from files on a share or from the office server; whoever wrote them, a row
that makes no sense here (an unknown entity or field, a value or parents that are not
JSON, a short row, a sequence number given as text, a creation without its required
fields, a status no command writes …) must never reach the tables. `row_problem`
names what is wrong with one row; `check_rows` checks a whole batch and raises
`InvalidRowsError` naming the first bad row, so the caller can set the batch aside
with that reason and go on. Nothing here reads the session file.

`reading_ahead_by` measures how far a batch's clock runs ahead of the receiver's clock:
changes more than `FUTURE_BOUND_MS` ahead are held back rather than shown as current.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Integer

from review_desk.models.tables import PROJECTED
from review_desk.models.values import (
    HANDLING_MODES,
    HANDLING_ROLES,
    PROPOSAL_KINDS,
    PROPOSER_ROLES,
    STATUSES,
)
from review_desk.review.journal_parts import PART, PART_ENTITIES, PartError, iter_part
from review_desk.review.projection import CREATE, ELEMENT_KEYS, table_of
from review_desk.review.sync_merge import WIRE_COLUMNS

# a laptop whose clock runs fast by a wrong time zone (China is UTC+8) is tolerated;
# one that is a day or a year ahead would win every conflict and drag every clock along
FUTURE_BOUND_MS = 12 * 3600 * 1000

_DEVICE = re.compile(r"^[A-Za-z0-9_]{1,64}$")
_CHANGE_ID = re.compile(r"^[A-Za-z0-9_]{1,64}-[1-9][0-9]{0,17}$")
_HLC = re.compile(r"^[0-9]{13}\.[0-9]{5}$")
_MAX_TEXT = 200  # ids, names of actions and reviewers

# fields whose values form a closed vocabulary
VOCABULARY: dict[tuple[str, str], tuple[str, ...]] = {
    ("proposal", "status"): STATUSES,
    ("proposal", "handling_mode"): HANDLING_MODES,
    ("proposal", "kind"): PROPOSAL_KINDS,
    ("assignment", "role"): HANDLING_ROLES,
    ("proposer", "role"): PROPOSER_ROLES,
    ("archive", "mode"): HANDLING_MODES,
}


class InvalidRowsError(ValueError):
    """A batch holds a row that makes no sense; the message names it and why."""


def _text(value: Any, limit: int = _MAX_TEXT) -> bool:
    return isinstance(value, str) and 0 < len(value) <= limit


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@functools.cache
def _columns(entity: str) -> dict[str, Column[Any]]:
    return {c.name: c for c in table_of(entity).columns if c.name != "id"}


@functools.cache
def _required(entity: str) -> frozenset[str]:
    """Fields a creation must carry: not nullable and with no default."""
    return frozenset(
        name for name, c in _columns(entity).items()
        if not c.nullable and c.default is None and c.server_default is None
    )


def value_problem(entity: str, field: str, value: Any) -> str | None:
    """What is wrong with a value for one field, or None."""
    column = _columns(entity)[field]
    if value is None:
        return None if column.nullable else f"{entity}.{field} may not be empty"
    kind = column.type
    if isinstance(kind, Boolean):
        ok = isinstance(value, bool)
    elif isinstance(kind, Integer):
        ok = _is_int(value)
    elif isinstance(kind, JSON):
        ok = isinstance(value, list)
    else:
        ok = isinstance(value, str)
    if not ok:
        return f"{entity}.{field} cannot be {type(value).__name__} {str(value)[:40]!r}"
    allowed = VOCABULARY.get((entity, field))
    if allowed is not None and value not in allowed:
        return f"{entity}.{field} cannot be {value!r} (one of {', '.join(allowed)})"
    return None


def _element_problem(entity: str, entity_id: str) -> str | None:
    keys = ELEMENT_KEYS.get(entity)
    if keys is None:
        return None
    if any(not part for part in keys(entity_id).values()) or entity_id.count("/") != 2:
        return f"{entity_id!r} is not the id of a {entity}"
    return None


def _json(text: Any, what: str) -> tuple[Any, str | None]:
    if not isinstance(text, str):
        return None, f"its {what} is {type(text).__name__}, not JSON text"
    try:
        return json.loads(text), None
    except ValueError:
        return None, f"its {what} is not JSON"


def row_problem(row: Mapping[str, Any]) -> str | None:
    """What makes a received change row unusable here, or None when it is sound."""
    missing = [c for c in WIRE_COLUMNS if c not in row]
    if missing:
        return f"it lacks {', '.join(missing)}"
    device, seq = row["device"], row["seq"]
    if not (isinstance(device, str) and _DEVICE.match(device)):
        return f"device {device!r} is not a device id"
    if not _is_int(seq) or seq < 1:
        return f"sequence number {seq!r} is not a whole number from 1"
    if row["id"] != f"{device}-{seq}":
        return f"id {row['id']!r} is not {device}-{seq}"
    if not (isinstance(row["hlc"], str) and _HLC.match(row["hlc"])):
        return f"clock reading {row['hlc']!r} is not a clock reading"
    for name in ("reviewer", "action", "action_id"):
        if not isinstance(row[name], str) or len(row[name]) > _MAX_TEXT:
            return f"its {name} is not a short text"
    entity, entity_id, field = row["entity"], row["entity_id"], row["field"]
    if entity not in PROJECTED:
        return f"unknown entity {str(entity)[:40]!r} (written by a newer Review Desk?)"
    if not _text(entity_id):
        return f"entity id {str(entity_id)[:40]!r} is not a short text"
    problem = _element_problem(entity, entity_id)
    if problem:
        return problem
    parents, problem = _json(row["parents"], "parents")
    if problem:
        return problem
    if not isinstance(parents, list) or not all(
        isinstance(p, str) and _CHANGE_ID.match(p) for p in parents
    ):
        return "its parents are not a list of change ids"
    value, problem = _json(row["value"], "value")
    if problem:
        return problem
    if field == CREATE:
        return _creation_problem(entity, value, parents)
    if field == PART:
        return _part_problem(entity, entity_id, value, parents)
    if not isinstance(field, str) or field not in _columns(entity):
        return f"{entity} has no field {str(field)[:40]!r} (written by a newer Review Desk?)"
    return value_problem(entity, field, value)


def _creation_problem(entity: str, value: Any, parents: list[str]) -> str | None:
    if entity in ELEMENT_KEYS:
        return f"a {entity} is never created whole"
    if parents:
        return "a creation is made on top of nothing"
    if not isinstance(value, dict):
        return f"a {entity} creation is not a record"
    unknown = sorted(set(value) - set(_columns(entity)))
    if unknown:
        return f"{entity} has no field {unknown[0][:40]!r} (written by a newer Review Desk?)"
    lacking = sorted(_required(entity) - set(value))
    if lacking:
        return f"a {entity} creation lacks {', '.join(lacking)}"
    for name, item in value.items():
        problem = value_problem(entity, name, item)
        if problem:
            return problem
    return None


def _part_problem(entity: str, name: str, value: Any, parents: list[str]) -> str | None:
    """What is wrong with a part: its shape, its hash, or any record in it. The records
    are checked as they are inflated and then dropped (a national archive never sits in
    memory whole); an unreadable part, or one that does not hash to its name, is named
    before any of its records, as when the part was read whole first."""
    if entity not in PART_ENTITIES:
        return f"{entity} records are never stored as a part"
    seen: set[str] = set()
    first: str | None = None
    try:
        for record_id, record in iter_part(name, value):
            if first is not None:
                continue  # read on: a damaged part is named before a bad record
            if not _text(record_id) or record_id in seen:
                first = f"a part holds the id {record_id[:40]!r} twice or empty"
                continue
            seen.add(record_id)
            problem = _creation_problem(entity, record, parents)
            if problem:
                first = f"{record_id[:40]}: {problem}"
    except PartError as error:
        return str(error)
    return first


def rows_from_lists(raw: Any, columns: Sequence[str] = WIRE_COLUMNS) -> list[dict[str, Any]]:
    """A batch's rows (lists in `columns` order) as dicts; InvalidRowsError on a bad shape."""
    if not isinstance(raw, list):
        raise InvalidRowsError(f"its rows are {type(raw).__name__}, not a list")
    out: list[dict[str, Any]] = []
    for number, item in enumerate(raw, start=1):
        if not isinstance(item, list) or len(item) != len(columns):
            size = len(item) if isinstance(item, list) else type(item).__name__
            raise InvalidRowsError(
                f"row {number} has {size} values instead of {len(columns)}")
        out.append(dict(zip(columns, item, strict=True)))
    return out


def check_rows(rows: Sequence[Mapping[str, Any]], seen: set[str] | None = None,
               start: int = 1) -> None:
    """Raise InvalidRowsError naming the first row that makes no sense. A batch that
    arrives in parts is checked part by part: `seen` keeps the ids of its rows so far
    (added to here), `start` is the number of the part's first row."""
    seen = set() if seen is None else seen
    for number, row in enumerate(rows, start=start):
        if not isinstance(row, Mapping):
            raise InvalidRowsError(f"row {number} is not a change")
        problem = row_problem(row)
        if problem is None and row["id"] in seen:
            problem = "the same change appears twice"
        if problem is not None:
            change = row.get("id") if isinstance(row.get("id"), str) else "?"
            raise InvalidRowsError(f"row {number} (change {str(change)[:40]}): {problem}")
        seen.add(str(row["id"]))


def check_requires(requires: Any) -> tuple[str, ...]:
    """A batch's list of the changes it builds on, checked."""
    if not isinstance(requires, list) or not all(
        isinstance(r, str) and _CHANGE_ID.match(r) for r in requires
    ):
        raise InvalidRowsError("its list of earlier changes is not a list of change ids")
    return tuple(requires)


def reading_ahead_by(hlc: str, now_ms: int) -> int:
    """How many milliseconds a checked clock reading ("" for none) is ahead of `now_ms`."""
    latest = int(hlc.partition(".")[0]) if hlc else 0
    return max(0, latest - now_ms)
