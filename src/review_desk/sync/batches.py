"""Journal batches on the share: naming, encoding, verifying, and their dependencies.

A batch `changes/<device>/<first>-<last>-<count>-<hash>.batch` holds every shareable
change of `device` with a sequence number in [first, last] (private, local-only changes
never leave the device). The name carries the SHA-256 of the bytes, so a torn or
foreign file is recognised, and a re-sent batch has the very same name. `requires`
lists the changes the batch builds on (the fields' earlier heads, the records it edits
or refers to): a device applies a batch only once it holds them all.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, text

from review_desk.models.tables import PROJECTED
from review_desk.review.journal_parts import PART, iter_part
from review_desk.review.projection import CREATE, ELEMENT_KEYS, table_of
from review_desk.review.sync_merge import WIRE_COLUMNS
from review_desk.sync.validation import (
    InvalidRowsError,
    check_requires,
    check_rows,
    rows_from_lists,
)

FORMAT = "review-desk-batch/1"
CHANGES_DIR = "changes"
BATCH_ROWS = 5000
_NAME = re.compile(r"^(\d{10})-(\d{10})-(\d+)-([0-9a-f]{32})\.batch$")
_DEVICE = re.compile(r"^[A-Za-z0-9_]{1,64}$")


@dataclass(frozen=True)
class BatchName:
    """What a batch's file name says."""

    device: str
    first: int
    last: int
    count: int
    digest: str

    @property
    def file(self) -> str:
        """The file name."""
        return f"{self.first:010d}-{self.last:010d}-{self.count}-{self.digest}.batch"

    @property
    def path(self) -> str:
        """The path on the share."""
        return f"{CHANGES_DIR}/{self.device}/{self.file}"


@dataclass(frozen=True)
class Batch:
    """A verified batch: what deciding about it needs (its ids, latest clock reading and
    reviewers) and its rows. A batch read from a share, or a server's chunk packed as
    its rows arrived (`RowPacker`), keeps only its encoded bytes and decodes its rows
    again each time they are asked for: a pull reads every batch before applying any,
    and holding them all decoded would hold the whole journal in memory."""

    name: BatchName
    requires: tuple[str, ...]
    encoded: bytes = field(repr=False)
    ids: tuple[str, ...] = ()
    latest_hlc: str = ""
    reviewers: tuple[str, ...] = ()

    @property
    def rows(self) -> tuple[dict[str, Any], ...]:
        """The batch's change rows (decoded anew from its bytes)."""
        return tuple(rows_from_lists(_body(self.encoded)["rows"]))


def summarise(rows: Iterable[Mapping[str, Any]]) -> tuple[tuple[str, ...], str,
                                                          tuple[str, ...]]:
    """(ids, latest clock reading, sorted reviewers) of checked rows."""
    ids: list[str] = []
    latest = ""
    reviewers: set[str] = set()
    for r in rows:
        ids.append(str(r["id"]))
        latest = max(latest, str(r["hlc"]))
        reviewers.add(str(r["reviewer"]))
    return tuple(ids), latest, tuple(sorted(reviewers))


class RowPacker:
    """A batch's rows packed as they arrive, in the encoded form `Batch.rows` reads (gzip
    JSON), with the summary a Batch keeps; the rows themselves are not held. A server's
    chunks are received this way, a page of rows at a time."""

    def __init__(self) -> None:
        self._zip = zlib.compressobj(1, zlib.DEFLATED, 31)  # wbits 31: a gzip stream
        self._parts = [self._zip.compress(b'{"rows":[')]
        self._ids: list[str] = []
        self._latest = ""
        self._reviewers: set[str] = set()

    def add(self, row: Mapping[str, Any]) -> None:
        """Pack one checked row."""
        data = json.dumps([row[c] for c in WIRE_COLUMNS], ensure_ascii=False,
                          separators=(",", ":")).encode()
        self._parts.append(self._zip.compress(b"," + data if self._ids else data))
        self._ids.append(str(row["id"]))
        self._latest = max(self._latest, str(row["hlc"]))
        self._reviewers.add(str(row["reviewer"]))

    def batch(self, name: BatchName, requires: tuple[str, ...]) -> Batch:
        """The batch of the rows packed (the packer is spent)."""
        data = b"".join([*self._parts, self._zip.compress(b"]}"), self._zip.flush()])
        self._parts = []
        return Batch(name, requires, encoded=data, ids=tuple(self._ids),
                     latest_hlc=self._latest, reviewers=tuple(sorted(self._reviewers)))


class BadBatchError(Exception):
    """A file on the share that is not a sound batch of this session."""


def valid_device(name: str) -> bool:
    """Whether a folder name can be a device id."""
    return bool(_DEVICE.match(name))


def parse_name(device: str, file: str) -> BatchName | None:
    """The batch a file name stands for, or None for a foreign name."""
    found = _NAME.match(file)
    if found is None or not valid_device(device):
        return None
    first, last, count = int(found[1]), int(found[2]), int(found[3])
    if first > last or count < 1:
        return None
    return BatchName(device, first, last, count, found[4])


def digest(data: bytes) -> str:
    """The 32-hex-digit SHA-256 prefix used in names."""
    return hashlib.sha256(data).hexdigest()[:32]


def encode(session: str, device: str, rows: Sequence[Mapping[str, Any]],
           requires: Iterable[str]) -> tuple[BatchName, bytes]:
    """The name and bytes of a batch of one device's changes (sorted by seq)."""
    seqs = [int(r["seq"]) for r in rows]
    body = {
        "format": FORMAT, "session": session, "device": device,
        "first": min(seqs), "last": max(seqs), "requires": sorted(set(requires)),
        "columns": list(WIRE_COLUMNS),
        "rows": [[r[c] for c in WIRE_COLUMNS] for r in rows],
    }
    raw = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    data = gzip.compress(raw.encode(), compresslevel=6, mtime=0)
    return BatchName(device, min(seqs), max(seqs), len(rows), digest(data)), data


def _body(data: bytes) -> Any:
    try:
        return json.loads(gzip.decompress(data))
    except (OSError, EOFError, zlib.error, ValueError) as error:
        raise BadBatchError(f"unreadable ({type(error).__name__})") from None


def decode(name: BatchName, data: bytes, session: str) -> Batch:
    """Verify a batch's bytes against its name and this session; raise BadBatchError.
    The batch keeps `data` only: its decoded rows are dropped once checked."""
    if digest(data) != name.digest:
        raise BadBatchError("the content does not match its hash (torn or altered)")
    body = _body(data)
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise BadBatchError("not a Review Desk batch")
    if body.get("session") != session:
        raise BadBatchError("a batch of another session")
    if (body.get("device"), body.get("first"), body.get("last")) != (
        name.device, name.first, name.last
    ) or body.get("columns") != list(WIRE_COLUMNS):
        raise BadBatchError("its content does not match its name")
    try:
        rows = rows_from_lists(body.get("rows"))
        check_rows(rows)
        requires = check_requires(body.get("requires", []))
    except InvalidRowsError as error:
        raise BadBatchError(str(error)) from None
    if len(rows) != name.count:
        raise BadBatchError("its content does not match its name")
    for r in rows:
        if r["device"] != name.device or not name.first <= r["seq"] <= name.last:
            raise BadBatchError("a change in it does not belong to its device and range")
    ids, latest, reviewers = summarise(rows)
    return Batch(name, requires, encoded=data, ids=ids, latest_hlc=latest,
                 reviewers=reviewers)


# --- dependencies -------------------------------------------------------------------

_ENTITY_OF_TABLE = {model.__tablename__: entity for entity, model in PROJECTED.items()}


def _fk_targets(entity: str) -> dict[str, str]:
    """Foreign-key columns of an entity's table -> the entity they point to."""
    out: dict[str, str] = {}
    for column in table_of(entity).columns:
        for fk in column.foreign_keys:
            target = _ENTITY_OF_TABLE.get(fk.column.table.name)
            if target is not None:
                out[column.name] = target
    return out


_FK: dict[str, dict[str, str]] = {entity: _fk_targets(entity) for entity in PROJECTED}


def dependencies(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> set[str]:
    """The changes outside `rows` that `rows` build on: parents and the creation of
    every record they edit or refer to (local-only changes excluded: they never travel)."""
    deps: set[str] = set()
    records: set[tuple[str, str]] = set()
    for r in rows:
        entity, entity_id, fld = str(r["entity"]), str(r["entity_id"]), str(r["field"])
        deps.update(json.loads(r["parents"]))
        fks = _FK.get(entity, {})
        if fld in (CREATE, PART):
            value = json.loads(r["value"])
            # a part's records one at a time: a national archive never sits in memory
            made = ([value] if fld == CREATE
                    else (record for _id, record in iter_part(entity_id, value)))
            for record in made:
                for column, target in fks.items():
                    if record.get(column):
                        records.add((target, str(record[column])))
            continue
        keys = ELEMENT_KEYS.get(entity)
        if keys is None:
            records.add((entity, entity_id))
        else:
            for column, ref in keys(entity_id).items():
                if column in fks and ref:
                    records.add((fks[column], ref))
        if fld in fks:
            value = json.loads(r["value"])
            if value:
                records.add((fks[fld], str(value)))
    if records:
        ids = sorted({entity_id for _, entity_id in records})
        for start in range(0, len(ids), 500):
            for found in conn.execute(
                text(
                    "SELECT id, entity, entity_id FROM change WHERE field = :c"
                    " AND entity_id IN (SELECT value FROM json_each(:ids))"
                ),
                {"c": CREATE, "ids": json.dumps(ids[start : start + 500])},
            ):
                if (found[1], found[2]) in records:
                    deps.add(str(found[0]))
    deps -= {str(r["id"]) for r in rows}
    if deps:
        local = conn.execute(
            text("SELECT id FROM change WHERE local_only AND id IN"
                 " (SELECT value FROM json_each(:ids))"),
            {"ids": json.dumps(sorted(deps))},
        )
        deps -= {str(x[0]) for x in local}
    return deps
