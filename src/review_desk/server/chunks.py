"""A server chunk's rows: cut from this file's journal for a push, checked on a pull."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, text

from review_desk.review.sync_merge import WIRE_COLUMNS
from review_desk.sync.batches import BATCH_ROWS, dependencies
from review_desk.sync.validation import InvalidRowsError, check_requires, check_rows

# (device, first, last, rows, requires): one chunk to insert
Piece = tuple[str, int, int, list[dict[str, Any]], list[str]]


def verified_requires(device: str, first: int, last: int, rows: list[dict[str, Any]],
              requires: object) -> tuple[str, ...]:
    """A chunk's requirements once its rows are checked like a share batch's
    (`sync.validation`) and belong to its device and range; InvalidRowsError if not."""
    try:
        needs = check_requires(json.loads(str(requires)))
    except ValueError:
        raise InvalidRowsError("unreadable requirements") from None
    for r in rows:
        if r["device"] != device or not first <= int(r["seq"]) <= last:
            raise InvalidRowsError("a change in it does not belong to its device and range")
    check_rows(rows)
    return needs


def cut_pieces(conn: Connection, device: str, first: int, last: int
            ) -> list[Piece]:
    """Chunks for the covered range [first, last] of a device: at most BATCH_ROWS rows
    each, their ranges tiling [first, last]."""
    cols = ", ".join(WIRE_COLUMNS)
    rows = [dict(r._mapping) for r in conn.execute(
        text(f"SELECT {cols} FROM change WHERE device = :d AND seq BETWEEN :a AND :b"
             " AND NOT local_only ORDER BY seq"), {"d": device, "a": first, "b": last})]
    out: list[Piece] = []
    start = first
    for offset in range(0, len(rows), BATCH_ROWS):
        part = rows[offset : offset + BATCH_ROWS]
        end = last if offset + BATCH_ROWS >= len(rows) else int(part[-1]["seq"])
        out.append((device, start, end, part, sorted(dependencies(conn, part))))
        start = end + 1
    return out
