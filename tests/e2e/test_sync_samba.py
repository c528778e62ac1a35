"""Sync through a real Samba server on loopback, started by the fixture.

Two reviewers round-trip through the share with a conflict listed and resolved on the
CLI; the sync process is killed (-9) at every step; the server is stopped mid-sync; a
torn batch lies on the share; and afterwards no file, log or output holds the password.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from review_desk.cli import main
from review_desk.desk import Desk
from review_desk.sync import faults
from review_desk.sync.errors import LoginError
from review_desk.sync.location import SmbLocation, parse_location
from review_desk.sync.service import SyncService
from review_desk.sync.smb import SmbTransport
from tests.conftest import small_bundle

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Zq-7!pw-review-desk-e2e"
SMB_USER = "daemon"


@dataclass
class Samba:
    root: Path
    share_dir: Path
    port: int
    conf: Path
    process: subprocess.Popen[bytes] | None = None

    def url(self, folder: str = "plenary") -> str:
        return f"smb://{SMB_USER}@127.0.0.1:{self.port}/review/{folder}"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [_smbd(), "--foreground", "--no-process-group", "-s", str(self.conf)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.1)
        raise RuntimeError("smbd did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=30)
            self.process = None


def _smbd() -> str:
    return shutil.which("smbd") or "/usr/sbin/smbd"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def samba() -> Iterator[Samba]:
    """A Samba server on a loopback port > 1024 with one share, `review`."""
    if not Path(_smbd()).exists() or shutil.which("smbpasswd") is None:
        message = "smbd/smbpasswd are not installed (apt-get install samba)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    # smbd serves the share as the Samba user, who cannot enter pytest's private tmp_path
    root = Path(tempfile.mkdtemp(prefix="review-desk-samba-"))
    root.chmod(0o755)
    dirs = {n: root / n for n in ("private", "lock", "state", "cache", "pid", "ncalrpc",
                                  "binddns", "log", "share")}
    for d in dirs.values():
        d.mkdir(parents=True)
    shutil.chown(dirs["share"], user=SMB_USER)
    port = _free_port()
    conf = root / "smb.conf"
    conf.write_text(f"""[global]
  server role = standalone server
  interfaces = lo
  bind interfaces only = yes
  smb ports = {port}
  disable netbios = yes
  map to guest = never
  load printers = no
  disable spoolss = yes
  server smb encrypt = desired
  private dir = {dirs['private']}
  lock directory = {dirs['lock']}
  state directory = {dirs['state']}
  cache directory = {dirs['cache']}
  pid directory = {dirs['pid']}
  ncalrpc dir = {dirs['ncalrpc']}
  binddns dir = {dirs['binddns']}
  log file = {dirs['log']}/log.%m
[review]
  path = {dirs['share']}
  read only = no
  valid users = {SMB_USER}
""")
    subprocess.run(["smbpasswd", "-c", str(conf), "-s", "-a", SMB_USER],
                   input=f"{PASSWORD}\n{PASSWORD}\n".encode(), check=True,
                   capture_output=True)
    server = Samba(root, dirs["share"], port, conf)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


def _cli(*args: str, env_extra: dict[str, str] | None = None, password: bool = True,
         log: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           **(env_extra or {})}
    run = subprocess.run(
        [sys.executable, "-m", "review_desk", *args], cwd=ROOT, env=env, text=True,
        input=f"{PASSWORD}\n" if password else "", capture_output=True, timeout=180,
    )
    if log is not None:
        log.extend([run.stdout, run.stderr])
    return run


def _setup(tmp_path: Path, samba: Samba, log: list[str]) -> tuple[Path, Path, Path]:
    master = tmp_path / "master.rdesk"
    Desk.create(master, small_bundle(4), reviewer="秘书处").close()
    for args in (("sync", str(master), "--to", samba.url()), ("publish", str(master))):
        run = _cli(*args, log=log)
        assert run.returncode == 0, run.stderr
    paths = []
    for name, who in (("a.rdesk", "甲"), ("b.rdesk", "乙")):
        run = _cli("checkout", samba.url(), str(tmp_path / name), "--reviewer", who, log=log)
        assert run.returncode == 0, run.stderr
        paths.append(tmp_path / name)
    return master, paths[0], paths[1]


def _grep_password(where: list[Path], texts: list[str]) -> None:
    needle = PASSWORD.encode()
    for base in where:
        for path in [base] if base.is_file() else base.rglob("*"):
            if path.is_file():
                assert needle not in path.read_bytes(), path
    assert all(PASSWORD not in t for t in texts)


def test_two_reviewers_round_trip_with_a_conflict_through_samba(
    tmp_path: Path, samba: Samba
) -> None:
    log: list[str] = []
    master, a_path, b_path = _setup(tmp_path, samba, log)
    with Desk.open(a_path, "甲") as a, Desk.open(b_path, "乙") as b:
        pid = a.list_ids()[0]
        a.decisions.decide([pid], "accept")
        b.decisions.decide([pid], "withdraw")
        b.annotations.add_note(pid, "乙的私人备注", shared=False)
    for path in (a_path, b_path, a_path, master):
        run = _cli("sync", str(path), log=log)
        assert run.returncode == 0, run.stderr
        assert "sent" in run.stdout and "conflicts" in run.stdout
    run = _cli("conflicts", str(a_path), "--json", log=log)
    (conflict,) = json.loads(run.stdout)
    assert conflict["field"] == "status" and conflict["intake_no"] is not None
    values = {v["value"]: v for v in conflict["values"]}
    assert set(values) == {"accepted", "withdrawn"}
    assert {v["reviewer"] for v in conflict["values"]} == {"甲", "乙"}
    assert all(v["device"] and v["time"] and v["id"] for v in conflict["values"])
    run = _cli("resolve", str(a_path), conflict["id"], "--take", values["withdrawn"]["id"],
               password=False, log=log)
    assert run.returncode == 0, run.stderr
    for path in (a_path, b_path, master):
        assert _cli("sync", str(path), log=log).returncode == 0
    for path in (a_path, b_path, master):
        assert json.loads(_cli("conflicts", str(path), "--json", log=log).stdout) == []
        with Desk.open(path) as d:
            assert d.detail(pid).row.status == "withdrawn"
    assert "乙的私人备注".encode() not in b"".join(
        p.read_bytes() for p in samba.share_dir.rglob("*") if p.is_file())
    _grep_password([tmp_path, samba.root, Path.home() / ".config", Path.home() / ".local"],
                   log)


class MemoryKeyring(KeyringBackend):
    """An in-memory keychain for the test process."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


def test_login_keeps_the_password_in_the_keychain_only(
    tmp_path: Path, samba: Samba, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        monkeypatch.setattr(sys, "stdin", io.StringIO("wrong-password\n"))
        assert main(["login", samba.url()]) == 2
        monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSWORD}\n"))
        assert main(["login", samba.url()]) == 0
        assert list(memory.items.values()) == [PASSWORD]
        location = parse_location(samba.url())
        assert isinstance(location, SmbLocation)
        transport = SmbTransport(location, PASSWORD)
        try:
            assert transport.encrypted  # the server offers encryption: it is used
        finally:
            transport.close()
        master = tmp_path / "m.rdesk"
        with Desk.create(master, small_bundle(2)) as desk:
            # no ask function: the password can only come from the keychain
            summary = SyncService(desk).sync(to=samba.url())
            assert summary.sent > 0
        out = capsys.readouterr()
        _grep_password([tmp_path, samba.root], [out.out, out.err])
        with pytest.raises(LoginError) as refused:
            SmbTransport(location, "wrong-password")
        assert "wrong-password" not in refused.value.message + refused.value.message_zh
    finally:
        keyring.set_keyring(previous)


@pytest.mark.parametrize("step", faults.SYNC_STEPS)
def test_kill_9_at_every_step_over_samba(tmp_path: Path, samba: Samba, step: str) -> None:
    log: list[str] = []
    _, a_path, b_path = _setup(tmp_path, samba, log)
    with Desk.open(a_path, "甲") as a, Desk.open(b_path, "乙") as b:
        pid = a.list_ids()[0]
        a.annotations.set_opinion(pid, "甲的意见")
        b.annotations.set_opinion(pid, "乙的意见")
    assert _cli("sync", str(b_path), log=log).returncode == 0
    run = _cli("sync", str(a_path), env_extra={"REVIEW_DESK_SYNC_CRASH_AT": step}, log=log)
    assert run.returncode == -signal.SIGKILL, run.stderr
    for path in (a_path, b_path, a_path):
        done = _cli("sync", str(path), log=log)
        assert done.returncode == 0, done.stderr
    _assert_converged(a_path, b_path, conflicts=1)
    _grep_password([tmp_path, samba.root], log)


def _assert_converged(a_path: Path, b_path: Path, conflicts: int) -> None:
    from tests.unit.test_sync_support import (
        assert_heads_match_journal,
        shareable_ids,
        shared_state,
    )

    with Desk.open(a_path) as a, Desk.open(b_path) as b:
        assert shareable_ids(a) == shareable_ids(b)
        assert shared_state(a) == shared_state(b)
        assert_heads_match_journal(a)
        assert len(SyncService(a).conflicts()) == conflicts


@pytest.mark.parametrize("at", ["pull.downloaded", "push.temp"])
def test_server_stopped_mid_sync(tmp_path: Path, samba: Samba, at: str) -> None:
    log: list[str] = []
    _, a_path, b_path = _setup(tmp_path, samba, log)
    with Desk.open(a_path, "甲") as a, Desk.open(b_path, "乙") as b:
        a.annotations.set_opinion(a.list_ids()[0], "甲写的")
        b.annotations.set_opinion(b.list_ids()[1], "乙写的")
    assert _cli("sync", str(b_path), log=log).returncode == 0
    marker = tmp_path / "paused"
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "REVIEW_DESK_SYNC_PAUSE_AT": at, "REVIEW_DESK_SYNC_PAUSE_FILE": str(marker)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "review_desk", "sync", str(a_path)], cwd=ROOT, env=env,
        text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None
    proc.stdin.write(f"{PASSWORD}\n")
    proc.stdin.close()
    deadline = time.monotonic() + 60
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists()
    samba.stop()
    marker.unlink()
    assert proc.stdout is not None and proc.stderr is not None
    out, err = proc.stdout.read(), proc.stderr.read()
    proc.wait(timeout=180)
    proc.stdout.close()
    proc.stderr.close()
    log.extend([out, err])
    samba.start()
    if proc.returncode != 0:
        assert proc.returncode == 2 and "review-desk:" in err
    for path in (a_path, b_path, a_path):
        done = _cli("sync", str(path), log=log)
        assert done.returncode == 0, done.stderr
    _assert_converged(a_path, b_path, conflicts=0)
    _grep_password([tmp_path, samba.root], log)


def test_a_torn_batch_on_the_samba_share_is_set_aside(tmp_path: Path, samba: Samba) -> None:
    log: list[str] = []
    _, a_path, b_path = _setup(tmp_path, samba, log)
    with Desk.open(a_path, "甲") as a:
        a.annotations.set_opinion(a.list_ids()[0], "甲写的")
    assert _cli("sync", str(a_path), log=log).returncode == 0
    newest = max(samba.share_dir.rglob("*.batch"), key=lambda p: p.stat().st_mtime_ns)
    data = newest.read_bytes()
    newest.write_bytes(data[: len(data) // 3])
    run = _cli("sync", str(b_path), log=log)
    assert run.returncode == 0 and "set aside" in run.stderr
    for path in (a_path, b_path):
        assert _cli("sync", str(path), log=log).returncode == 0
    _assert_converged(a_path, b_path, conflicts=0)
