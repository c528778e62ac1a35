"""The single write path: an action's changes become journal rows and table updates
in one SQLite transaction."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, select, text

from review_desk.models.tables import Change, table
from review_desk.review.hlc import HybridClock
from review_desk.review.journal_lookup import FieldLookup
from review_desk.review.journal_parts import PART, PART_ENTITIES, encode_part
from review_desk.review.pacing import pace
from review_desk.review.projection import (
    CREATE,
    JournalRow,
    apply_creates,
    apply_set,
    check_fields,
    field_heads,
    head_winner,
    is_conflict,
)
from review_desk.store.search_index import refresh_search

# fields whose change alters a proposal's searchable text
SEARCHABLE: dict[str, frozenset[str]] = {
    "proposal": frozenset(
        {"title", "background", "problems", "suggestions", "opinion", "collective_name",
         "suggested_units", "present"}
    ),
    "proposer": frozenset({"name", "sector", "present", "proposal_id"}),
    "assignment": frozenset({"present"}),
}


@dataclass(frozen=True)
class Create:
    """A whole new record."""

    entity: str
    entity_id: str
    record: dict[str, Any]


@dataclass(frozen=True)
class Set:
    """One field set to a value."""

    entity: str
    entity_id: str
    field: str
    value: Any
    local_only: bool = False
    force: bool = False  # written even when the field holds the value (a rule resolution)
    # made on top of exactly these changes (several such Sets of one field in one action
    # leave it with several heads: undo of a resolution brings the conflict back)
    parents: tuple[str, ...] | None = None


Op = Create | Set


@dataclass
class Changed:
    """What an action changed: the UI refreshes exactly this."""

    action_id: str
    action: str
    change_count: int = 0
    entities: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    fields: set[tuple[str, str]] = field(default_factory=set)  # (entity, field)
    # another process rebuilt the tables, or changed more than is worth listing:
    # every view refreshes everything
    everything: bool = False

    @property
    def proposals(self) -> set[str]:
        """Ids of proposals whose own fields changed."""
        return self.entities.get("proposal", set())

    def touches(self, entity: str) -> bool:
        """Whether any row of `entity` changed."""
        return bool(self.entities.get(entity))

    # conflicted fields this action settled by writing over all their values
    cleared_conflicts: set[tuple[str, str, str]] = field(default_factory=set)


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def dumps(value: Any) -> str:
    """The journal's JSON form of a value."""
    return _ENCODER.encode(value)


def proposal_of(entity: str, entity_id: str) -> str | None:
    """The proposal an entity belongs to, from its id."""
    if entity == "proposal":
        return entity_id
    if entity in ("assignment", "note", "proposer"):
        return entity_id.split("/", 1)[0]
    return None


class Journal:
    """Writes actions for one device and reviewer."""

    def __init__(self, device: str, reviewer: str, clock: HybridClock) -> None:
        self.device = device
        self.reviewer = reviewer
        self.clock = clock

    def commit(
        self,
        conn: Connection,
        action: str,
        ops: list[Op],
        undoable: bool = True,
        action_id: str | None = None,
    ) -> Changed:
        """Write `ops` as one action inside the caller's transaction."""
        action_id = action_id or uuid.uuid4().hex
        changed = Changed(action_id, action)
        seq = self._last_seq(conn)
        latest = conn.execute(select(func.max(table(Change).c.hlc))).scalar()
        if latest:
            # another process may have written since we opened: never go back in time
            self.clock.observe(str(latest))
        rows: list[dict[str, Any]] = []
        heads: dict[tuple[str, str, str], str] = {}
        creates: dict[str, list[dict[str, Any]]] = defaultdict(list)
        search_touched: set[str] = set()
        regraph: set[tuple[str, str, str]] = set()
        # creations stored once, as one content-addressed part per entity
        parts: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
        lookup = FieldLookup(conn, ((op.entity, op.entity_id, op.field) for op in ops
                                    if isinstance(op, Set)))

        def row(entity: str, entity_id: str, fld: str, value: Any, parents: list[str],
                local_only: bool) -> str:
            nonlocal seq
            seq += 1
            change_id = f"{self.device}-{seq}"
            rows.append({
                "id": change_id, "device": self.device, "seq": seq, "hlc": self.clock.tick(),
                "reviewer": self.reviewer, "action_id": action_id, "action": action,
                "entity": entity, "entity_id": entity_id, "field": fld, "value": dumps(value),
                "parents": dumps(parents) if parents else "[]", "local_only": local_only,
            })
            return change_id

        for op in ops:
            pace()
            if isinstance(op, Create):
                check_fields(op.entity, op.record)
                if op.entity in PART_ENTITIES:
                    parts[op.entity].append((op.entity_id, op.record))
                else:
                    row(op.entity, op.entity_id, CREATE, op.record, [], False)
                creates[op.entity].append({"id": op.entity_id, **op.record})
                changed.entities.setdefault(op.entity, set()).add(op.entity_id)
                pid = proposal_of(op.entity, op.entity_id)
                if pid is not None:
                    search_touched.add(pid)
                continue
            check_fields(op.entity, [op.field])
            key = (op.entity, op.entity_id, op.field)
            if op.parents is not None and key not in heads and not lookup.has_head(key):
                # the field's first change, made on top of the given ones (the part
                # that created the record): its one head
                heads[key] = row(*key, op.value, list(op.parents), op.local_only)
            elif op.parents is not None:
                row(*key, op.value, list(op.parents), op.local_only)
                regraph.add(key)
            elif key in heads:
                heads[key] = row(*key, op.value, [heads[key]], op.local_only)
            else:
                parents, conflict = lookup.heads(key)
                if not conflict and not op.force and lookup.current(key) == (True, op.value):
                    continue  # already that value: nothing to write
                if conflict:
                    changed.cleared_conflicts.add(key)
                heads[key] = row(*key, op.value, parents, op.local_only)
            changed.entities.setdefault(op.entity, set()).add(op.entity_id)
            changed.fields.add((op.entity, op.field))
            if op.field in SEARCHABLE.get(op.entity, ()):
                pid = proposal_of(op.entity, op.entity_id)
                if pid is not None:
                    search_touched.add(pid)

        for entity, made in sorted(parts.items()):
            name, value = encode_part(made)
            row(entity, name, PART, value, [], False)
        if not rows:
            return changed
        _insert_changes(conn, rows)
        for entity, records in creates.items():
            apply_creates(conn, entity, records)
        values = {(r["entity"], r["entity_id"], r["field"]): r for r in rows}
        for key, change_id in heads.items():
            pace()
            apply_set(conn, *key, json.loads(values[key]["value"]))
            conn.execute(
                text(
                    "INSERT INTO field_head(entity, entity_id, field, heads, conflict)"
                    " VALUES (:e, :i, :f, :h, 0) ON CONFLICT(entity, entity_id, field)"
                    " DO UPDATE SET heads = excluded.heads, conflict = 0"
                ),
                {"e": key[0], "i": key[1], "f": key[2], "h": dumps([change_id])},
            )
        for key in sorted(regraph - set(heads)):
            _project_from_graph(conn, key)
        if search_touched:
            refresh_search(conn, search_touched)
        if undoable:
            conn.execute(text("DELETE FROM undo_entry WHERE undone"))
            conn.execute(
                text("INSERT INTO undo_entry(action_id, label, undone) VALUES (:a, :l, 0)"),
                {"a": action_id, "l": action},
            )
        changed.change_count = len(rows)
        return changed

    def _last_seq(self, conn: Connection) -> int:
        value = conn.execute(
            select(table(Change).c.seq)
            .where(table(Change).c.device == self.device)
            .order_by(table(Change).c.seq.desc())
            .limit(1)
        ).scalar()
        return int(value or 0)


_CHANGE_COLUMNS = ("id", "device", "seq", "hlc", "reviewer", "action_id", "action", "entity",
                   "entity_id", "field", "value", "parents", "local_only")


def _insert_changes(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Append change rows (a plain executemany: imports write a hundred thousand)."""
    raw = conn.connection.driver_connection
    assert raw is not None
    cursor = raw.cursor()
    cursor.executemany(
        f"INSERT INTO change ({', '.join(_CHANGE_COLUMNS)})"
        f" VALUES ({', '.join('?' * len(_CHANGE_COLUMNS))})",
        [tuple(row[name] for name in _CHANGE_COLUMNS) for row in rows],
    )
    cursor.close()


def _project_from_graph(conn: Connection, key: tuple[str, str, str]) -> None:
    """Show and flag one field as its whole change graph says (several heads may remain)."""
    c = table(Change).c
    rows = [
        JournalRow(r.id, r.device, r.seq, r.hlc, r.entity, r.entity_id, r.field,
                   json.loads(r.value), tuple(json.loads(r.parents)))
        for r in conn.execute(
            select(c.id, c.device, c.seq, c.hlc, c.entity, c.entity_id, c.field, c.value,
                   c.parents)
            .where(c.entity == key[0], c.entity_id == key[1], c.field == key[2]))
    ]
    found = field_heads(rows)
    apply_set(conn, *key, head_winner(found).value)
    conn.execute(
        text(
            "INSERT INTO field_head(entity, entity_id, field, heads, conflict)"
            " VALUES (:e, :i, :f, :h, :c) ON CONFLICT(entity, entity_id, field)"
            " DO UPDATE SET heads = excluded.heads, conflict = excluded.conflict"
        ),
        {"e": key[0], "i": key[1], "f": key[2], "h": dumps(sorted(h.id for h in found)),
         "c": is_conflict(found)},
    )
