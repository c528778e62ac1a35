"""Applying received batches so that no batch can stop the others.

Every row was checked before (`sync.validation`), but a batch may still break the file
as a whole: a reference to a record that no batch creates, a constraint of the tables.
The batches are applied together inside a savepoint; when that fails, they are applied
one by one, each in its own savepoint, and the batch at fault is handed back with the
reason so the caller sets it aside. Batches that build on a refused one wait.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from review_desk.review.hlc import HybridClock
from review_desk.review.sync_merge import (
    FieldKey,
    MergeResult,
    apply_changes,
    conflict_flags,
)
from review_desk.sync.batches import Batch

# what a nonsensical batch can raise while it is applied; a full disk or a locked file
# (OperationalError) is not the batch's fault and must reach the person
_BATCH_FAULTS = (IntegrityError, ValueError, TypeError, KeyError)

Violation = tuple[Any, ...]


@dataclass
class Received:
    """What applying a pull's batches did."""

    result: MergeResult = field(default_factory=MergeResult)
    applied: list[Batch] = field(default_factory=list)
    refused: list[tuple[Batch, str]] = field(default_factory=list)
    waiting: list[Batch] = field(default_factory=list)


class _Broken(Exception):
    """The batches left references to records that do not exist."""

    def __init__(self, found: set[Violation]) -> None:
        super().__init__("dangling references")
        self.found = found


@contextlib.contextmanager
def _savepoint(conn: Connection) -> Iterator[None]:
    """A savepoint rolled back on any error; the error itself always goes on (a full
    disk makes SQLite drop the whole transaction, savepoint and all, and that error,
    not a failed rollback, is what the person must see)."""
    nested = conn.begin_nested()
    try:
        yield
    except BaseException:
        with contextlib.suppress(Exception):
            nested.rollback()
        raise
    nested.commit()


def dangling_references(conn: Connection) -> set[Violation]:
    """Rows whose foreign keys point at nothing (SQLite's own check)."""
    return {tuple(r) for r in conn.exec_driver_sql("PRAGMA foreign_key_check")}


def _describe(found: set[Violation]) -> str:
    table, _rowid, parent, _fk = sorted(found, key=repr)[0]
    return f"a change in it refers to a {parent} that does not exist (in {table})"


def _merge_into(total: MergeResult, part: MergeResult) -> None:
    total.received += part.received
    if part.latest_hlc and (total.latest_hlc is None or part.latest_hlc > total.latest_hlc):
        total.latest_hlc = part.latest_hlc
    total.fields |= part.fields
    total.new_conflicts |= part.new_conflicts
    for entity, ids in part.changed.entities.items():
        total.changed.entities.setdefault(entity, set()).update(ids)
    total.changed.fields |= part.changed.fields
    total.changed.change_count += part.changed.change_count


def _apply(conn: Connection, batches: Sequence[Batch], clock: HybridClock | None,
           baseline: set[Violation], before: dict[FieldKey, bool]) -> MergeResult:
    """Apply batches one after the other, each decoded only while it is applied (never
    the whole pull's rows at once); references are checked once all are in. `before`
    keeps each field's conflict state from before the pull, across calls."""
    result = MergeResult()
    for batch in batches:
        rows = batch.rows
        if rows:
            _merge_into(result, apply_changes(conn, rows, clock, before))
        del rows
    found = dangling_references(conn) - baseline
    if found:
        raise _Broken(found)
    return result


def receive(conn: Connection, batches: Sequence[Batch],
            clock: HybridClock | None = None) -> Received:
    """Apply `batches` (in dependency order) inside the caller's transaction."""
    out = Received()
    if not batches:
        return out
    baseline: set[Violation] = set()
    try:
        with _savepoint(conn):
            out.result = _apply(conn, batches, clock, baseline, {})
        out.applied = list(batches)
        return _settled_dropped(conn, out)
    except (_Broken, *_BATCH_FAULTS):
        pass
    baseline = dangling_references(conn)  # a file may hold old ones; they are no batch's
    # one record of the fields' states before the pull for every batch (a rolled-back
    # batch changed none of them), so a conflict settled later is not counted new
    before: dict[FieldKey, bool] = {}
    lost: set[str] = set()
    for batch in batches:
        if lost.intersection(batch.requires):
            out.waiting.append(batch)
            lost.update(batch.ids)
            continue
        try:
            with _savepoint(conn):
                part = _apply(conn, [batch], clock, baseline, before)
        except _Broken as broken:
            out.refused.append((batch, _describe(broken.found)))
        except _BATCH_FAULTS as error:
            out.refused.append((batch, f"it cannot be applied ({_reason(error)})"))
        else:
            _merge_into(out.result, part)
            out.applied.append(batch)
            continue
        lost.update(batch.ids)
    return _settled_dropped(conn, out)


def _settled_dropped(conn: Connection, out: Received) -> Received:
    """Keep as new only the conflicts still open once every batch is in: one batch may
    make a conflict that a later batch of the same pull settles."""
    new = out.result.new_conflicts
    if len(out.applied) > 1 and new:
        flags = conflict_flags(conn, new)
        out.result.new_conflicts = {k for k in new if flags.get(k)}
    return out


def _reason(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error)
    return f"{type(error).__name__}: {text.splitlines()[0][:120]}" if text else type(
        error).__name__
