"""Imported records stored once: a content-addressed, compressed part of the journal.

An action that creates archive cases (an import of earlier sessions: a hundred thousand
of them at national scale) writes them as **one** change row, field ``@part``, instead of
one ``@create`` row per case beside its table row. The row's entity id is the SHA-256 of
the records' canonical bytes (one JSON line ``[id, record]`` per record); its value
carries those bytes xz-compressed (base64 in the JSON text, so the row travels through
batches and the office server like any other). The part is immutable: its name proves
its content, and a received part whose bytes do not hash to its name is refused.

Every record of a part is created by the part's change: later changes to a record (the
undo of the import) are made on top of it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import lzma
from collections.abc import Iterable, Iterator
from typing import Any

PART = "@part"
PART_FORMAT = "review-desk-part/1"
# entities whose creations an action writes as a part
PART_ENTITIES = frozenset({"archive"})
_CODEC = "xz"
_CHUNK = 1 << 20
# a part inflates to at most this much (a hostile row must not fill the memory)
MAX_PART_BYTES = 4 << 30

Record = tuple[str, dict[str, Any]]


class PartError(ValueError):
    """A part that cannot be read, or whose content does not match its name."""


def _line(entity_id: str, record: dict[str, Any]) -> bytes:
    return json.dumps([entity_id, record], ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode()


def encode_part(records: Iterable[Record]) -> tuple[str, dict[str, Any]]:
    """(name, value) of the part holding `records`: the name is the SHA-256 of the
    canonical bytes, the value what the change row stores."""
    raw = b"\n".join(_line(entity_id, record) for entity_id, record in records)
    count = raw.count(b"\n") + 1 if raw else 0
    name = hashlib.sha256(raw).hexdigest()
    # preset 1: near the best ratio on Chinese text at a fraction of the time of 6
    data = base64.b64encode(lzma.compress(raw, preset=1)).decode("ascii")
    return name, {"format": PART_FORMAT, "codec": _CODEC, "count": count, "data": data}


def part_problem(name: Any, value: Any) -> str | None:
    """What is wrong with a part's shape (the content is checked by `iter_part`)."""
    if not isinstance(value, dict) or value.get("format") != PART_FORMAT:
        return "a part is not a part of this format (written by a newer Review Desk?)"
    if value.get("codec") != _CODEC or not isinstance(value.get("data"), str):
        return "a part's data is not xz in base64"
    count = value.get("count")
    if not isinstance(count, int) or isinstance(count, bool) or count < 0:
        return "a part's count is not a whole number"
    if not (isinstance(name, str) and len(name) == 64
            and all(ch in "0123456789abcdef" for ch in name)):
        return "a part is not named by its SHA-256"
    return None


def iter_part(name: str, value: Any) -> Iterator[Record]:
    """The records of a part, streamed (a national archive never sits in memory as text
    all at once). Raises PartError when the part is unreadable or does not hash to
    `name`; that is known only at the end, so a caller applies records inside a
    transaction (or reads the whole part first, as validation does)."""
    problem = part_problem(name, value)
    if problem:
        raise PartError(problem)
    try:
        compressed = base64.b64decode(value["data"], validate=True)
    except (binascii.Error, ValueError):
        raise PartError("a part's data is not base64") from None
    inflater = lzma.LZMADecompressor(format=lzma.FORMAT_XZ)
    digest = hashlib.sha256()
    pending = b""
    count = total = position = 0
    while not inflater.eof:
        data = b""
        if inflater.needs_input:
            if position >= len(compressed):
                raise PartError("a part's data is truncated")
            data = compressed[position:position + _CHUNK]
            position += _CHUNK
        try:
            chunk = inflater.decompress(data, _CHUNK)
        except lzma.LZMAError:
            raise PartError("a part's data is not xz") from None
        total += len(chunk)
        if total > MAX_PART_BYTES:
            raise PartError("a part inflates beyond any archive")
        digest.update(chunk)
        *lines, pending = (pending + chunk).split(b"\n")
        if lines:
            records = _records(lines)
            count += len(records)
            yield from records
    if inflater.unused_data or position < len(compressed):
        raise PartError("a part's data runs on after its end")
    if pending:
        count += 1
        yield _record(pending)
    if digest.hexdigest() != name:
        raise PartError("a part's content does not match its name (torn or altered)")
    if count != value["count"]:
        raise PartError("a part holds another number of records than it says")


def _records(lines: list[bytes]) -> list[Record]:
    """Many lines at once (one JSON parse of a megabyte is much faster than a thousand)."""
    try:
        items = json.loads(b"[" + b",".join(lines) + b"]")
    except ValueError:
        raise PartError("a record of a part is not JSON") from None
    return [_checked(item) for item in items]


def _checked(item: Any) -> Record:
    # exact types: JSON gives no subclasses, and this runs for every archived case
    if (type(item) is not list or len(item) != 2 or type(item[0]) is not str
            or type(item[1]) is not dict):
        raise PartError("a record of a part is not [id, record]")
    return item[0], item[1]


def _record(line: bytes) -> Record:
    try:
        item = json.loads(line)
    except ValueError:
        raise PartError("a record of a part is not JSON") from None
    return _checked(item)


def read_part(name: str, value: Any) -> list[Record]:
    """Every record of a part, checked against its name before any is returned."""
    return list(iter_part(name, value))
