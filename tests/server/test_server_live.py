"""Live sync: each device sees the other's decision as soon as it is committed, and a
dropped connection changes only the status until it comes back and catches up."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from review_desk.desk import Desk
from review_desk.review.journal import Changed
from review_desk.server.live import LiveStatus, LiveSync
from tests.helpers.office import PW, Office, make_office
from tests.helpers.postgres import PgServer


class Watched:
    """A desk with its live sync, recording statuses and received changes."""

    def __init__(self, office: Office, login: str) -> None:
        self.desk = Desk.open(office.files[login], login)
        self.statuses: list[LiveStatus] = []
        self.received: list[Changed] = []
        self.live = LiveSync(self.desk.store, self.desk.writer.clock, office.reviewers[login],
                             PW[login], self.statuses.append, self.received.append,
                             retry_s=0.2)

    def close(self) -> None:
        self.live.stop()
        self.desk.close()


def wait_for(condition: Callable[[], bool], limit: float = 15.0) -> float:
    """Seconds until `condition` held (fails after `limit`)."""
    start = time.monotonic()
    while not condition():
        assert time.monotonic() - start < limit, "condition never held"
        time.sleep(0.01)
    return time.monotonic() - start


@pytest.fixture
def pair(tmp_path: Path, pg_server: PgServer) -> Iterator[tuple[Watched, Watched]]:
    office = make_office(tmp_path, pg_server)
    a, b = Watched(office, "rev_a"), Watched(office, "rev_b")
    try:
        a.live.start()
        b.live.start()
        wait_for(lambda: bool(a.statuses and a.statuses[-1].online
                              and b.statuses and b.statuses[-1].online))
        yield a, b
    finally:
        a.close()
        b.close()


def _status(desk: Desk, pid: str) -> str:
    return str(desk.detail(pid).row.status)


def test_a_decision_shows_on_the_other_device_at_once(pair: tuple[Watched, Watched]) -> None:
    a, b = pair
    pid = a.desk.list_ids()[2]
    for decision, expected in (("accept", "accepted"), ("withdraw", "withdrawn")):
        a.desk.decisions.decide([pid], decision)
        a.live.nudge()
        wait_for(lambda expected=expected: _status(b.desk, pid) == expected)  # type: ignore[misc]
    assert b.received and "proposal" in b.received[-1].entities
    wait_for(lambda: a.statuses[-1] == LiveStatus(True, 0))
    assert a.statuses[-1].text() == "在线 · 已同步"


def test_a_dropped_connection_changes_only_the_status(pair: tuple[Watched, Watched],
                                                      pg_server: PgServer) -> None:
    a, b = pair
    pid = a.desk.list_ids()[3]
    with pg_server.admin() as admin:
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                      " WHERE usename = %s", (a.live.location.user,))
    # a works on while its link is down; the change waits, then goes once it is back
    a.desk.decisions.decide([pid], "accept")
    a.live.nudge()
    wait_for(lambda: _status(b.desk, pid) == "accepted")
    assert any(not s.online for s in a.statuses), "the drop was never shown"
    wait_for(lambda: a.statuses[-1] == LiveStatus(True, 0))


def test_offline_status_counts_what_waits(tmp_path: Path, pg_server: PgServer) -> None:
    office = make_office(tmp_path, pg_server)
    a = Watched(office, "rev_a")
    try:
        a.live.location = a.live.location.as_user("nobody_here")  # the server refuses it
        for pid in a.desk.list_ids()[:2]:
            a.desk.decisions.decide([pid], "accept")
        a.live.start()
        wait_for(lambda: bool(a.statuses))
        assert a.statuses[-1].online is False
        assert a.statuses[-1].text() == "离线 · 2 项待同步"
        assert "nobody_here" in a.statuses[-1].problem
    finally:
        a.close()
