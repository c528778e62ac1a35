"""The bridge between a share and the server, and moving a session from a share to a
server mid-way."""

from __future__ import annotations

from pathlib import Path

from review_desk.desk import Desk
from review_desk.server.bridge import mirror
from review_desk.server.remote import ServerRemote
from review_desk.sync.service import SyncService, checkout
from review_desk.sync.transport import FolderTransport
from tests.helpers.office import PW, make_office
from tests.helpers.postgres import SECRETARIAT_PASSWORD, PgServer
from tests.helpers.server_cli import assert_converged, cli


def test_a_bridge_joins_share_and_server_reviewers(tmp_path: Path, pg_server: PgServer) -> None:
    office = make_office(tmp_path, pg_server)
    share = tmp_path / "share"
    share.mkdir()
    run = cli("server", "bridge", str(share), office.secretariat.url(),
              password=SECRETARIAT_PASSWORD)
    assert run.returncode == 0, run.stderr
    assert "to share: " in run.stdout
    c_path = tmp_path / "c.rdesk"
    checkout(str(share), c_path, reviewer="丙")
    a_path = office.files["rev_a"]
    with Desk.open(c_path, "丙") as c, Desk.open(a_path, "rev_a") as a:
        pid = a.list_ids()[0]
        c.decisions.decide([pid], "accept")
        a.decisions.decide([pid], "withdraw")
        c.annotations.set_opinion(c.list_ids()[3], "共享上的意见")
        SyncService(c).sync()
        SyncService(a, ask=lambda _: PW["rev_a"]).sync()
    remote = ServerRemote(office.secretariat, SECRETARIAT_PASSWORD)
    transport = FolderTransport(share)
    try:
        first = mirror(transport, remote)
        assert first.to_server >= 1 and first.to_share >= 1
        again = mirror(transport, remote)
        assert (again.to_server, again.to_share) == (0, 0)  # idempotent both ways
    finally:
        remote.close()
    with Desk.open(c_path, "丙") as c, Desk.open(a_path, "rev_a") as a:
        SyncService(c).sync()
        SyncService(a, ask=lambda _: PW["rev_a"]).sync()
    assert_converged(a_path, c_path, conflicts=1)


def test_a_session_moves_from_its_share_to_a_server(tmp_path: Path,
                                                    pg_server: PgServer) -> None:
    from tests.unit.test_sync_support import make_share, reviewers, shareable_ids

    share, master = make_share(tmp_path, proposals=4)
    desks = reviewers(tmp_path, share, 2)
    try:
        for i, desk in enumerate(desks):
            desk.annotations.set_opinion(desk.list_ids()[i], f"{desk.reviewer}在共享上写的")
            SyncService(desk).sync()  # only to the share: the master never pulled these
    finally:
        for desk in desks:
            desk.close()
    office_db, secretariat = pg_server.new_database()
    url = pg_server.url(secretariat, office_db)
    assert cli("server", "init", url, password=SECRETARIAT_PASSWORD).returncode == 0
    for _ in range(2):  # a re-run is harmless
        run = cli("sync", str(master), "--to", url, password=SECRETARIAT_PASSWORD)
        assert run.returncode == 0, run.stderr
    fresh = tmp_path / "fresh.rdesk"
    checkout(url, fresh, reviewer="秘书处", ask=lambda _: SECRETARIAT_PASSWORD)
    held = set()
    for path in (master, tmp_path / "r0.rdesk", tmp_path / "r1.rdesk"):
        with Desk.open(path) as d:
            held |= shareable_ids(d)
    with Desk.open(fresh) as d:
        assert shareable_ids(d) == held  # every change of the share is on the server
        texts = {d.detail(pid).opinion for pid in d.list_ids()}
    assert {"甲在共享上写的", "乙在共享上写的"} <= texts


def test_a_watching_bridge_mirrors_a_commit_at_once(tmp_path: Path, pg_server: PgServer) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    from tests.helpers.server_cli import ROOT

    office = make_office(tmp_path, pg_server)
    share = tmp_path / "share"
    share.mkdir()
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    # started as a script's background job starts it: with Ctrl+C ignored
    proc = subprocess.Popen(
        [sys.executable, "-m", "review_desk", "server", "bridge", str(share),
         office.secretariat.url(), "--watch"], cwd=ROOT, env=env, text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    assert proc.stdin is not None
    proc.stdin.write(f"{SECRETARIAT_PASSWORD}\n")
    proc.stdin.close()
    try:
        deadline = time.monotonic() + 60
        while not (share / "session.json").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        before = set((share / "changes").rglob("*.batch"))
        with Desk.open(office.files["rev_a"], "rev_a") as a:
            a.decisions.decide([a.list_ids()[3]], "accept")
            SyncService(a, ask=lambda _: PW["rev_a"]).sync()
        while set((share / "changes").rglob("*.batch")) == before:
            assert time.monotonic() < deadline, "the bridge never mirrored the commit"
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:  # it did not stop on Ctrl+C: fails below
            proc.kill()
            proc.wait()
        assert proc.stdout is not None and proc.stderr is not None
        out, err = proc.stdout.read(), proc.stderr.read()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "to share: " in out
