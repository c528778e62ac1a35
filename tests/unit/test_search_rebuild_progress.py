"""Building the search index anew counts the proposals it has indexed, batch by batch
(a national file's build takes seconds: the window and the command line show the
count), and the batches build the same index as one pass."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from review_desk.desk import Desk
from review_desk.review.queries import ProposalFilter
from review_desk.store import search_index
from review_desk.store.upgrade_wait import OpenNotice, UpgradingNotice
from tests.helpers.search_fold import make_index_unfolded
from tests.unit.test_migration_v3 import v3_file


def index_rows(path: Path) -> list[list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        return [conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
                for t in ("search_key", "search_doc")]
    finally:
        conn.close()


def rebuilt(desk: Desk, batch: int, monkeypatch: pytest.MonkeyPatch
            ) -> list[tuple[str, int, int]]:
    """Build `desk`'s index anew `batch` proposals at a time; the counts heard."""
    heard: list[tuple[str, int, int]] = []
    monkeypatch.setattr(search_index, "REBUILD_BATCH", batch)
    with desk.store.writing() as conn:
        search_index.rebuild_search(conn, lambda *count: heard.append(count))
    return heard


def test_the_count_rises_batch_by_batch_to_every_proposal(
        desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    total = len(desk.list_ids())
    assert total == 12
    assert rebuilt(desk, 5, monkeypatch) == [
        ("search", 0, 12), ("search", 5, 12), ("search", 10, 12), ("search", 12, 12)]


def test_batches_build_the_index_one_pass_builds(
        desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    rebuilt(desk, 10_000, monkeypatch)
    whole = index_rows(desk.store.path)
    found = {q: desk.list_ids(ProposalFilter(search=q)) for q in ("教育", "委员3", "民盟")}
    assert rebuilt(desk, 3, monkeypatch)[-1] == ("search", 12, 12)
    assert index_rows(desk.store.path) == whole
    assert {q: desk.list_ids(ProposalFilter(search=q)) for q in found} == found
    assert all(found.values())


def test_no_batch_holds_more_than_its_share(
        desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int | None] = []
    documents = search_index._documents

    def counted(conn, ids):  # type: ignore[no-untyped-def]
        asked.append(None if ids is None else len(list(ids)))
        return documents(conn, ids)

    monkeypatch.setattr(search_index, "_documents", counted)
    rebuilt(desk, 5, monkeypatch)
    assert asked == [5, 5, 2]


def test_opening_an_old_index_tells_its_count(
        desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    path = desk.store.path
    with desk.store.writing() as conn:
        make_index_unfolded(conn)
    desk.close()
    monkeypatch.setattr(search_index, "REBUILD_BATCH", 4)
    heard: list[OpenNotice | UpgradingNotice] = []
    Desk.open(path, progress=heard.append).close()
    assert all(isinstance(n, UpgradingNotice) and n.step == "index" for n in heard)
    counts = [n.count for n in heard if isinstance(n, UpgradingNotice)]
    # said once as it begins, then counted after each batch, ending at every proposal
    assert counts == [None, (0, 12), (4, 12), (8, 12), (12, 12)]
    assert heard[-1].message_zh == "正在建立搜索索引… 12 / 12"
    assert heard[-1].message == "building the search index… 12 / 12"


def test_a_count_reads_with_thousands_grouped(tmp_path: Path) -> None:
    notice = UpgradingNotice(tmp_path / "全国.rdesk", "index", (42_000, 106_000))
    assert notice.message_zh == "正在建立搜索索引… 42,000 / 106,000"
    assert notice.message == "building the search index… 42,000 / 106,000"


def test_the_command_line_prints_the_count_on_stderr(desk: Desk) -> None:
    path = desk.store.path
    with desk.store.writing() as conn:
        make_index_unfolded(conn)
    desk.close()
    done = subprocess.run([sys.executable, "-m", "review_desk", "list", str(path), "--json"],
                          capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    said = done.stderr.splitlines()
    assert "重建" in said[0] and "search index" in said[1]  # the step, once, as it begins
    assert said[2:] == [
        "review-desk: 正在建立搜索索引… 0 / 12 (building the search index… 0 / 12)",
        "review-desk: 正在建立搜索索引… 12 / 12 (building the search index… 12 / 12)"]
    assert len(json.loads(done.stdout)) == 12


def test_migrating_an_older_format_counts_the_index_it_builds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = v3_file(tmp_path / "旧格式.rdesk")
    monkeypatch.setattr(search_index, "REBUILD_BATCH", 2)
    heard: list[OpenNotice | UpgradingNotice] = []
    with Desk.open(path, progress=heard.append) as desk:
        total = len(desk.list_ids())
    told = [(n.step, n.count) for n in heard if isinstance(n, UpgradingNotice)]
    assert len(told) == len(heard) and total >= 4
    # the migration as it begins, the count of the index its steps build, then the
    # rewrite (VACUUM), which would otherwise sit at "N / N" for seconds
    assert told == [("migrate", None),
                    *(("index", (done, total)) for done in [*range(0, total, 2), total]),
                    ("compact", None)]
    assert "布局" in heard[-1].message_zh and "layout" in heard[-1].message


def test_rebuilding_from_the_journal_counts_the_index_it_compares(
        desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    """`review-desk rebuild` on a national file compares 6,000 documents after the tables:
    its bar counts them instead of sitting at 0 / 1."""
    monkeypatch.setattr(search_index, "REBUILD_BATCH", 5)
    heard: list[tuple[str, int, int]] = []
    desk.rebuild(lambda *count: heard.append(count))
    assert [c for c in heard if c[0] == "search"] == [
        ("search", 0, 12), ("search", 5, 12), ("search", 10, 12), ("search", 12, 12)]


def test_bringing_the_index_up_to_date_in_batches_mends_what_differs(
        desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    """Documents changed behind the index's back, and one of a proposal no longer there,
    are rewritten batch by batch to what a whole build writes."""
    monkeypatch.setattr(search_index, "REBUILD_BATCH", 5)
    ids = sorted(desk.list_ids())
    with desk.store.writing() as conn:
        search_index.rebuild_search(conn)
    whole = index_rows(desk.store.path)
    with desk.store.writing() as conn:
        for pid in (ids[1], ids[7], ids[11]):
            conn.exec_driver_sql("UPDATE search_doc SET packed = ? WHERE proposal_id = ?",
                                 (search_index.pack("别的文字"), pid))
        conn.exec_driver_sql("UPDATE proposal SET present = 0 WHERE id = ?", (ids[4],))
        search_index._mark_folded(conn)  # a write to search_doc unmarks it (older programs)
        heard: list[tuple[str, int, int]] = []
        search_index.update_search(conn, lambda *count: heard.append(count))
    assert heard == [("search", 0, 11), ("search", 5, 11), ("search", 10, 11),
                     ("search", 11, 11)]  # compared, not built anew
    assert desk.list_ids(ProposalFilter(search="别的文字")) == []
    rows = index_rows(desk.store.path)
    gone = {r[0] for r in rows[0] if r[1] == ids[4]}
    assert [r for r in rows[1] if r[0] not in gone] == [r for r in whole[1] if r[0] not in gone]
    assert [search_index.unpack(r[2]) for r in rows[1] if r[0] in gone] == [""]
