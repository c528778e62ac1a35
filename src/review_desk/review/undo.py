"""Undo and redo: new changes that restore earlier values; the journal never shrinks."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from review_desk.errors import NothingToUndoError
from review_desk.review.journal import Changed, Op, Set
from review_desk.review.journal_lookup import FieldLookup
from review_desk.review.journal_parts import PART, iter_part
from review_desk.review.pacing import pace
from review_desk.review.projection import CREATE, field_default
from review_desk.review.writer import Writer

PROGRESS_EVERY = 100  # changes between two progress reports


@dataclass(frozen=True)
class UndoState:
    """What the Edit menu shows: the actions undo and redo would take back or repeat, and
    how many proposals undo would take away (an import's: the window names the count)."""

    undo: str | None
    redo: str | None
    undo_removes_proposals: int = 0


def _earlier_changes(conn: Connection, ids: list[str]) -> dict[str, Any]:
    """The change rows of these ids, read at once (an action's parents)."""
    rows = conn.execute(
        text("SELECT id, hlc, device, seq, field, value, entity_id FROM change WHERE id IN"
             " (SELECT value FROM json_each(:ids))"), {"ids": json.dumps(sorted(set(ids)))})
    return {str(row.id): row for row in rows}


def _value_of(change: Any, entity: str, field: str, entity_id: str = "") -> Any:
    """The value a change (a row of `_earlier_changes`, or None) gave the field."""
    if change is None:
        return field_default(entity, field)
    value = json.loads(change.value)
    if change.field == PART:
        return next((record.get(field, field_default(entity, field))
                     for record_id, record in iter_part(str(change.entity_id), value)
                     if record_id == entity_id), field_default(entity, field))
    if change.field == CREATE:
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


def _restore(conn: Connection, earlier: dict[str, Any], entity: str, entity_id: str,
             field: str, parents: list[str], local: bool) -> list[Op]:
    """The changes that bring a field back to what it was before a change made on top of
    `parents`: their value, or, when they disagreed (the change settled a conflict),
    the conflict itself: one change per earlier value, each on top of the field's
    current heads, the value shown before written last so it is shown again."""
    if not parents:
        return [Set(entity, entity_id, field, field_default(entity, field), local)]
    rows = [earlier[p] for p in dict.fromkeys(parents) if p in earlier]
    ordered = sorted(rows, key=lambda r: (r.hlc, r.device, r.seq))
    values: dict[str, Any] = {}
    for r in ordered:  # one change per value, in the order of its latest head
        value = _value_of(r, entity, field, entity_id)
        values.pop(json.dumps(value, sort_keys=True), None)
        values[json.dumps(value, sort_keys=True)] = value
    if len(values) <= 1:
        previous = next(iter(values.values())) if values else _value_of(
            earlier.get(parents[0]), entity, field, entity_id)
        return [Set(entity, entity_id, field, previous, local)]
    heads = conn.execute(
        text("SELECT heads FROM field_head WHERE entity = :e AND entity_id = :i"
             " AND field = :f"), {"e": entity, "i": entity_id, "f": field}).scalar()
    on_top = tuple(json.loads(heads)) if heads else tuple(parents)
    return [Set(entity, entity_id, field, value, local, parents=on_top)
            for value in values.values()]


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
            removes = conn.execute(text(
                "SELECT count(*) FROM change WHERE field = :c AND entity = 'proposal'"
                " AND action_id = (SELECT action_id FROM undo_entry WHERE NOT undone"
                " ORDER BY position DESC LIMIT 1)"), {"c": CREATE}).scalar()
        return UndoState(undo, redo, int(removes or 0))

    def undo(self, progress: Callable[[int, int], None] | None = None) -> Changed:
        """Take back this device's latest action (fields changed since are left alone);
        `progress(done, total)` counts its changes; `(total, total)` once they are built,
        before the write (which counts nothing)."""
        entry: list[Any] = []

        def build(conn: Connection) -> list[Op]:
            row = conn.execute(
                text("SELECT position, action_id, label FROM undo_entry WHERE NOT undone"
                     " ORDER BY position DESC LIMIT 1")).first()
            if row is None:
                raise NothingToUndoError("Nothing to undo.", "没有可撤销的操作。")
            entry.append(row)
            ops: list[Op] = []
            changes = _action_changes(conn, row[1])
            earlier = _earlier_changes(conn, [p for c in changes for p in json.loads(c[5])])
            lookup = FieldLookup(conn, [(c[1], c[2], c[3]) for c in changes
                                        if c[3] not in (CREATE, PART)])
            for done, (cid, entity, entity_id, field, value, parents, local) in enumerate(
                    changes):
                pace()
                if progress is not None and done % PROGRESS_EVERY == 0:
                    progress(done, len(changes))
                if field == CREATE:
                    ops.append(Set(entity, entity_id, "present", False, bool(local)))
                    continue
                if field == PART:  # each record it created, made on top of the part
                    ops += [Set(entity, record_id, "present", False, bool(local),
                                parents=(str(cid),))
                            for record_id, _record in iter_part(entity_id, json.loads(value))]
                    continue
                exists, current = lookup.current((entity, entity_id, field))
                if (current if exists else field_default(entity, field)) != json.loads(value):
                    continue  # changed again since (by a sync, say): keep the newer value
                ops += _restore(conn, earlier, entity, entity_id, field, json.loads(parents),
                                bool(local))
            if progress is not None:
                progress(len(changes), len(changes))  # built: the write follows
            conn.execute(text("UPDATE undo_entry SET undone = 1 WHERE position = :p"),
                         {"p": row[0]})
            return ops

        return self._writer.run(lambda: f"undo:{entry[0][2]}", build, undoable=False)

    def redo(self, progress: Callable[[int, int], None] | None = None) -> Changed:
        """Repeat the action undone last; `progress(done, total)` counts its changes
        (`(total, total)` once they are built, before the write)."""
        entry: list[Any] = []

        def build(conn: Connection) -> list[Op]:
            row = conn.execute(
                text("SELECT position, action_id, label FROM undo_entry WHERE undone"
                     " ORDER BY position LIMIT 1")).first()
            if row is None:
                raise NothingToUndoError("Nothing to redo.", "没有可重做的操作。")
            entry.append(row)
            ops: list[Op] = []
            changes = _action_changes(conn, row[1])
            for done, (_cid, entity, entity_id, field, value, _parents, local) in enumerate(
                    changes):
                pace()
                if progress is not None and done % PROGRESS_EVERY == 0:
                    progress(done, len(changes))
                if field == CREATE:
                    ops.append(Set(entity, entity_id, "present", True, bool(local)))
                elif field == PART:
                    ops += [Set(entity, record_id, "present", True, bool(local))
                            for record_id, _record in iter_part(entity_id, json.loads(value))]
                else:
                    ops.append(Set(entity, entity_id, field, json.loads(value), bool(local)))
            if progress is not None:
                progress(len(changes), len(changes))  # built: the write follows
            conn.execute(text("UPDATE undo_entry SET undone = 0 WHERE position = :p"),
                         {"p": row[0]})
            return ops

        return self._writer.run(lambda: f"redo:{entry[0][2]}", build, undoable=False)
