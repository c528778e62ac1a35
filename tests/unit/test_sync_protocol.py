"""The sync protocol over the folder transport: batches, re-sends, bad files on the share,
private notes, moved files, crashes at every step, a full disk, snapshots."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event

from review_desk.desk import Desk
from review_desk.review.projection import rebuild, snapshot
from review_desk.store.engine import make_engine
from review_desk.store.session_file import SessionStore
from review_desk.sync import faults
from review_desk.sync.errors import (
    LocalDiskFullError,
    NoShareError,
    NothingToCheckOutError,
    ShareLocationError,
    WrongShareError,
)
from review_desk.sync.location import SmbLocation, parse_location
from review_desk.sync.service import SyncService, checkout
from tests.conftest import small_bundle
from tests.unit.test_sync_support import (
    all_ids,
    assert_heads_match_journal,
    make_share,
    reviewers,
    shareable_ids,
    shared_state,
)

ROOT = Path(__file__).resolve().parents[2]


def _batches(share: Path) -> list[Path]:
    return sorted(p for p in (share / "changes").rglob("*.batch"))


def test_locations_are_parsed_and_passwords_refused() -> None:
    loc = parse_location("smb://审查员@files.local:4455/review/2026/plenary")
    assert loc == SmbLocation("审查员", "files.local", 4455, "review", "2026/plenary")
    assert loc.url() == "smb://审查员@files.local:4455/review/2026/plenary"
    with pytest.raises(ShareLocationError) as refused:
        parse_location("smb://user:Secret-pw@host/share")
    assert "Secret-pw" not in refused.value.message + refused.value.message_zh
    with pytest.raises(ShareLocationError):
        parse_location("smb://host/share")


def test_private_notes_never_reach_the_share(tmp_path: Path) -> None:
    share, _ = make_share(tmp_path)
    (a,) = reviewers(tmp_path, share, 1)
    try:
        pid = a.list_ids()[0]
        a.annotations.add_note(pid, "只给自己看的备注", shared=False)
        a.annotations.add_note(pid, "大家都能看的备注", shared=True)
        SyncService(a).sync()
        SyncService(a).publish()
    finally:
        a.close()
    texts = b"".join(gzip.decompress(p.read_bytes()) for p in _batches(share))
    assert "大家都能看的备注".encode() in texts
    assert "只给自己看的备注".encode() not in texts
    snaps = list((share / "snapshots" / "data").iterdir())
    assert snaps and all(snap.name.endswith(".rdesk.gz") for snap in snaps)
    for snap in snaps:  # stored compressed: look inside
        data = gzip.decompress(snap.read_bytes())
        assert data.startswith(b"SQLite format 3") and "大家都能看的备注".encode() in data
        assert "只给自己看的备注".encode() not in data


def test_a_second_sync_changes_nothing_and_a_resent_batch_is_recognised(
    tmp_path: Path,
) -> None:
    share, _ = make_share(tmp_path)
    a, b = reviewers(tmp_path, share, 2)
    try:
        a.annotations.set_opinion(a.list_ids()[0], "意见")
        first = SyncService(a).sync()
        assert first.sent == 1
        again = SyncService(a).sync()
        assert (again.sent, again.received) == (0, 0)
        files = _batches(share)
        # forget what was sent: the very same batch is produced and recognised
        with a.store.writing() as conn:
            conn.exec_driver_sql("DELETE FROM sync_seen")
            conn.exec_driver_sql("DELETE FROM meta WHERE key LIKE 'sync.pushed.%'")
        SyncService(a).sync()
        assert _batches(share) == files
        SyncService(b).sync()
        before = shared_state(b)
        assert (SyncService(b).sync().received, shared_state(b)) == (0, before)
        assert shared_state(a) == before
    finally:
        a.close()
        b.close()


def test_bad_files_on_the_share_are_set_aside_and_the_owner_sends_again(
    tmp_path: Path,
) -> None:
    share, _ = make_share(tmp_path)
    a, b = reviewers(tmp_path, share, 2)
    try:
        pid = a.list_ids()[0]
        a.annotations.set_opinion(pid, "第一条")
        SyncService(a).sync()
        a.annotations.set_opinion(a.list_ids()[1], "第二条")
        SyncService(a).sync()
        mine = [p for p in _batches(share) if p.parent.name == _device(a)]
        assert len(mine) == 2
        data = mine[0].read_bytes()
        mine[0].write_bytes(data[: len(data) // 2])  # torn
        (share / "changes" / _device(a) / "notes.txt").write_text("foreign")
        (share / "changes" / _device(a) / "0000000001-0000000009-3-"
         "00000000000000000000000000000000.batch").write_bytes(b"not gzip")
        summary = SyncService(b).sync()
        assert len(summary.set_aside) == 3
        assert all(s.moved_to for s in summary.set_aside)
        # the second batch may wait for the first: nothing is applied half-way
        assert b.detail(a.list_ids()[1]).opinion in ("", "第二条")
        SyncService(a).sync()  # the owner notices and sends the torn batch again
        summary = SyncService(b).sync()
        assert summary.set_aside == [] and summary.waiting_batches == 0
        assert b.detail(pid).opinion == "第一条"
        assert b.detail(a.list_ids()[1]).opinion == "第二条"
        assert shareable_ids(a) <= shareable_ids(b)
    finally:
        a.close()
        b.close()


def _device(desk: Desk) -> str:
    with desk.store.reading() as conn:
        return str(conn.exec_driver_sql("SELECT device_id FROM local_device").scalar())


def test_a_moved_file_still_sends_the_work_of_its_earlier_identity(tmp_path: Path) -> None:
    share, _ = make_share(tmp_path)
    (a,) = reviewers(tmp_path, share, 1)
    pid = a.list_ids()[0]
    a.annotations.set_opinion(pid, "搬家前写的")
    old = _device(a)
    a.close()
    moved = tmp_path / "elsewhere" / "moved.rdesk"
    moved.parent.mkdir()
    shutil.move(tmp_path / "r0.rdesk", moved)
    with Desk.open(moved, "甲") as m:
        m.annotations.set_opinion(m.list_ids()[1], "搬家后写的")
        assert _device(m) != old
        SyncService(m).sync()
    checkout(str(share), tmp_path / "fresh.rdesk")
    with Desk.open(tmp_path / "fresh.rdesk") as fresh:
        assert fresh.detail(pid).opinion == "搬家前写的"
        assert fresh.detail(fresh.list_ids()[1]).opinion == "搬家后写的"


def test_wrong_share_no_share_and_empty_share_are_typed_errors(tmp_path: Path) -> None:
    share, _ = make_share(tmp_path)
    other = tmp_path / "other.rdesk"
    with Desk.create(other, small_bundle(2)) as d:
        with pytest.raises(NoShareError):
            SyncService(d).sync()
        with pytest.raises(WrongShareError):
            SyncService(d).sync(to=str(share))
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(NothingToCheckOutError):
        checkout(str(empty), tmp_path / "x.rdesk")
    assert not (tmp_path / "x.rdesk").exists()


def test_a_torn_snapshot_is_set_aside_and_the_checkout_uses_the_one_before(
    tmp_path: Path,
) -> None:
    share, master = make_share(tmp_path)
    with Desk.open(master) as m:
        SyncService(m).publish()
        first = checkout(str(share), tmp_path / "first.rdesk")
        SyncService(m).publish()
    assert first.snapshot.generation == 1
    manifest = json.loads((share / "snapshots" / "00000002.gz.manifest.json").read_text())
    data = share / manifest["data"]
    data.write_bytes(data.read_bytes()[:-100])  # torn: its hash no longer matches
    later = checkout(str(share), tmp_path / "later.rdesk")
    assert later.snapshot.generation == 1
    assert [s.reason for s in later.snapshot.set_aside] == ["torn or altered snapshot"]
    with Desk.open(master) as m, Desk.open(later.path) as c:
        assert shared_state(m) == shared_state(c)


def test_checkout_without_a_snapshot_uses_the_batches(tmp_path: Path) -> None:
    share, master = make_share(tmp_path)
    done = checkout(str(share), tmp_path / "c.rdesk")
    assert done.snapshot.generation == 0
    with Desk.open(master) as m, Desk.open(done.path) as c:
        assert shared_state(m) == shared_state(c)
        SyncService(m).publish()
        SyncService(m).publish()
    assert sorted(p.name for p in (share / "snapshots").glob("*.manifest.json")) == [
        "00000001.gz.manifest.json", "00000002.gz.manifest.json"]
    later = checkout(str(share), tmp_path / "d.rdesk")
    assert later.snapshot.generation == 2


def test_a_full_local_disk_keeps_the_file_valid_and_the_next_sync_completes(
    tmp_path: Path,
) -> None:
    share, _ = make_share(tmp_path, proposals=8)
    a, b = reviewers(tmp_path, share, 2)
    try:
        for pid in a.list_ids():
            a.annotations.set_opinion(pid, "很长的审查意见" * 300)
        SyncService(a).sync()
        before = shared_state(b)
        with b.store.reading() as conn:
            pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)

        def full_disk(dbapi: sqlite3.Connection, _record: object) -> None:
            dbapi.execute(f"PRAGMA max_page_count={pages + 1}")

        limited = make_engine(b.path)
        event.listen(limited, "connect", full_disk)
        with (Desk(SessionStore(b.path, limited), reviewer="乙") as full,
              pytest.raises(LocalDiskFullError)):
            SyncService(full).sync()
        assert shared_state(b) == before
        assert SyncService(b).sync().received > 0
        assert shared_state(a) == shared_state(b)
    finally:
        a.close()
        b.close()


@pytest.mark.parametrize("step", faults.SYNC_STEPS)
def test_kill_9_at_every_step_of_a_sync(tmp_path: Path, step: str) -> None:
    share, _ = make_share(tmp_path)
    a, b = reviewers(tmp_path, share, 2)
    pid = a.list_ids()[0]
    a.annotations.set_opinion(pid, "甲的意见")
    b.annotations.set_opinion(pid, "乙的意见")
    b.annotations.set_opinion(b.list_ids()[1], "乙的另一条")
    SyncService(b).sync()
    committed = all_ids(a)
    a.close()
    env = {**os.environ, "REVIEW_DESK_SYNC_CRASH_AT": step, "REVIEW_DESK_REVIEWER": "甲"}
    run = subprocess.run(
        [sys.executable, "-m", "review_desk", "sync", str(tmp_path / "r0.rdesk")],
        env=env, capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert run.returncode == -signal.SIGKILL, run.stderr
    with Desk.open(tmp_path / "r0.rdesk", "甲") as a2:
        assert committed <= all_ids(a2)
        assert_heads_match_journal(a2)
        with a2.store.writing() as conn:
            before = snapshot(conn)
            rebuild(conn)
            assert snapshot(conn) == before
        for d in (a2, b, a2):
            SyncService(d).sync()
        assert shared_state(a2) == shared_state(b)
        assert shareable_ids(a2) == shareable_ids(b)
        assert len(SyncService(a2).conflicts()) == 1
    b.close()
    leftovers = [p for p in (share / "changes").rglob(".tmp-*")]
    assert leftovers == []
