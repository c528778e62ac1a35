"""A server chunk's rows: cut from this file's journal for a push, checked and packed as
they arrive on a pull."""

from __future__ import annotations

import json
from collections import defaultdict, deque
from typing import Any

from sqlalchemy import Connection, text

from review_desk.review.sync_merge import WIRE_COLUMNS
from review_desk.sync.batches import BATCH_ROWS, Batch, BatchName, RowPacker, dependencies
from review_desk.sync.validation import InvalidRowsError, check_requires, check_rows

# (device, first, last, rows, requires): one chunk to insert
Piece = tuple[str, int, int, list[dict[str, Any]], list[str]]


class Incoming:
    """One chunk of a pull while its rows arrive in sequence order: each row is checked
    like a share batch's (`sync.validation`) and packed at once, so a pull holds no more
    rows decoded than the page it reads. A chunk with a bad row keeps the reason."""

    def __init__(self, position: int, cid: int, device: str, first: int, last: int,
                 requires: object) -> None:
        self.position = position  # in the order the server listed the chunks
        self.name = BatchName(device, first, last, 1, f"{cid:032x}")
        self.problem: str | None = None
        self._needs: tuple[str, ...] = ()
        self._seen: set[str] = set()
        self._packer: RowPacker | None = RowPacker()
        try:
            self._needs = check_requires(json.loads(str(requires)))
        except ValueError:
            self._spoil("unreadable requirements")

    def _spoil(self, problem: str) -> None:
        self.problem, self._packer = problem, None

    def add(self, row: dict[str, Any]) -> None:
        """Check and pack one row of the chunk's device and range."""
        if self._packer is None:
            return
        try:
            check_rows([row], self._seen, len(self._seen) + 1)
        except InvalidRowsError as error:
            self._spoil(str(error))
            return
        self._packer.add(row)

    def batch(self) -> Batch:
        """The chunk as a batch to merge (a chunk with no problem, once complete)."""
        assert self._packer is not None
        name = self.name
        count = max(len(self._seen), 1)
        return self._packer.batch(
            BatchName(name.device, name.first, name.last, count, name.digest), self._needs)


class ChunkStream:
    """Hands rows read from the server (grouped by device, in sequence order) to the
    chunks whose range holds them, and gives back each chunk once no later row can
    belong to it. Rows are never kept here."""

    def __init__(self, chunks: list[Incoming]) -> None:
        self._waiting: dict[str, deque[Incoming]] = defaultdict(deque)
        for chunk in sorted(chunks, key=lambda c: (c.name.first, c.name.digest)):
            self._waiting[chunk.name.device].append(chunk)
        self._device: str | None = None
        self._open: list[Incoming] = []
        self._finished_devices: set[str] = set()

    def _end_device(self) -> list[Incoming]:
        done, self._open = self._open, []
        if self._device is not None:
            done += self._waiting.pop(self._device, ())
            self._finished_devices.add(self._device)
        return done

    def feed(self, rows: list[dict[str, Any]]) -> list[Incoming]:
        """Take a page of rows; the chunks it completed."""
        done: list[Incoming] = []
        for row in rows:
            device, seq = str(row["device"]), int(row["seq"])
            if device != self._device:
                if device in self._finished_devices:  # a chunk would miss rows
                    raise RuntimeError("the server's rows are not grouped by device")
                done += self._end_device()
                self._device = device
            queue = self._waiting.get(device)
            while queue and queue[0].name.first <= seq:
                self._open.append(queue.popleft())
            done += [c for c in self._open if c.name.last < seq]
            self._open = [c for c in self._open if c.name.last >= seq]
            for chunk in self._open:
                chunk.add(row)
        return done

    def close(self) -> list[Incoming]:
        """Every chunk not given back yet: no more rows come."""
        done = self._end_device()
        for queue in self._waiting.values():
            done += queue
        self._waiting.clear()
        return done


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
