"""The projection of the journal onto the tables: the only code that writes them.

Three kinds of change exist: a ``@create`` change carries a whole new record; a
``@part`` change carries many new records stored once (`journal_parts`); any other
change sets one field. Set elements (assignments, notes) are never created: their
first field change inserts the row, its keys read from the entity id, so that two
devices adding the same element never collide.
"""

from __future__ import annotations

import functools
import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Connection, Table, delete, insert, select, text, update

from review_desk.models.tables import PROJECTED, PROJECTION_ORDER, Change, FieldHead, table
from review_desk.review.journal_parts import PART, iter_part

CREATE = "@create"
# the fields of changes that create records (whole or many at once)
CREATING = (CREATE, PART)

JSONValue = Any


def _assignment_keys(entity_id: str) -> dict[str, str]:
    proposal_id, _, unit_id = entity_id.partition("/u/")
    return {"proposal_id": proposal_id, "unit_id": unit_id}


def _note_keys(entity_id: str) -> dict[str, str]:
    proposal_id, _, _ = entity_id.partition("/n/")
    return {"proposal_id": proposal_id}


# entities whose rows come into being by their first field change
ELEMENT_KEYS: dict[str, Callable[[str], dict[str, str]]] = {
    "assignment": _assignment_keys,
    "note": _note_keys,
}


def assignment_id(proposal_id: str, unit_id: str) -> str:
    """The entity id of a unit assigned to a proposal."""
    return f"{proposal_id}/u/{unit_id}"


def note_entity_id(proposal_id: str, note_uuid: str) -> str:
    """The entity id of a note on a proposal."""
    return f"{proposal_id}/n/{note_uuid}"


def table_of(entity: str) -> Table:
    """The projected table of a journal entity."""
    try:
        return table(PROJECTED[entity])
    except KeyError:
        raise ValueError(f"unknown journal entity {entity!r}") from None


def field_default(entity: str, field: str) -> JSONValue:
    """The value a field has before anything set it."""
    column = table_of(entity).c[field]
    default = column.default
    if default is None:
        return None
    arg = getattr(default, "arg", None)
    if callable(arg):
        return arg(None) if arg is not list else []
    return arg


@functools.cache
def _columns(entity: str) -> tuple[str, ...]:
    return tuple(column.name for column in table_of(entity).columns)


@functools.cache
def _fields(entity: str) -> frozenset[str]:
    return frozenset(_columns(entity)) - {"id"}


@functools.cache
def _json_columns(entity: str) -> frozenset[str]:
    return frozenset(c.name for c in table_of(entity).columns if isinstance(c.type, JSON))


def check_fields(entity: str, fields: Iterable[str]) -> None:
    """Refuse field names that the entity's table does not have."""
    unknown = set(fields) - _fields(entity)
    if unknown:
        raise ValueError(f"{entity} has no field(s) {sorted(unknown)}")


def apply_creates(conn: Connection, entity: str, records: list[dict[str, JSONValue]]) -> None:
    """Insert new records (each has an "id"); missing fields take their defaults."""
    if not records:
        return
    columns = _columns(entity)
    json_columns = _json_columns(entity)
    defaults = {name: field_default(entity, name) for name in columns if name != "id"}
    rows = []
    for record in records:
        full = {**defaults, **record}
        rows.append(tuple(
            json.dumps(full[name], ensure_ascii=False) if name in json_columns else full[name]
            for name in columns
        ))
    raw = conn.connection.driver_connection
    assert raw is not None
    cursor = raw.cursor()
    cursor.executemany(
        f"INSERT INTO {table_of(entity).name} ({', '.join(columns)})"
        f" VALUES ({', '.join('?' * len(columns))})",
        rows,
    )
    cursor.close()


def apply_set(conn: Connection, entity: str, entity_id: str, field: str, value: JSONValue) -> None:
    """Set one field of one row, inserting a set element's row first if needed."""
    target = table_of(entity)
    keys = ELEMENT_KEYS.get(entity)
    if keys is not None:
        exists = conn.execute(select(target.c.id).where(target.c.id == entity_id)).first()
        if exists is None:
            conn.execute(insert(target).values(id=entity_id, **keys(entity_id), **{field: value}))
            return
    conn.execute(update(target).where(target.c.id == entity_id).values({field: value}))


@dataclass(frozen=True)
class JournalRow:
    """A change row as the projection reads it."""

    id: str
    device: str
    seq: int
    hlc: str
    entity: str
    entity_id: str
    field: str
    value: JSONValue
    parents: tuple[str, ...]


def head_winner(rows: list[JournalRow]) -> JournalRow:
    """The head shown when several conflict: the latest clock, then the device id."""
    return max(rows, key=lambda row: (row.hlc, row.device, row.seq))


def field_heads(rows: list[JournalRow]) -> list[JournalRow]:
    """The changes of one field that no other change of it was made on top of."""
    covered = {parent for row in rows for parent in row.parents}
    return [row for row in rows if row.id not in covered]


def is_conflict(heads: list[JournalRow]) -> bool:
    """Several heads with different values."""
    return len({json.dumps(h.value, sort_keys=True) for h in heads}) > 1


def _journal_rows(conn: Connection, creates: bool) -> Iterator[JournalRow]:
    """Change rows oldest first: the record creations, or the field changes."""
    c = table(Change).c
    query = (
        select(c.id, c.device, c.seq, c.hlc, c.entity, c.entity_id, c.field, c.value, c.parents)
        .where(c.field.in_(CREATING) if creates else c.field.not_in(CREATING))
        .order_by(c.hlc, c.device, c.seq)
        .execution_options(yield_per=5000)
    )
    for r in conn.execute(query):
        yield JournalRow(r.id, r.device, r.seq, r.hlc, r.entity, r.entity_id, r.field,
                         json.loads(r.value), tuple(json.loads(r.parents)))


def creations(row: JournalRow) -> Iterator[tuple[str, str, dict[str, JSONValue]]]:
    """(entity, id, record) of each record a creating change makes."""
    if row.field == PART:
        for entity_id, record in iter_part(row.entity_id, row.value):
            yield row.entity, entity_id, record
    else:
        yield row.entity, row.entity_id, row.value


def _creations(rows: Iterable[JournalRow]) -> Iterator[tuple[str, str, dict[str, JSONValue]]]:
    for row in rows:
        yield from creations(row)


def read_journal(conn: Connection) -> list[JournalRow]:
    """Every change row, oldest first."""
    rows = [*_journal_rows(conn, True), *_journal_rows(conn, False)]
    rows.sort(key=lambda row: (row.hlc, row.device, row.seq))
    return rows


def rebuild(conn: Connection, on_progress: Callable[[int, int], None] | None = None) -> None:
    """Empty the projected tables and the heads, and fill them again from the journal alone.

    Creations stream through in batches (an import holds a hundred thousand); field
    changes are grouped by field to find each one's heads.
    """
    conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
    for entity in reversed(PROJECTION_ORDER):
        conn.execute(delete(table_of(entity)))
    conn.execute(delete(table(FieldHead)))
    batch: dict[str, list[dict[str, JSONValue]]] = defaultdict(list)
    pending = 0
    for entity, entity_id, record in _creations(_journal_rows(conn, True)):
        batch[entity].append({"id": entity_id, **record})
        pending += 1
        if pending >= 5000:
            for entity, records in batch.items():
                apply_creates(conn, entity, records)
            batch.clear()
            pending = 0
    for entity, records in batch.items():
        apply_creates(conn, entity, records)
    fields: dict[tuple[str, str, str], list[JournalRow]] = defaultdict(list)
    for row in _journal_rows(conn, False):
        fields[(row.entity, row.entity_id, row.field)].append(row)
    head_rows: list[dict[str, Any]] = []
    total = len(fields)
    for done, ((entity, entity_id, field), rows) in enumerate(sorted(fields.items())):
        heads = field_heads(rows)
        apply_set(conn, entity, entity_id, field, head_winner(heads).value)
        head_rows.append({
            "entity": entity, "entity_id": entity_id, "field": field,
            "heads": json.dumps(sorted(h.id for h in heads)),
            "conflict": is_conflict(heads),
        })
        if on_progress is not None and done % 1000 == 0:
            on_progress(done, total)
    if head_rows:
        conn.execute(insert(table(FieldHead)), head_rows)
    mark_rebuilt(conn)


REBUILT_KEY = "rebuilt"


def mark_rebuilt(conn: Connection) -> None:
    """Note that the tables were rewritten wholesale (an open window refreshes all)."""
    conn.execute(
        text("INSERT INTO meta(key, value) VALUES (:k, :v)"
             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        {"k": REBUILT_KEY, "v": uuid.uuid4().hex},
    )


def snapshot(conn: Connection) -> Mapping[str, list[tuple[Any, ...]]]:
    """Every projected row and every head, sorted: what a rebuild must reproduce."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    for entity in PROJECTION_ORDER:
        rows = conn.execute(select(table_of(entity))).all()
        out[entity] = sorted((tuple(r) for r in rows), key=repr)
    heads = conn.execute(select(table(FieldHead))).all()
    out["@heads"] = sorted((tuple(r) for r in heads), key=repr)
    return out
