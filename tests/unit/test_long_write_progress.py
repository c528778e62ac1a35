"""A long command's count ends where its changes are built: `progress(total, total)` is
reported before the write into the file begins (the window then says 「写入文件…」 instead
of a count that stands still for most of the time)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from review_desk.desk import Desk
from review_desk.review.journal import Journal

Progress = Callable[[int, int], None]


@pytest.fixture
def events(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Progress reports and, as "commit", the moment the journal starts writing."""
    seen: list[Any] = []
    original = Journal.commit

    def commit(self: Journal, *args: Any, **kwargs: Any) -> Any:
        seen.append("commit")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Journal, "commit", commit)
    return seen


def _record(events: list[Any]) -> Progress:
    return lambda done, total: events.append((done, total))


def _ends_built_then_writes(events: list[Any]) -> None:
    assert events[-1] == "commit"
    done, total = events[-2]
    assert done == total > 0
    assert all(d < t for d, t in events[:-2])  # no count claims the end before it


def test_a_bulk_decision_counts_to_its_end_before_writing(desk: Desk,
                                                          events: list[Any]) -> None:
    ids = desk.list_ids()
    desk.decisions.decide(ids, "accept", progress=_record(events))
    _ends_built_then_writes(events)
    assert events[-2] == (len(ids), len(ids))


def test_a_category_and_a_unit_bulk_count_to_their_end_before_writing(
        desk: Desk, events: list[Any]) -> None:
    ids = desk.list_ids()
    category = next(c.name for c in desk.list_items("category") if c.active)
    desk.annotations.set_category(ids, category, progress=_record(events))
    _ends_built_then_writes(events)
    events.clear()
    desk.units.add_many(ids, "民政局", "assist", progress=_record(events))
    _ends_built_then_writes(events)


def test_undo_and_redo_count_their_changes_to_the_end_before_writing(
        desk: Desk, events: list[Any]) -> None:
    ids = desk.list_ids()
    desk.decisions.decide(ids, "withdraw")
    events.clear()
    desk.undo.undo(_record(events))
    _ends_built_then_writes(events)
    events.clear()
    desk.undo.redo(_record(events))
    _ends_built_then_writes(events)
