"""A migration's rewrite in this version's page size (VACUUM) that never happened (the
program quit or killed after the migration committed, a VACUUM that failed) is finished
by a later open, with the migration's care; a file that cannot be written, or cannot be
rewritten now, opens as it is."""

from __future__ import annotations

import hashlib
import logging
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from review_desk.desk import Desk
from review_desk.review.projection import snapshot
from review_desk.review.queries import ProposalFilter
from review_desk.store import compaction
from review_desk.store.fileformat import read_header
from review_desk.store.lock_table import entries, key_of
from review_desk.store.migrations import PAGE_SIZE, SCHEMA_VERSION
from review_desk.store.upgrade_wait import OpenNotice, UpgradingNotice
from tests.helpers.media import remount_read_only, tmpfs
from tests.unit.test_migration_v3 import _tables, v3_file
from tests.unit.test_search import brute_force


def pragma(path: Path, name: str) -> object:
    raw = sqlite3.connect(path)
    try:
        return raw.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        raw.close()


def journal(path: Path) -> list[tuple[object, ...]]:
    raw = sqlite3.connect(path)
    try:
        return raw.execute("SELECT * FROM change ORDER BY rowid").fetchall()
    finally:
        raw.close()


def small_pages(path: Path, size: int = 4096) -> Path:
    """A current file rewritten with `size` pages, as a migration whose VACUUM never
    ran leaves it."""
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        raw.execute("PRAGMA journal_mode=DELETE")
        raw.execute(f"PRAGMA page_size={size}")
        raw.execute("VACUUM")
        raw.execute("PRAGMA journal_mode=WAL")
    finally:
        raw.close()
    assert pragma(path, "page_size") == size
    return path


@pytest.fixture
def current_4k(tmp_path: Path) -> Path:
    """The legacy dump migrated to the current schema (16 proposals, decisions, a merge,
    notes, an undo in its journal), then put back in 4 KiB pages."""
    path = v3_file(tmp_path / "会议 当前.rdesk")
    Desk.open(path).close()
    assert pragma(path, "user_version") == SCHEMA_VERSION
    return small_pages(path)


def test_opening_finishes_a_rewrite_cut_short(current_4k: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    before, changes = _tables(current_4k), journal(current_4k)
    held: list[int] = []
    real = compaction.after_steps

    def watched(raw: sqlite3.Connection, *rest: object) -> None:
        # other programs wait: the upgrade byte is ours while the file is rewritten
        entry = entries.get(key_of(current_4k))
        held.append(0 if entry is None else entry.upgrading)
        real(raw, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(compaction, "after_steps", watched)
    heard: list[OpenNotice | UpgradingNotice] = []
    with Desk.open(current_4k, progress=heard.append) as desk:
        assert not desk.read_only
        with desk.store.reading() as conn:
            assert conn.exec_driver_sql("PRAGMA page_size").scalar() == PAGE_SIZE
        found = desk.list_ids(ProposalFilter(search="供水"))
        assert found and found == brute_force(desk, "供水")
        assert desk.check_integrity().ok
    assert held == [1]
    assert [(n.step, n.count) for n in heard if isinstance(n, UpgradingNotice)] == [
        ("compact", None)] and len(heard) == 1
    assert "layout" in heard[0].message and "布局" in heard[0].message_zh
    assert pragma(current_4k, "page_size") == PAGE_SIZE
    assert pragma(current_4k, "journal_mode") == "wal"
    assert pragma(current_4k, "user_version") == SCHEMA_VERSION
    assert _tables(current_4k) == before and journal(current_4k) == changes
    # no second migration: the one backup is the v3 migration's
    assert [p.name for p in current_4k.parent.glob("*.bak")] == [f"{current_4k.name}.v3.bak"]
    heard.clear()
    Desk.open(current_4k, progress=heard.append).close()
    assert heard == []  # done once


_KILLED_BEFORE_VACUUM = """
import os, sys
from pathlib import Path
from review_desk.desk import Desk
from review_desk.store import compaction

def killed(raw, *rest):
    os._exit(9)  # the migration committed; quit before its VACUUM

compaction.after_steps = killed
Desk.open(Path(sys.argv[1]))
"""


def test_a_program_killed_between_migration_and_vacuum(tmp_path: Path) -> None:
    path = v3_file(tmp_path / "断电.rdesk")
    before = _tables(path)
    done = subprocess.run([sys.executable, "-c", _KILLED_BEFORE_VACUUM, str(path)],
                          capture_output=True, text=True, check=False, timeout=300)
    assert done.returncode == 9, done.stderr
    assert pragma(path, "user_version") == SCHEMA_VERSION
    assert pragma(path, "page_size") == 4096
    with Desk.open(path) as desk:
        with desk.store.reading() as conn:
            assert conn.exec_driver_sql("PRAGMA page_size").scalar() == PAGE_SIZE
        assert desk.check_integrity().ok
    assert _tables(path) == before


def test_a_read_only_copy_opens_untouched(current_4k: Path) -> None:
    with tmpfs(8192) as stick:
        path = stick / current_4k.name
        shutil.copyfile(current_4k, path)
        remount_read_only(stick)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        heard: list[OpenNotice | UpgradingNotice] = []
        with Desk.open(path, progress=heard.append) as desk:
            assert desk.read_only
            found = desk.list_ids(ProposalFilter(search="供水"))
            assert found and found == brute_force(desk, "供水")
        assert heard == []
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
        assert sorted(p.name for p in stick.iterdir()) == [current_4k.name]


def _still_usable(path: Path) -> None:
    """The file opens, reads and writes, in its old page size."""
    changes = len(journal(path))
    with Desk.open(path) as desk:
        assert not desk.read_only
        pid = desk.list_ids()[0]
        desk.annotations.set_opinion(pid, f"仍可写入 {changes}")
        assert desk.detail(pid).opinion == f"仍可写入 {changes}"
        assert desk.check_integrity().ok
    assert len(journal(path)) > changes
    assert pragma(path, "page_size") == 4096


def test_a_vacuum_another_program_stands_in_the_way_of_is_tried_again(
        current_4k: Path, caplog: pytest.LogCaptureFixture) -> None:
    before = _tables(current_4k)
    reader = sqlite3.connect(current_4k)  # another program reading the file
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM meta").fetchone()
    try:
        with (caplog.at_level(logging.WARNING), Desk.open(current_4k) as desk,
              desk.store.reading() as conn):
            assert snapshot(conn) == before
        assert "keeps its page size" in caplog.text
        _still_usable(current_4k)
    finally:
        reader.close()
    Desk.open(current_4k).close()  # the next open, alone with the file, finishes it
    assert pragma(current_4k, "page_size") == PAGE_SIZE


def test_a_failing_vacuum_leaves_the_file_usable(
        current_4k: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    real = sqlite3.Connection.execute

    class Failing:
        """A connection whose VACUUM fails as on a full disk."""

        def __init__(self, raw: sqlite3.Connection) -> None:
            self.raw = raw

        def __getattr__(self, name: str) -> object:
            return getattr(self.raw, name)

        def __setattr__(self, name: str, value: object) -> None:
            if name == "raw":
                object.__setattr__(self, name, value)
            else:
                setattr(self.raw, name, value)

        def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
            if sql == "VACUUM":
                raise sqlite3.OperationalError("database or disk is full")
            return real(self.raw, sql, *args)

    connect = compaction.connect_raw
    monkeypatch.setattr(compaction, "connect_raw",
                        lambda path: Failing(connect(path)))
    with caplog.at_level(logging.WARNING):
        _still_usable(current_4k)
    assert "disk is full" in caplog.text
    assert pragma(current_4k, "journal_mode") == "wal"


def test_a_disk_without_room_for_the_rewrite_is_not_tried(
        current_4k: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    size = current_4k.stat().st_size
    monkeypatch.setattr(compaction, "free_space", lambda _path: 2 * size - 1)
    heard: list[OpenNotice | UpgradingNotice] = []
    with caplog.at_level(logging.WARNING):
        Desk.open(current_4k, progress=heard.append).close()
    assert heard == [] and "bytes free beside it" in caplog.text
    _still_usable(current_4k)


def test_a_file_left_in_rollback_journal_mode_is_put_back_in_wal(tmp_path: Path) -> None:
    # the rewrite runs with a rollback journal; a switch back to WAL that failed (another
    # program opening the file in that second) would otherwise leave it so for good
    path = tmp_path / "rollback.rdesk"
    Desk.create(path).close()
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        assert raw.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
    finally:
        raw.close()
    assert not read_header(path).wal
    desk = Desk.open(path)
    try:
        assert read_header(path).wal
        assert pragma(path, "journal_mode") == "wal"
    finally:
        desk.close()
