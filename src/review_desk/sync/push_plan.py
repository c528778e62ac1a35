"""Which batches a push sends: the changes the share lacks, cut into runs of sequence numbers."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, text

from review_desk.review.sync_merge import WIRE_COLUMNS
from review_desk.sync.batches import BATCH_ROWS

if TYPE_CHECKING:
    from review_desk.sync.protocol import Listing


def _runs(seqs: list[tuple[int, bool]], covered: list[tuple[int, int]]) -> list[list[int]]:
    """Runs of uncovered shareable sequence numbers, split wherever a covered one lies
    between them (so a batch's range holds only its own changes)."""
    runs: list[list[int]] = []
    current: list[int] = []
    intervals = sorted(covered)
    i = 0
    for seq, local_only in seqs:
        while i < len(intervals) and intervals[i][1] < seq:
            i += 1
        is_covered = i < len(intervals) and intervals[i][0] <= seq <= intervals[i][1]
        if is_covered:
            if current:
                runs.append(current)
                current = []
            continue
        if local_only:
            continue
        current.append(seq)
        if len(current) >= BATCH_ROWS:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def plan_push(conn: Connection, me: str, listing: Listing) -> list[tuple[str, list[int]]]:
    """(device, seqs) of the batches to send: this device's changes the share lacks, and
    those of any device whose whole journal this file holds (an earlier identity of a
    moved or copied file, or batches the share lost)."""
    by_device: dict[str, list[tuple[int, bool]]] = defaultdict(list)
    for device, seq, local_only in conn.execute(
        text("SELECT device, seq, local_only FROM change ORDER BY device, seq")
    ):
        by_device[str(device)].append((int(seq), bool(local_only)))
    plan: list[tuple[str, list[int]]] = []
    for device, seqs in sorted(by_device.items(), key=lambda kv: (kv[0] != me, kv[0])):
        complete = seqs[0][0] == 1 and seqs[-1][0] == len(seqs)
        if device != me and not complete:
            continue
        covered = [(b.first, b.last) for b in listing.batches.get(device, [])]
        plan.extend((device, run) for run in _runs(seqs, covered))
    return plan


def batch_rows(conn: Connection, device: str, first: int, last: int) -> list[dict[str, Any]]:
    """The shareable changes of `device` numbered first..last, as sent in a batch."""
    cols = ", ".join(WIRE_COLUMNS)
    result = conn.execute(
        text(f"SELECT {cols} FROM change WHERE device = :d AND seq BETWEEN :a AND :b"
             " AND NOT local_only ORDER BY seq"),
        {"d": device, "a": first, "b": last},
    )
    return [dict(r._mapping) for r in result]
