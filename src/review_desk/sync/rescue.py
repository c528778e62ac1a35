"""Rescuing the readable journal of a damaged session file into a fresh checkout.

A damaged file is never synced, so its device's last changes may exist nowhere else.
The share's journal rebuilds everything else: `checkout … --rescue DAMAGED` makes a
fresh file from the share, then reads the damaged file's change rows as far as SQLite
can still read them and merges those the fresh file lacks, keeping their ids, clocks
and "made on top of" links, so a disagreement is still a conflict. A device's rows are
taken only as an unbroken run from its first change, so the next sync sends them to
the share under the old device, as that device would have (private notes stay private).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

from review_desk.review.sync_merge import WIRE_COLUMNS, apply_changes
from review_desk.store.engine import connect_raw
from review_desk.store.session_file import SessionStore


@dataclass(frozen=True)
class Rescued:
    """What a rescue took from a damaged file."""

    read: int  # change rows that could be read
    merged: int  # of them, rows the fresh file lacked and took
    left: int  # rows the fresh file lacks but could not take (after a gap)
    unreadable: str  # SQLite's words where reading stopped, or ""


def read_changes(damaged: Path) -> tuple[list[dict[str, Any]], str]:
    """The change rows of a damaged file that can be read, and where reading stopped."""
    columns = (*WIRE_COLUMNS, "local_only")
    rows: list[dict[str, Any]] = []
    stopped = ""
    try:
        conn = connect_raw(damaged, read_only=True, immutable=True)
    except sqlite3.Error as error:
        return [], str(error)
    try:
        # a plain table scan: a damaged index must not hide readable rows
        cursor = conn.execute(f"SELECT {', '.join(columns)} FROM change NOT INDEXED")
        while True:
            try:
                found = cursor.fetchone()
            except sqlite3.DatabaseError as error:
                stopped = str(error)
                break
            if found is None:
                break
            rows.append(dict(zip(columns, found, strict=True)))
    except sqlite3.DatabaseError as error:
        stopped = str(error)
    finally:
        conn.close()
    return rows, stopped


def _held(conn: Connection) -> tuple[set[str], dict[str, set[int]]]:
    ids: set[str] = set()
    seqs: dict[str, set[int]] = defaultdict(set)
    for change_id, device, seq in conn.execute(text("SELECT id, device, seq FROM change")):
        ids.add(str(change_id))
        seqs[str(device)].add(int(seq))
    return ids, seqs


def rescue(store: SessionStore, damaged: Path) -> Rescued:
    """Merge the readable, unbroken journal of `damaged` into the open `store`."""
    rows, stopped = read_changes(damaged)
    with store.writing() as conn:
        ids, seqs = _held(conn)
        missing = [r for r in rows if str(r["id"]) not in ids]
        by_device: dict[str, dict[int, dict[str, Any]]] = defaultdict(dict)
        for row in missing:
            by_device[str(row["device"])][int(row["seq"])] = row
        taken: list[dict[str, Any]] = []
        for device, offered in by_device.items():
            seq = 1
            while seq in seqs[device] or seq in offered:
                if seq in offered:
                    taken.append(offered[seq])
                seq += 1
        taken.sort(key=lambda r: (str(r["hlc"]), str(r["device"]), int(r["seq"])))
        if taken:
            apply_changes(conn, taken)
            private = [str(r["id"]) for r in taken if r["local_only"]]
            if private:
                # merged like any change; they stay this device's, never sent
                conn.execute(text("UPDATE change SET local_only = 1 WHERE id IN"
                                  " (SELECT value FROM json_each(:ids))"),
                             {"ids": json.dumps(private)})
    return Rescued(len(rows), len(taken), len(missing) - len(taken), stopped)
