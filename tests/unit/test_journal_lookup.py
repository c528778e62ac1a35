"""The commit's grouped field lookup answers as the one-field-at-a-time queries did, and
long core work on a paced thread rests."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import Connection, text

import review_desk.review.journal_lookup as journal_lookup
from review_desk.desk import Desk
from review_desk.review.journal_lookup import FieldLookup, Key
from review_desk.review.pacing import pace, paced, rests
from review_desk.review.projection import CREATE, table_of


def _one_by_one(conn: Connection, key: Key) -> tuple[bool, tuple[list[str], bool], Any]:
    """(has a head row, heads or creation, (exists, value)) asked field by field."""
    entity, entity_id, fld = key
    head = conn.execute(text(
        "SELECT heads, conflict FROM field_head WHERE entity = :e AND entity_id = :i"
        " AND field = :f"), {"e": entity, "i": entity_id, "f": fld}).first()
    if head is not None:
        heads = (list(json.loads(head[0])), bool(head[1]))
    else:
        created = conn.execute(text(
            "SELECT id FROM change WHERE entity_id = :i AND field = :c AND entity = :e"),
            {"i": entity_id, "c": CREATE, "e": entity}).scalar()
        heads = ([str(created)] if created else []), False
    records = table_of(entity)
    row = conn.execute(records.select().with_only_columns(records.c[fld])
                       .where(records.c.id == entity_id)).first()
    current = (False, None) if row is None else (True, row[0])
    return head is not None, heads, current


@pytest.mark.parametrize("chunk", [2, 500])
def test_grouped_lookup_answers_as_one_field_at_a_time(desk: Desk, chunk: int,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(journal_lookup, "_CHUNK", chunk)
    ids = desk.list_ids()
    desk.decisions.decide(ids[:3], "accept")
    desk.decisions.decide(ids[3:5], "reject", reason="内容空泛、没有具体建议")
    desk.decisions.decide(ids[:1], "pending")
    keys: list[Key] = [("proposal", pid, fld) for pid in [*ids, "no-such-proposal"]
                       for fld in ("status", "reason_id", "title", "case_no")]
    with desk.store.reading() as conn:
        lookup = FieldLookup(conn, keys[::2])  # half of them announced, half asked cold
        answers = [(lookup.has_head(k), lookup.heads(k), lookup.current(k)) for k in keys]
        expected = [_one_by_one(conn, k) for k in keys]
    assert answers == expected
    assert any(has for has, _, _ in answers) and not all(has for has, _, _ in answers)
    assert {current for _, _, current in answers} >= {(True, "accepted"), (False, None)}


def test_a_bulk_on_a_paced_thread_rests_and_unpaced_does_not(desk: Desk) -> None:
    ids = desk.list_ids()
    desk.decisions.decide(ids, "withdraw")
    assert rests() == 0
    with paced(work_s=0.0, rest_s=0.0):
        desk.decisions.decide(ids, "accept")
        rested = rests()
    # the build rests once a proposal, the commit once a change and once a field head
    assert rested >= 2 * len(ids)
    assert rests() == 0


def test_paced_restores_the_outer_pacer() -> None:
    with paced(work_s=0.0, rest_s=0.0):
        pace()
        with paced(work_s=10.0, rest_s=0.0):
            pace()
            assert rests() == 0
        pace()
        assert rests() == 2
