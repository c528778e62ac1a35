"""Who may write what, tested by trying: a reviewer's role appends only its own devices'
rows and can never update, delete or truncate; the secretariat's role publishes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors as pg_errors

from review_desk.desk import Desk
from review_desk.server.connection import connect
from review_desk.server.errors import ServerRefusedError
from review_desk.server.remote import ServerRemote
from review_desk.sync.service import SyncService
from tests.helpers.office import PW, Office, make_office
from tests.helpers.postgres import SECRETARIAT_PASSWORD, PgServer


@pytest.fixture
def office(tmp_path: Path, pg_server: PgServer) -> Office:
    return make_office(tmp_path, pg_server)


@pytest.fixture
def as_a(office: Office) -> Iterator[psycopg.Connection[Any]]:
    conn = connect(office.reviewers["rev_a"], PW["rev_a"])
    yield conn
    conn.close()


def _counts(office: Office) -> tuple[Any, ...]:
    conn = connect(office.secretariat, SECRETARIAT_PASSWORD)
    try:
        row = conn.execute(
            "SELECT (SELECT count(*) FROM review_desk.change),"
            " (SELECT count(*) FROM review_desk.chunk),"
            " (SELECT md5(string_agg(t::text, '' ORDER BY device, seq)) FROM"
            "  review_desk.change t), (SELECT count(*) FROM review_desk.snapshot),"
            " (SELECT count(*) FROM review_desk.device)").fetchone()
        assert row is not None
        return tuple(row)
    finally:
        conn.close()


def _devices(conn: psycopg.Connection[Any]) -> dict[str, str]:
    rows = conn.execute("SELECT role, device FROM review_desk.device").fetchall()
    return {str(r): str(d) for r, d in rows}


@pytest.mark.parametrize("attempt", [
    "insert_other_device", "insert_own_device_other_chunk", "insert_unregistered_device",
    "update_change", "delete_change", "truncate_change", "update_chunk", "delete_chunk",
    "insert_snapshot", "register_device", "claim_used_device", "write_meta",
])
def test_a_reviewer_role_is_refused(office: Office, as_a: psycopg.Connection[Any],
                                    attempt: str) -> None:
    before = _counts(office)
    devices = _devices(as_a)
    mine, theirs = devices[office.role("rev_a")], devices[office.role("rev_b")]
    columns = "(device, seq, chunk, id, hlc, reviewer, action_id, action, entity, entity_id," \
              " field, value, parents)"

    def row(device: str, chunk: object) -> str:
        return (f"INSERT INTO review_desk.change {columns} VALUES ('{device}', 999, {chunk},"
                f" '{device}-999', '0', 'x', 'a', 'x', 'proposal', 'p', 'status',"
                " '\"accepted\"', '[]')")

    statements = {
        "insert_other_device": [
            f"INSERT INTO review_desk.chunk (device, first, last) VALUES ('{theirs}', 999, 999)"],
        "insert_own_device_other_chunk": [row(mine, "(SELECT min(id) FROM review_desk.chunk"
                                                    f" WHERE device = '{theirs}')")],
        "insert_unregistered_device": [
            "INSERT INTO review_desk.chunk (device, first, last) VALUES ('dnobody', 1, 1)"],
        "update_change": ["UPDATE review_desk.change SET value = '\"rejected\"'"],
        "delete_change": [f"DELETE FROM review_desk.change WHERE device = '{mine}'"],
        "truncate_change": ["TRUNCATE review_desk.change CASCADE"],
        "update_chunk": ["UPDATE review_desk.chunk SET last = last + 1"],
        "delete_chunk": [f"DELETE FROM review_desk.chunk WHERE device = '{mine}'"],
        "insert_snapshot": ["INSERT INTO review_desk.snapshot (generation, data, sha256, changes)"
                            " VALUES (99, '\\x00', 'x', 0)"],
        "register_device": ["INSERT INTO review_desk.device (device, role) VALUES"
                            f" ('dsneaky', '{office.role('rev_a')}')"],
        "claim_used_device": [f"SELECT review_desk.claim_device('{theirs}') AND"
                              " 1/0 = 1"],
        "write_meta": ["UPDATE review_desk.meta SET value = 'other' WHERE key = 'session'"],
    }[attempt]
    if attempt == "claim_used_device":
        # claiming another's device answers false (and registers nothing)
        got = as_a.execute(f"SELECT review_desk.claim_device('{theirs}')").fetchone()
        assert got == (False,)
    else:
        with pytest.raises((pg_errors.InsufficientPrivilege, pg_errors.CheckViolation)):
            for statement in statements:
                as_a.execute(statement)
    assert _counts(office) == before
    assert _devices(as_a) == devices


def test_a_reviewer_cannot_push_for_a_device_of_another(office: Office) -> None:
    # rev_a's file pretends to be rev_b's device: the push is refused, nothing changes
    before = _counts(office)
    with Desk.open(office.files["rev_b"]) as b, b.store.reading() as conn:
        theirs = str(conn.exec_driver_sql("SELECT device_id FROM local_device").scalar())
    with Desk.open(office.files["rev_a"], "rev_a") as a:
        with a.store.writing() as conn:
            conn.exec_driver_sql("UPDATE local_device SET device_id = ?", (theirs,))
        a.annotations.set_opinion(a.list_ids()[1], "冒名的修改")
        with pytest.raises(ServerRefusedError) as refused:
            SyncService(a, ask=lambda _: PW["rev_a"]).sync()
        assert "registered to another reviewer" in refused.value.message
    assert _counts(office) == before


def test_a_reviewer_cannot_publish_but_the_secretariat_can(office: Office) -> None:
    with Desk.open(office.files["rev_a"], "rev_a") as a, pytest.raises(ServerRefusedError):
        SyncService(a, ask=lambda _: PW["rev_a"]).publish()
    with Desk.open(office.master) as m:
        _, published = SyncService(m, ask=lambda _: SECRETARIAT_PASSWORD).publish()
    assert published.generation == 1


def test_application_name_and_activity_hold_no_password(office: Office,
                                                        pg_server: PgServer) -> None:
    remote = ServerRemote(office.reviewers["rev_a"], PW["rev_a"])
    try:
        with pg_server.admin() as admin:
            rows = admin.execute("SELECT application_name, usename, query FROM"
                                 " pg_stat_activity").fetchall()
        assert ("review-desk", office.role("rev_a")) in {(r[0], r[1]) for r in rows}
        text = repr(rows)
        assert all(pw not in text for pw in (*PW.values(), SECRETARIAT_PASSWORD))
    finally:
        remote.close()


def test_a_nonsensical_row_from_the_server_is_set_aside_and_sync_goes_on(
        office: Office, as_a: psycopg.Connection[Any]) -> None:
    mine = _devices(as_a)[office.role("rev_a")]
    with Desk.open(office.files["rev_b"]) as b, b.store.reading() as conn:
        pid = str(conn.exec_driver_sql("SELECT id FROM proposal LIMIT 1").scalar())
    with as_a.transaction():
        chunk = as_a.execute("INSERT INTO review_desk.chunk (device, first, last) VALUES"
                             " (%s, 900, 900) RETURNING id", (mine,)).fetchone()
        assert chunk is not None
        as_a.execute(
            "INSERT INTO review_desk.change (device, seq, chunk, id, hlc, reviewer, action_id,"
            " action, entity, entity_id, field, value, parents) VALUES (%s, 900, %s, %s,"
            " '1790000000000.00000', 'x', 'a', 'decide', 'proposal', %s, 'status',"
            " '\"bogus\"', '[]')", (mine, chunk[0], f"{mine}-900", pid))
    with Desk.open(office.files["rev_a"], "rev_a") as a:
        a.annotations.set_opinion(a.list_ids()[2], "之后的正常修改")
        SyncService(a, ask=lambda _: PW["rev_a"]).sync()
    with Desk.open(office.files["rev_b"], "rev_b") as b:
        summary = SyncService(b, ask=lambda _: PW["rev_b"]).sync()
        (aside,) = summary.set_aside
        assert aside.path.endswith(f"#chunk={chunk[0]}") and "bogus" in aside.reason
        assert b.detail(pid).row.status != "bogus"
        assert b.detail(b.list_ids()[2]).opinion == "之后的正常修改"
        again = SyncService(b, ask=lambda _: PW["rev_b"]).sync()
        assert again.set_aside == [] and again.received == 0
