"""Snapshots on the office server: stored compressed, checked by the file's hash, old
uncompressed rows still served, torn rows set aside."""

from __future__ import annotations

import hashlib
import zlib
from pathlib import Path

import pytest

from review_desk.desk import Desk
from review_desk.server import snapshots
from review_desk.server.snapshots import SQLITE_HEADER, TORN
from review_desk.sync.service import SyncService, checkout
from tests.helpers.office import Office, make_office
from tests.helpers.postgres import SECRETARIAT_PASSWORD, PgServer
from tests.unit.test_sync_support import shared_state


@pytest.fixture
def office(tmp_path: Path, pg_server: PgServer, monkeypatch: pytest.MonkeyPatch) -> Office:
    # small pieces: a snapshot here goes in and out in many slices, as a national one does
    monkeypatch.setattr(snapshots, "PIECE", 4096)
    return make_office(tmp_path, pg_server, count=30)


def _publish(office: Office) -> int:
    with Desk.open(office.master) as m:
        _, published = SyncService(m, ask=lambda _: SECRETARIAT_PASSWORD).publish()
    return published.generation


def _checkout(office: Office, out: Path) -> tuple[int, list[str]]:
    done = checkout(office.secretariat.url(), out, ask=lambda _: SECRETARIAT_PASSWORD)
    return done.snapshot.generation, [s.reason for s in done.snapshot.set_aside]


def _row(pg: PgServer, office: Office, generation: int) -> tuple[bytes, str]:
    with pg.admin(office.secretariat.database) as conn:
        row = conn.execute("SELECT data, sha256 FROM review_desk.snapshot"
                           " WHERE generation = %s", (generation,)).fetchone()
    assert row is not None
    return bytes(row[0]), str(row[1])


def _set_data(pg: PgServer, office: Office, generation: int, data: bytes, sha: str) -> None:
    with pg.admin(office.secretariat.database) as conn:
        conn.execute("UPDATE review_desk.snapshot SET data = %s, sha256 = %s"
                     " WHERE generation = %s", (data, sha, generation))


def _same_as_master(office: Office, path: Path) -> None:
    with Desk.open(office.master) as m, Desk.open(path) as c:
        assert shared_state(m) == shared_state(c)


def test_a_snapshot_is_stored_compressed_and_checks_out(office: Office, pg_server: PgServer,
                                                        tmp_path: Path) -> None:
    generation = _publish(office)
    data, sha = _row(pg_server, office, generation)
    file = zlib.decompress(data)
    assert file.startswith(SQLITE_HEADER) and len(data) * 2 < len(file)
    # the hash is the session file's: a program that hashes the stored bytes refuses it
    assert hashlib.sha256(file).hexdigest() == sha != hashlib.sha256(data).hexdigest()
    assert _checkout(office, tmp_path / "c.rdesk") == (generation, [])
    _same_as_master(office, tmp_path / "c.rdesk")


def test_a_snapshot_published_uncompressed_by_an_older_program_still_checks_out(
        office: Office, pg_server: PgServer, tmp_path: Path) -> None:
    _publish(office)
    generation = _publish(office)
    file = zlib.decompress(_row(pg_server, office, generation)[0])
    # the row as the program before compression wrote it: the file, hashed as stored
    _set_data(pg_server, office, generation, file, hashlib.sha256(file).hexdigest())
    assert _checkout(office, tmp_path / "c.rdesk") == (generation, [])
    _same_as_master(office, tmp_path / "c.rdesk")


@pytest.mark.parametrize("damage", ["cut", "flipped", "appended", "sha"])
def test_a_torn_compressed_snapshot_is_set_aside_for_the_one_before(
        office: Office, pg_server: PgServer, tmp_path: Path, damage: str) -> None:
    _publish(office)
    generation = _publish(office)
    data, sha = _row(pg_server, office, generation)
    if damage == "cut":
        data = data[:-100]
    elif damage == "flipped":
        middle = len(data) // 2
        data = data[:middle] + bytes([data[middle] ^ 0x40]) + data[middle + 1:]
    elif damage == "appended":
        data += b"\x00" * 10
    else:
        sha = hashlib.sha256(b"another file").hexdigest()
    _set_data(pg_server, office, generation, data, sha)
    assert _checkout(office, tmp_path / "c.rdesk") == (generation - 1, [TORN])
    _same_as_master(office, tmp_path / "c.rdesk")
