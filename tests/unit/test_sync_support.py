"""Helpers for the merge and sync tests (and tests of the helpers themselves)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from review_desk.desk import Desk
from review_desk.review.projection import snapshot
from review_desk.sync.service import SyncService, checkout
from tests.conftest import small_bundle
from tests.helpers.review_model import check_fields


def shared_state(desk: Desk) -> dict[str, list[tuple[Any, ...]]]:
    """The projection without what only this device may hold (private notes)."""
    with desk.store.reading() as conn:
        private = {
            str(r[0]) for r in conn.exec_driver_sql(
                "SELECT DISTINCT entity_id FROM change WHERE local_only")
        }
        snap = dict(snapshot(conn))
    snap["note"] = [r for r in snap["note"] if r[0] not in private]
    snap["@heads"] = [r for r in snap["@heads"] if r[1] not in private]
    return snap


def shareable_ids(desk: Desk) -> set[str]:
    """Ids of the changes that travel."""
    with desk.store.reading() as conn:
        return {str(r[0]) for r in conn.exec_driver_sql(
            "SELECT id FROM change WHERE NOT local_only")}


def all_ids(desk: Desk) -> set[str]:
    """Ids of every change in the file."""
    with desk.store.reading() as conn:
        return {str(r[0]) for r in conn.exec_driver_sql("SELECT id FROM change")}


def assert_heads_match_journal(desk: Desk) -> None:
    """Every field's stored heads, conflict flag and shown value are what an independent
    model computes from the raw journal: no disagreement is ever hidden."""
    check_fields(desk)


def make_share(root: Path, proposals: int = 4) -> tuple[Path, Path]:
    """A master session put on a new folder share; (share, master file)."""
    share = root / "share"
    share.mkdir()
    master = root / "master.rdesk"
    with Desk.create(master, small_bundle(proposals), reviewer="秘书处") as desk:
        SyncService(desk).sync(to=str(share))
    return share, master


def reviewers(root: Path, share: Path, count: int) -> list[Desk]:
    """`count` reviewers' sessions checked out from the share, open."""
    names = ["甲", "乙", "丙", "丁"]
    out = []
    for i in range(count):
        path = root / f"r{i}.rdesk"
        checkout(str(share), path, reviewer=names[i])
        out.append(Desk.open(path, reviewer=names[i]))
    return out


def test_checkout_gives_each_reviewer_its_own_device(tmp_path: Path) -> None:
    share, master = make_share(tmp_path)
    desks = reviewers(tmp_path, share, 2)
    try:
        with Desk.open(master) as m:
            assert shared_state(m) == shared_state(desks[0]) == shared_state(desks[1])
        for d in desks:
            d.annotations.set_opinion(d.list_ids()[0], f"{d.reviewer}的意见")
        devices = set()
        for d in desks:
            with d.store.reading() as conn:
                devices.add(conn.exec_driver_sql("SELECT device_id FROM local_device").scalar())
            assert_heads_match_journal(d)
        assert len(devices) == 2
    finally:
        for d in desks:
            d.close()
