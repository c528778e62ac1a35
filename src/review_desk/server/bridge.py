"""The bridge: mirror a share and an office server both ways, for offices that stay
offline.

Share → server: every batch on the share whose range the server does not cover becomes a
chunk (same rows, same requirements). Server → share: every chunk whose rows the share's
batches do not hold becomes a batch, written as a device would (temporary name, read
back, renamed without replacing). Both ways are idempotent: a batch's name is the hash of
its bytes, and the server keeps the first copy of a (device, seq) row. It runs as the
secretariat's role, which may relay any device's rows.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from psycopg import sql

from review_desk.review.sync_merge import WIRE_COLUMNS
from review_desk.server import coverage
from review_desk.server.chunks import Piece
from review_desk.server.connection import server_errors
from review_desk.server.errors import ServerRefusedError
from review_desk.server.remote import ServerRemote
from review_desk.server.schema import SCHEMA
from review_desk.sync.batches import CHANGES_DIR, BadBatchError, decode, digest, encode
from review_desk.sync.errors import NothingToCheckOutError, ShareUnreachableError
from review_desk.sync.protocol import (
    SESSION_FILE,
    SetAside,
    claim_share,
    list_share,
    set_aside,
    share_session,
)
from review_desk.sync.transport import Transport

BRIDGE_ID = "bridge"  # names the bridge's temporary files on the share


@dataclass
class BridgePass:
    """What one mirror pass did."""

    to_server: int = 0  # batches copied to the server
    to_share: int = 0  # chunks written to the share
    rows_to_server: int = 0
    rows_to_share: int = 0
    set_aside: list[SetAside] = field(default_factory=list)


def _session(transport: Transport, remote: ServerRemote) -> str:
    """The session both sides hold (claiming an empty side for the other's)."""
    on_share, on_server = share_session(transport), remote.session()
    session = on_server or on_share
    if session is None:
        raise NothingToCheckOutError(
            "Neither the share nor the server holds a session yet; sync the session file to "
            "one of them first.",
            "共享位置和服务器中都还没有会议数据；请先把会议文件同步到其中之一。",
        )
    claim_share(transport, session, create=True)
    remote.claim(session, create=True)
    return session


def share_to_server(transport: Transport, remote: ServerRemote, session: str,
                    result: BridgePass) -> None:
    """Copy the share's batches that the server lacks."""
    listing = list_share(transport, BRIDGE_ID)
    on_server = remote.chunk_ranges({d: 0 for d in listing.batches})
    pieces: list[Piece] = []
    for device, names in sorted(listing.batches.items()):
        for name in sorted(names, key=lambda n: n.first):
            if not coverage.missing([(name.first, name.last)], on_server.get(device, [])):
                continue
            try:
                batch = decode(name, transport.read(name.path), session)
            except BadBatchError as error:
                result.set_aside.append(set_aside(transport, name.path, str(error)))
                continue
            pieces.append((device, name.first, name.last, list(batch.rows),
                           list(batch.requires)))
            on_server[device] = coverage.merged(
                [*on_server.get(device, []), (name.first, name.last)])
    if pieces:
        remote.insert_chunks(pieces)
    result.to_server += len(pieces)
    result.rows_to_server += sum(len(p[3]) for p in pieces)


def _server_chunks(remote: ServerRemote) -> list[tuple[str, int, int, str]]:
    with server_errors(remote.location), remote.conn.cursor() as cur:
        cur.execute(sql.SQL("SELECT device, first, last, requires FROM {}.chunk"
                            " ORDER BY device, first").format(sql.Identifier(SCHEMA)))
        return [(str(d), int(a), int(b), str(r)) for d, a, b, r in cur.fetchall()]


def _server_rows(remote: ServerRemote, device: str, first: int, last: int
                 ) -> list[dict[str, Any]]:
    cols = ", ".join(WIRE_COLUMNS)
    with server_errors(remote.location), remote.conn.cursor() as cur:
        cur.execute(sql.SQL(f"SELECT {cols} FROM {{}}.change WHERE device = %s AND seq"
                            " BETWEEN %s AND %s ORDER BY seq").format(sql.Identifier(SCHEMA)),
                    (device, first, last))
        return [dict(zip(WIRE_COLUMNS, r, strict=True)) for r in cur.fetchall()]


def server_to_share(transport: Transport, remote: ServerRemote, session: str,
                    result: BridgePass) -> None:
    """Write the server's chunks that the share lacks as batches."""
    listing = list_share(transport, BRIDGE_ID)
    for path in listing.my_temps:
        transport.remove(path)
    on_share: dict[str, coverage.Ranges] = defaultdict(list)
    for device, names in listing.batches.items():
        on_share[device] = coverage.merged((n.first, n.last) for n in names)
    for device, first, last, requires in _server_chunks(remote):
        if not coverage.missing([(first, last)], on_share.get(device, [])):
            continue
        rows = _server_rows(remote, device, first, last)
        held = on_share.get(device, [])
        if not rows or all(not coverage.missing([(r["seq"], r["seq"])], held) for r in rows):
            continue
        name, data = encode(session, device, rows, json.loads(requires))
        folder = f"{CHANGES_DIR}/{device}"
        temp = f"{folder}/.tmp-{BRIDGE_ID}-{uuid.uuid4().hex[:12]}.part"
        transport.makedirs(folder)
        transport.write_temp(temp, data)
        if digest(transport.read(temp)) != name.digest:
            transport.remove(temp)
            raise ShareUnreachableError(
                f"A batch written to {transport.describe()} read back differently; the share "
                "may be failing. Run the bridge again.",
                f"写入 {transport.describe()} 的数据读回时不一致，共享位置可能有故障；请重新运行。",
            )
        if not transport.rename_new(temp, name.path):
            transport.remove(temp)  # the very same batch is there already
        on_share[device] = coverage.merged([*held, (name.first, name.last)])
        result.to_share += 1
        result.rows_to_share += len(rows)


def mirror(transport: Transport, remote: ServerRemote) -> BridgePass:
    """One mirror pass, share → server then server → share."""
    if not remote.is_secretariat():
        raise ServerRefusedError(
            f"The bridge relays every reviewer's changes; run it as the secretariat's role "
            f"(the one that ran `server init`), not {remote.location.user}.",
            f"桥接会转发所有审查员的修改，须以提案办角色（运行 server init 的角色）运行，"
            f"而不是 {remote.location.user}。",
        )
    result = BridgePass()
    session = _session(transport, remote)
    share_to_server(transport, remote, session, result)
    server_to_share(transport, remote, session, result)
    return result


def migrate_share(transport: Transport, remote: ServerRemote) -> BridgePass:
    """Upload every batch on a share to the server once (a session moving mid-way)."""
    try:
        result = BridgePass()
        if SESSION_FILE in transport.list_dir(""):
            session = _session(transport, remote)
            share_to_server(transport, remote, session, result)
        return result
    finally:
        transport.close()


def watch(transport: Transport, remote: ServerRemote, listen: Any, stop: threading.Event,
          poll_s: float = 5.0, report: Any = None) -> None:
    """Mirror until `stop` is set: at once when the server announces a change
    (`listen(timeout)` returns True), else every `poll_s` seconds for the share."""
    while not stop.is_set():
        done = mirror(transport, remote)
        if report is not None:
            report(done)
        listen(poll_s)
