"""A session's journal on the office server: push, pull, snapshots.

Pushing sends, per device this role may write, the covered ranges the server lacks as
chunks (a chunk says: every shareable change of this device in [first, last] is here),
rows inserted with `ON CONFLICT (device, seq) DO NOTHING`, all in one transaction.
Pulling sends the file's version vector (per device, how far it holds everything) and
receives every chunk ending beyond it, in one repeatable-read snapshot: its rows come a
page at a time (a server-side cursor) and are checked and packed (compressed) as they
arrive, so a pull holds a page of rows decoded, never the journal. Chunks are then
applied like share batches, one after the other in one transaction, once the changes
they build on are held.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import Connection, text

from review_desk.review.hlc import HybridClock
from review_desk.review.sync_merge import WIRE_COLUMNS, MergeResult
from review_desk.server import coverage, snapshots
from review_desk.server.chunks import ChunkStream, Incoming, Piece, cut_pieces
from review_desk.server.connection import connect, server_errors
from review_desk.server.errors import ServerRefusedError
from review_desk.server.schema import SCHEMA
from review_desk.store.session_file import SessionStore
from review_desk.sync import state
from review_desk.sync.batches import Batch, BatchName
from review_desk.sync.errors import NothingToCheckOutError, WrongShareError
from review_desk.sync.faults import step
from review_desk.sync.location import ServerLocation
from review_desk.sync.protocol import (
    Cancel,
    Progress,
    SetAside,
    SyncSummary,
    _check_cancel,
    merge_batches,
)
from review_desk.sync.snapshot import Fetched, Published

# every step a sync with the server passes, in order; the crash tests enumerate these
SERVER_STEPS: tuple[str, ...] = (
    "server.connected",       # the server answered and its session was checked
    "server.pull.fetched",    # the chunks beyond the version vector were read
    "server.pull.merging",    # inside the merge transaction, before it commits
    "server.pull.committed",  # the merge committed
    "server.push.sending",    # the chunks are inserted, the server transaction not committed
    "server.push.committed",  # the server committed them
    "server.push.recorded",   # the session noted how far the server holds its changes
    "server.done",
)

_Q = sql.Identifier(SCHEMA)
# rows read from the server at a time on a pull (a national journal is 19,000 rows)
PAGE_ROWS = 1000
# meta: f"{HINT_KEY}.{server_id}.{device}", how far the server holds a device (a hint)
HINT_KEY = "sync.server_upto"


def _noop(_stage: str, _done: int, _total: int) -> None:
    return None


def _sql(template: str) -> sql.Composed:
    return sql.SQL(template).format(s=_Q)


def _wire_row(values: tuple[Any, ...]) -> dict[str, Any]:
    """A change row read from the server, as a dict of its wire columns."""
    return dict(zip(WIRE_COLUMNS, values, strict=True))


class ServerRemote:
    """One session's journal on an office server, reached as one role."""

    def __init__(self, location: ServerLocation, password: str,
                 connection: Callable[[], psycopg.Connection[Any]] | None = None) -> None:
        self.location = location
        self.conn = connection() if connection else connect(location, password)
        self._server_id: str | None = None

    # --- identity -------------------------------------------------------------------

    def describe(self) -> str:
        """The server's address (no password)."""
        return self.location.url()

    def _meta(self, key: str) -> str | None:
        with server_errors(self.location), self.conn.cursor() as cur:
            cur.execute(_sql("SELECT value FROM {s}.meta WHERE key = %s"), (key,))
            row = cur.fetchone()
        return None if row is None else str(row[0])

    def server_id(self) -> str:
        """The id `server init` gave this database (a reset server gets a new one)."""
        if self._server_id is None:
            self._server_id = self._meta("server_id") or ""
        return self._server_id

    def session(self) -> str | None:
        """The session id the server holds, or None for a new server."""
        return self._meta("session")

    def is_secretariat(self) -> bool:
        """Whether this role owns the schema (manages devices, publishes, relays)."""
        with server_errors(self.location), self.conn.cursor() as cur:
            cur.execute("SELECT pg_has_role(current_user, nspowner, 'USAGE')"
                        " FROM pg_namespace WHERE nspname = %s", (SCHEMA,))
            row = cur.fetchone()
        return bool(row and row[0])

    def claim(self, session: str, create: bool) -> None:
        """Check the server holds this session (putting it there first if `create`)."""
        found = self.session()
        if found is None and create and self.is_secretariat():
            with server_errors(self.location), self.conn.cursor() as cur:
                cur.execute(_sql("INSERT INTO {s}.meta (key, value) VALUES ('session', %s)"
                                 " ON CONFLICT DO NOTHING"), (session,))
            found = self.session()
        if found is None:
            raise NothingToCheckOutError(
                f"{self.describe()} holds no session yet; the secretariat puts one there with "
                "`review-desk sync FILE --to URL`.",
                f"{self.describe()} 中还没有会议数据；提案办可用 `review-desk sync FILE --to URL` "
                "上传。",
            )
        if found != session:
            raise WrongShareError(
                f"{self.describe()} holds another session's record; choose the server of this "
                "session.",
                f"{self.describe()} 中是另一次会议的数据；请选择本次会议的服务器。",
            )

    # --- pull -----------------------------------------------------------------------

    def _receive(self, vector: dict[str, int], have: dict[str, coverage.Ranges],
                 summary: SyncSummary, report: Progress, cancel: Cancel | None
                 ) -> tuple[list[Batch], list[tuple[str, int, int]]]:
        """Read every chunk beyond `vector` that this file does not cover, in one
        repeatable-read snapshot, its rows PAGE_ROWS at a time through a server-side
        cursor, each row checked and packed as it comes: (sound chunks as batches, in the
        server's order; the ranges of chunks set aside)."""
        devices, uptos = list(vector), [vector[d] for d in vector]
        sound: dict[int, Batch] = {}
        bad: list[tuple[str, int, int]] = []
        with server_errors(self.location), self.conn.transaction(), \
                self.conn.cursor() as cur:
            cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cur.execute(_sql(
                "SELECT k.id, k.device, k.first, k.last, k.requires FROM {s}.chunk k"
                " LEFT JOIN unnest(%s::text[], %s::bigint[]) AS v(device, upto)"
                " ON v.device = k.device WHERE k.last > coalesce(v.upto, 0)"
                " ORDER BY k.device, k.first, k.id"), (devices, uptos))
            chunks = [Incoming(n, int(cid), str(device), int(first), int(last), requires)
                      for n, (cid, device, first, last, requires) in enumerate(cur)
                      if coverage.missing([(int(first), int(last))],
                                          have.get(str(device), []))]
            wanted = sorted({c.name.device for c in chunks})
            if not wanted:
                return [], []

            def finish(done: list[Incoming]) -> None:
                for chunk in done:
                    _check_cancel(cancel)
                    name = chunk.name
                    if chunk.problem is None:
                        sound[chunk.position] = chunk.batch()
                    else:
                        bad.append((name.device, name.first, name.last))
                        summary.set_aside.append(
                            SetAside(self._chunk_path(name), chunk.problem, None))
                    report("receive", len(sound) + len(bad), len(chunks))

            stream = ChunkStream(chunks)
            cols = ", ".join(f"c.{c}" for c in WIRE_COLUMNS)
            with self.conn.cursor(name="review_desk_pull") as rows:
                rows.execute(_sql(
                    f"SELECT {cols} FROM unnest(%s::text[], %s::bigint[]) AS v(device, upto)"
                    " JOIN LATERAL (SELECT * FROM {s}.change c WHERE c.device = v.device"
                    " AND c.seq > v.upto) c ON true ORDER BY c.device, c.seq"),
                    (wanted, [vector.get(d, 0) for d in wanted]))
                while True:
                    _check_cancel(cancel)
                    page = [_wire_row(r) for r in rows.fetchmany(PAGE_ROWS)]
                    if not page:
                        break
                    finish(stream.feed(page))
                    del page  # the next page is read with no row of this one held
            finish(stream.close())
        return [sound[n] for n in sorted(sound)], bad

    def pull(self, store: SessionStore, clock: HybridClock, summary: SyncSummary,
             progress: Progress | None = None, cancel: Cancel | None = None) -> MergeResult:
        """Receive every chunk beyond this file's version vector and merge what is ready."""
        report = progress or _noop
        with store.writing() as conn:
            me = store.device_id(conn)
            have = coverage.local_coverage(conn, me)
        vector = {d: coverage.prefix_end(r) for d, r in have.items()}
        batches, bad = self._receive(vector, have, summary, report, cancel)
        step("server.pull.fetched")

        def record(conn: Connection, applied: list[Batch]) -> None:
            coverage.record(conn, [(b.name.device, b.name.first, b.name.last)
                                   for b in applied] + bad)

        received = merge_batches(store, clock, batches, summary, record,
                                 "server.pull.merging")
        step("server.pull.committed")
        if received.refused:
            # a chunk cannot be moved aside on the server: this file notes it as seen
            with store.writing() as conn:
                coverage.record(conn, [(b.name.device, b.name.first, b.name.last)
                                       for b, _ in received.refused])
            summary.set_aside.extend(SetAside(self._chunk_path(b.name), reason, None)
                                     for b, reason in received.refused)
        return received.result

    def _chunk_path(self, name: BatchName) -> str:
        return f"{self.describe()}#chunk={int(name.digest, 16)}"

    # --- push -----------------------------------------------------------------------

    def _writable(self, me: str, candidates: list[str]) -> list[str]:
        """The devices among `candidates` this role may append to (claiming its own)."""
        if self.is_secretariat():
            with server_errors(self.location), self.conn.cursor() as cur:
                cur.execute(_sql("INSERT INTO {s}.device (device, role) VALUES"
                                 " (%s, current_user) ON CONFLICT DO NOTHING"), (me,))
            return candidates
        with server_errors(self.location), self.conn.cursor() as cur:
            cur.execute(_sql("SELECT {s}.claim_device(%s)"), (me,))
            row = cur.fetchone()
            if not (row and row[0]):
                raise ServerRefusedError(
                    f"This computer's device {me} is registered to another reviewer on "
                    f"{self.describe()}; ask the secretariat.",
                    f"本机设备 {me} 在服务器上登记给了另一位审查员；请联系提案办。",
                )
            cur.execute(_sql("SELECT device FROM {s}.device WHERE role = current_user"))
            mine = {str(r[0]) for r in cur.fetchall()}
        return [d for d in candidates if d in mine]

    def chunk_ranges(self, hints: dict[str, int]) -> dict[str, coverage.Ranges]:
        """Per device, the ranges the server covers beyond each hint (plus [1, hint])."""
        devices = list(hints)
        with server_errors(self.location), self.conn.cursor() as cur:
            cur.execute(_sql(
                "SELECT k.device, k.first, k.last FROM {s}.chunk k"
                " JOIN unnest(%s::text[], %s::bigint[]) AS v(device, upto)"
                " ON v.device = k.device WHERE k.last > v.upto"),
                (devices, [hints[d] for d in devices]))
            found: dict[str, coverage.Ranges] = defaultdict(list)
            for device, first, last in cur.fetchall():
                found[str(device)].append((int(first), int(last)))
        for device, upto in hints.items():
            if upto:
                found[device].append((1, upto))
        return {d: coverage.merged(r) for d, r in found.items()}

    def push(self, store: SessionStore, summary: SyncSummary,
             progress: Progress | None = None, cancel: Cancel | None = None) -> None:
        """Send every covered range of a writable device that the server lacks."""
        report = progress or _noop
        with store.writing() as conn:
            me = store.device_id(conn)
            have = coverage.local_coverage(conn, me)
        sid = self.server_id()
        devices = self._writable(me, sorted(have))
        with store.reading() as conn:
            hints = {d: int(state.get_meta(conn, f"{HINT_KEY}.{sid}.{d}") or 0)
                     for d in devices}
        on_server = self.chunk_ranges(hints)
        pieces: list[Piece] = []
        with store.reading() as conn:
            for device in devices:
                for first, last in coverage.missing(have[device], on_server.get(device, [])):
                    pieces.extend(cut_pieces(conn, device, first, last))
        _check_cancel(cancel)
        if pieces:
            self.insert_chunks(pieces)
            step("server.push.committed")
        for device, first, last, rows, _ in pieces:
            on_server[device] = coverage.merged([*on_server.get(device, []), (first, last)])
            summary.sent += len(rows)
            summary.sent_batches += 1
        report("send", len(pieces), len(pieces))
        with store.writing() as conn:
            for device in devices:
                end = coverage.prefix_end(on_server.get(device, []))
                if end > hints.get(device, 0):
                    state.set_meta(conn, f"{HINT_KEY}.{sid}.{device}", str(end))
            mine = coverage.prefix_end(on_server.get(me, []))
            key = f"{state.PUSHED_KEY}.{me}"
            if mine > int(state.get_meta(conn, key) or 0):
                state.set_meta(conn, key, str(mine))
        step("server.push.recorded")

    def insert_chunks(self, pieces: list[Piece]) -> None:
        """Insert chunks and their rows in one transaction (rows already there are kept)."""
        others = [c for c in WIRE_COLUMNS if c not in ("device", "seq")]
        arrays = ", ".join(f"%s::{'bigint' if c == 'seq' else 'text'}[]"
                           for c in ("seq", *others))
        insert_rows = _sql(
            f"INSERT INTO {{s}}.change (chunk, device, seq, {', '.join(others)})"
            " SELECT %s, %s, t.seq, "
            + ", ".join(f"t.{c}" for c in others)
            + f" FROM unnest({arrays}) AS t(seq, {', '.join(others)})"
            " ON CONFLICT (device, seq) DO NOTHING")
        with server_errors(self.location), self.conn.transaction(), \
                self.conn.cursor() as cur:
            for device, first, last, rows, requires in pieces:
                cur.execute(_sql("INSERT INTO {s}.chunk (device, first, last, requires)"
                                 " VALUES (%s, %s, %s, %s) RETURNING id"),
                            (device, first, last, json.dumps(sorted(requires))))
                row = cur.fetchone()
                assert row is not None
                columns: list[list[Any]] = [[int(r["seq"]) for r in rows]]
                columns += [[str(r[c]) for r in rows] for c in others]
                cur.execute(insert_rows, (row[0], device, *columns))
            step("server.push.sending")

    # --- whole syncs, snapshots -----------------------------------------------------

    def sync(self, store: SessionStore, clock: HybridClock, create: bool,
             progress: Progress | None = None, cancel: Cancel | None = None) -> SyncSummary:
        """Pull, then push."""
        with store.reading() as conn:
            session = state.session_id(conn)
        self.claim(session, create)  # a refused sync has written nothing locally
        with store.writing() as conn:
            state.ensure_tables(conn)
        step("server.connected")
        summary = SyncSummary(share=self.describe())
        self.pull(store, clock, summary, progress, cancel)
        self.push(store, summary, progress, cancel)
        with store.reading() as conn:
            summary.conflicts = int(conn.execute(
                text("SELECT count(*) FROM field_head WHERE conflict")).scalar() or 0)
        step("server.done")
        return summary

    def publish(self, store: SessionStore) -> Published:
        """Store a consolidated copy of this file as the next snapshot generation."""
        return snapshots.publish(self.conn, self.location, store)

    def fetch_snapshot(self, target: Path) -> Fetched:
        """Download the newest sound snapshot to `target` (generation 0: there is none)."""
        return snapshots.fetch(self.conn, self.location, target)

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

