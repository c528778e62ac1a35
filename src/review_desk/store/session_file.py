"""Creating, opening and migrating session files.

Every check that can refuse a file runs before SQLite writes anything to it, so a
refused file is left byte-for-byte as it was.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import Connection, Engine, text

from review_desk import __version__
from review_desk.errors import (
    FileExistsError_,
    NewerVersionError,
    SessionFileError,
)
from review_desk.models.tables import Base, LocalDevice, table
from review_desk.store.compaction import compact, finish_compaction
from review_desk.store.device import (
    forget_device,
    machine_fingerprint,
    new_device_id,
    now_iso,
)
from review_desk.store.engine import connect_raw, make_engine
from review_desk.store.file_install import SetAside, check_replaceable, install
from review_desk.store.fileformat import APPLICATION_ID, read_header
from review_desk.store.integrity import IntegrityReport, Progress, check_pages
from review_desk.store.migration_backup import discard_backup, write_backup
from review_desk.store.migrations import PAGE_SIZE, SCHEMA_VERSION, STEPS
from review_desk.store.open_checks import (
    check_tables,
    has_journal,
    opens_immutable,
    read_only_needs_upgrade,
    roll_back_interrupted_write,
)
from review_desk.store.search_index import create_search_tables, index_folded, update_search
from review_desk.store.session_lock import SessionUse
from review_desk.store.sqlite_errors import (
    damaged,
    disk_full,
    disk_nearly_full,
    folder_writable,
    read_only,
    typed_errors,
)
from review_desk.store.upgrade_wait import (
    UPGRADE_PATIENCE_S,
    OpenProgress,
    UpgradingNotice,
    index_counting,
    upgrade_turn,
    wait_while_upgraded,
)

log = logging.getLogger(__name__)


class SessionStore:
    """An open session file: its path and engine, and its shared use lock."""

    def __init__(self, path: Path, engine: Engine, read_only: bool = False,
                 use: SessionUse | None = None) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self.full_disk = False  # opened read-only because its disk is full
        self.set_aside: list[SetAside] = []  # leftovers moved out of the way on creation
        self._use = use
        self._fingerprint: str | None = None
        self._together = threading.local()

    # --- transactions ---------------------------------------------------------------

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """A read transaction."""
        with self.engine.connect() as conn, typed_errors(self.path), conn.begin():
            yield conn

    @contextlib.contextmanager
    def writing(self) -> Iterator[Connection]:
        """A write transaction (BEGIN IMMEDIATE): all or nothing. After it commits the
        file alone holds it (checkpointed), so a plain copy of the .rdesk is complete.
        Inside `together()` it is part of that one transaction."""
        joined = getattr(self._together, "conn", None)
        if joined is not None:
            yield joined
            return
        self.ensure_writable()
        with (
            self.engine.connect().execution_options(immediate=True) as conn,
            typed_errors(self.path),
        ):
            with conn.begin():
                yield conn
            self._checkpoint(conn)

    @contextlib.contextmanager
    def together(self) -> Iterator[None]:
        """Several writes of this thread as one transaction: all of them or none."""
        if getattr(self._together, "conn", None) is not None:
            yield
            return
        with self.writing() as conn:
            self._together.conn = conn
            try:
                yield
            finally:
                self._together.conn = None

    def ensure_writable(self) -> None:
        """Raise ReadOnlyFileError (or DiskFullError) when nothing can be saved here."""
        if self.read_only:
            raise disk_full(self.path) if self.full_disk else read_only(self.path)

    def _checkpoint(self, conn: Connection) -> None:
        """Copy the committed WAL frames into the file. PASSIVE never waits: a reader
        still on an older snapshot only delays it to the next commit."""
        raw = conn.connection.driver_connection
        if raw is None:
            return
        try:
            raw.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except sqlite3.Error as error:  # the commit is durable in the WAL all the same
            log.warning("checkpoint of %s after a commit failed: %s", self.path, error)

    def raw_connection(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """A pooled connection's plain sqlite3 handle (backup, checks), outside any
        transaction."""
        return _raw(self)

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

    def bind_device_to(self, final: Path) -> None:
        """Make this file's device belong to the path it is about to be moved to (a file
        built under a temporary name keeps its device and undo stack when installed)."""
        with self.writing() as conn:
            conn.execute(text("UPDATE local_device SET fingerprint = :f WHERE id = 1"),
                         {"f": machine_fingerprint(final)})

    def check_integrity(self, progress: Progress | None = None) -> IntegrityReport:
        """Check every page of the file (SQLite's quick_check, table by table)."""
        with self.raw_connection() as raw:
            return check_pages(raw, self.path, progress)

    def ensure_sound(self, progress: Progress | None = None) -> IntegrityReport:
        """Check the file and raise CorruptFileError when it is damaged."""
        report = self.check_integrity(progress)
        if not report.ok:
            raise damaged(self.path, report.summary())
        return report

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
        """Release the engine (the WAL is checkpointed when the last connection closes),
        then the file's use lock."""
        try:
            self.engine.dispose()
        finally:
            if self._use is not None:
                self._use.release()
                self._use = None


@contextlib.contextmanager
def _raw(store: SessionStore) -> Iterator[sqlite3.Connection]:
    with store.engine.connect() as conn, typed_errors(store.path):
        raw = conn.connection.driver_connection
        assert raw is not None
        yield raw


def _build_schema(path: Path) -> None:
    """Write an empty session file (schema only) at a new path."""
    raw = connect_raw(path)
    try:
        raw.execute(f"PRAGMA page_size={PAGE_SIZE}")  # before anything is written
        raw.execute(f"PRAGMA application_id={APPLICATION_ID}")
        raw.execute("PRAGMA journal_mode=WAL")
    finally:
        raw.close()
    engine = make_engine(path)
    try:
        with engine.connect() as conn, conn.begin():
            Base.metadata.create_all(conn)
            create_search_tables(conn)
            update_search(conn)  # no proposals yet: marks the empty index folded
            conn.execute(
                text("INSERT INTO meta(key, value) VALUES (:k, :v)"),
                [
                    {"k": "file_id", "v": uuid.uuid4().hex},
                    {"k": "created_by", "v": f"review-desk {__version__}"},
                    {"k": "created", "v": now_iso()},
                ],
            )
            conn.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")
    finally:
        engine.dispose()


def temp_name(path: Path, purpose: str) -> Path:
    """A hidden name beside `path` for a file being built (same folder: the final move
    is a rename)."""
    return path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.{purpose}")


def remove_temp(temp: Path) -> None:
    """Remove a temporary file and its SQLite companions."""
    for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm"), Path(f"{temp}-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()


def create_session_file(path: Path, overwrite: bool = False,
                        fill: Callable[[SessionStore], None] | None = None) -> SessionStore:
    """Create a session file (schema, then whatever `fill` writes) and open it.

    The file is built under a temporary name and moved into place only when complete:
    never while another process has `path` open, and never on top of a leftover -wal
    (moved aside, see `store.set_aside`)."""
    if path.exists() and not overwrite:
        raise FileExistsError_(
            path, "the file exists already; choose another name", "文件已存在，请换一个文件名"
        )
    if path.is_dir():
        raise FileExistsError_(path, "this is a folder; choose a file name",
                               "这是一个文件夹，请指定文件名")
    check_replaceable(path)
    with typed_errors(path, creating=True):
        path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_name(path, "creating")
    try:
        with typed_errors(path, creating=True):
            _build_schema(tmp)
            if fill is not None:
                building = SessionStore(tmp, make_engine(tmp))
                try:
                    fill(building)
                    building.bind_device_to(path)
                finally:
                    building.close()
            moved = install(tmp, path)
    except BaseException:
        remove_temp(tmp)
        raise
    store = open_store(path)
    store.set_aside = moved
    return store


def open_store(path: Path) -> SessionStore:
    """A store on a checked file: read-only where it cannot be written, and on a full
    disk where SQLite could not make its -shm (reading works, writing says why not)."""
    writable = os.access(path, os.W_OK) and folder_writable(path)
    full = writable and disk_nearly_full(path) and not Path(f"{path}-shm").exists()
    use = SessionUse.acquire(path)
    try:
        if writable and not full:
            return SessionStore(path, make_engine(path), use=use)
        immutable = opens_immutable(path) or (full and not has_journal(path))
        store = SessionStore(path, make_engine(path, read_only=True, immutable=immutable),
                             read_only=True, use=use)
        store.full_disk = full
        return store
    except BaseException:
        use.release()
        raise


def open_session_file(path: Path, progress: OpenProgress | None = None,
                      patience_s: float = UPGRADE_PATIENCE_S) -> SessionStore:
    """Open a session file, migrating an older one after writing a backup copy; a file
    that cannot be written opens read-only. While another program upgrades the file
    this waits (telling `progress` every second) and then opens the upgraded file."""
    wait_while_upgraded(path, progress, patience_s)  # nothing reads a file mid-VACUUM
    roll_back_interrupted_write(path)
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
    check_tables(path)
    store = open_store(path)
    try:
        if header.user_version < SCHEMA_VERSION:
            if store.read_only:
                raise read_only_needs_upgrade(path)
            with upgrade_turn(path, progress, patience_s):
                if progress is not None:
                    progress(UpgradingNotice(path, "migrate"))
                # nothing to do when another program did it meanwhile
                migrate(store, progress)
        else:  # a migration's rewrite cut short (quit, killed, a full disk): finish it
            finish_compaction(store, header, progress, patience_s)
        if not store.read_only:
            refold_search(store, progress, patience_s)
    except BaseException:
        store.close()
        raise
    return store


def refold_search(store: SessionStore, progress: OpenProgress | None = None,
                  patience_s: float = UPGRADE_PATIENCE_S) -> bool:
    """Build an index written before width folding again (one transaction, under the
    upgrade byte so that another program opening the file waits for it); whether it was.
    When that cannot be done now (a full disk, another program writing for long) the
    file opens all the same: search then folds documents as it reads them."""
    with store.reading() as conn:
        if index_folded(conn):
            return False
    try:
        with upgrade_turn(store.path, progress, patience_s), store.writing() as conn:
            if index_folded(conn):  # another program did it meanwhile
                return False
            if progress is not None:
                progress(UpgradingNotice(store.path, "index"))
            update_search(conn, None if progress is None else index_counting(store.path,
                                                                             progress))
    except SessionFileError as error:
        log.warning("search index of %s left as it was: %s", store.path, error.message)
        return False
    log.info("search index of %s folded anew (full-width forms)", store.path)
    return True


def migrate(store: SessionStore, progress: OpenProgress | None = None) -> Path | None:
    """Back the file up, then run the numbered steps in one transaction. The write lock
    is held from before the backup to the end: what is backed up is what is migrated.
    Another program opening the file meanwhile waits for the caller's upgrade byte
    (`upgrade_turn`), then finds it migrated. `progress` hears the count of the search
    index the steps build, then that the file is rewritten. The backup's name (None: it
    was migrated meanwhile)."""
    counting = None if progress is None else index_counting(store.path, progress)
    with store.writing() as conn:
        current = int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())
        if current >= SCHEMA_VERSION:
            return None
        backup = write_backup(store.path, current)
        try:
            for version in range(current + 1, SCHEMA_VERSION + 1):
                STEPS[version](conn, counting)
            conn.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")
        except BaseException:
            # rolled back (cancelled, a full disk): the file is what the copy holds, and
            # each try would otherwise leave one more copy of the whole file beside it
            discard_backup(backup)
            raise
    compact(store, progress)
    return backup
