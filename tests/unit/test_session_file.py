"""Opening bad files: a typed error naming the file, and the file byte-for-byte unchanged."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from review_desk.desk import Desk
from review_desk.errors import (
    CorruptFileError,
    FileExistsError_,
    FileMissingError,
    ForeignDatabaseError,
    NewerVersionError,
    NotSQLiteError,
    SessionFileError,
)
from review_desk.review.queries import ProposalFilter
from review_desk.store.migrations import SCHEMA_VERSION


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refuse(path: Path, error: type[SessionFileError]) -> SessionFileError:
    """Opening `path` raises `error`, names the file, and changes no byte of it."""
    before = digest(path) if path.is_file() else None
    with pytest.raises(error) as caught:
        Desk.open(path)
    assert str(path) in str(caught.value)
    assert caught.value.message_zh
    if before is not None:
        assert digest(path) == before
    return caught.value


def test_text_file_is_not_a_session(tmp_path: Path) -> None:
    path = tmp_path / "notes.rdesk"
    path.write_text("关于加强养老服务的提案\n" * 20, encoding="utf-8")
    refuse(path, NotSQLiteError)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.rdesk"
    path.write_bytes(b"")
    refuse(path, NotSQLiteError)


def test_missing_file(tmp_path: Path) -> None:
    refuse(tmp_path / "nowhere.rdesk", FileMissingError)


def test_folder(tmp_path: Path) -> None:
    refuse(tmp_path, NotSQLiteError)


def test_another_programs_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('张三')")
    conn.commit()
    conn.close()
    refuse(path, ForeignDatabaseError)


def test_truncated_file(session_path: Path, tmp_path: Path) -> None:
    data = session_path.read_bytes()
    assert len(data) > 8192
    path = tmp_path / "truncated.rdesk"
    path.write_bytes(data[: len(data) // 2])
    refuse(path, CorruptFileError)


def test_corrupt_schema_page(session_path: Path, tmp_path: Path) -> None:
    data = bytearray(session_path.read_bytes())
    # scribble over the schema table (page 1 after the 100-byte header)
    data[100:4000] = os.urandom(3900)
    path = tmp_path / "corrupt.rdesk"
    path.write_bytes(bytes(data))
    refuse(path, CorruptFileError)


def test_corrupt_data_pages_give_a_typed_error_on_read(session_path: Path,
                                                      tmp_path: Path) -> None:
    data = bytearray(session_path.read_bytes())
    page = 4096
    for start in range(page * 3, len(data) - page, page):
        data[start + 8 : start + 200] = b"\xff" * 192
    path = tmp_path / "damaged.rdesk"
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptFileError) as caught, Desk.open(path) as desk:
        desk.rows(desk.list_ids(ProposalFilter()))
    assert str(path) in str(caught.value)


def test_newer_version(session_path: Path) -> None:
    conn = sqlite3.connect(session_path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    error = refuse(session_path, NewerVersionError)
    assert "newer" in error.message


def test_older_version_is_backed_up_then_migrated(session_path: Path) -> None:
    # make a version-1 file: no search index yet
    conn = sqlite3.connect(session_path)
    for table in ("search_gram", "search_doc", "search_key"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("PRAGMA user_version=1")
    conn.commit()
    conn.close()
    old = digest(session_path)
    with Desk.open(session_path) as desk:
        found = desk.list_ids(ProposalFilter(search="养老"))
        assert found
    backup = session_path.with_name(session_path.name + ".v1.bak")
    assert backup.exists()
    assert digest(backup) == old or sqlite3.connect(backup).execute(
        "PRAGMA user_version").fetchone()[0] == 1
    check = sqlite3.connect(session_path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    check.close()


def test_create_refuses_to_overwrite(session_path: Path) -> None:
    before = digest(session_path)
    with pytest.raises(FileExistsError_):
        Desk.create(session_path)
    assert digest(session_path) == before


def test_file_pragmas(session_path: Path) -> None:
    with Desk.open(session_path) as desk, desk.store.reading() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_copied_file_gets_its_own_device(session_path: Path, tmp_path: Path) -> None:
    with Desk.open(session_path) as desk:
        pid = desk.list_ids()[0]
        desk.decisions.decide([pid], "accept")
    copy = tmp_path / "copy.rdesk"
    copy.write_bytes(session_path.read_bytes())
    with Desk.open(copy) as desk:
        desk.decisions.decide([desk.list_ids()[1]], "accept")
        with desk.store.reading() as conn:
            devices = [r[0] for r in conn.exec_driver_sql(
                "SELECT DISTINCT device FROM change WHERE action LIKE 'decide%'")]
    assert len(devices) == 2
