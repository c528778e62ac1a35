"""Consolidated snapshots of the master on the share, and checking a session out.

A snapshot is a copy of a session file with every private change removed, uploaded
under a unique name and committed by creating `snapshots/<generation>.gz.manifest.json`
exclusively: a snapshot without a manifest does not exist for readers. It is a
convenience for fresh laptops; the change batches remain the record. It is stored
gzip-compressed (`"encoding": "gzip"` in the manifest; the hash is of the stored bytes):
a national session moves a third of its size over the share.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import os
import sqlite3
import tempfile
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from review_desk.errors import FileExistsError_
from review_desk.review.projection import rebuild
from review_desk.store.device import forget_device
from review_desk.store.engine import make_engine
from review_desk.store.file_install import SetAside as Leftover
from review_desk.store.file_install import check_replaceable, install
from review_desk.store.search_index import update_search
from review_desk.store.session_file import SessionStore, create_session_file
from review_desk.store.sqlite_errors import folder_writable, read_only
from review_desk.sync import state
from review_desk.sync.errors import ShareUnreachableError
from review_desk.sync.protocol import SetAside, set_aside
from review_desk.sync.transport import Transport

SNAPSHOT_DIR = "snapshots"
DATA_DIR = f"{SNAPSHOT_DIR}/data"
MANIFEST_FORMAT = "review-desk-snapshot/1"
_MAX_RACES = 50


@dataclass
class Published:
    """A snapshot that was published."""

    generation: int
    path: str
    size: int
    changes: int


@dataclass
class Fetched:
    """The snapshot a checkout started from (generation 0: none, batches only)."""

    generation: int
    set_aside: list[SetAside] = field(default_factory=list)
    # leftover journals of an earlier file at the checkout's path, moved out of the way
    leftovers: list[Leftover] = field(default_factory=list)


# A compressed snapshot's manifest is `N.gz.manifest.json`: the schema-3 program takes
# every `N.manifest.json` for a plain session file (it would write the gzip bytes as the
# file and stop with "file is not a database"), and does not see this name.
_MANIFEST_TAILS = ("gz.manifest.json", "manifest.json")


def _manifests(transport: Transport) -> list[tuple[int, str]]:
    """Every snapshot manifest, both kinds, newest generation first."""
    out: list[tuple[int, str]] = []
    for name in transport.list_dir(SNAPSHOT_DIR):
        head, _, tail = name.partition(".")
        if tail in _MANIFEST_TAILS and head.isdigit():
            out.append((int(head), f"{SNAPSHOT_DIR}/{name}"))
    return sorted(out, reverse=True)


def consolidated_copy(source: Path, target: Path) -> int:
    """Copy a session file without anything that must stay on this device; the number
    of changes it holds."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    engine = make_engine(target)
    try:
        with engine.connect() as conn, conn.begin():
            conn.exec_driver_sql("DELETE FROM change WHERE local_only")
            forget_device(conn, new_file=True)
            rebuild(conn)
            update_search(conn)
            count = int(conn.exec_driver_sql("SELECT count(*) FROM change").scalar() or 0)
    finally:
        engine.dispose()
    raw = sqlite3.connect(target, isolation_level=None)
    try:
        raw.execute("VACUUM")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    return count


def publish(store: SessionStore, transport: Transport) -> Published:
    """Upload a consolidated copy of this file as the next generation."""
    with tempfile.TemporaryDirectory(prefix="review-desk-publish-") as tmp:
        copy = Path(tmp) / "snapshot.rdesk"
        changes = consolidated_copy(store.path, copy)
        data = gzip.compress(copy.read_bytes(), compresslevel=6, mtime=0)
    sha = hashlib.sha256(data).hexdigest()
    with store.reading() as conn:
        session = state.session_id(conn)  # names it, should session.json ever be damaged
    transport.makedirs(DATA_DIR)
    name = f"{DATA_DIR}/{uuid.uuid4().hex}.rdesk.gz"
    temp = f"{DATA_DIR}/.tmp-{uuid.uuid4().hex[:12]}.part"
    transport.write_temp(temp, data)
    if hashlib.sha256(transport.read(temp)).hexdigest() != sha:
        transport.remove(temp)
        raise ShareUnreachableError(
            f"The snapshot written to {transport.describe()} read back differently; publish "
            "again.",
            f"写入 {transport.describe()} 的快照读回时不一致；请重新发布。",
        )
    if not transport.rename_new(temp, name):
        transport.remove(temp)
    generation = (_manifests(transport) or [(0, "")])[0][0] + 1
    for _ in range(_MAX_RACES):
        manifest = json.dumps({
            "format": MANIFEST_FORMAT, "generation": generation, "data": name,
            "session": session, "encoding": "gzip",
            "sha256": sha, "size": len(data), "changes": changes,
            "published": datetime.now(UTC).isoformat(timespec="seconds"),
        }).encode()
        if transport.create_exclusive(f"{SNAPSHOT_DIR}/{generation:08d}.gz.manifest.json",
                                      manifest):
            return Published(generation, name, len(data), changes)
        generation += 1  # another publisher took this generation first
    raise ShareUnreachableError(
        "Too many snapshots are being published at once; publish again later.",
        "同时发布快照的人太多；请稍后再发布。",
    )


def fetch_latest(transport: Transport, target: Path) -> Fetched:
    """Download the newest sound snapshot to `target`; bad ones are set aside."""
    fetched = Fetched(0)
    for generation, path in _manifests(transport):
        try:
            manifest = json.loads(transport.read(path))
            data_path, sha = str(manifest["data"]), str(manifest["sha256"])
            encoding = str(manifest.get("encoding", "identity"))
        except (ValueError, KeyError, TypeError, AttributeError):
            fetched.set_aside.append(set_aside(transport, path, "unreadable manifest"))
            continue
        data = transport.read(data_path)
        if hashlib.sha256(data).hexdigest() != sha or encoding not in ("gzip", "identity"):
            fetched.set_aside.append(SetAside(data_path, "torn or altered snapshot", None))
            continue
        try:
            _write_local(target, data, encoding)
        except (EOFError, zlib.error):  # a disk error is not the snapshot's: it propagates
            fetched.set_aside.append(SetAside(data_path, "unreadable snapshot", None))
            continue
        fetched.generation = generation
        return fetched
    return fetched


def _write_local(target: Path, data: bytes, encoding: str = "identity") -> None:
    with target.open("wb") as handle:
        if encoding == "gzip":
            inflater = zlib.decompressobj(wbits=31)  # gzip
            for start in range(0, len(data), 1 << 22):  # a national file never whole
                handle.write(inflater.decompress(data[start:start + (1 << 22)]))
            handle.write(inflater.flush())
            if not inflater.eof:
                raise EOFError("the snapshot ends early")
        else:
            handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def prepare_checkout(transport: Transport, session: str, out: Path, share_url: str,
                     overwrite: bool = False) -> Fetched:
    """Write `out` from the latest snapshot (or empty), as a fresh device of `session`."""
    return prepare_checkout_with(lambda temp: fetch_latest(transport, temp), session, out,
                                 share_url, overwrite)


def prepare_checkout_with(fetch: Callable[[Path], Fetched], session: str, out: Path,
                          share_url: str, overwrite: bool = False) -> Fetched:
    """`prepare_checkout` with the snapshot fetched by `fetch(target)` (a share, a server)."""
    if out.exists() and not overwrite:
        raise FileExistsError_(
            out, "the file exists already; choose another name", "文件已存在，请换一个文件名"
        )
    check_replaceable(out)  # before the download: a file open elsewhere is never replaced
    out.parent.mkdir(parents=True, exist_ok=True)
    if not folder_writable(out):  # else the refusal named the temporary file
        raise read_only(out, creating=True)
    temp = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.checkout")
    try:
        fetched = fetch(temp)
        if fetched.generation == 0:
            create_session_file(temp).close()
        engine = make_engine(temp)
        try:
            with engine.connect() as conn, conn.begin():
                forget_device(conn, new_file=True)  # a checkout is a new device
                state.set_meta(conn, "file_id", session)
                state.set_meta(conn, state.SHARE_KEY, share_url)
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
        fetched.leftovers = install(temp, out)
    finally:
        for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()
    return fetched
