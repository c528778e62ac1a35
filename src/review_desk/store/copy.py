"""Saving a copy of an open session through SQLite's backup API.

A plain copy of the .rdesk made while it is open is complete after every action (the
store checkpoints after each commit), but a copy made *during* a write could be torn;
the backup API copies a consistent snapshot page by page, with progress.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from review_desk.errors import FileExistsError_
from review_desk.store.engine import connect_raw
from review_desk.store.file_install import SetAside, check_replaceable, install
from review_desk.store.integrity import Progress
from review_desk.store.open_checks import opens_immutable
from review_desk.store.session_file import SessionStore, remove_temp, temp_name
from review_desk.store.sqlite_errors import typed_errors

PAGES_PER_STEP = 1024


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def save_copy(store: SessionStore, target: Path, progress: Progress | None = None,
              overwrite: bool = False) -> list[SetAside]:
    """Write a consistent copy of the open session to `target`; what was set aside."""
    return _copy(store.path, store.raw_connection, target, progress, overwrite)


def copy_unopened(path: Path, target: Path, progress: Progress | None = None,
                  overwrite: bool = False) -> list[SetAside]:
    """Copy a session file as it is, without opening it as a session: an older file on
    read-only media cannot be opened there (opening upgrades it), and its copy is
    upgraded where it is opened. What was set aside."""

    @contextlib.contextmanager
    def source() -> Iterator[sqlite3.Connection]:
        with typed_errors(path):
            raw = connect_raw(path, read_only=True, immutable=opens_immutable(path))
        try:
            yield raw
        finally:
            raw.close()

    return _copy(path, source, target, progress, overwrite)


def _copy(path: Path, source: Callable[[], contextlib.AbstractContextManager[sqlite3.Connection]],
          target: Path, progress: Progress | None, overwrite: bool) -> list[SetAside]:
    if _same_file(path, target):
        raise FileExistsError_(target, "this is the open file itself; choose another name",
                               "这就是当前打开的文件，请换一个文件名")
    if target.is_dir():
        raise FileExistsError_(target, "this is a folder; choose a file name",
                               "这是一个文件夹，请指定文件名")
    if target.exists() and not overwrite:
        raise FileExistsError_(target, "the file exists already; choose another name",
                               "文件已存在，请换一个文件名")
    check_replaceable(target)
    with typed_errors(target, creating=True):
        target.parent.mkdir(parents=True, exist_ok=True)
    temp = temp_name(target, "copying")

    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress("copy", total - remaining, total)

    try:
        with typed_errors(target, creating=True):
            copy = connect_raw(temp)
            try:
                with source() as raw:
                    raw.backup(copy, pages=PAGES_PER_STEP, progress=step)
                copy.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                copy.close()
            with temp.open("rb+") as handle:
                os.fsync(handle.fileno())
            return install(temp, target)
    except BaseException:
        remove_temp(temp)
        raise
