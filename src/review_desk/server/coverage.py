"""What a session file holds of each device's journal, as ranges of sequence numbers.

A range [first, last] of a device is *covered* when the file holds every shareable change
of that device numbered in it (private changes never travel, so a range may have holes
where they were). Server chunks and share batches each cover their range; the file's own
device covers all it wrote. The version vector sent to the server is, per device, the end
of the covered run that starts at 1 — so rows that commit out of order on the server are
asked for again rather than skipped.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, text

from review_desk.sync import state
from review_desk.sync.batches import parse_name

Ranges = list[tuple[int, int]]


def ensure_table(conn: Connection) -> None:
    """Create the local table of server chunks applied, if the file has none yet."""
    conn.exec_driver_sql(
        "CREATE TABLE IF NOT EXISTS sync_range (device TEXT NOT NULL, first INTEGER NOT NULL,"
        " last INTEGER NOT NULL, PRIMARY KEY (device, first, last))"
    )


def merged(ranges: Iterable[tuple[int, int]]) -> Ranges:
    """Ranges joined where they touch or overlap, sorted."""
    out: Ranges = []
    for first, last in sorted(ranges):
        if out and first <= out[-1][1] + 1:
            if last > out[-1][1]:
                out[-1] = (out[-1][0], last)
        else:
            out.append((first, last))
    return out


def prefix_end(ranges: Ranges) -> int:
    """The end of the covered run starting at 1 (0 when 1 is not covered)."""
    joined = merged(ranges)
    return joined[0][1] if joined and joined[0][0] <= 1 else 0


def missing(wanted: Ranges, have: Ranges) -> Ranges:
    """The parts of `wanted` that `have` does not cover."""
    out: Ranges = []
    cover = merged(have)
    for first, last in merged(wanted):
        start = first
        for a, b in cover:
            if b < start or a > last:
                continue
            if a > start:
                out.append((start, a - 1))
            start = max(start, b + 1)
            if start > last:
                break
        if start <= last:
            out.append((start, last))
    return out


def _journal_prefixes(conn: Connection) -> dict[str, int]:
    """Per device, the end of the gapless run of sequence numbers from 1 that the journal
    holds (a lower bound of what is covered)."""
    out: dict[str, int] = {}
    for device, count, top in conn.execute(
        text("SELECT device, count(*), max(seq) FROM change GROUP BY device")
    ):
        if int(count) == int(top):
            out[str(device)] = int(top)
    ragged = [d for d, in conn.execute(
        text("SELECT device FROM change GROUP BY device HAVING count(*) != max(seq)"))]
    for device in ragged:
        end = conn.execute(
            text("SELECT min(c.seq) FROM change c WHERE c.device = :d AND NOT EXISTS"
                 " (SELECT 1 FROM change n WHERE n.device = c.device AND n.seq = c.seq + 1)"),
            {"d": device},
        ).scalar()
        first = conn.execute(
            text("SELECT 1 FROM change WHERE device = :d AND seq = 1"), {"d": device}
        ).first()
        out[str(device)] = int(end or 0) if first else 0
    return out


def local_coverage(conn: Connection, me: str) -> dict[str, Ranges]:
    """Every device's covered ranges in this file."""
    ensure_table(conn)
    state.ensure_tables(conn)
    found: dict[str, Ranges] = defaultdict(list)
    for device, first, last in conn.execute(text("SELECT device, first, last FROM sync_range")):
        found[str(device)].append((int(first), int(last)))
    for (path,) in conn.execute(text("SELECT path FROM sync_seen")):
        parts = str(path).split("/")
        if len(parts) == 3:
            name = parse_name(parts[1], parts[2])
            if name is not None:
                found[name.device].append((name.first, name.last))
    for device, end in _journal_prefixes(conn).items():
        if end:
            found[device].append((1, end))
    top = conn.execute(text("SELECT max(seq) FROM change WHERE device = :d"), {"d": me}).scalar()
    if top:
        found[me].append((1, int(top)))
    return {device: merged(r) for device, r in found.items()}


def record(conn: Connection, covered: Iterable[tuple[str, int, int]]) -> None:
    """Note server chunks as applied, keeping the table compact."""
    ensure_table(conn)
    by_device: dict[str, Ranges] = defaultdict(list)
    for device, first, last in covered:
        by_device[device].append((first, last))
    for device, new in by_device.items():
        old = [(int(a), int(b)) for a, b in conn.execute(
            text("SELECT first, last FROM sync_range WHERE device = :d"), {"d": device})]
        conn.execute(text("DELETE FROM sync_range WHERE device = :d"), {"d": device})
        conn.execute(
            text("INSERT INTO sync_range (device, first, last) VALUES (:d, :a, :b)"),
            [{"d": device, "a": a, "b": b} for a, b in merged(old + new)],
        )
