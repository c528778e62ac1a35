"""Reviewers syncing at the same moment over a real Samba server: three simultaneous
syncs, round after round, all succeed and converge; hundreds of simultaneous reads of
session.json all succeed; a truncated session.json on the share is repaired."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from review_desk.desk import Desk
from review_desk.sync.location import SmbLocation, parse_location
from review_desk.sync.smb import SmbTransport
from tests.e2e import test_sync_samba as base
from tests.unit.test_sync_support import shareable_ids, shared_state

samba = base.samba  # the Samba server fixture
Samba = base.Samba
ROUNDS = 3


def _start_sync(path: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "review_desk", "sync", str(path)], cwd=base.ROOT, env=env,
        text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None
    proc.stdin.write(f"{base.PASSWORD}\n")
    proc.stdin.close()
    return proc


def test_three_simultaneous_syncs_over_samba(tmp_path: Path, samba: Samba) -> None:
    log: list[str] = []
    _, a_path, b_path = base._setup(tmp_path, samba, log)
    c_path = tmp_path / "c.rdesk"
    run = base._cli("checkout", samba.url(), str(c_path), "--reviewer", "丙", log=log)
    assert run.returncode == 0, run.stderr
    paths = [a_path, b_path, c_path]
    failures = []
    for round_no in range(ROUNDS):
        for i, path in enumerate(paths):
            with Desk.open(path) as desk:
                pid = desk.list_ids()[(i + round_no) % 4]
                desk.annotations.set_opinion(pid, f"第{round_no}轮 {path.stem}")
                desk.annotations.add_note(pid, f"{path.stem} 的备注 {round_no}", shared=True)
        procs = [_start_sync(p) for p in paths]  # all three at the same moment
        for proc in procs:
            assert proc.stdout is not None and proc.stderr is not None
            out, err = proc.stdout.read(), proc.stderr.read()
            proc.wait(timeout=300)
            proc.stdout.close()
            proc.stderr.close()
            log += [out, err]
            if proc.returncode != 0:
                failures.append(err)
    assert failures == []
    for _ in range(2):
        for path in paths:
            done = base._cli("sync", str(path), log=log)
            assert done.returncode == 0, done.stderr
    with Desk.open(a_path) as a, Desk.open(b_path) as b, Desk.open(c_path) as c:
        assert shareable_ids(a) == shareable_ids(b) == shareable_ids(c)
        assert shared_state(a) == shared_state(b) == shared_state(c)
    base._grep_password([tmp_path, samba.root], log)


def test_hundreds_of_simultaneous_reads_of_the_session_file(tmp_path: Path,
                                                            samba: Samba) -> None:
    log: list[str] = []
    base._setup(tmp_path, samba, log)
    location = parse_location(samba.url())
    assert isinstance(location, SmbLocation)
    readers, reads = 6, 100
    failed: list[str] = []
    texts: list[bytes] = []
    lock = threading.Lock()
    start = threading.Barrier(readers)

    def read_many() -> None:
        transport = SmbTransport(location, base.PASSWORD)
        try:
            start.wait()
            for _ in range(reads):
                try:
                    data = transport.read("session.json")
                except Exception as error:
                    with lock:
                        failed.append(repr(error))
                else:
                    with lock:
                        texts.append(data)
        finally:
            transport.close()

    threads = [threading.Thread(target=read_many) for _ in range(readers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert failed == []
    assert len(texts) == readers * reads and len(set(texts)) == 1


def test_a_truncated_session_file_on_samba_is_repaired(tmp_path: Path, samba: Samba) -> None:
    log: list[str] = []
    _, a_path, _ = base._setup(tmp_path, samba, log)
    (samba.share_dir / "plenary" / "session.json").write_bytes(b"")
    run = base._cli("sync", str(a_path), log=log)
    assert run.returncode == 0, run.stderr
    assert (samba.share_dir / "plenary" / "session.json").read_bytes().startswith(b"{")
    fresh = tmp_path / "fresh.rdesk"
    assert base._cli("checkout", samba.url(), str(fresh), log=log).returncode == 0
