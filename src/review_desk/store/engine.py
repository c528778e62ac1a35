"""The SQLAlchemy engine of a session file: WAL, synchronous=FULL, foreign keys on.

The path is handed to ``sqlite3.connect`` as it is, never through a URL: a file name
with ``?``, ``#``, ``%41``, ``[`` or spaces is a legal file name, and a URL would cut it
or decode it (``a?b.rdesk`` would open a file called ``a``). Read-only connections need
SQLite's URI form; there the path is percent-encoded.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from review_desk.store.search_index import register_functions

BUSY_TIMEOUT_MS = 10_000
_patience = threading.local()  # this thread's wait for another writer, when shorter


@contextlib.contextmanager
def write_patience(ms: int) -> Iterator[None]:
    """Writes started by this thread in the block wait at most `ms` for another
    process's write (a window's UI thread: a key must not freeze the window for the
    full BUSY_TIMEOUT_MS), then fail as busy."""
    before = getattr(_patience, "ms", None)
    _patience.ms = ms
    try:
        yield
    finally:
        _patience.ms = before


def read_only_uri(path: Path, immutable: bool = False) -> str:
    """SQLite's URI opening `path` read-only (immutable: no -wal/-shm is made or read)."""
    uri = path.resolve().as_uri() + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def connect_raw(path: Path, read_only: bool = False, immutable: bool = False,
                timeout: float = BUSY_TIMEOUT_MS / 1000) -> sqlite3.Connection:
    """A plain sqlite3 connection to `path`, whatever characters its name holds."""
    if read_only:
        return sqlite3.connect(read_only_uri(path, immutable), uri=True, timeout=timeout,
                               check_same_thread=False)
    return sqlite3.connect(str(path), timeout=timeout, check_same_thread=False)


def make_engine(path: Path, read_only: bool = False, immutable: bool = False) -> Engine:
    """An engine on `path` whose connections carry the session file's pragmas.

    Transactions opened with ``execution_options(immediate=True)`` start with
    ``BEGIN IMMEDIATE`` so that two processes writing at once wait for each other
    instead of failing half-way.
    """
    # pooled connections: a decision must not pay for opening the file again
    engine = create_engine(
        "sqlite://", creator=lambda: connect_raw(path, read_only, immutable),
        poolclass=QueuePool, pool_size=2, max_overflow=8,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        register_functions(dbapi_connection)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA cache_size=-32000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("immediate", False)
        patience = getattr(_patience, "ms", None) if immediate else None
        if patience is None:
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
            return
        conn.exec_driver_sql(f"PRAGMA busy_timeout={int(patience)}")
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        finally:  # the pooled connection keeps its usual patience for other threads
            conn.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

    return engine
