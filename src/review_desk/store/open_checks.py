"""The checks that run before a session file opens, and the read-only mode it opens in."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from review_desk.errors import (
    CorruptFileError,
    DiskFullError,
    ForeignDatabaseError,
    UpgradeNeedsWritingError,
)
from review_desk.store.engine import connect_raw
from review_desk.store.sqlite_errors import damaged, disk_nearly_full, folder_writable

REQUIRED_TABLES = frozenset({"meta", "change", "field_head", "proposal", "session_info"})


def has_journal(path: Path) -> bool:
    """Whether the file has a non-empty -wal beside it."""
    wal = Path(f"{path}-wal")
    return wal.exists() and wal.stat().st_size > 0


def opens_immutable(path: Path) -> bool:
    """Whether a read-only file must be opened as immutable: in a folder where SQLite
    cannot make its -shm, with no journal of its own to read."""
    if folder_writable(path):
        return False
    if not has_journal(path):
        return True
    if Path(f"{path}-shm").exists():
        return False
    raise read_only_with_journal(path)


def roll_back_interrupted_write(path: Path) -> None:
    """Put back the pages a write with a rollback journal left half-written (VACUUM at
    the end of a migration, killed): only a writing connection may, and the read-only
    look inside would take the file for damaged."""
    journal = Path(f"{path}-journal")
    if not (path.is_file() and journal.exists() and journal.stat().st_size > 0):
        return
    if not (os.access(path, os.W_OK) and folder_writable(path)):
        raise read_only_with_journal(path, journal.name)
    raw = connect_raw(path)
    try:
        raw.execute("SELECT count(*) FROM sqlite_master").fetchone()  # rolls it back
    except sqlite3.DatabaseError:
        pass  # not a file SQLite can read: the checks that follow say what it is
    finally:
        raw.close()


def read_only_with_journal(path: Path, journal: str = "") -> CorruptFileError:
    """A file on read-only media whose last changes sit in a -wal SQLite cannot read."""
    journal = journal or f"{path.name}-wal"
    return CorruptFileError(
        path,
        f"the file is on read-only media and its last changes are still in “{journal}”, "
        "which cannot be read there; copy both files to a writable disk and open the copy",
        f"文件位于只读介质上，最后的修改仍在“{journal}”中，无法在此读取；请把这两个文件"
        "一起复制到可写磁盘后打开副本",
    )


def check_tables(path: Path) -> None:
    """Read-only look inside: our tables are there and SQLite can read the schema."""
    full = disk_nearly_full(path) and not Path(f"{path}-shm").exists()
    try:
        conn = connect_raw(path, read_only=True,
                           immutable=opens_immutable(path) or (full and not has_journal(path)))
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        conn.execute("SELECT count(*) FROM meta").fetchone()
    except sqlite3.DatabaseError as error:
        message = str(error)
        if "unable to open" in message or "disk I/O" in message:
            if disk_nearly_full(path):
                raise disk_full_on_open(path) from error
            raise CorruptFileError(
                path, f"SQLite cannot open it ({error})", f"无法打开（{error}）") from error
        raise damaged(path, message) from error
    else:
        conn.close()
    if not names >= REQUIRED_TABLES:
        raise ForeignDatabaseError(
            path,
            "the file is marked as a Review Desk file but its tables are missing",
            "文件标记为提案审查台文件，但缺少数据表",
        )


def disk_full_on_open(path: Path) -> DiskFullError:
    """A valid file that cannot be opened because its disk is full."""
    return DiskFullError(
        path,
        "the disk is full, so the file cannot be opened (SQLite needs a little space beside "
        "it); your work up to the last action is saved in it. Free some space and open it "
        "again",
        "磁盘已满，无法打开文件（SQLite 需要在文件旁占用少量空间）；最后一次操作之前的内容均已"
        "保存在文件中。请清理空间后重新打开",
    )


def read_only_needs_upgrade(path: Path) -> UpgradeNeedsWritingError:
    """An older file on read-only media: upgrading it needs writing."""
    return UpgradeNeedsWritingError(
        path,
        "the file was written by an older version of Review Desk and must be upgraded "
        "before this version can use it, which means writing to it, but it cannot be "
        "written where it is (read-only media or a write-protected file); nothing was "
        "changed. Copy it to a writable disk (with the file manager, or `review-desk copy "
        "FILE NEW.rdesk`) and open the copy",
        "该文件由旧版本的提案审查台写入，本版本使用前须先升级（需要写入），但它所在的位置无法"
        "写入（只读介质或写保护的文件）；文件未作任何改动。请把它复制到可写磁盘（用文件管理器，"
        "或 review-desk copy 文件 新文件.rdesk）后打开副本",
    )
