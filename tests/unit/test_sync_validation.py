"""A batch with a valid name and hash but rows that make no sense is set aside with its
reason, and every sync goes on; a clock far ahead is held, not shown."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path
from typing import Any

import pytest

from review_desk.desk import Desk
from review_desk.review.sync_merge import WIRE_COLUMNS
from review_desk.sync import state
from review_desk.sync.batches import FORMAT, digest
from review_desk.sync.service import SyncService
from review_desk.sync.validation import (
    FUTURE_BOUND_MS,
    InvalidRowsError,
    check_rows,
    row_problem,
)
from tests.unit.test_sync_support import make_share, reviewers, shared_state

HOSTILE = "dhostile0000001"


def _session(desk: Desk) -> str:
    with desk.store.reading() as conn:
        return state.session_id(conn)


def _row(seq: int = 1, **over: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": f"{HOSTILE}-{seq}", "device": HOSTILE, "seq": seq,
        "hlc": f"{int(time.time() * 1000):013d}.00000", "reviewer": "某人",
        "action_id": "a1", "action": "annotate.opinion", "entity": "proposal",
        "entity_id": "PID", "field": "opinion", "value": json.dumps("好"), "parents": "[]",
    }
    row.update(over)
    return row


def plant(share: Path, session: str, rows: Any, first: int = 1, last: int = 1,
          count: int = 1, requires: Any = None) -> Path:
    """Put a batch with a sound name and hash on the share, whatever its rows are."""
    body = {"format": FORMAT, "session": session, "device": HOSTILE, "first": first,
            "last": last, "requires": [] if requires is None else requires,
            "columns": list(WIRE_COLUMNS), "rows": rows}
    data = gzip.compress(json.dumps(body, ensure_ascii=False).encode(), mtime=0)
    folder = share / "changes" / HOSTILE
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{first:010d}-{last:010d}-{count}-{digest(data)}.batch"
    path.write_bytes(data)
    return path


def _as_list(row: dict[str, Any]) -> list[Any]:
    return [row[c] for c in WIRE_COLUMNS]


# each: (what the reviewer sees in the reason, the rows as they lie in the batch)
def _variants(pid: str) -> dict[str, tuple[str, Any]]:
    return {
        "unknown entity": ("unknown entity", [_as_list(_row(entity="colour", entity_id=pid))]),
        "unknown field": ("no field", [_as_list(_row(entity_id=pid, field="colour"))]),
        "value not JSON": ("not JSON", [_as_list(_row(entity_id=pid, value="{好"))]),
        "parents not JSON": ("not JSON", [_as_list(_row(entity_id=pid, parents="[x"))]),
        "short row": ("values instead of 12", [_as_list(_row(entity_id=pid))[:7]]),
        "rows not a list": ("not a list", {"0": _as_list(_row(entity_id=pid))}),
        "sequence as text": ("sequence number", [_as_list(_row(entity_id=pid, seq="1",
                                                               id=f"{HOSTILE}-1"))]),
        "creation lacks fields": ("lacks", [_as_list(_row(
            entity="proposal", entity_id="pnew", field="@create",
            value=json.dumps({"status": "pending"})))]),
        "status no command writes": ("cannot be", [_as_list(_row(
            entity_id=pid, field="status", value=json.dumps("approved")))]),
        "a reference to nothing": ("does not exist", [_as_list(_row(
            entity_id=pid, field="merged_into", value=json.dumps("pnowhere")))]),
        "a unit that does not exist": ("does not exist", [_as_list(_row(
            entity="assignment", entity_id=f"{pid}/u/unowhere", field="present",
            value="true"))]),
    }


@pytest.mark.parametrize("variant", sorted(_variants("x")))
def test_a_nonsensical_batch_is_set_aside_and_the_sync_goes_on(
    tmp_path: Path, variant: str
) -> None:
    share, _ = make_share(tmp_path)
    a, b = reviewers(tmp_path, share, 2)
    try:
        pid = a.list_ids()[0]
        words, rows = _variants(pid)[variant]
        bad = plant(share, _session(a), rows)
        a.annotations.set_opinion(pid, "甲的意见")
        before = shared_state(b)
        for desk in (a, b, a, b):  # every reviewer, again and again
            summary = SyncService(desk).sync()
        assert b.detail(pid).opinion == "甲的意见"  # the good work still arrived
        assert not bad.exists()
        reasons = [s.reason for s in summary.set_aside]
        assert summary.set_aside == [] or words in reasons[0]
        moved = list((share / "quarantine").rglob(f"{bad.name}.*"))
        assert len(moved) == 1
        after = shared_state(b)
        assert after["proposal"] != before["proposal"]  # only the opinion changed
        assert [r for r in after["proposal"] if r[0] != pid] == [
            r for r in before["proposal"] if r[0] != pid]
    finally:
        a.close()
        b.close()


def test_the_first_sync_after_a_bad_batch_names_its_reason(tmp_path: Path) -> None:
    share, _ = make_share(tmp_path)
    (a,) = reviewers(tmp_path, share, 1)
    try:
        pid = a.list_ids()[0]
        for name, (words, rows) in _variants(pid).items():
            path = plant(share, _session(a), rows)
            summary = SyncService(a).sync()
            assert [s.path for s in summary.set_aside] == [
                path.relative_to(share).as_posix()], name
            assert words in summary.set_aside[0].reason, (name, summary.set_aside[0].reason)
    finally:
        a.close()


def test_a_clock_far_ahead_is_held_and_reported_not_shown(tmp_path: Path) -> None:
    share, _ = make_share(tmp_path)
    (a,) = reviewers(tmp_path, share, 1)
    try:
        pid = a.list_ids()[0]
        year_ahead = int(time.time() * 1000) + 365 * 24 * 3600 * 1000
        plant(share, _session(a), [_as_list(_row(
            entity_id=pid, value=json.dumps("来自未来"), hlc=f"{year_ahead:013d}.00000"))])
        summary = SyncService(a).sync()
        assert a.detail(pid).opinion == ""
        assert len(summary.held) == 1
        held = summary.held[0]
        assert (held.device, held.reviewers) == (HOSTILE, ("某人",))
        assert held.ahead_hours > 24 * 364
        with a.store.reading() as conn:  # nothing of it, not even its clock, came in
            latest = conn.exec_driver_sql("SELECT max(hlc) FROM change").scalar()
        assert int(str(latest)[:13]) < year_ahead - FUTURE_BOUND_MS
        assert len(SyncService(a).sync().held) == 1  # still held, still reported
    finally:
        a.close()


def test_a_clock_a_few_hours_ahead_is_taken(tmp_path: Path) -> None:
    share, _ = make_share(tmp_path)
    (a,) = reviewers(tmp_path, share, 1)
    try:
        pid = a.list_ids()[0]
        ahead = int(time.time() * 1000) + 8 * 3600 * 1000  # a time zone off
        plant(share, _session(a), [_as_list(_row(
            entity_id=pid, value=json.dumps("快八小时"), hlc=f"{ahead:013d}.00000"))])
        summary = SyncService(a).sync()
        assert summary.held == [] and a.detail(pid).opinion == "快八小时"
    finally:
        a.close()


def test_every_row_the_journal_writes_passes_the_check(desk: Desk) -> None:
    from review_desk.demo.review_script import review_demo

    review_demo(desk, seed=3)
    pid = desk.list_ids()[0]
    desk.annotations.add_note(pid, "共享备注", shared=True)
    desk.numbering.number()
    desk.undo.undo()
    desk.undo.redo()
    with desk.store.reading() as conn:
        rows = [dict(r._mapping) for r in conn.exec_driver_sql(
            f"SELECT {', '.join(WIRE_COLUMNS)} FROM change WHERE NOT local_only")]
    assert len(rows) > 100
    check_rows(rows)


def test_row_problems_are_named() -> None:
    assert row_problem(_row(entity_id="p1")) is None
    assert "lacks" in str(row_problem({"id": "x"}))
    assert "device" in str(row_problem(_row(device="../etc", id="../etc-1")))
    assert "clock" in str(row_problem(_row(hlc="tomorrow")))
    assert "never created whole" in str(row_problem(_row(
        entity="assignment", entity_id="p/u/u", field="@create", value="{}")))
    assert "not the id" in str(row_problem(_row(entity="assignment", entity_id="p1",
                                                field="present", value="true")))
    with pytest.raises(InvalidRowsError, match="twice"):
        check_rows([_row(entity_id="p1"), _row(entity_id="p1")])
