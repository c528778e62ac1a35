"""The session file is safe as people really handle it, tested with real processes:

* a new file is never built on top of an old journal (a -wal left by a crash or by a
  person who deleted only the .rdesk): `new`, `demo`, `checkout`, the window's create;
* a file another process has open (a window, a command, another SQLite program) is
  never replaced; after that process is killed (-9) it may be;
* a plain copy of the .rdesk taken while it is open holds every acknowledged action;
* a file damaged in the middle is found and never synced.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from review_desk.desk import Desk
from review_desk.errors import CorruptFileError
from tests.conftest import small_bundle
from tests.helpers.holders import hold, kill, release


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "review_desk", "--reviewer", "测试员",
                           *map(str, args)], capture_output=True, text=True, timeout=300)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def decided(path: Path) -> int:
    """How many decision actions the file holds."""
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(DISTINCT action_id) FROM change"
                                " WHERE action LIKE 'decide.%'").fetchone()[0])
    finally:
        conn.close()


def crash_leaving_a_journal(path: Path) -> None:
    """A process works on `path` and is killed (-9): its -wal and -shm stay behind."""
    kill(hold(path, "core", actions=12))
    assert Path(f"{path}-wal").stat().st_size > 0


def share_with(master: Path, share: Path) -> None:
    done = cli("sync", master, "--to", share)
    assert done.returncode == 0, done.stderr


# --- a new file on an old journal -------------------------------------------------------


@pytest.mark.parametrize("command", ["new", "demo", "checkout"])
def test_a_new_file_never_replays_a_stale_journal(tmp_path: Path, command: str) -> None:
    path = tmp_path / "会议 #1.rdesk"
    Desk.create(path, small_bundle(), reviewer="甲").close()
    share = tmp_path / "share"
    share.mkdir()
    if command == "checkout":
        share_with(path, share)
    crash_leaving_a_journal(path)
    path.unlink()  # the person deleted only the .rdesk; its -wal stays
    args: dict[str, tuple[str | Path, ...]] = {
        "new": ("new", path), "demo": ("demo", path, "--proposals", "30", "--archive", "20"),
        "checkout": ("checkout", share, path)}
    done = cli(*args[command])
    assert done.returncode == 0, done.stderr
    assert "moved aside" in done.stderr and "已移到" in done.stderr
    assert integrity(path) == "ok"
    with Desk.open(path) as desk:
        assert desk.check_integrity().ok
        ids = desk.list_ids()
        assert len(ids) == {"new": 0, "demo": 30, "checkout": 12}[command]
        if ids:
            desk.decisions.decide(ids[:1], "accept")
    stale = list(tmp_path.glob("会议 #1.rdesk-wal.stale-*"))
    assert len(stale) == 1 and stale[0].stat().st_size > 0


def test_force_onto_a_crashed_file_moves_its_journal_aside(tmp_path: Path) -> None:
    path = tmp_path / "s.rdesk"
    Desk.create(path, small_bundle(), reviewer="甲").close()
    crash_leaving_a_journal(path)
    done = cli("new", path, "--force")
    assert done.returncode == 0, done.stderr
    assert integrity(path) == "ok"
    with Desk.open(path) as desk:
        assert desk.list_ids() == []


def test_the_windows_create_moves_a_stale_journal_aside(tmp_path: Path) -> None:
    """The window's 创建演示会议 goes through Desk.create(..., overwrite=True) while it
    holds the window lock of the path."""
    from review_desk.store.session_lock import SessionLock

    path = tmp_path / "demo.rdesk"
    Desk.create(path, small_bundle(), reviewer="甲").close()
    crash_leaving_a_journal(path)
    path.unlink()
    lock = SessionLock.acquire(path)
    try:
        with Desk.create(path, small_bundle(5), overwrite=True) as desk:
            assert [m.original.name for m in desk.set_aside] == ["demo.rdesk-wal"]
            assert len(desk.list_ids()) == 5
    finally:
        assert lock is not None
        lock.release()
    assert integrity(path) == "ok"


# --- replacing a file that is open --------------------------------------------------------


@pytest.mark.parametrize("mode", ["window", "core", "sqlite"])
def test_replacing_an_open_file_is_refused(tmp_path: Path, mode: str) -> None:
    path = tmp_path / "open.rdesk"
    other = tmp_path / "other.rdesk"
    Desk.create(path, small_bundle(), reviewer="甲").close()
    Desk.create(other, small_bundle(3), reviewer="甲").close()
    share = tmp_path / "share"
    share.mkdir()
    share_with(other, share)
    holder = hold(path, mode, actions=3)
    try:
        before = digest(path)
        for args in (("new", path, "--force"),
                     ("demo", path, "--force", "--proposals", "5", "--archive", "0"),
                     ("checkout", share, path, "--force"),
                     ("copy", other, path, "--force")):
            done = cli(*args)
            assert done.returncode == 2, (args, done.stderr)
            assert "cannot be replaced" in done.stderr and "不能替换" in done.stderr, done.stderr
            assert str(holder.pid) in done.stderr or mode == "window", done.stderr
            assert "Traceback" not in done.stderr
            assert digest(path) == before
    finally:
        release(holder)  # a core holder's next decision lands in the intact file
    assert integrity(path) == "ok"
    if mode != "sqlite":
        assert decided(path) == 4


def test_after_the_holder_is_killed_the_file_may_be_replaced(tmp_path: Path) -> None:
    path = tmp_path / "s.rdesk"
    Desk.create(path, small_bundle(), reviewer="甲").close()
    holder = hold(path, "window", actions=2)
    assert cli("new", path, "--force").returncode == 2
    kill(holder)
    done = cli("new", path, "--force")
    assert done.returncode == 0, done.stderr
    assert integrity(path) == "ok"


def test_a_command_may_write_while_a_window_holds_the_file(tmp_path: Path) -> None:
    path = tmp_path / "s.rdesk"
    Desk.create(path, small_bundle(), reviewer="甲").close()
    holder = hold(path, "window", actions=1)
    try:
        done = cli("decide", path, "2", "withdraw")
        assert done.returncode == 0, done.stderr
    finally:
        release(holder)
    assert integrity(path) == "ok" and decided(path) == 3


# --- a copy of an open file ----------------------------------------------------------------


def test_a_plain_copy_of_an_open_file_holds_every_action(tmp_path: Path) -> None:
    path = tmp_path / "open.rdesk"
    Desk.create(path, small_bundle(), reviewer="甲").close()
    holder = hold(path, "core", actions=42)
    try:
        usb = tmp_path / "usb"
        usb.mkdir()
        shutil.copyfile(path, usb / "copy.rdesk")  # the .rdesk alone, as people copy it
        done = cli("copy", path, tmp_path / "saved copy.rdesk")
        assert done.returncode == 0, done.stderr
    finally:
        release(holder)
    assert decided(usb / "copy.rdesk") == 42
    assert integrity(usb / "copy.rdesk") == "ok"
    assert decided(tmp_path / "saved copy.rdesk") == 42
    with Desk.open(tmp_path / "saved copy.rdesk") as copy:
        assert copy.check_integrity().ok


def test_save_copy_refuses_the_file_itself_and_an_existing_one(desk: Desk,
                                                               tmp_path: Path) -> None:
    from review_desk.errors import FileExistsError_

    with pytest.raises(FileExistsError_):
        desk.save_copy(desk.path)
    target = tmp_path / "there.rdesk"
    target.write_text("mine")
    with pytest.raises(FileExistsError_):
        desk.save_copy(target)
    assert target.read_text() == "mine"
    steps: list[tuple[str, int, int]] = []
    desk.save_copy(target, lambda *a: steps.append(a), overwrite=True)
    assert steps and steps[-1][1] == steps[-1][2]
    assert integrity(target) == "ok"


# --- damage in the middle ------------------------------------------------------------------


def damage_member_and_unit_pages(path: Path) -> None:
    """Overwrite 64 KiB of the member and unit tables' pages with random bytes."""
    conn = sqlite3.connect(path)
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    pages = [int(r[0]) for r in conn.execute(
        "SELECT pageno FROM dbstat WHERE name IN ('member', 'unit') ORDER BY pageno")]
    conn.close()
    pages = pages[:64 * 1024 // page_size]
    assert len(pages) * page_size == 64 * 1024
    with path.open("r+b") as handle:
        for page in pages:
            handle.seek((page - 1) * page_size)
            handle.write(os.urandom(page_size))


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    path = tmp_path / "damaged.rdesk"
    done = cli("demo", path, "--proposals", "60", "--archive", "100")
    assert done.returncode == 0, done.stderr
    damage_member_and_unit_pages(path)
    return path


def test_mid_file_damage_is_found(damaged: Path) -> None:
    with Desk.open(damaged) as desk:
        steps: list[tuple[str, int, int]] = []
        report = desk.check_integrity(lambda *a: steps.append(a))
        assert not report.ok and report.problems
        assert steps[-1][1] == steps[-1][2] == report.tables
        with pytest.raises(CorruptFileError) as caught:
            desk.ensure_sound()
        assert "checkout" in caught.value.message and "checkout" in caught.value.message_zh


def test_a_damaged_file_is_never_synced(damaged: Path, tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    before = digest(damaged)
    done = cli("sync", damaged, "--to", share)
    assert done.returncode == 2
    assert "damaged" in done.stderr and "损坏" in done.stderr
    assert "review-desk checkout" in done.stderr
    assert list(share.iterdir()) == []
    assert digest(damaged) == before


def test_a_sound_file_passes_the_check(desk: Desk) -> None:
    report = desk.check_integrity()
    assert report.ok and report.tables > 10


def test_checkout_rescues_the_unsynced_changes_of_a_damaged_file(tmp_path: Path) -> None:
    master, share = tmp_path / "master.rdesk", tmp_path / "share"
    share.mkdir()
    assert cli("demo", master, "--proposals", "60", "--archive", "100").returncode == 0
    share_with(master, share)
    mine = tmp_path / "mine.rdesk"
    assert cli("checkout", share, mine).returncode == 0
    with Desk.open(mine, "甲") as desk:
        ids = desk.list_ids()
        desk.decisions.decide(ids[:2], "accept")
    assert cli("sync", mine).returncode == 0
    with Desk.open(mine, "甲") as desk:  # the work the damage would lose
        desk.decisions.decide(ids[2:5], "withdraw")
        desk.annotations.add_note(ids[5], "只有我能看的备注", shared=False)
        desk.annotations.set_opinion(ids[6], "同意立案")
    damage_member_and_unit_pages(mine)
    assert cli("sync", mine).returncode == 2
    fresh = tmp_path / "fresh.rdesk"
    done = cli("checkout", share, fresh, "--rescue", mine)
    assert done.returncode == 0, done.stderr
    assert "rescued" in done.stdout and "sent 4 changes" in done.stdout, done.stdout
    with Desk.open(fresh) as desk:
        assert [desk.detail(pid).row.status for pid in ids[:6]] == [
            "accepted", "accepted", "withdrawn", "withdrawn", "withdrawn", "pending"]
        assert [n.text for n in desk.detail(ids[5]).notes] == ["只有我能看的备注"]
        assert desk.detail(ids[6]).opinion == "同意立案"
        assert desk.check_integrity().ok
    # the rescued changes went on to the share; the private note did not
    other = tmp_path / "other.rdesk"
    assert cli("checkout", share, other).returncode == 0
    with Desk.open(other) as desk:
        assert [desk.detail(pid).row.status for pid in ids[2:5]] == ["withdrawn"] * 3
        assert desk.detail(ids[6]).opinion == "同意立案"
        assert desk.detail(ids[5]).notes == ()
