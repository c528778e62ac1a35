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
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Connection, Table, insert, select, text, update

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


# the JSON text of a JSON column (as json.dumps(value, ensure_ascii=False) writes it)
_JSON_COLUMN = json.JSONEncoder(ensure_ascii=False)


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


def row_builder(entity: str) -> Callable[[dict[str, JSONValue]], list[Any]]:
    """The function turning a record (with its "id") into the values of its table row,
    in column order: missing fields take their defaults, JSON columns become text."""
    columns = _columns(entity)
    json_columns = _json_columns(entity)
    defaults = {name: field_default(entity, name) for name in columns if name != "id"}
    encode = _JSON_COLUMN.encode
    as_json = [i for i, name in enumerate(columns) if name in json_columns]

    def build(record: dict[str, JSONValue]) -> list[Any]:
        full = {**defaults, **record}
        values = [full[name] for name in columns]
        for i in as_json:
            value = values[i]
            values[i] = "[]" if value == [] else encode(value)  # most lists are empty
        return values

    return build


def apply_creates(conn: Connection, entity: str, records: list[dict[str, JSONValue]]) -> None:
    """Insert new records (each has an "id"); missing fields take their defaults."""
    if not records:
        return
    columns = _columns(entity)
    build = row_builder(entity)
    rows = [build(record) for record in records]
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


# (stage, done, total): "records" created, then "fields" set
Progress = Callable[[str, int, int], None]


def creation_count(conn: Connection) -> int:
    """How many records the journal creates (a part says how many it holds)."""
    return int(conn.execute(text(
        "SELECT coalesce(sum(CASE WHEN field = :c THEN 1"
        " ELSE json_extract(value, '$.count') END), 0) FROM change WHERE field IN (:c, :p)"),
        {"c": CREATE, "p": PART}).scalar() or 0)


def journal_creations(conn: Connection) -> Iterator[tuple[str, str, dict[str, JSONValue]]]:
    """(entity, id, record) of every record the journal creates, oldest first."""
    return _creations(_journal_rows(conn, True))


def journal_field_changes(conn: Connection) -> Iterator[JournalRow]:
    """Every change that sets a field, oldest first."""
    return _journal_rows(conn, False)


def rebuild(conn: Connection, on_progress: Progress | None = None) -> None:
    """Make the projected tables and the heads exactly what the journal alone says
    (`projection_rebuild`: computed in memory, only differing rows written)."""
    from review_desk.review.projection_rebuild import rebuild_tables

    rebuild_tables(conn, on_progress)


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
