"""SQLite's and the OS's failures on a session file, in words that say what is true.

A valid file on read-only media is not "damaged", and neither is one on a full disk:
each cause gets its own typed error naming the file and what to do.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from review_desk.errors import (
    CorruptFileError,
    DiskFullError,
    FileBusyError,
    ReadOnlyFileError,
    SessionFileError,
)

# below this much free space, SQLite cannot make its -shm or journal
_NEARLY_FULL = 1 << 20


def disk_nearly_full(path: Path) -> bool:
    """Whether the disk holding `path` has (almost) no free space left."""
    folder = path if path.is_dir() else path.parent
    try:
        return shutil.disk_usage(folder).free < _NEARLY_FULL
    except OSError:
        return False


def folder_writable(path: Path) -> bool:
    """Whether files can be created beside `path`."""
    return os.access(path.parent, os.W_OK)


def damaged(path: Path, detail: str) -> CorruptFileError:
    """The error for a file whose pages are damaged."""
    return CorruptFileError(
        path,
        f"the file is damaged ({detail}); nothing more was written to it and it will not be "
        "synced. Restore it from a backup, or check out a fresh copy from the office share "
        "(review-desk checkout SHARE NEW.rdesk --rescue FILE keeps this device's unsynced "
        "changes that can still be read)",
        f"文件已损坏（{detail}）；未再写入，也不会同步。请从备份恢复，或从办公室共享重新检出"
        "（review-desk checkout 共享 新文件.rdesk --rescue 本文件 可保留本机尚未同步且仍可读取"
        "的修改）",
    )


def disk_full(path: Path, creating: bool = False) -> DiskFullError:
    """The error for a full disk."""
    if creating:
        return DiskFullError(
            path, "the disk is full, so the file was not created; free some space and try "
            "again", "磁盘已满，文件未创建；请清理空间后重试")
    return DiskFullError(
        path,
        "the disk is full, so the last change was not saved (the file holds everything up to "
        "your last saved action); free some space and try again",
        "磁盘已满，最后一次操作未保存（此前的内容均在文件中）；请清理空间后重试",
    )


def read_only(path: Path, creating: bool = False) -> ReadOnlyFileError:
    """The error for a file or folder that cannot be written."""
    if creating:
        return ReadOnlyFileError(
            path,
            "the folder cannot be written (read-only media, or no permission), so nothing was "
            "created there; choose a folder on a writable disk",
            "该文件夹不可写入（只读介质或没有权限），未创建任何文件；请选择可写磁盘上的文件夹",
        )
    return ReadOnlyFileError(
        path,
        "the file is read-only (read-only media, or a write-protected file): it can be read, "
        "but nothing can be saved in it; to work on it, copy it to a writable place "
        "(review-desk copy FILE OUT) and open the copy",
        "文件为只读（只读介质或写保护）：可以查看，但无法保存任何修改；如需审查，请先复制到可写"
        "位置（review-desk copy 文件 新文件）再打开副本",
    )


def classify(path: Path, error: BaseException, creating: bool = False) -> SessionFileError | None:
    """The typed error for an SQLite or OS failure on `path`, or None when it is none of
    the causes a person can act on."""
    if isinstance(error, OSError) and not isinstance(error, sqlite3.Error):
        if error.errno == errno.ENOSPC:
            return disk_full(path, creating)
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return read_only(path, creating)
        return None
    message = str(getattr(error, "orig", error))
    if "malformed" in message or "not a database" in message:
        return damaged(path, message)
    if "database or disk is full" in message:
        return disk_full(path, creating)
    if "readonly database" in message:
        return read_only(path, creating)
    if "database is locked" in message:
        return FileBusyError(
            path,
            "another program is writing to the file; try again in a moment",
            "另一个程序正在写入该文件，请稍后再试",
        )
    if "unable to open" in message or "disk I/O error" in message:
        if disk_nearly_full(path):
            return disk_full(path, creating)
        if not folder_writable(path):
            return read_only(path, creating)
    return None


@contextlib.contextmanager
def typed_errors(path: Path, creating: bool = False) -> Iterator[None]:
    """Turn SQLite's and the OS's failures on `path` into typed errors naming it."""
    try:
        yield
    except SessionFileError:
        raise
    except Exception as error:
        typed = classify(path, error, creating)
        if typed is None:
            raise
        raise typed from error
