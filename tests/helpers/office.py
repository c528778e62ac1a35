"""An office server with two reviewers for the server tests: a database with the schema,
two reviewers' roles, a master synced to it, and two checkouts that synced once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from review_desk.desk import Desk
from review_desk.server.connection import connect
from review_desk.server.roles import add_reviewer
from review_desk.server.schema import init_schema
from review_desk.sync.location import ServerLocation, parse_server
from review_desk.sync.service import SyncService, checkout
from tests.conftest import small_bundle
from tests.helpers.postgres import SECRETARIAT_PASSWORD, PgServer

PW = {"rev_a": "Rev-A-pw-9!office", "rev_b": "Rev-B-pw-9!office"}


@dataclass
class Office:
    secretariat: ServerLocation
    reviewers: dict[str, ServerLocation]
    files: dict[str, Path]
    master: Path

    def role(self, login: str) -> str:
        return self.reviewers[login].user


def make_office(tmp_path: Path, pg: PgServer, count: int = 4) -> Office:
    """A server with two reviewers who checked out and synced once."""
    database, role = pg.new_database()
    sec = parse_server(pg.url(role, database))
    conn = connect(sec, SECRETARIAT_PASSWORD)
    try:
        init_schema(conn, sec)
        for login, pw in PW.items():
            add_reviewer(conn, sec, f"审查员{login[-1]}", pw, f"{login}_{database}")
    finally:
        conn.close()
    master = tmp_path / "master.rdesk"
    with Desk.create(master, small_bundle(count), reviewer="秘书处") as desk:
        SyncService(desk, ask=lambda _: SECRETARIAT_PASSWORD).sync(to=sec.url())
    files, reviewers = {}, {}
    for login, pw in PW.items():
        reviewers[login] = sec.as_user(f"{login}_{database}")
        files[login] = tmp_path / f"{login}.rdesk"
        checkout(reviewers[login].url(), files[login], reviewer=login,
                 ask=lambda _, pw=pw: pw)  # type: ignore[misc]
        with Desk.open(files[login], login) as desk:
            desk.annotations.set_opinion(desk.list_ids()[0], f"{login} 的意见")
            SyncService(desk, ask=lambda _, pw=pw: pw).sync()  # type: ignore[misc]
    return Office(sec, reviewers, files, master)
