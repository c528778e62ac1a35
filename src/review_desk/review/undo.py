"""Undo and redo: new changes that restore earlier values; the journal never shrinks."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, text

from review_desk.errors import NothingToUndoError
from review_desk.review.journal import Changed, Op, Set
from review_desk.review.projection import CREATE, field_default, table_of
from review_desk.review.writer import Writer


@dataclass(frozen=True)
class UndoState:
    """What the Edit menu shows: the actions undo and redo would take back or repeat."""

    undo: str | None
    redo: str | None


def _value_of(conn: Connection, change_id: str, entity: str, field: str) -> Any:
    row = conn.execute(
        text("SELECT field, value FROM change WHERE id = :i"), {"i": change_id}
    ).first()
    if row is None:
        return field_default(entity, field)
    value = json.loads(row[1])
    if row[0] == CREATE:
        return value.get(field, field_default(entity, field))
    return value


def _action_changes(conn: Connection, action_id: str) -> list[Any]:
    return list(conn.execute(
        text(
            "SELECT id, entity, entity_id, field, value, parents, local_only FROM change"
            " WHERE action_id = :a ORDER BY seq"
        ),
        {"a": action_id},
    ))


def _current_value(conn: Connection, entity: str, entity_id: str, field: str) -> Any:
    target = table_of(entity)
    row = conn.execute(select(target.c[field]).where(target.c.id == entity_id)).first()
    return row[0] if row is not None else field_default(entity, field)


class Undo:
    """This device's undo stack."""

    def __init__(self, writer: Writer) -> None:
        self._writer = writer

    def state(self) -> UndoState:
        """The labels of the next undo and redo."""
        with self._writer.store.reading() as conn:
            undo = conn.execute(
                text("SELECT label FROM undo_entry WHERE NOT undone ORDER BY position DESC"
                     " LIMIT 1")).scalar()
            redo = conn.execute(
                text("SELECT label FROM undo_entry WHERE undone ORDER BY position LIMIT 1")
            ).scalar()
        return UndoState(undo, redo)

    def undo(self) -> Changed:
        """Take back this device's latest action (fields changed since are left alone)."""
        entry: list[Any] = []

        def build(conn: Connection) -> list[Op]:
            row = conn.execute(
                text("SELECT position, action_id, label FROM undo_entry WHERE NOT undone"
                     " ORDER BY position DESC LIMIT 1")).first()
            if row is None:
                raise NothingToUndoError("Nothing to undo.", "没有可撤销的操作。")
            entry.append(row)
            ops: list[Op] = []
            for _cid, entity, entity_id, field, value, parents, local in _action_changes(
                conn, row[1]
            ):
                if field == CREATE:
                    ops.append(Set(entity, entity_id, "present", False, bool(local)))
                    continue
                if _current_value(conn, entity, entity_id, field) != json.loads(value):
                    continue  # changed again since (by a sync, say): keep the newer value
                before = [_value_of(conn, p, entity, field) for p in json.loads(parents)]
                previous = before[-1] if before else field_default(entity, field)
                ops.append(Set(entity, entity_id, field, previous, bool(local)))
            conn.execute(text("UPDATE undo_entry SET undone = 1 WHERE position = :p"),
                         {"p": row[0]})
            return ops

        return self._writer.run(lambda: f"undo:{entry[0][2]}", build, undoable=False)

    def redo(self) -> Changed:
        """Repeat the action undone last."""
        entry: list[Any] = []

        def build(conn: Connection) -> list[Op]:
            row = conn.execute(
                text("SELECT position, action_id, label FROM undo_entry WHERE undone"
                     " ORDER BY position LIMIT 1")).first()
            if row is None:
                raise NothingToUndoError("Nothing to redo.", "没有可重做的操作。")
            entry.append(row)
            ops: list[Op] = []
            for _cid, entity, entity_id, field, value, _parents, local in _action_changes(
                conn, row[1]
            ):
                if field == CREATE:
                    ops.append(Set(entity, entity_id, "present", True, bool(local)))
                else:
                    ops.append(Set(entity, entity_id, field, json.loads(value), bool(local)))
            conn.execute(text("UPDATE undo_entry SET undone = 0 WHERE position = :p"),
                         {"p": row[0]})
            return ops

        return self._writer.run(lambda: f"redo:{entry[0][2]}", build, undoable=False)
