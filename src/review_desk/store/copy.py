"""Saving a copy of an open session through SQLite's backup API.

A plain copy of the .rdesk made while it is open is complete after every action (the
store checkpoints after each commit), but a copy made *during* a write could be torn;
the backup API copies a consistent snapshot page by page, with progress.
"""

from __future__ import annotations

import os
from pathlib import Path

from review_desk.errors import FileExistsError_
from review_desk.store.engine import connect_raw
from review_desk.store.file_install import SetAside, check_replaceable, install
from review_desk.store.integrity import Progress
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
    if _same_file(store.path, target):
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
                with store.raw_connection() as source:
                    source.backup(copy, pages=PAGES_PER_STEP, progress=step)
                copy.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                copy.close()
            with temp.open("rb+") as handle:
                os.fsync(handle.fileno())
            return install(temp, target)
    except BaseException:
        remove_temp(temp)
        raise
