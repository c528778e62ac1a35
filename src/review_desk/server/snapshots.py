"""Snapshots on the office server: stored zlib-compressed, streamed both ways.

A row's `data` is the consolidated session file compressed with zlib (level 6: a national
file shrinks about 3.4 times; lzma saves a fifth to a third more but publishes 5 to 30
times slower and unpacks 4 times slower, see `benchmarks/server_bench.py`). Rows
published before compression hold the file itself; the first bytes tell which (a session
file starts with SQLite's header, a zlib stream with 0x78), so a server upgraded in place
keeps serving its old generations without a schema change.

`sha256` is always the hash of the session file itself, the bytes a checkout writes: it
checks the decompressed result end to end, and a program from before compression (which
hashes the stored bytes) sees a compressed row as torn and passes over it rather than
writing zlib bytes as a session file.

Neither way holds a whole copy in memory: publishing compresses to a temporary file, then
streams it in a binary COPY; fetching reads the row in slices, inflating as it goes.
"""

from __future__ import annotations

import hashlib
import os
import struct
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg import sql

from review_desk.server.connection import server_errors
from review_desk.server.errors import ServerRefusedError
from review_desk.server.schema import SCHEMA
from review_desk.store.session_file import SessionStore
from review_desk.sync.location import ServerLocation
from review_desk.sync.protocol import SetAside
from review_desk.sync.snapshot import Fetched, Published, consolidated_copy

LEVEL = 6
PIECE = 1 << 22  # bytes read, sent or inflated at a time
SQLITE_HEADER = b"SQLite format 3\x00"
TORN = "torn or altered snapshot"

_S = sql.Identifier(SCHEMA)
# binary COPY: signature, flags, header extension length; one tuple; the trailer
_COPY_HEAD = b"PGCOPY\n\xff\r\n\x00" + struct.pack("!ii", 0, 0)
_COPY_TAIL = struct.pack("!h", -1)


def is_compressed(head: bytes) -> bool:
    """Whether a row's first bytes start a zlib stream (else: a plain session file)."""
    return (len(head) >= 2 and head[0] & 0x0F == 8 and head[0] >> 4 <= 7
            and (head[0] << 8 | head[1]) % 31 == 0)


def compress_file(source: Path, target: Path) -> str:
    """Write `source` zlib-compressed to `target`; the sha256 of `source`."""
    digest = hashlib.sha256()
    packer = zlib.compressobj(LEVEL)
    with source.open("rb") as src, target.open("wb") as dst:
        while piece := src.read(PIECE):
            digest.update(piece)
            dst.write(packer.compress(piece))
        dst.write(packer.flush())
    return digest.hexdigest()


def _copy_row(generation: int, sha: str, changes: int, size: int) -> bytes:
    """The binary COPY header and one tuple up to the data's bytes."""
    digest = sha.encode()
    return (_COPY_HEAD + struct.pack("!h", 4)
            + struct.pack("!ii", 4, generation)
            + struct.pack("!i", len(digest)) + digest
            + struct.pack("!iq", 8, changes)
            + struct.pack("!i", size))


def publish(conn: psycopg.Connection[Any], location: ServerLocation, store: SessionStore
            ) -> Published:
    """Store a consolidated, compressed copy of `store` as the next generation."""
    with tempfile.TemporaryDirectory(prefix="review-desk-publish-") as tmp:
        copy, packed = Path(tmp) / "snapshot.rdesk", Path(tmp) / "snapshot.rdesk.z"
        changes = consolidated_copy(store.path, copy)
        sha = compress_file(copy, packed)
        copy.unlink()
        size = packed.stat().st_size
        for _ in range(50):
            try:
                with server_errors(location), conn.transaction(), conn.cursor() as cur:
                    # publishers of this program wait for each other; older ones may race
                    cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))",
                                (f"{SCHEMA}.publish",))
                    cur.execute(sql.SQL("SELECT coalesce(max(generation), 0) + 1"
                                        " FROM {}.snapshot").format(_S))
                    row = cur.fetchone()
                    assert row is not None
                    generation = int(row[0])
                    with cur.copy(sql.SQL(
                            "COPY {}.snapshot (generation, sha256, changes, data)"
                            " FROM STDIN (FORMAT BINARY)").format(_S)) as out, \
                            packed.open("rb") as src:
                        out.write(_copy_row(generation, sha, changes, size))
                        while piece := src.read(PIECE):
                            out.write(piece)
                        out.write(_COPY_TAIL)
                return Published(generation, f"{location.url()}#snapshot={generation}",
                                 size, changes)
            except pg_errors.UniqueViolation:
                continue  # a publisher of an older program took this generation first
    raise ServerRefusedError("Too many snapshots are being published at once; publish "
                             "again later.", "同时发布快照的人太多；请稍后再发布。")


def _pieces(cur: psycopg.Cursor[Any], generation: int, length: int) -> Iterator[bytes]:
    for start in range(1, length + 1, PIECE):
        cur.execute(sql.SQL("SELECT substring(data FROM %s FOR %s) FROM {}.snapshot"
                            " WHERE generation = %s").format(_S),
                    (start, PIECE, generation), binary=True)
        row = cur.fetchone()
        if row is None:
            return
        yield bytes(row[0])


def _write(cur: psycopg.Cursor[Any], generation: int, target: Path) -> str | None:
    """Write one generation's session file to `target`; its sha256, None if unreadable."""
    cur.execute(sql.SQL("SELECT length(data), substring(data FROM 1 FOR 2) FROM {}.snapshot"
                        " WHERE generation = %s").format(_S), (generation,), binary=True)
    row = cur.fetchone()
    if row is None:
        return None
    length, head = int(row[0]), bytes(row[1])
    digest = hashlib.sha256()
    with target.open("wb") as handle:
        if not is_compressed(head):
            # a row from before compression: PostgreSQL compressed it itself, so slices
            # would each unpack it from the start; it comes in one piece, as it always did
            cur.execute(sql.SQL("SELECT data FROM {}.snapshot WHERE generation = %s")
                        .format(_S), (generation,), binary=True)
            whole = cur.fetchone()
            data = bytes(whole[0]) if whole else b""
            digest.update(data)
            handle.write(data)
        else:
            inflater = zlib.decompressobj()
            try:
                for piece in _pieces(cur, generation, length):
                    while piece and not inflater.eof:
                        out = inflater.decompress(piece, PIECE)
                        digest.update(out)
                        handle.write(out)
                        piece = inflater.unconsumed_tail
                    if piece:
                        return None  # bytes after the end of the stream
                out = inflater.flush()
            except zlib.error:
                return None
            digest.update(out)
            handle.write(out)
            if not inflater.eof or inflater.unused_data:
                return None
        handle.flush()
        os.fsync(handle.fileno())
    return digest.hexdigest()


def fetch(conn: psycopg.Connection[Any], location: ServerLocation, target: Path) -> Fetched:
    """Write the newest sound snapshot to `target` (generation 0: there is none)."""
    with server_errors(location), conn.cursor() as cur:
        cur.execute(sql.SQL("SELECT generation, sha256 FROM {}.snapshot"
                            " ORDER BY generation DESC").format(_S))
        listed = cur.fetchall()
    fetched = Fetched(0)
    for generation, sha in listed:
        # one snapshot of the row for all its slices, even if it is deleted meanwhile
        with server_errors(location), conn.transaction(), conn.cursor() as cur:
            cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            written = _write(cur, int(generation), target)
        if written != sha:
            fetched.set_aside.append(SetAside(f"{location.url()}#snapshot={generation}",
                                              TORN, None))
            continue
        fetched.generation = int(generation)
        return fetched
    return fetched
