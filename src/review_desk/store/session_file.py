"""Creating, opening and migrating session files.

Every check that can refuse a file runs before SQLite writes anything to it, so a
refused file is left byte-for-byte as it was.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Connection, Engine, text

from review_desk import __version__
from review_desk.errors import (
    CorruptFileError,
    DiskFullError,
    FileBusyError,
    FileExistsError_,
    ForeignDatabaseError,
    NewerVersionError,
    ReadOnlyFileError,
)
from review_desk.models.tables import Base, LocalDevice, table
from review_desk.store.device import (
    forget_device,
    machine_fingerprint,
    new_device_id,
    now_iso,
)
from review_desk.store.engine import make_engine
from review_desk.store.fileformat import APPLICATION_ID, read_header
from review_desk.store.migrations import SCHEMA_VERSION, STEPS
from review_desk.store.search_index import create_search_tables

REQUIRED_TABLES = frozenset({"meta", "change", "field_head", "proposal", "session_info"})


class SessionStore:
    """An open session file: its path and engine."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._fingerprint: str | None = None

    # --- transactions ---------------------------------------------------------------

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """A read transaction."""
        with self.engine.connect() as conn, _as_corrupt(self.path), conn.begin():
            yield conn

    @contextlib.contextmanager
    def writing(self) -> Iterator[Connection]:
        """A write transaction (BEGIN IMMEDIATE): all or nothing."""
        with (
            self.engine.connect().execution_options(immediate=True) as conn,
            _as_corrupt(self.path),
            conn.begin(),
        ):
            yield conn

    def device_id(self, conn: Connection) -> str:
        """This copy's device id, minting a new one if the file was copied or moved."""
        if self._fingerprint is None:
            self._fingerprint = machine_fingerprint(self.path)
        fingerprint = self._fingerprint
        row = conn.execute(
            text("SELECT device_id, fingerprint FROM local_device WHERE id = 1")
        ).first()
        if row is not None and row[1] == fingerprint:
            return str(row[0])
        device = new_device_id()
        forget_device(conn)  # a fresh identity starts with an empty undo stack
        conn.execute(
            table(LocalDevice).insert().values(
                id=1, device_id=device, fingerprint=fingerprint, created=now_iso()
            )
        )
        return device

    def checkpoint_open(self) -> bool:
        """Copy the WAL into the file through a connection that is already open; False
        when none is. For a file moved while open: SQLite skips the checkpoint when it
        closes a moved file (the last changes would stay in the WAL at the old place), and
        a new connection would create an empty file at the old path."""
        pool = self.engine.pool
        if pool.checkedin() == 0:  # type: ignore[attr-defined]
            return False
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return True

    def close(self) -> None:
        """Release the engine (the WAL is checkpointed when the last connection closes)."""
        self.engine.dispose()


@contextlib.contextmanager
def _as_corrupt(path: Path) -> Iterator[None]:
    """Turn SQLite's corruption and lock errors into typed errors naming the file."""
    try:
        yield
    except Exception as error:
        message = str(getattr(error, "orig", error))
        if "malformed" in message or "not a database" in message:
            raise CorruptFileError(
                path,
                f"the file is damaged ({message}); restore it from a backup",
                f"文件已损坏（{message}），请从备份恢复",
            ) from error
        if "database or disk is full" in message:
            raise DiskFullError(
                path,
                "the disk is full, so the last change was not saved (the file holds "
                "everything before it); free some space and try again",
                "磁盘已满，最后一次操作未保存（此前的内容均在文件中）；请清理空间后重试",
            ) from error
        if "readonly database" in message:
            raise ReadOnlyFileError(
                path,
                "the file is read-only, so nothing more can be saved in it (your last saved "
                "state is intact); make it writable or save a copy elsewhere, then open it "
                "again",
                "文件为只读，无法再保存（已保存的内容完好）；请改为可写或另存一份后重新打开",
            ) from error
        if "database is locked" in message:
            raise FileBusyError(
                path,
                "another program is writing to the file; try again in a moment",
                "另一个程序正在写入该文件，请稍后再试",
            ) from error
        raise


def create_session_file(path: Path, overwrite: bool = False) -> SessionStore:
    """Create an empty session file (schema only) and open it."""
    if path.exists() and not overwrite:
        raise FileExistsError_(
            path, "the file exists already; choose another name", "文件已存在，请换一个文件名"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.creating")
    engine = make_engine(tmp)
    try:
        raw = sqlite3.connect(tmp)
        try:
            raw.execute(f"PRAGMA application_id={APPLICATION_ID}")
            raw.execute("PRAGMA journal_mode=WAL")
        finally:
            raw.close()
        with engine.connect() as conn, conn.begin():
            Base.metadata.create_all(conn)
            create_search_tables(conn)
            conn.execute(
                text("INSERT INTO meta(key, value) VALUES (:k, :v)"),
                [
                    {"k": "file_id", "v": uuid.uuid4().hex},
                    {"k": "created_by", "v": f"review-desk {__version__}"},
                    {"k": "created", "v": now_iso()},
                ],
            )
            conn.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")
        engine.dispose()
        os.replace(tmp, path)
    except BaseException:
        engine.dispose()
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return SessionStore(path, make_engine(path))


def backup_path(path: Path, version: int) -> Path:
    """A free name for the backup written before migrating from `version`."""
    candidate = path.with_name(f"{path.name}.v{version}.bak")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.v{version}.{n}.bak")
    return candidate


def _check_tables(path: Path) -> None:
    """Read-only look inside: our tables are there and SQLite can read the schema."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise CorruptFileError(
            path, f"SQLite cannot open it ({error})", f"无法打开（{error}）"
        ) from error
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        conn.execute("SELECT count(*) FROM meta").fetchone()
    except sqlite3.DatabaseError as error:
        raise CorruptFileError(
            path,
            f"the file is damaged ({error}); restore it from a backup",
            f"文件已损坏（{error}），请从备份恢复",
        ) from error
    finally:
        conn.close()
    if not names >= REQUIRED_TABLES:
        raise ForeignDatabaseError(
            path,
            "the file is marked as a Review Desk file but its tables are missing",
            "文件标记为提案审查台文件，但缺少数据表",
        )


def open_session_file(path: Path) -> SessionStore:
    """Open a session file, migrating an older one after writing a backup copy."""
    header = read_header(path)
    if header.user_version > SCHEMA_VERSION:
        raise NewerVersionError(
            path,
            f"the file was written by a newer version of Review Desk (format "
            f"{header.user_version}, this program reads up to {SCHEMA_VERSION}); "
            "install the newer version",
            f"该文件由更新版本的提案审查台写入（格式 {header.user_version}，本程序最高支持 "
            f"{SCHEMA_VERSION}），请安装新版本",
        )
    _check_tables(path)
    store = SessionStore(path, make_engine(path))
    if header.user_version < SCHEMA_VERSION:
        migrate(store, header.user_version)
    return store


def migrate(store: SessionStore, from_version: int) -> Path:
    """Back the file up, then run the numbered steps in one transaction."""
    backup = backup_path(store.path, from_version)
    source = sqlite3.connect(store.path)
    try:
        target = sqlite3.connect(backup)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    with store.writing() as conn:
        for version in range(from_version + 1, SCHEMA_VERSION + 1):
            STEPS[version](conn)
        conn.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")
    return backup
