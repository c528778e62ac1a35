"""Faults over the office server: kill -9 at each step of a sync, the server stopped and
restarted mid-sync. Afterwards the next syncs complete and everyone converges."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from review_desk.desk import Desk
from review_desk.server.remote import SERVER_STEPS
from tests.helpers.office import PW, Office, make_office
from tests.helpers.postgres import SECRETARIAT_PASSWORD, PgServer
from tests.helpers.server_cli import ROOT, assert_converged, cli, grep_secrets


def _prepare(tmp_path: Path, pg: PgServer) -> tuple[Office, Path, Path]:
    office = make_office(tmp_path, pg)
    a_path, b_path = office.files["rev_a"], office.files["rev_b"]
    with Desk.open(a_path, "rev_a") as a, Desk.open(b_path, "rev_b") as b:
        pid = a.list_ids()[1]
        a.annotations.set_opinion(pid, "甲的意见")
        b.annotations.set_opinion(pid, "乙的意见")
        a.decisions.decide([a.list_ids()[2]], "accept")
    assert cli("sync", str(b_path), password=PW["rev_b"]).returncode == 0
    return office, a_path, b_path


@pytest.mark.parametrize("step", SERVER_STEPS)
def test_kill_9_at_every_step_of_a_server_sync(tmp_path: Path, pg_server: PgServer,
                                               step: str) -> None:
    log: list[str] = []
    _, a_path, b_path = _prepare(tmp_path, pg_server)
    run = cli("sync", str(a_path), password=PW["rev_a"],
              env_extra={"REVIEW_DESK_SYNC_CRASH_AT": step}, log=log)
    assert run.returncode == -signal.SIGKILL, run.stderr
    for path, who in ((a_path, "rev_a"), (b_path, "rev_b"), (a_path, "rev_a")):
        done = cli("sync", str(path), password=PW[who], log=log)
        assert done.returncode == 0, done.stderr
    assert_converged(a_path, b_path, conflicts=1)
    grep_secrets([*PW.values(), SECRETARIAT_PASSWORD], [tmp_path], log)


@pytest.mark.parametrize("at", ["server.pull.fetched", "server.push.sending"])
def test_server_stopped_and_restarted_mid_sync(tmp_path: Path, pg_server: PgServer,
                                               at: str) -> None:
    log: list[str] = []
    _, a_path, b_path = _prepare(tmp_path, pg_server)
    marker = tmp_path / "paused"
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "REVIEW_DESK_SYNC_PAUSE_AT": at, "REVIEW_DESK_SYNC_PAUSE_FILE": str(marker)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "review_desk", "sync", str(a_path)], cwd=ROOT, env=env,
        text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None
    proc.stdin.write(f"{PW['rev_a']}\n")
    proc.stdin.close()
    deadline = time.monotonic() + 60
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists()
    pg_server.stop("immediate")
    try:
        marker.unlink()
        assert proc.stdout is not None and proc.stderr is not None
        out, err = proc.stdout.read(), proc.stderr.read()
        proc.wait(timeout=180)
        proc.stdout.close()
        proc.stderr.close()
        log.extend([out, err])
    finally:
        pg_server.start()
    # either it finished its local part or it stopped with a clear message
    assert proc.returncode in (0, 2), err
    if proc.returncode == 2:
        assert "review-desk:" in err and "Traceback" not in err
    for path, who in ((a_path, "rev_a"), (b_path, "rev_b"), (a_path, "rev_a")):
        done = cli("sync", str(path), password=PW[who], log=log)
        assert done.returncode == 0, done.stderr
    assert_converged(a_path, b_path, conflicts=1)
