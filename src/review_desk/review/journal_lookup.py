"""What an action's commit needs to know of the fields it sets, read in a few queries.

A bulk of a thousand proposals sets four thousand fields; asking for each field's heads,
creation and current value one by one was three queries per field (two seconds of a
1,000-proposal bulk, holding the interpreter the window needs). Nothing is written while
an action's changes are built, so reading every field of a group (an entity's field) at
once, when the first of them is asked for, gives the same answers.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, select, text

from review_desk.review.projection import CREATE, table_of

Key = tuple[str, str, str]  # (entity, entity_id, field)
_CHUNK = 500  # ids per IN (…): well under SQLite's limit on bound parameters


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def _marks(count: int) -> str:
    return ", ".join(f":i{n}" for n in range(count))


def _bind(ids: Sequence[str]) -> dict[str, str]:
    return {f"i{n}": value for n, value in enumerate(ids)}


class FieldLookup:
    """Heads, creations and current values of the fields some keys name, by group."""

    def __init__(self, conn: Connection, keys: Iterable[Key]) -> None:
        self._conn = conn
        self._wanted: dict[tuple[str, str], list[str]] = defaultdict(list)
        for entity, entity_id, fld in keys:
            self._wanted[(entity, fld)].append(entity_id)
        self._loaded: set[Key] = set()
        self._heads: dict[Key, tuple[list[str], bool]] = {}
        self._created: dict[tuple[str, str], str] = {}
        self._created_asked: set[tuple[str, str]] = set()
        self._current: dict[Key, object] = {}

    def has_head(self, key: Key) -> bool:
        """Whether the field has a head row."""
        self._load(key)
        return key in self._heads

    def heads(self, key: Key) -> tuple[list[str], bool]:
        """The field's current heads and whether they conflict, or the record's creation
        when no change set the field."""
        self._load(key)
        found = self._heads.get(key)
        if found is not None:
            return found
        created = self._created.get((key[0], key[1]))
        return ([created] if created else []), False

    def current(self, key: Key) -> tuple[bool, object]:
        """(the record exists, the field's value) in the tables."""
        self._load(key)
        if key in self._current:
            return True, self._current[key]
        return False, None

    def _load(self, key: Key) -> None:
        """Read the key's field for it and every announced key of its group not read."""
        if key in self._loaded:
            return
        entity, _, fld = key
        ids = sorted({key[1], *self._wanted.pop((entity, fld), [])})
        self._loaded.update((entity, i, fld) for i in ids)
        for chunk in _chunks(ids):
            binds = {"e": entity, "f": fld, **_bind(chunk)}
            for entity_id, heads, conflict in self._conn.execute(text(
                    "SELECT entity_id, heads, conflict FROM field_head WHERE entity = :e"
                    f" AND field = :f AND entity_id IN ({_marks(len(chunk))})"), binds):
                self._heads[(entity, entity_id, fld)] = (list(json.loads(heads)),
                                                         bool(conflict))
        self._load_created(entity, ids)
        records = table_of(entity)
        for chunk in _chunks(ids):
            for entity_id, value in self._conn.execute(
                    select(records.c.id, records.c[fld]).where(records.c.id.in_(chunk))):
                self._current[(entity, entity_id, fld)] = value

    def _load_created(self, entity: str, ids: Sequence[str]) -> None:
        missing = [i for i in ids if (entity, i) not in self._created_asked]
        self._created_asked.update((entity, i) for i in missing)
        for chunk in _chunks(missing):
            binds = {"e": entity, "c": CREATE, **_bind(chunk)}
            for entity_id, change_id in self._conn.execute(text(
                    "SELECT entity_id, id FROM change WHERE field = :c AND entity = :e"
                    f" AND entity_id IN ({_marks(len(chunk))})"), binds):
                self._created.setdefault((entity, entity_id), str(change_id))
