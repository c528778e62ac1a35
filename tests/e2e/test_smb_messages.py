"""SMB failures are named in words, against a real Samba server: a port where nothing
answers, a host that does not exist, a server stopped mid-sync, a folder the user may
not write. (Before, each said only "did not answer (ValueError)" or "Unknown NtStatus".)
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from review_desk.desk import Desk
from tests.conftest import small_bundle
from tests.e2e.test_sync_samba import PASSWORD, ROOT, SMB_USER, Samba, _free_port, samba

__all__ = ["samba"]  # the fixture, used by name below


def sync(path: Path, url: str | None = None,
         env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           **(env_extra or {})}
    args = ["sync", str(path), *(["--to", url] if url else [])]
    return subprocess.run([sys.executable, "-m", "review_desk", *args], cwd=ROOT, env=env,
                          text=True, input=f"{PASSWORD}\n", capture_output=True, timeout=180)


def said(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 2, done.stderr
    assert "ValueError" not in done.stderr and "Unknown NtStatus" not in done.stderr
    assert "Traceback" not in done.stderr
    for word in words:
        assert word in done.stderr, (word, done.stderr)


def session(tmp_path: Path) -> Path:
    path = tmp_path / "s.rdesk"
    Desk.create(path, small_bundle(3), reviewer="甲").close()
    return path


def test_nothing_answers_on_that_port(tmp_path: Path) -> None:
    url = f"smb://{SMB_USER}@127.0.0.1:{_free_port()}/review/plenary"
    said(sync(session(tmp_path), url), "refused the connection", "拒绝连接")


def test_a_host_that_does_not_exist(tmp_path: Path) -> None:
    said(sync(session(tmp_path), f"smb://{SMB_USER}@no-such-host.invalid/review/plenary"),
         "cannot be found", "找不到计算机")


def test_a_stopped_server(tmp_path: Path, samba: Samba) -> None:
    path = session(tmp_path)
    assert sync(path, samba.url()).returncode == 0
    samba.stop()
    said(sync(path), "refused the connection", "拒绝连接")
    samba.start()
    assert sync(path).returncode == 0


def test_the_server_stops_answering_mid_sync(tmp_path: Path, samba: Samba) -> None:
    path = session(tmp_path)
    assert sync(path, samba.url()).returncode == 0
    with Desk.open(path) as desk:
        desk.decisions.decide(desk.list_ids()[:1], "accept")
    marker = tmp_path / "paused"
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "REVIEW_DESK_SYNC_PAUSE_AT": "push.temp", "REVIEW_DESK_SYNC_PAUSE_FILE": str(marker)}
    with subprocess.Popen([sys.executable, "-m", "review_desk", "sync", str(path)], cwd=ROOT,
                          env=env, text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE) as proc:
        assert proc.stdin is not None
        proc.stdin.write(f"{PASSWORD}\n")
        proc.stdin.close()
        deadline = time.monotonic() + 60
        while not marker.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists()
        samba.stop()
        marker.unlink()
        assert proc.stderr is not None
        err = proc.stderr.read()
        proc.wait(timeout=180)
    assert proc.returncode == 2, err
    assert "ValueError" not in err and "SMBConnectionClosed" not in err
    # the next request finds the socket closed, or reconnecting finds no server
    assert ("stopped answering" in err and "停止了应答" in err) or (
        "refused the connection" in err and "拒绝连接" in err), err
    samba.start()
    assert sync(path).returncode == 0


def test_a_folder_the_user_may_not_write(tmp_path: Path, samba: Samba) -> None:
    locked = samba.share_dir / "locked"
    locked.mkdir()
    locked.chmod(0o755)  # owned by root: the Samba user may read, not write
    said(sync(session(tmp_path), samba.url("locked")), "refused access", "拒绝访问",
         SMB_USER)
