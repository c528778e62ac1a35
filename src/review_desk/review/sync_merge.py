"""Merging changes received from other devices into the journal and the tables.

Received change rows are appended to the journal as they are; the projection of every
field they touch is then recomputed from that field's whole change graph (the same rule
`projection.rebuild` uses), so the result does not depend on the order in which
changes arrive. A field with several heads of different values is a conflict: every
value stays in the journal, the deterministic winner is shown, and the field is flagged
until a person resolves it (`review.conflicts`) with a change made on top of all heads.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, insert, select, text

from review_desk.models.tables import PROJECTION_ORDER, Change, table
from review_desk.review.hlc import HybridClock
from review_desk.review.journal import SEARCHABLE, Changed, proposal_of
from review_desk.review.journal_parts import PART, Record, iter_part
from review_desk.review.projection import (
    CREATE,
    ELEMENT_KEYS,
    JournalRow,
    apply_creates,
    apply_set,
    field_heads,
    head_winner,
    is_conflict,
    table_of,
)
from review_desk.store.search_index import refresh_search

# the columns of a change row as it travels between devices (local_only never travels)
WIRE_COLUMNS: tuple[str, ...] = (
    "id", "device", "seq", "hlc", "reviewer", "action_id", "action",
    "entity", "entity_id", "field", "value", "parents",
)

_CHUNK = 500
_CREATE_CHUNK = 5000  # records of a part inserted at once

FieldKey = tuple[str, str, str]


@dataclass
class MergeResult:
    """What one merge did."""

    received: int = 0
    latest_hlc: str | None = None
    fields: set[FieldKey] = field(default_factory=set)
    new_conflicts: set[FieldKey] = field(default_factory=set)
    changed: Changed = field(default_factory=lambda: Changed("sync", "sync"))


def chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def present_ids(conn: Connection, ids: Iterable[str]) -> set[str]:
    """Those of `ids` that the journal holds already."""
    wanted = sorted(set(ids))
    found: set[str] = set()
    for part in chunks(wanted):
        found.update(
            str(r[0]) for r in conn.execute(
                text("SELECT id FROM change WHERE id IN (SELECT value FROM json_each(:ids))"),
                {"ids": json.dumps(list(part))},
            )
        )
    return found


def _rows_of_fields(conn: Connection, keys: set[FieldKey]) -> dict[FieldKey, list[JournalRow]]:
    """Every change of the given fields, read in bulk by entity id."""
    out: dict[FieldKey, list[JournalRow]] = defaultdict(list)
    entity_ids = sorted({k[1] for k in keys})
    for part in chunks(entity_ids):
        result = conn.execute(
            text(
                "SELECT id, device, seq, hlc, entity, entity_id, field, value, parents"
                " FROM change WHERE entity_id IN (SELECT value FROM json_each(:ids))"
                " AND field NOT IN (:create, :part)"
            ),
            {"ids": json.dumps(list(part)), "create": CREATE, "part": PART},
        )
        for r in result:
            key = (r.entity, r.entity_id, r.field)
            if key in keys:
                out[key].append(JournalRow(
                    r.id, r.device, r.seq, r.hlc, r.entity, r.entity_id, r.field,
                    json.loads(r.value), tuple(json.loads(r.parents)),
                ))
    return out


def _fields_of_entities(conn: Connection, created: set[tuple[str, str]]) -> set[FieldKey]:
    """Every field that some change set on these records."""
    keys: set[FieldKey] = set()
    ids = sorted({entity_id for _, entity_id in created})
    for part in chunks(ids):
        for r in conn.execute(
            text(
                "SELECT DISTINCT entity, entity_id, field FROM change"
                " WHERE entity_id IN (SELECT value FROM json_each(:ids))"
                " AND field NOT IN (:create, :part)"
            ),
            {"ids": json.dumps(list(part)), "create": CREATE, "part": PART},
        ):
            if (r[0], r[1]) in created:
                keys.add((str(r[0]), str(r[1]), str(r[2])))
    return keys


def _existing_records(conn: Connection, entity: str, ids: list[str]) -> set[str]:
    target = table_of(entity)
    found: set[str] = set()
    for part in chunks(ids):
        found.update(
            str(r[0]) for r in conn.execute(select(target.c.id).where(target.c.id.in_(part)))
        )
    return found


def conflict_flags(conn: Connection, keys: set[FieldKey]) -> dict[FieldKey, bool]:
    """The conflict flag of those fields that have a head."""
    out: dict[FieldKey, bool] = {}
    ids = sorted({k[1] for k in keys})
    for part in chunks(ids):
        for r in conn.execute(
            text(
                "SELECT entity, entity_id, field, conflict FROM field_head"
                " WHERE entity_id IN (SELECT value FROM json_each(:ids))"
            ),
            {"ids": json.dumps(list(part))},
        ):
            key = (str(r[0]), str(r[1]), str(r[2]))
            if key in keys:
                out[key] = bool(r[3])
    return out


def _insert_changes(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    """Append received rows to the journal, a bounded number per statement."""
    for start in range(0, len(rows), _CHUNK):
        conn.execute(insert(table(Change)), [
            {c: r[c] for c in WIRE_COLUMNS} | {"local_only": False}
            for r in rows[start : start + _CHUNK]
        ])


def _part_records(rows: Iterable[Mapping[str, Any]]) -> Iterator[list[Record]]:
    """The records of parts, streamed in lists of at most _CREATE_CHUNK (a national
    archive is never in memory whole; the rows were checked, and a part that fails its
    hash now raises PartError inside the caller's transaction)."""
    out: list[Record] = []
    for r in rows:
        for record in iter_part(str(r["entity_id"]), json.loads(r["value"])):
            out.append(record)
            if len(out) >= _CREATE_CHUNK:
                yield out
                out = []
    if out:
        yield out


def _create(conn: Connection, entity: str, records: dict[str, dict[str, Any]],
            created: set[tuple[str, str]]) -> None:
    """Insert those of `records` (id -> record with its id) the table lacks."""
    existing = _existing_records(conn, entity, sorted(records))
    apply_creates(conn, entity, [v for k, v in records.items() if k not in existing])
    created.update((entity, k) for k in records if k not in existing)


def apply_changes(
    conn: Connection, rows: Sequence[Mapping[str, Any]], clock: HybridClock | None = None,
    before: dict[FieldKey, bool] | None = None,
) -> MergeResult:
    """Apply change rows received from other devices, inside the caller's transaction.

    Rows whose id the journal holds already are skipped, so applying the same rows
    twice, or in any order, gives the same tables. A merge applied in several calls
    passes one `before` to all of them: the conflict flag of each field before the first
    call, so that `new_conflicts` says what the whole merge made new (the caller keeps
    those still in conflict at the end).
    """
    result = MergeResult()
    known = present_ids(conn, (str(r["id"]) for r in rows))
    fresh: dict[str, Mapping[str, Any]] = {}
    for r in rows:
        rid = str(r["id"])
        if rid not in known and rid not in fresh:
            fresh[rid] = r
    if not fresh:
        return result
    conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
    new_rows = list(fresh.values())
    _insert_changes(conn, new_rows)
    result.received = len(new_rows)
    result.latest_hlc = max(str(r["hlc"]) for r in new_rows)
    if clock is not None:
        clock.observe(result.latest_hlc)

    creates: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    parts: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    keys: set[FieldKey] = set()
    search: set[str] = set()
    for r in new_rows:
        entity, entity_id, fld = str(r["entity"]), str(r["entity_id"]), str(r["field"])
        if fld == PART:
            parts[entity].append(r)
            continue
        result.changed.entities.setdefault(entity, set()).add(entity_id)
        if fld == CREATE:
            creates[entity][entity_id] = {"id": entity_id, **json.loads(r["value"])}
        else:
            keys.add((entity, entity_id, fld))
            result.changed.fields.add((entity, fld))
        if fld == CREATE or fld in SEARCHABLE.get(entity, ()):
            pid = proposal_of(entity, entity_id)
            if pid is not None:
                search.add(pid)

    created: set[tuple[str, str]] = set()
    for entity in PROJECTION_ORDER:
        if creates.get(entity):
            _create(conn, entity, creates[entity], created)
        for records in _part_records(parts.get(entity, [])):
            result.changed.entities.setdefault(entity, set()).update(k for k, _ in records)
            # a record of a part made already (by this merge too) stays as it is
            _create(conn, entity, {k: {"id": k, **v} for k, v in records}, created)
    # a record created now may have field changes that arrived before its creation
    keys |= _fields_of_entities(conn, created)

    if before is None:
        before = {}
    unknown = {k for k in keys if k not in before}
    flags = conflict_flags(conn, unknown)
    before.update({k: flags.get(k, False) for k in unknown})
    head_rows: list[dict[str, Any]] = []
    for key, field_rows in sorted(_rows_of_fields(conn, keys).items()):
        heads = field_heads(field_rows)
        apply_set(conn, *key, head_winner(heads).value)
        conflict = is_conflict(heads)
        if conflict and not before[key]:
            result.new_conflicts.add(key)
        head_rows.append({
            "e": key[0], "i": key[1], "f": key[2],
            "h": json.dumps(sorted(h.id for h in heads)), "c": conflict,
        })
    if head_rows:
        conn.execute(
            text(
                "INSERT INTO field_head(entity, entity_id, field, heads, conflict)"
                " VALUES (:e, :i, :f, :h, :c) ON CONFLICT(entity, entity_id, field)"
                " DO UPDATE SET heads = excluded.heads, conflict = excluded.conflict"
            ),
            head_rows,
        )
    result.fields = keys
    for part in chunks(sorted(search)):  # a bounded number of documents at once
        refresh_search(conn, part)
    result.changed.change_count = result.received
    return result


def element_keys(entity: str, entity_id: str) -> dict[str, str]:
    """The key columns of a set element read from its id (empty for other entities)."""
    keys = ELEMENT_KEYS.get(entity)
    return keys(entity_id) if keys is not None else {}
