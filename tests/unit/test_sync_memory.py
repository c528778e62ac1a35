"""A received archive part is checked and applied as it inflates, never held whole.

A national archive travels as one part of 100,000 cases; `sync_bench.py --national` measures
the peak of a whole push and pull. Here tracemalloc (it counts allocations, so the machine's
load does not change it) watches checking and applying a part of 40,000 cases: holding its
records at once, as receiving did before, allocated 63 and 74 MB here (now 18 and 31).
"""

from __future__ import annotations

import json
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from review_desk.desk import Desk
from review_desk.review.journal_parts import PART, encode_part
from review_desk.review.sync_merge import apply_changes
from review_desk.sync.service import SyncService
from review_desk.sync.validation import check_rows
from tests.conftest import small_bundle
from tests.unit.test_sync_support import make_share, reviewers, shared_state

CASES = 40_000


def _cases(unit_id: str) -> Iterator[tuple[str, dict[str, Any]]]:
    for i in range(CASES):
        yield f"a{i:012x}", {
            "case_no": f"第{i:05d}号", "category": "社会建设", "joint_unit_ids": [],
            "joint_units": [], "lead_unit": "民政局", "lead_unit_id": unit_id,
            "merge_group": "", "mode": "lead", "present": True, "proposer": f"委员{i}",
            "session_label": "十三届五次", "summary": f"建议：加强第{i}项养老服务。",
            "title": f"关于养老服务{i}的提案", "year": 2025,
        }


def _part_row(unit_id: str) -> dict[str, Any]:
    """The change row of an import of CASES archive cases, as another device sends it."""
    name, value = encode_part(_cases(unit_id))
    return {
        "id": "other-1", "device": "other", "seq": 1,
        "hlc": f"{int(time.time() * 1000):013d}.00000", "reviewer": "秘书处",
        "action_id": "import-1", "action": "import", "entity": "archive",
        "entity_id": name, "field": PART, "value": json.dumps(value), "parents": "[]",
    }


def _peak_mb(work: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def _unit_id(desk: Desk) -> str:
    with desk.store.reading() as conn:
        return str(conn.exec_driver_sql("SELECT id FROM unit LIMIT 1").scalar())


def test_checking_a_part_holds_a_bounded_share_of_its_records(tmp_path: Path) -> None:
    with Desk.create(tmp_path / "s.rdesk", small_bundle(1)) as desk:
        row = _part_row(_unit_id(desk))
    assert _peak_mb(lambda: check_rows([row])) < 30  # read whole first: 63 MB
    broken = {**row, "value": json.dumps(json.loads(row["value"]) | {"count": CASES - 1})}
    try:
        check_rows([broken])
    except ValueError as error:
        assert "number of records" in str(error)  # still read to its end and counted
    else:
        raise AssertionError("a miscounted part passed")


def test_applying_a_part_creates_its_cases_a_bounded_number_at_a_time(
        tmp_path: Path) -> None:
    with Desk.create(tmp_path / "s.rdesk", small_bundle(1)) as desk:
        row = _part_row(_unit_id(desk))
        with desk.store.writing() as conn:
            peak = _peak_mb(lambda: apply_changes(conn, [row]))
            cases = conn.exec_driver_sql("SELECT count(*) FROM archive_case").scalar()
    assert cases == CASES
    assert peak < 50  # all records at once: 74 MB


def test_a_conflict_settled_by_a_later_batch_of_the_same_pull_is_not_new(
        tmp_path: Path) -> None:
    """Batches are applied one after the other; what the pull as a whole made is counted."""
    share, _ = make_share(tmp_path)
    a, b, c = reviewers(tmp_path, share, 3)
    try:
        pid = a.list_ids()[0]
        a.annotations.set_opinion(pid, "甲")
        SyncService(a).sync()  # batch 1 of a
        b.annotations.set_opinion(pid, "乙")
        SyncService(b).sync()
        assert SyncService(a).sync().new_conflicts == 1
        (found,) = SyncService(a).conflicts()
        SyncService(a).resolve(found.id, value="甲乙")
        SyncService(a).sync()  # batch 2 of a, made on top of b's
        summary = SyncService(c).sync()  # a's batch 1, b's, then a's batch 2
        assert summary.received_batches == 3
        assert (summary.new_conflicts, summary.conflicts) == (0, 0)
        assert shared_state(c) == shared_state(a)
    finally:
        for desk in (a, b, c):
            desk.close()


def test_a_conflict_settled_later_is_not_new_when_batches_apply_one_by_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pull with a bad batch applies the others one by one (each in its savepoint): the
    count of new conflicts is the pull's as a whole there too. The combined attempt is
    made to fail here, as a batch that breaks a reference makes it fail."""
    from review_desk.sync import receive as receiving

    real = receiving._apply
    calls: list[int] = []

    def combined_fails(conn: Any, batches: Any, *args: Any) -> Any:
        calls.append(len(batches))
        result = real(conn, batches, *args)
        if len(batches) > 1:
            raise ValueError("a bad batch among them")  # its savepoint is rolled back
        return result

    share, _ = make_share(tmp_path)
    a, b, c = reviewers(tmp_path, share, 3)
    try:
        pid = a.list_ids()[0]
        a.annotations.set_opinion(pid, "甲")
        SyncService(a).sync()
        b.annotations.set_opinion(pid, "乙")
        SyncService(b).sync()
        assert SyncService(a).sync().new_conflicts == 1
        (found,) = SyncService(a).conflicts()
        SyncService(a).resolve(found.id, value="甲乙")
        SyncService(a).sync()
        monkeypatch.setattr(receiving, "_apply", combined_fails)
        summary = SyncService(c).sync()
        assert calls == [3, 1, 1, 1]  # the one-by-one path did run
        assert (summary.received_batches, summary.new_conflicts, summary.conflicts) == (3, 0, 0)
        assert shared_state(c) == shared_state(a)
    finally:
        for desk in (a, b, c):
            desk.close()
