"""Imported archive cases are stored once, as one content-addressed part of the journal,
and still rebuild, undo, redo, sync and check out like any other change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from review_desk.desk import Desk
from review_desk.review.journal_parts import PART, PartError, encode_part, read_part
from review_desk.review.projection import snapshot
from review_desk.sync.batches import BadBatchError, decode, encode
from review_desk.sync.service import SyncService, checkout
from tests.unit.test_journal_rebuild import archive_bundle
from tests.unit.test_sync_support import make_share, reviewers, shared_state


def _archive(desk: Desk) -> list[tuple[object, ...]]:
    with desk.store.reading() as conn:
        return sorted(tuple(r) for r in conn.exec_driver_sql(
            "SELECT * FROM archive_case WHERE present"))


def test_a_part_is_named_by_its_content_and_refused_when_altered() -> None:
    records = [(f"a{i}", {"title": f"关于{i}的提案", "year": 2025}) for i in range(50)]
    name, value = encode_part(records)
    assert read_part(name, value) == records
    assert encode_part(records)[0] == name  # same records, same name
    assert encode_part(records[1:])[0] != name
    with pytest.raises(PartError, match="does not match its name"):
        read_part("0" * 64, value)
    with pytest.raises(PartError):
        read_part(name, {**value, "data": value["data"][: len(value["data"]) // 2]})
    with pytest.raises(PartError, match="base64"):
        read_part(name, {**value, "data": "不是"})
    with pytest.raises(PartError, match="number of records"):
        read_part(name, {**value, "count": 49})
    assert read_part(*encode_part([])) == []


def test_an_archive_import_is_one_journal_row_and_rebuilds(tmp_path: Path) -> None:
    from tests.conftest import small_bundle

    with Desk.create(tmp_path / "s.rdesk", small_bundle(3)) as desk:
        desk.importer.import_bundle(archive_bundle(desk, 30, "民政局"))
        with desk.store.reading() as conn:
            rows = conn.exec_driver_sql(
                "SELECT field, count(*) FROM change WHERE entity = 'archive' GROUP BY field"
            ).all()
            before = snapshot(conn)
        assert rows == [(PART, 1)]
        assert len(_archive(desk)) == 30
        desk.rebuild()
        with desk.store.reading() as conn:
            assert snapshot(conn) == before
        desk.undo.undo()
        assert _archive(desk) == []
        desk.undo.redo()
        assert len(_archive(desk)) == 30


def test_sync_ships_a_part_and_a_checkout_gets_the_same_archive(tmp_path: Path) -> None:
    share, _master = make_share(tmp_path)
    a, b = reviewers(tmp_path, share, 2)
    try:
        a.importer.import_bundle(archive_bundle(a, 12, "财政局"))
        SyncService(a).sync()
        SyncService(b).sync()
        assert _archive(b) == _archive(a) and len(_archive(a)) == 12
        a.undo.undo()  # the undo travels too: made on top of the part
        SyncService(a).sync()
        SyncService(b).sync()
        assert _archive(b) == [] and shared_state(a) == shared_state(b)
        fresh = checkout(str(share), tmp_path / "fresh.rdesk")
        with Desk.open(fresh.path) as c:
            assert shared_state(c) == shared_state(a)
            with c.store.reading() as conn:
                assert conn.exec_driver_sql(
                    "SELECT count(*) FROM archive_case WHERE NOT present").scalar() == 12
    finally:
        a.close()
        b.close()


def test_a_batch_with_an_altered_part_is_refused(tmp_path: Path) -> None:
    from tests.conftest import small_bundle

    with Desk.create(tmp_path / "s.rdesk", small_bundle(2)) as desk:
        desk.importer.import_bundle(archive_bundle(desk, 5, "民政局"))
        with desk.store.reading() as conn:
            cols = "id, device, seq, hlc, reviewer, action_id, action, entity, entity_id," \
                   " field, value, parents"
            row = dict(conn.exec_driver_sql(
                f"SELECT {cols} FROM change WHERE field = '@part'").mappings().one())
    name, data = encode("s", str(row["device"]), [row], [])
    assert len(decode(name, data, "s").rows) == 1
    # a part whose count was changed, and a part renamed after other content
    miscounted = {**row, "value": json.dumps(json.loads(str(row["value"])) | {"count": 4})}
    other, _ = encode_part([("a-evil", {"title": "x"})])
    for bad_row in (miscounted, {**row, "entity_id": other}):
        bad_name, bad = encode("s", str(row["device"]), [bad_row], [])
        with pytest.raises(BadBatchError, match="part"):
            decode(bad_name, bad, "s")
