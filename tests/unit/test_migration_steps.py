"""A migration builds the search index once, whatever version the file comes from, and
one that is stopped before it commits (the window quit, a full disk) leaves the file as
it was with no backup copy beside it: the next try writes the one backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from review_desk.desk import Desk
from review_desk.review.queries import ProposalFilter
from review_desk.store import search_index
from review_desk.store.migrations import SCHEMA_VERSION
from review_desk.store.upgrade_wait import OpenNotice, UpgradingNotice
from tests.unit.test_migration_v3 import _tables, v3_file
from tests.unit.test_search import brute_force


class Stopped(Exception):
    """What a task's progress raises when the person cancels it."""


def v1_file(path: Path) -> Path:
    """The dump's file as version 1 had it: no search index, no rejection remark."""
    v3_file(path)
    raw = sqlite3.connect(path)
    try:
        for table in ("search_tri", "search_gram", "search_doc", "search_key"):
            raw.execute(f"DROP TABLE IF EXISTS {table}")
        raw.execute("ALTER TABLE proposal DROP COLUMN reason_remark")
        raw.execute("PRAGMA user_version=1")
        raw.commit()
    finally:
        raw.close()
    return path


def user_version(path: Path) -> int:
    raw = sqlite3.connect(path)
    try:
        return int(raw.execute("PRAGMA user_version").fetchone()[0])
    finally:
        raw.close()


def backups(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".bak" in p.name)


def test_a_version_1_file_builds_its_index_once_and_migrates_like_version_3(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_index, "REBUILD_BATCH", 2)
    heard: list[OpenNotice | UpgradingNotice] = []
    old = v1_file(tmp_path / "一号格式.rdesk")
    with Desk.open(old, progress=heard.append) as desk:
        total = len(desk.list_ids())
        found = desk.list_ids(ProposalFilter(search="供水"))
        assert found and found == brute_force(desk, "供水") and desk.check_integrity().ok
    counts = [n.count for n in heard if isinstance(n, UpgradingNotice) and n.step == "index"]
    assert counts == [(done, total) for done in [*range(0, total, 2), total]]
    assert user_version(old) == SCHEMA_VERSION
    assert backups(tmp_path) == ["一号格式.rdesk.v1.bak"]
    newer = v3_file(tmp_path / "三号格式.rdesk")
    Desk.open(newer).close()
    assert _tables(old) == _tables(newer)


@pytest.mark.parametrize("make", [v1_file, v3_file])
def test_a_migration_stopped_before_it_commits_leaves_no_backup(
        tmp_path: Path, make: object) -> None:
    assert callable(make)
    path = make(tmp_path / "停下.rdesk")
    version = user_version(path)

    def stop_at_the_index(notice: OpenNotice | UpgradingNotice) -> None:
        if isinstance(notice, UpgradingNotice) and notice.step == "index":
            raise Stopped

    with pytest.raises(Stopped):
        Desk.open(path, progress=stop_at_the_index)
    assert user_version(path) == version
    assert backups(tmp_path) == []
    with Desk.open(path) as desk:
        found = desk.list_ids(ProposalFilter(search="供水"))
        assert found and found == brute_force(desk, "供水")
    assert backups(tmp_path) == [f"停下.rdesk.v{version}.bak"]
    assert user_version(path) == SCHEMA_VERSION
