"""The office server over a real PostgreSQL started by the tests: the CLI round trip
with a conflict, init's refusals, and no password anywhere."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest

from review_desk.desk import Desk
from review_desk.server.snapshots import SQLITE_HEADER, is_compressed
from tests.conftest import small_bundle
from tests.helpers.postgres import ADMIN_PASSWORD, SECRETARIAT_PASSWORD, PgServer
from tests.helpers.server_cli import REVIEWER_PASSWORDS, assert_converged, cli, grep_secrets


def setup_server(tmp_path: Path, pg: PgServer, log: list[str]
                 ) -> tuple[str, Path, dict[str, Path]]:
    """init, two reviewers, the master synced and published, two checkouts."""
    database, secretariat = pg.new_database()
    url = pg.url(secretariat, database)
    run = cli("server", "init", url, password=SECRETARIAT_PASSWORD, log=log)
    assert run.returncode == 0, run.stderr
    for role, pw in REVIEWER_PASSWORDS.items():
        login = f"{role}_{database}"  # roles are shared by the server's databases
        run = cli("server", "add-reviewer", url, f"审查员{role[-1]}", "--login", login,
                  password=[SECRETARIAT_PASSWORD, pw], log=log)
        assert run.returncode == 0, run.stderr
        assert f"review-desk login {pg.url(login, database)}" in run.stdout
    master = tmp_path / "master.rdesk"
    Desk.create(master, small_bundle(4), reviewer="秘书处").close()
    for args in (("sync", str(master), "--to", url), ("publish", str(master))):
        run = cli(*args, password=SECRETARIAT_PASSWORD, log=log)
        assert run.returncode == 0, run.stderr
    files = {}
    for role, pw in REVIEWER_PASSWORDS.items():
        out = tmp_path / f"{role}.rdesk"
        run = cli("checkout", pg.url(f"{role}_{database}", database), str(out),
                  "--reviewer", role,
                  password=pw, log=log)
        assert run.returncode == 0, run.stderr
        assert "snapshot generation 1" in run.stdout
        files[role] = out
    return url, master, files


def test_cli_round_trip_with_a_conflict_over_the_server(tmp_path: Path,
                                                        pg_server: PgServer) -> None:
    log: list[str] = []
    _, master, files = setup_server(tmp_path, pg_server, log)
    a_path, b_path = files["rev_a"], files["rev_b"]
    with Desk.open(a_path, "rev_a") as a, Desk.open(b_path, "rev_b") as b:
        pid = a.list_ids()[0]
        a.decisions.decide([pid], "accept")
        b.decisions.decide([pid], "withdraw")
        b.annotations.add_note(pid, "乙的私人备注", shared=False)
    passwords = {a_path: REVIEWER_PASSWORDS["rev_a"], b_path: REVIEWER_PASSWORDS["rev_b"],
                 master: SECRETARIAT_PASSWORD}
    for path in (a_path, b_path, a_path, master):
        run = cli("sync", str(path), password=passwords[path], log=log)
        assert run.returncode == 0, run.stderr
    shapes = []
    for path in (a_path, b_path):
        (conflict,) = json.loads(cli("conflicts", str(path), "--json", log=log).stdout)
        assert conflict["field"] == "status" and conflict["intake_no"] is not None
        values = {v["value"]: v for v in conflict["values"]}
        assert set(values) == {"accepted", "withdrawn"}
        assert {v["reviewer"] for v in conflict["values"]} == {"rev_a", "rev_b"}
        assert all(v["device"] and v["time"] and v["id"] for v in conflict["values"])
        shapes.append(conflict)
    assert shapes[0] == shapes[1]  # the same conflict, the same shape as over a share
    withdrawn = next(v["id"] for v in shapes[0]["values"] if v["value"] == "withdrawn")
    run = cli("resolve", str(a_path), shapes[0]["id"], "--take", withdrawn, log=log)
    assert run.returncode == 0, run.stderr
    for path in (a_path, b_path, master):
        assert cli("sync", str(path), password=passwords[path], log=log).returncode == 0
    assert_converged(a_path, b_path, master, conflicts=0)
    with Desk.open(b_path) as b:
        assert b.detail(pid).row.status == "withdrawn"
    with pg_server.admin(_database(master)) as conn:
        dump = conn.execute("SELECT string_agg(value, ' ') FROM review_desk.change").fetchone()
        assert dump is not None and "乙的私人备注" not in str(dump[0])
    database = _database(master)
    devices = json.loads(cli("server", "devices", pg_server.url(_owner(master), database),
                             "--json", password=SECRETARIAT_PASSWORD, log=log).stdout)
    roles = {d["role"] for d in devices}
    assert {f"rev_a_{database}", f"rev_b_{database}"} <= roles
    moved = next(d["device"] for d in devices if d["role"] == f"rev_b_{database}")
    run = cli("server", "devices", pg_server.url(_owner(master), database), "--json",
              "--assign", moved, f"rev_a_{database}", password=SECRETARIAT_PASSWORD, log=log)
    assert {d["device"]: d["role"] for d in json.loads(run.stdout)}[moved] == \
        f"rev_a_{database}"
    for password, code in (("wrong-password-xyz", 2), (REVIEWER_PASSWORDS["rev_a"], 0)):
        run = cli("login", pg_server.url(f"rev_a_{database}", database), password=password,
                  log=log)
        assert run.returncode == code, run.stderr
        assert "Traceback" not in run.stderr
    assert "no keychain" in run.stdout  # this run has none: sync will ask each time
    grep_secrets([SECRETARIAT_PASSWORD, *REVIEWER_PASSWORDS.values(), "wrong-password-xyz"],
                 [tmp_path, Path.home() / ".config", Path.home() / ".local"], log)
    _grep_server(pg_server, database)


def _database(master: Path) -> str:
    with Desk.open(master) as d, d.store.reading() as conn:
        url = str(conn.exec_driver_sql("SELECT value FROM meta WHERE key='sync.share'")
                  .scalar())
    return url.rsplit("/", 1)[1]


def _owner(master: Path) -> str:
    with Desk.open(master) as d, d.store.reading() as conn:
        url = str(conn.exec_driver_sql("SELECT value FROM meta WHERE key='sync.share'")
                  .scalar())
    return url.split("//", 1)[1].split("@", 1)[0]


def _grep_server(pg: PgServer, database: str) -> None:
    """No password in the server's tables, its log, or pg_stat_activity."""
    secrets = [SECRETARIAT_PASSWORD, *REVIEWER_PASSWORDS.values()]
    with pg.admin(database) as conn:
        for table in ("meta", "reviewer", "device", "chunk", "change"):
            rows = conn.execute(f"SELECT t::text FROM review_desk.{table} t").fetchall()
            text = " ".join(str(r[0]) for r in rows)
            assert all(s not in text for s in secrets), table
        rows = conn.execute("SELECT data FROM review_desk.snapshot").fetchall()
        files = [zlib.decompress(r[0]) if is_compressed(r[0]) else bytes(r[0]) for r in rows]
        assert files and all(f.startswith(SQLITE_HEADER) for f in files)
        assert all(s.encode() not in f for f in files for s in secrets)
        roles = conn.execute("SELECT string_agg(rolpassword, ' ') FROM pg_authid").fetchone()
        assert roles is not None and all(s not in str(roles[0]) for s in secrets)
    assert all(s not in pg.log_text() for s in secrets)


def test_init_is_idempotent_and_refuses_a_foreign_database(tmp_path: Path,
                                                           pg_server: PgServer) -> None:
    database, secretariat = pg_server.new_database()
    url = pg_server.url(secretariat, database)
    first = cli("server", "init", url, password=SECRETARIAT_PASSWORD)
    again = cli("server", "init", url, password=SECRETARIAT_PASSWORD)
    assert first.returncode == 0 and again.returncode == 0, first.stderr + again.stderr
    assert "schema 0 → 1" in first.stdout and "is ready" in again.stdout

    other, owner = pg_server.new_database()
    with pg_server.admin(other) as conn:
        conn.execute(f"CREATE TABLE public.payroll (id int); ALTER TABLE public.payroll OWNER "
                     f"TO {owner}")
    other_url = pg_server.url(owner, other)
    refused = cli("server", "init", other_url, password=SECRETARIAT_PASSWORD)
    assert refused.returncode == 2 and "public.payroll" in refused.stderr
    assert "Traceback" not in refused.stderr
    with pg_server.admin(other) as conn:
        assert conn.execute("SELECT 1 FROM pg_namespace WHERE nspname = 'review_desk'"
                            ).fetchone() is None
    told = cli("server", "init", other_url, "--allow-other-tables",
               password=SECRETARIAT_PASSWORD)
    assert told.returncode == 0, told.stderr


@pytest.mark.parametrize("password", ["wrong-password-xyz", ""])
def test_a_wrong_password_is_a_clear_refusal(tmp_path: Path, pg_server: PgServer,
                                             password: str) -> None:
    database, secretariat = pg_server.new_database()
    run = cli("server", "init", pg_server.url(secretariat, database), password=password)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "refused the user name or password" in run.stderr
    if password:
        assert password not in run.stderr + run.stdout


def test_admin_password_is_not_needed_by_anyone(pg_server: PgServer) -> None:
    # the fixture's superuser exists only to create test databases
    assert ADMIN_PASSWORD not in pg_server.log_text()


def test_init_by_a_role_that_may_not_create_is_a_clear_refusal(pg_server: PgServer) -> None:
    _, role = pg_server.new_database()
    other, _owner_role = pg_server.new_database()
    with pg_server.admin(other) as conn:
        conn.execute(f"REVOKE CREATE ON DATABASE {other} FROM PUBLIC")
    run = cli("server", "init", pg_server.url(role, other), password=SECRETARIAT_PASSWORD)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "refused" in run.stderr
