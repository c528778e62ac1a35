"""Read-only media and full disks, for real: a tmpfs remounted read-only or filled up
(root; CI runs as root, and fails here rather than skip when it cannot mount).

A valid file there is never called damaged: read-only media is read-only (reading
works, writing says so), a full disk is full (free space; the work up to the last
action is saved), and commands that create files say which of the two stopped them.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from review_desk.desk import Desk
from review_desk.errors import DiskFullError, ReadOnlyFileError
from tests.conftest import small_bundle
from tests.helpers.media import fill_up, remount_read_only, tmpfs


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "review_desk", "--reviewer", "测试员",
                           *map(str, args)], capture_output=True, text=True, timeout=300)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "damaged" not in done.stderr
    assert "损坏" not in done.stderr
    for word in words:
        assert word in done.stderr, (word, done.stderr)


def no_temp_files(folder: Path) -> None:
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []


@pytest.fixture
def share(tmp_path: Path) -> Path:
    """A folder share holding a small session."""
    master = tmp_path / "master.rdesk"
    Desk.create(master, small_bundle(4), reviewer="秘书处").close()
    folder = tmp_path / "share"
    folder.mkdir()
    assert cli("sync", master, "--to", folder).returncode == 0
    return folder


def test_a_file_on_read_only_media_reads_and_says_it_is_read_only(tmp_path: Path,
                                                                   share: Path) -> None:
    with tmpfs() as stick:
        path = stick / "会议.rdesk"
        Desk.create(path, small_bundle(), reviewer="甲").close()
        remount_read_only(stick)
        before = digest(path)
        listed = cli("list", path, "--json")
        assert listed.returncode == 0, listed.stderr
        assert len(json.loads(listed.stdout)) == 12
        assert cli("show", path, "1", "--json").returncode == 0
        assert cli("history", path, "1").returncode == 0
        for args in (("decide", path, "1", "accept"), ("annotate", path, "2", "--opinion", "好"),
                     ("undo", path), ("rebuild", path), ("sync", path, "--to", share)):
            refused(cli(*args), "read-only", "只读")
        with Desk.open(path) as desk:
            assert desk.read_only and len(desk.list_ids()) == 12
            with pytest.raises(ReadOnlyFileError):
                desk.decisions.decide(desk.list_ids()[:1], "accept")
        copied = cli("copy", path, tmp_path / "writable.rdesk")
        assert copied.returncode == 0, copied.stderr
        assert digest(path) == before
        for args in (("new", stick / "new.rdesk"),
                     ("demo", stick / "demo.rdesk", "--proposals", "5", "--archive", "0"),
                     ("checkout", share, stick / "out.rdesk"),
                     ("copy", tmp_path / "writable.rdesk", stick / "c.rdesk"),
                     ("export", path, stick / "out", "--what", "catalogue")):
            refused(cli(*args), "read-only")
        assert sorted(p.name for p in stick.iterdir()) == ["会议.rdesk"]
    with Desk.open(tmp_path / "writable.rdesk") as copy:
        copy.decisions.decide(copy.list_ids()[:1], "accept")


def test_a_write_protected_file_reads_and_says_it_is_read_only(tmp_path: Path) -> None:
    path = tmp_path / "locked.rdesk"
    Desk.create(path, small_bundle(), reviewer="甲").close()
    subprocess.run(["chattr", "+i", str(path)], check=True)
    try:
        assert cli("list", path).returncode == 0
        refused(cli("decide", path, "1", "accept"), "read-only", "只读")
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_a_full_disk_says_so_and_keeps_the_work(tmp_path: Path, share: Path) -> None:
    with tmpfs(3072) as disk:
        path = disk / "会议.rdesk"
        with Desk.create(path, small_bundle(), reviewer="甲") as desk:
            desk.decisions.decide(desk.list_ids()[:1], "accept")
        fill_up(disk)
        before = digest(path)
        listed = cli("list", path, "--json")
        assert listed.returncode == 0, listed.stderr
        assert json.loads(listed.stdout)[0]["status"] == "accepted"
        for args in (("decide", path, "2", "accept"), ("annotate", path, "3", "--note", "备注"),
                     ("sync", path, "--to", share)):
            refused(cli(*args), "full", "已满")
        with Desk.open(path) as opened, pytest.raises(DiskFullError):
            opened.decisions.decide(opened.list_ids()[1:2], "accept")
        assert digest(path) == before
        for args in (("new", disk / "new.rdesk"),
                     ("demo", disk / "demo.rdesk", "--proposals", "20", "--archive", "10"),
                     ("checkout", share, disk / "out.rdesk"),
                     ("copy", path, disk / "copy.rdesk"),
                     ("export", path, disk / "out", "--what", "catalogue")):
            refused(cli(*args), "full", "已满")
        no_temp_files(disk)
        (disk / "filler.bin").unlink()
        done = cli("decide", path, "2", "accept")  # room again: the work goes on
        assert done.returncode == 0, done.stderr
        statuses = [r["status"] for r in json.loads(cli("list", path, "--json").stdout)]
        assert statuses[:2] == ["accepted", "accepted"]


def test_a_full_disk_while_the_file_is_open(tmp_path: Path) -> None:
    """The disk fills up while a session is open: the next action says the disk is full,
    nothing half-written stays, and once there is room the work goes on."""
    with tmpfs(3072) as disk:
        path = disk / "s.rdesk"
        with Desk.create(path, small_bundle(), reviewer="甲") as desk:
            ids = desk.list_ids()
            desk.decisions.decide(ids[:1], "accept")
            fill_up(disk)
            with pytest.raises(DiskFullError) as caught:
                for pid in ids[1:]:
                    desk.annotations.set_opinion(pid, "意见" * 2000)
            assert "full" in caught.value.message and "已满" in caught.value.message_zh
            (disk / "filler.bin").unlink()
            desk.decisions.decide(ids[1:2], "accept")
            assert desk.detail(ids[1]).row.status == "accepted"
            assert desk.check_integrity().ok
        shutil.copyfile(path, tmp_path / "after.rdesk")
    with Desk.open(tmp_path / "after.rdesk") as after:
        assert [after.detail(pid).row.status for pid in after.list_ids()[:2]] == [
            "accepted", "accepted"]
