"""A pull from the office server reads the journal a page at a time, as a folder-share pull
reads it a batch at a time (tests/unit/test_sync_memory.py): every row is checked and
packed as it arrives, so the rows held decoded at once are bounded by the page, not by
the journal nor by a chunk. Fetching every row first, as the pull did before, held them
all (`server_bench.py`, national: 300 MB at its peak). The pull is still one merge: a
conflict that a later chunk of the same pull settles is not counted as new."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from review_desk.desk import Desk
from review_desk.review.journal import Op, Set
from review_desk.server import chunks, remote
from review_desk.sync.service import SyncService
from tests.helpers.office import PW, make_office
from tests.helpers.postgres import SECRETARIAT_PASSWORD, PgServer
from tests.unit.test_sync_support import shared_state

PAGE = 40  # rows read from the server at a time, here
CHUNK = 150  # rows a push puts in one chunk, here: more than a page
PROPOSALS = 60
ACTIONS = 10  # of PROPOSALS changes each: 600 rows, four chunks


class _CountedRow(dict[str, Any]):
    """A row read from the server that counts how many of its kind are alive."""

    alive = 0
    most = 0
    made = 0

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        cls = type(self)
        cls.alive += 1
        cls.made += 1
        cls.most = max(cls.most, cls.alive)

    def __del__(self) -> None:
        type(self).alive -= 1


def test_a_pull_holds_no_more_rows_than_a_page(tmp_path: Path, pg_server: PgServer,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _CountedRow.alive = _CountedRow.most = _CountedRow.made = 0
    office = make_office(tmp_path, pg_server, count=PROPOSALS + 1)
    monkeypatch.setattr(chunks, "BATCH_ROWS", CHUNK)
    with Desk.open(office.files["rev_a"], "rev_a") as a:
        ids = a.list_ids()[1:]  # the first has both reviewers' opinions already
        for n in range(ACTIONS):
            ops: list[Op] = [Set("proposal", pid, "opinion", f"第{n}轮：{pid}")
                             for pid in ids]
            a.writer.run("opinions", lambda _conn, ops=ops: ops)
        sent = SyncService(a, ask=lambda _: PW["rev_a"]).sync()
        assert (sent.sent, sent.sent_batches) == (ACTIONS * PROPOSALS, 4)
        expected = shared_state(a)
    monkeypatch.setattr(remote, "PAGE_ROWS", PAGE)
    monkeypatch.setattr(remote, "_wire_row", lambda values: _CountedRow(
        zip(remote.WIRE_COLUMNS, values, strict=True)))
    seen: list[tuple[int, int]] = []

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "receive":
            seen.append((done, total))

    with Desk.open(office.files["rev_b"], "rev_b") as b:
        got = SyncService(b, ask=lambda _: PW["rev_b"]).sync(progress)
        assert shared_state(b) == expected  # every row arrived, none twice
    assert got.received == _CountedRow.made == ACTIONS * PROPOSALS
    assert got.received_batches == 4
    assert 0 < _CountedRow.most <= PAGE  # all at once: 600
    assert _CountedRow.alive == 0
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]  # each chunk as it is complete


def test_a_conflict_settled_by_a_later_chunk_of_the_same_pull_is_not_new(
        tmp_path: Path, pg_server: PgServer) -> None:
    office = make_office(tmp_path, pg_server)

    def service(desk: Desk, login: str) -> SyncService:
        return SyncService(desk, ask=lambda _: PW[login])

    with Desk.open(office.files["rev_a"], "rev_a") as a, \
            Desk.open(office.files["rev_b"], "rev_b") as b:
        pid = a.list_ids()[1]
        a.annotations.set_opinion(pid, "甲")
        service(a, "rev_a").sync()  # chunk 1 of a
        b.annotations.set_opinion(pid, "乙")
        service(b, "rev_b").sync()
        assert service(a, "rev_a").sync().new_conflicts == 1
        (found,) = service(a, "rev_a").conflicts()
        service(a, "rev_a").resolve(found.id, value="甲乙")
        service(a, "rev_a").sync()  # chunk 2 of a, made on top of b's
        expected = shared_state(a)
    with Desk.open(office.master) as master:
        summary = SyncService(master, ask=lambda _: SECRETARIAT_PASSWORD).sync()
        assert summary.received_batches >= 3  # a's chunk 1, b's, a's chunk 2 (and more)
        assert (summary.new_conflicts, summary.conflicts) == (0, 0)
        assert shared_state(master) == expected
