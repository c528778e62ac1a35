"""Merging received changes: order does not matter, disagreements stay visible,
resolutions settle them, clock skew changes nothing that is kept."""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from review_desk.desk import Desk
from review_desk.errors import InvalidActionError, NotFoundError
from review_desk.review.conflicts import conflicts, resolve
from review_desk.review.hlc import HybridClock
from review_desk.review.projection import rebuild, snapshot
from review_desk.review.sync_merge import WIRE_COLUMNS, apply_changes
from review_desk.store.search_index import rebuild_search
from review_desk.sync.service import SyncService
from tests.unit.test_sync_support import (
    assert_heads_match_journal,
    make_share,
    reviewers,
    shared_state,
)

HOURS = 3600.0


def _rows(desk: Desk, device: str | None = None) -> list[dict[str, Any]]:
    with desk.store.reading() as conn:
        where = " AND device = :d" if device else ""
        from sqlalchemy import text

        result = conn.execute(
            text(f"SELECT {', '.join(WIRE_COLUMNS)} FROM change WHERE NOT local_only{where}"
                 " ORDER BY device, seq"),
            {"d": device} if device else {},
        )
        return [dict(r._mapping) for r in result]


def _device(desk: Desk) -> str:
    with desk.store.reading() as conn:
        return str(conn.exec_driver_sql("SELECT device_id FROM local_device").scalar())


def _skew(desk: Desk, hours: float) -> None:
    """Make this laptop's wall clock run `hours` off."""
    with desk.store.reading() as conn:
        last = conn.exec_driver_sql("SELECT max(hlc) FROM change").scalar()
    desk.writer.clock = HybridClock(str(last) if last else None,
                                    now=lambda: time.time() + hours * HOURS)


def test_concurrent_edits_are_kept_as_a_conflict_and_resolved(tmp_path: Path) -> None:
    share, _ = make_share(tmp_path)
    a, b = reviewers(tmp_path, share, 2)
    try:
        pid = a.list_ids()[0]
        a.annotations.set_opinion(pid, "建议立案")
        b.annotations.set_opinion(pid, "建议不予立案")
        for d in (a, b, a):
            SyncService(d).sync()
        found_a, found_b = conflicts_of(a), conflicts_of(b)
        assert found_a == found_b
        (conflict,) = found_a
        assert conflict.field == "opinion" and conflict.intake_no is not None
        assert {v.value for v in conflict.values} == {"建议立案", "建议不予立案"}
        assert {v.reviewer for v in conflict.values} == {"甲", "乙"}
        assert sum(v.shown for v in conflict.values) == 1
        assert shared_state(a) == shared_state(b)
        assert a.detail(pid).opinion in {"建议立案", "建议不予立案"}
        take = next(v for v in conflict.values if v.reviewer == "乙")
        resolve(a.writer, conflict.id, take=take.id)
        assert conflicts_of(a) == []
        for d in (a, b):
            SyncService(d).sync()
        assert conflicts_of(b) == [] and b.detail(pid).opinion == "建议不予立案"
        assert shared_state(a) == shared_state(b)
        assert_heads_match_journal(b)
    finally:
        a.close()
        b.close()


def conflicts_of(desk: Desk) -> list[Any]:
    with desk.store.reading() as conn:
        return conflicts(conn)


def test_resolve_with_a_new_value_and_refusals(tmp_path: Path) -> None:
    share, _ = make_share(tmp_path)
    a, b = reviewers(tmp_path, share, 2)
    try:
        pid = a.list_ids()[1]
        a.annotations.set_key(pid, True, "张三")
        b.annotations.set_key(pid, True, "李四")
        for d in (a, b, a):
            SyncService(d).sync()
        # both set key=True: two heads, one value, no conflict; the leaders differ
        by_field = {c.field: c for c in conflicts_of(a)}
        assert set(by_field) == {"lead_leader"}
        cid = by_field["lead_leader"].id
        with pytest.raises(NotFoundError):
            resolve(a.writer, "c0000000000", value="王五")
        with pytest.raises(NotFoundError):
            resolve(a.writer, cid, take="nope-1")
        with pytest.raises(InvalidActionError):
            resolve(a.writer, cid)
        resolve(a.writer, cid, value="王五")
        assert a.detail(pid).lead_leader == "王五"
        assert conflicts_of(a) == []
        SyncService(a).sync()
        SyncService(b).sync()
        assert shared_state(a) == shared_state(b)
    finally:
        a.close()
        b.close()


def test_same_changes_in_any_order_give_the_same_tables(tmp_path: Path) -> None:
    share, master = make_share(tmp_path)
    desks = reviewers(tmp_path, share, 3)
    try:
        ids = desks[0].list_ids()
        for n, d in enumerate(desks):
            d.decisions.decide([ids[0]], ("accept", "withdraw", "accept")[n])
            d.annotations.set_opinion(ids[1], f"意见{n}")
            d.units.assign_lead_joint(ids[2], "民政局", ["财政局"] if n else [])
            d.annotations.add_note(ids[0], f"共享备注{n}", shared=True)
        received = [r for d in desks for r in _rows(d, _device(d))]
    finally:
        for d in desks:
            d.close()
    states = []
    for attempt in range(4):
        copy = tmp_path / f"order{attempt}.rdesk"
        shutil.copy(master, copy)
        rows = list(received)
        random.Random(attempt).shuffle(rows)
        with Desk.open(copy) as d:
            chunks = [rows[i : i + 3] for i in range(0, len(rows), 3)]
            for chunk in chunks + chunks[:2]:  # some rows arrive twice
                with d.store.writing() as conn:
                    apply_changes(conn, chunk)
            assert_heads_match_journal(d)
            states.append(shared_state(d))
            with d.store.writing() as conn:
                before = snapshot(conn)
                rebuild(conn)
                rebuild_search(conn)
                assert snapshot(conn) == before
    assert all(s == states[0] for s in states)


def test_clock_skew_of_hours_changes_nothing_that_is_kept(tmp_path: Path) -> None:
    share, _ = make_share(tmp_path)
    a, b = reviewers(tmp_path, share, 2)
    try:
        _skew(a, +7)  # a's laptop runs seven hours fast
        _skew(b, -5)  # b's five hours slow
        pid = a.list_ids()[0]
        a.annotations.set_opinion(pid, "快钟的意见")
        SyncService(a).sync()
        SyncService(b).sync()
        # b edits after seeing a's value: b's value wins although b's wall clock is behind
        b.annotations.set_opinion(pid, "慢钟在其后修改")
        SyncService(b).sync()
        SyncService(a).sync()
        assert a.detail(pid).opinion == b.detail(pid).opinion == "慢钟在其后修改"
        assert conflicts_of(a) == []
        # concurrent edits: both values kept whatever the clocks say
        a.annotations.set_opinion(pid, "甲同时")
        b.annotations.set_opinion(pid, "乙同时")
        for d in (a, b, a):
            SyncService(d).sync()
        (conflict,) = conflicts_of(a)
        assert {v.value for v in conflict.values} == {"甲同时", "乙同时"}
        assert conflicts_of(b) == [conflict]
        assert shared_state(a) == shared_state(b)
    finally:
        a.close()
        b.close()
