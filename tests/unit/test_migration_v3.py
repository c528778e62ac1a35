"""A session file of schema 3 (made by the program before the compact layout) opens,
is backed up, migrates to the current layout, and rebuilds to identical tables; on
read-only media it is refused with what to do; its backup is complete or absent.

`legacy/session_v3.sql` is the SQL dump of a file made by commit 106c86b:
`review-desk demo F --proposals 16 --archive 12 --seed 3`, then decisions, a merge,
units, an opinion, a private and a shared note, an undo. The FTS5 tables are not in the
dump (their shadow tables cannot be restored from SQL); `v3_file` makes them again the
way schema 3 did and fills them from the dump's search documents.
"""

from __future__ import annotations

import hashlib
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from review_desk.desk import Desk
from review_desk.errors import DiskFullError, UpgradeNeedsWritingError
from review_desk.review.projection import snapshot
from review_desk.review.queries import ProposalFilter
from review_desk.store.engine import make_engine
from review_desk.store.fileformat import APPLICATION_ID
from review_desk.store.migrations import PAGE_SIZE, SCHEMA_VERSION
from review_desk.store.search_index import grams_of
from review_desk.store.session_file import migrate, open_store
from tests.helpers.media import remount_read_only, tmpfs
from tests.unit.test_journal_rebuild import archive_bundle
from tests.unit.test_search import brute_force

LEGACY = Path(__file__).parent / "legacy" / "session_v3.sql"
V3_SEARCH = (
    "CREATE VIRTUAL TABLE search_tri USING fts5("
    " body, content='search_doc', content_rowid='rowid', tokenize='trigram')",
    "CREATE VIRTUAL TABLE search_gram USING fts5("
    " grams, content='', detail=none, tokenize='unicode61 remove_diacritics 0')",
)


def v3_file(path: Path) -> Path:
    """The schema-3 session file of the dump, with 4 KiB pages as that program made."""
    raw = sqlite3.connect(path)
    try:
        raw.execute("PRAGMA page_size=4096")
        raw.executescript(LEGACY.read_text(encoding="utf-8"))
        for statement in V3_SEARCH:
            raw.execute(statement)
        raw.execute("INSERT INTO search_tri(search_tri) VALUES('rebuild')")
        raw.executemany("INSERT INTO search_gram(rowid, grams) VALUES (?, ?)", [
            (rowid, grams_of(body))
            for rowid, body in raw.execute("SELECT rowid, body FROM search_doc").fetchall()])
        raw.execute(f"PRAGMA application_id={APPLICATION_ID}")
        raw.execute("PRAGMA user_version=3")
        raw.commit()
        raw.execute("PRAGMA journal_mode=WAL")
    finally:
        raw.close()
    return path


def _tables(path: Path) -> object:
    engine = make_engine(path, read_only=True)
    try:
        with engine.connect() as conn:
            return snapshot(conn)
    finally:
        engine.dispose()


def test_a_v3_file_migrates_and_rebuilds_to_identical_tables(tmp_path: Path) -> None:
    path = v3_file(tmp_path / "old.rdesk")
    before = _tables(path)
    old = sqlite3.connect(path)
    assert old.execute("PRAGMA page_size").fetchone()[0] == 4096
    assert old.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    old.close()
    with Desk.open(path) as desk:
        with desk.store.reading() as conn:
            assert snapshot(conn) == before
            names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
        assert "search_tri" not in names
        for query in ("养老", "发展", "供水", "历史文化", "二次供水", "市民政局", "提案"):
            assert desk.list_ids(ProposalFilter(search=query)) == brute_force(desk, query)
        desk.rebuild()
        with desk.store.reading() as conn:
            assert snapshot(conn) == before
        assert desk.check_integrity().ok
        # new work goes in the new layout beside the rows synced before
        desk.importer.import_bundle(archive_bundle(desk, 3, "市民政局"))
        with desk.store.reading() as conn:
            fields = dict(conn.exec_driver_sql(
                "SELECT field, count(*) FROM change WHERE entity = 'archive'"
                " GROUP BY field").all())
            grown = snapshot(conn)
        assert fields == {"@create": 12, "@part": 1}
        desk.rebuild()
        with desk.store.reading() as conn:
            assert snapshot(conn) == grown
    assert (tmp_path / "old.rdesk.v3.bak").exists()
    new = sqlite3.connect(path)
    assert new.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert new.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE
    assert new.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    new.close()


def test_a_migration_that_cannot_vacuum_keeps_the_old_page_size(tmp_path: Path) -> None:
    path = v3_file(tmp_path / "held.rdesk")
    before = _tables(path)
    reader = sqlite3.connect(path)  # another program reading: VACUUM cannot have the file
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM meta").fetchone()
    try:
        with Desk.open(path) as desk, desk.store.reading() as conn:
            assert snapshot(conn) == before
    finally:
        reader.close()
    after = sqlite3.connect(path)
    assert after.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert after.execute("PRAGMA page_size").fetchone()[0] == 4096
    assert after.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    after.close()
    with Desk.open(path) as desk:
        assert desk.list_ids(ProposalFilter(search="供水")) == brute_force(desk, "供水")


# The last stage of a migration (VACUUM) writes with a rollback journal; a laptop dying
# then leaves a hot `-journal` and a half-written file. The same, deterministically: a
# big write in that mode whose pages spill into the file, then kill -9.
_KILLED_WRITE = """
import os, sqlite3, sys
raw = sqlite3.connect(sys.argv[1], isolation_level=None)
raw.execute("PRAGMA journal_mode=DELETE")
raw.execute("PRAGMA cache_size=8")
raw.execute("BEGIN")
raw.execute("DELETE FROM change")
raw.execute("DELETE FROM proposal")
os.kill(os.getpid(), 9)
"""


def test_a_write_killed_in_rollback_mode_leaves_a_file_that_opens_whole(
    tmp_path: Path,
) -> None:
    path = v3_file(tmp_path / "k.rdesk")
    with Desk.open(path):
        pass  # migrated
    before = _tables(path)
    ids = _change_ids(path)
    run = subprocess.run([sys.executable, "-c", _KILLED_WRITE, str(path)],
                         capture_output=True, timeout=120)
    assert run.returncode == -signal.SIGKILL, run.stderr
    assert Path(f"{path}-journal").stat().st_size > 0  # hot: the file is half-written
    with Desk.open(path) as desk:  # never "damaged": SQLite rolls the journal back
        assert desk.check_integrity().ok
    assert _tables(path) == before
    assert _change_ids(path) == ids


def _change_ids(path: Path) -> list[str]:
    raw = sqlite3.connect(path)
    try:
        return [r[0] for r in raw.execute("SELECT id FROM change ORDER BY id")]
    finally:
        raw.close()


def _cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "review_desk", "--reviewer", "测试员",
                           *map(str, args)], capture_output=True, text=True, timeout=300)


def test_a_v3_file_on_read_only_media_is_refused_clearly_and_copies(tmp_path: Path) -> None:
    with tmpfs() as stick:
        path = stick / "旧会议.rdesk"
        shutil.copyfile(v3_file(tmp_path / "old.rdesk"), path)
        remount_read_only(stick)
        before = hashlib.sha256(path.read_bytes()).hexdigest()
        with pytest.raises(UpgradeNeedsWritingError) as raised:
            Desk.open(path)
        # what is true (older, needs writing, untouched) and what to do
        for words in ("older version", "cannot be written", "nothing was changed",
                      "Copy it to a writable disk", "open the copy"):
            assert words in raised.value.message, words
        for words in ("旧版本", "无法写入", "未作任何改动", "复制到可写磁盘", "打开副本"):
            assert words in raised.value.message_zh, words
        for args in (("list", path), ("show", path, "1"), ("decide", path, "1", "accept"),
                     ("check", path)):
            done = _cli(*args)
            assert done.returncode == 2, (args, done.stderr)
            assert "复制到可写磁盘" in done.stderr and "Copy it to a writable disk" in done.stderr
            for wrong in ("damaged", "损坏", "Traceback", "unexpected"):
                assert wrong not in done.stderr, (args, done.stderr)
        # the copy the message asks for: the program's own copy command makes it
        copied = _cli("copy", path, tmp_path / "副本.rdesk")
        assert copied.returncode == 0, copied.stderr
        assert sorted(p.name for p in stick.iterdir()) == ["旧会议.rdesk"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    expected = _tables(tmp_path / "old.rdesk")
    with Desk.open(tmp_path / "副本.rdesk") as desk:  # upgraded where it can be written
        with desk.store.reading() as conn:
            assert snapshot(conn) == expected
        desk.decisions.decide(desk.list_ids()[:1], "accept")
    assert (tmp_path / "副本.rdesk.v3.bak").exists()


# The backup a migration writes first, killed half-way (kill -9 after a few pages): the
# process's every SQLite connection copies one page per step and dies at the fifth.
_KILLED_BACKUP = """
import os, sqlite3, sys
from review_desk.desk import Desk

class Dying(sqlite3.Connection):
    def backup(self, target, **_options):
        def step(_status, remaining, total):
            if total - remaining >= 5:
                os.kill(os.getpid(), 9)
        super().backup(target, pages=1, progress=step)

connect = sqlite3.connect
sqlite3.connect = lambda *args, **kw: connect(*args, factory=Dying, **kw)
Desk.open(sys.argv[1])
"""


def test_a_backup_killed_half_way_is_replaced_not_kept_beside(tmp_path: Path) -> None:
    path = v3_file(tmp_path / "k.rdesk")
    before = _tables(path)
    run = subprocess.run([sys.executable, "-c", _KILLED_BACKUP, str(path)],
                         capture_output=True, timeout=120)
    assert run.returncode == -signal.SIGKILL, run.stderr
    # the half copy sits under its hidden name: nothing looks like a backup, and the file
    # was not migrated
    assert (tmp_path / ".k.rdesk.v3.bak.partial").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".bak")] == []
    old = sqlite3.connect(path)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 3
    old.close()
    with Desk.open(path) as desk:
        assert desk.check_integrity().ok
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k.rdesk", "k.rdesk.v3.bak"]
    backup = tmp_path / "k.rdesk.v3.bak"
    kept = sqlite3.connect(backup)
    assert kept.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert kept.execute("PRAGMA user_version").fetchone()[0] == 3
    kept.close()
    assert _tables(backup) == before


class _FullDisk(sqlite3.Connection):
    """A connection whose backup stops with an error after a few pages."""

    def backup(self, target: sqlite3.Connection, **_options: object) -> None:
        def step(_status: int, remaining: int, total: int) -> None:
            if total - remaining >= 5:
                raise sqlite3.OperationalError("database or disk is full")
        super().backup(target, pages=1, progress=step)


def test_a_backup_that_fails_leaves_no_partial_copy(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = v3_file(tmp_path / "f.rdesk")
    connect = sqlite3.connect

    def failing(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        return connect(*args, factory=_FullDisk, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", failing)
    with pytest.raises(DiskFullError) as raised:
        Desk.open(path)
    assert "f.rdesk.v3.bak" in raised.value.message and ".partial" not in raised.value.message
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.rdesk"]
    with Desk.open(path):
        pass
    assert (tmp_path / "f.rdesk.v3.bak").exists()


def test_a_torn_partial_copy_is_replaced(tmp_path: Path) -> None:
    path = v3_file(tmp_path / "t.rdesk")
    (tmp_path / ".t.rdesk.v3.bak.partial").write_bytes(b"torn page " * 500)  # not SQLite
    with Desk.open(path):
        pass
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.rdesk", "t.rdesk.v3.bak"]



def test_a_file_migrated_meanwhile_is_not_migrated_again(tmp_path: Path) -> None:
    """Two programs open a v3 file at once: the second read the old header and opened
    the file before the first migrated it; its migration then finds the work done."""
    path = v3_file(tmp_path / "both.rdesk")
    second = open_store(path)  # what open_session_file has done before it migrates
    try:
        with Desk.open(path):  # the first program migrates
            pass
        assert migrate(second) is None
    finally:
        second.close()
    assert sorted(p.name for p in tmp_path.iterdir() if ".bak" in p.name) == [
        "both.rdesk.v3.bak"]
    with Desk.open(path) as desk:
        assert desk.check_integrity().ok


def test_opening_says_once_that_it_upgrades_the_file(tmp_path: Path) -> None:
    """The window and the command line tell a person why this open takes a while."""
    from review_desk.store.upgrade_wait import OpenNotice, UpgradingNotice

    heard: list[OpenNotice | UpgradingNotice] = []
    path = v3_file(tmp_path / "旧格式.rdesk")
    Desk.open(path, progress=heard.append).close()
    # each step once as it begins (the search index's count: test_search_rebuild_progress)
    assert [n.step for n in heard if isinstance(n, UpgradingNotice) and n.count is None
            ] == ["migrate", "compact"]
    assert "旧格式.rdesk" in heard[0].message_zh and "备份" in heard[0].message_zh
    heard.clear()
    Desk.open(path, progress=heard.append).close()
    assert heard == []  # upgraded: nothing to say
    done = subprocess.run([sys.executable, "-m", "review_desk", "list", str(v3_file(
        tmp_path / "另一份.rdesk"))], capture_output=True, text=True, check=False,
        encoding="utf-8")
    assert done.returncode == 0 and "升级为本版本的格式" in done.stderr
