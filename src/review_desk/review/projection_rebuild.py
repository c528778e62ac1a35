"""Rebuilding the tables from the journal: the projection is computed in memory, then
the tables are made equal to it, writing only the rows that differ.

After a rebuild every projected table and every field head hold exactly what the
journal says, as if emptied and filled again; but a file whose tables were right (the
usual case: the secretariat rebuilds when something *looks* wrong) is not rewritten, so
a national session rebuilds in seconds instead of rewriting a hundred megabytes twice
(its WAL, then the file). Values are bound as the incremental write path binds them
(`apply_creates` for records, SQLAlchemy for field changes), so a row rebuilt equals
the row the commands wrote, byte for byte.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import JSON, Boolean, Connection

from review_desk.models.tables import PROJECTION_ORDER
from review_desk.review.projection import (
    ELEMENT_KEYS,
    JournalRow,
    Progress,
    creation_count,
    field_default,
    field_heads,
    head_winner,
    is_conflict,
    journal_creations,
    journal_field_changes,
    mark_rebuilt,
    row_builder,
    table_of,
)

Row = list[Any]
_CHUNK = 500


def _quiet(_stage: str, _done: int, _total: int) -> None:
    return None


@functools.cache
def _index(entity: str) -> dict[str, int]:
    return {column.name: i for i, column in enumerate(table_of(entity).columns)}


@functools.cache
def _set_binder(entity: str, field: str) -> Callable[[Any], Any]:
    """How a field change's value is stored (as SQLAlchemy's update binds it)."""
    kind = table_of(entity).c[field].type
    if isinstance(kind, JSON):
        return json.dumps
    if isinstance(kind, Boolean):
        return lambda value: None if value is None else int(bool(value))
    return lambda value: value


def _element_row(entity: str, entity_id: str) -> Row:
    """A set element's row as its first field change inserts it."""
    keys = ELEMENT_KEYS[entity](entity_id)
    row: Row = []
    for column in table_of(entity).columns:
        name = column.name
        if name == "id":
            row.append(entity_id)
        elif name in keys:
            row.append(keys[name])
        else:
            row.append(_set_binder(entity, name)(field_default(entity, name))
                       if column.default is not None else None)
    return row


def _project(conn: Connection, report: Progress) -> tuple[dict[str, dict[str, Row]],
                                                           dict[tuple[str, str, str], Row]]:
    """Every projected row and every field head, computed from the journal."""
    tables: dict[str, dict[str, Row]] = {entity: {} for entity in PROJECTION_ORDER}
    builders = {entity: row_builder(entity) for entity in PROJECTION_ORDER}
    total = creation_count(conn)
    report("records", 0, total)
    for done, (entity, entity_id, record) in enumerate(journal_creations(conn), start=1):
        tables[entity][entity_id] = builders[entity]({"id": entity_id, **record})
        if done % 5000 == 0:
            report("records", done, total)
    report("records", total, total)
    fields: dict[tuple[str, str, str], list[JournalRow]] = defaultdict(list)
    for row in journal_field_changes(conn):
        fields[(row.entity, row.entity_id, row.field)].append(row)
    heads_out: dict[tuple[str, str, str], Row] = {}
    count = len(fields)
    for i, (key, rows) in enumerate(sorted(fields.items())):
        entity, entity_id, field = key
        heads = field_heads(rows)
        target = tables[entity].get(entity_id)
        if target is None and entity in ELEMENT_KEYS:
            target = tables[entity][entity_id] = _element_row(entity, entity_id)
        if target is not None:
            target[_index(entity)[field]] = _set_binder(entity, field)(
                head_winner(heads).value)
        heads_out[key] = [entity, entity_id, field, json.dumps(sorted(h.id for h in heads)),
                          int(is_conflict(heads))]
        if i % 1000 == 0:
            report("fields", i, count)
    report("fields", count, count)
    return tables, heads_out


def _differences(stored: Iterator[tuple[Any, ...]], wanted: dict[Any, Row],
                 key: Callable[[tuple[Any, ...]], Any]) -> tuple[list[Any], list[Row]]:
    """(keys to delete, rows to write) that make `stored` equal to `wanted` (consumed)."""
    gone: list[Any] = []
    write: list[Row] = []
    for row in stored:
        k = key(row)
        new = wanted.pop(k, None)
        if new is None:
            gone.append(k)
        elif tuple(new) != row:
            gone.append(k)
            write.append(new)
    write.extend(wanted.values())
    return gone, write


def rebuild_tables(conn: Connection, on_progress: Progress | None = None) -> None:
    """Make every projected table and the field heads exactly what the journal says."""
    report = on_progress or _quiet
    conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
    tables, heads = _project(conn, report)
    raw = conn.connection.driver_connection
    assert raw is not None
    cursor = raw.cursor()
    for entity in PROJECTION_ORDER:
        name = table_of(entity).name
        columns = list(_index(entity))
        gone, write = _differences(
            iter(raw.execute(f"SELECT {', '.join(columns)} FROM {name}")),
            tables.pop(entity), lambda row: row[0])
        for start in range(0, len(gone), _CHUNK):
            ids = gone[start:start + _CHUNK]
            cursor.execute(f"DELETE FROM {name} WHERE id IN ({', '.join('?' * len(ids))})",
                           ids)
        cursor.executemany(
            f"INSERT INTO {name} ({', '.join(columns)})"
            f" VALUES ({', '.join('?' * len(columns))})", write)
    gone, write = _differences(
        iter(raw.execute("SELECT entity, entity_id, field, heads, conflict FROM field_head")),
        heads, lambda row: (row[0], row[1], row[2]))
    cursor.executemany(
        "DELETE FROM field_head WHERE entity = ? AND entity_id = ? AND field = ?", gone)
    cursor.executemany(
        "INSERT INTO field_head(entity, entity_id, field, heads, conflict)"
        " VALUES (?, ?, ?, ?, ?)", write)
    cursor.close()
    mark_rebuilt(conn)
