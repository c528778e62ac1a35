"""Checks on a file's bytes before SQLite touches it.

Everything here reads the file only, so a refused file stays byte-for-byte unchanged.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from review_desk.errors import (
    CorruptFileError,
    FileMissingError,
    ForeignDatabaseError,
    NotSQLiteError,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
# PRAGMA application_id of a Review Desk session file: "RDSK"
APPLICATION_ID = 0x5244534B


@dataclass(frozen=True)
class Header:
    """The fields of an SQLite header that we check."""

    page_size: int
    page_count: int
    application_id: int
    user_version: int
    wal: bool  # write version 2: the file is in WAL mode


def read_header(path: Path) -> Header:
    """Read and sanity-check an SQLite header; raise a typed error naming the file."""
    if not path.exists():
        raise FileMissingError(path, "the file does not exist", "文件不存在")
    if path.is_dir():
        raise NotSQLiteError(
            path, "this is a folder, not a session file", "这是文件夹，不是会议文件"
        )
    with path.open("rb") as handle:
        head = handle.read(100)
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise NotSQLiteError(
            path,
            "this is not a Review Desk session file (not an SQLite database)",
            "这不是提案审查台的会议文件（不是 SQLite 数据库）",
        )
    raw_page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    page_count = struct.unpack(">I", head[28:32])[0]
    change_counter = struct.unpack(">I", head[24:28])[0]
    valid_for = struct.unpack(">I", head[92:96])[0]
    user_version = struct.unpack(">i", head[60:64])[0]
    application_id = struct.unpack(">I", head[68:72])[0]
    if page_size < 512 or page_size & (page_size - 1):
        raise CorruptFileError(path, "the file header is damaged", "文件头已损坏")
    size = path.stat().st_size
    if change_counter == valid_for and page_count and size < page_count * page_size:
        raise CorruptFileError(
            path,
            f"the file is truncated ({size} of {page_count * page_size} bytes); "
            "restore it from a backup or check it out again",
            f"文件不完整（{size} / {page_count * page_size} 字节），请从备份恢复或重新检出",
        )
    if application_id != APPLICATION_ID:
        raise ForeignDatabaseError(
            path,
            "this SQLite database belongs to another program, not Review Desk",
            "这是其他程序的 SQLite 数据库，不是提案审查台的会议文件",
        )
    return Header(page_size, page_count, application_id, user_version, head[18] == 2)
