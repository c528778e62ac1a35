"""Undo never hides work, undo of a resolution brings the conflict back as it was, a plain
command on a conflicted field says it settled it, and the breakages that once passed the
whole suite now fail it."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from review_desk.desk import Desk
from review_desk.errors import NothingToUndoError, NumberingFinalError
from review_desk.review.conflicts import conflicts
from review_desk.review.queries import ProposalFilter
from review_desk.review.rules import violations
from review_desk.sync.service import SyncService, checkout
from tests.conftest import small_bundle
from tests.unit.test_sync_support import make_share, reviewers


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "review_desk", "--reviewer", "甲", *args],
                          capture_output=True, text=True)


# --- creating a session is not undoable; an import is ----------------------------------


def test_one_undo_after_creating_a_session_hides_nothing(tmp_path: Path) -> None:
    with Desk.create(tmp_path / "s.rdesk", small_bundle(8)) as desk:
        assert desk.undo.state().undo is None
        with pytest.raises(NothingToUndoError):
            desk.undo.undo()
        assert len(desk.list_ids()) == 8


def test_one_undo_after_the_demo_or_new_hides_nothing(tmp_path: Path) -> None:
    demo, new = str(tmp_path / "demo.rdesk"), str(tmp_path / "new.rdesk")
    assert _cli("demo", demo, "--proposals", "30", "--archive", "10").returncode == 0
    assert _cli("new", new, "--committee", "政协测试市委员会", "--term", "十四届",
                "--session", "五次会议", "--year", "2026").returncode == 0
    for path in (demo, new):
        undone = _cli("undo", path)
        assert undone.returncode == 2 and "Nothing to undo" in undone.stderr, undone
    assert "(30 件)" in _cli("list", demo).stdout


def test_one_undo_after_checkout_hides_nothing(tmp_path: Path) -> None:
    share, master = make_share(tmp_path, proposals=5)
    checkout(str(share), tmp_path / "from-batches.rdesk")
    with Desk.open(master) as m:
        SyncService(m).publish()
    checkout(str(share), tmp_path / "from-snapshot.rdesk")
    for name in ("from-batches.rdesk", "from-snapshot.rdesk"):
        with Desk.open(tmp_path / name) as desk:
            with pytest.raises(NothingToUndoError):
                desk.undo.undo()
            assert len(desk.list_ids()) == 5


def test_an_import_is_undoable_and_names_how_many_it_takes_away(desk: Desk) -> None:
    before = len(desk.list_ids())
    desk.importer.import_bundle(small_bundle(3))
    state = desk.undo.state()
    assert (state.undo, state.undo_removes_proposals) == ("import", 3)
    desk.undo.undo()
    assert len(desk.list_ids()) == before
    assert desk.undo.state().undo_removes_proposals == 0


# --- undo of a resolution restores the conflict ----------------------------------------


def _conflicted_pair(tmp_path: Path) -> tuple[Desk, Desk, str]:
    share, _ = make_share(tmp_path)
    a, b = reviewers(tmp_path, share, 2)
    pid = a.list_ids()[0]
    a.annotations.set_opinion(pid, "甲：建议立案")
    time.sleep(0.005)
    b.annotations.set_opinion(pid, "乙：建议并案")
    for d in (a, b, a):
        SyncService(d).sync()
    return a, b, pid


def _opinion_conflict(desk: Desk) -> tuple[str, list[tuple[str, str, bool]]]:
    (c,) = [c for c in SyncService(desk).conflicts() if c.field == "opinion"]
    return c.id, sorted((str(v.value), v.reviewer, v.shown) for v in c.values)


@pytest.mark.parametrize("keep", ["甲", "乙"])
def test_undo_of_a_resolution_restores_the_conflict_as_it_was(tmp_path: Path,
                                                             keep: str) -> None:
    a, b, pid = _conflicted_pair(tmp_path)
    try:
        cid, before = _opinion_conflict(a)
        shown = a.detail(pid).opinion
        take = next(v.id for v in SyncService(a).conflicts()[0].values if v.reviewer == keep)
        SyncService(a).resolve(cid, take=take)
        assert not [c for c in SyncService(a).conflicts() if c.field == "opinion"]
        a.undo.undo()
        assert _opinion_conflict(a)[1] == before  # both values, the same one shown
        assert a.detail(pid).opinion == shown
        for d in (a, b, a):  # and so it is on the other laptop
            SyncService(d).sync()
        assert _opinion_conflict(b)[1] == before and b.detail(pid).opinion == shown
        a.undo.redo()  # redo settles it again
        assert a.detail(pid).opinion.startswith(keep)
        assert not [c for c in SyncService(a).conflicts() if c.field == "opinion"]
    finally:
        a.close()
        b.close()


# --- a plain command on a conflicted field says it settles it --------------------------


def test_a_plain_decide_on_a_conflicted_proposal_says_it_settles_the_conflict(
    tmp_path: Path,
) -> None:
    share, _ = make_share(tmp_path)
    a, b = reviewers(tmp_path, share, 2)
    pid = a.list_ids()[0]
    no = a.detail(pid).row.intake_no
    a.decisions.decide([pid], "accept")
    b.decisions.decide([pid], "withdraw")
    for d in (a, b, a):
        SyncService(d).sync()
    path = str(a.path)
    a.close()
    b.close()
    listed = _cli("list", path)
    line = next(x for x in listed.stdout.splitlines() if x.startswith(f"{no}\t"))
    assert "⚠冲突" in line
    assert [x for x in _cli("list", path, "--conflicts").stdout.splitlines()
            if "\t" in x] == [line]
    done = _cli("decide", path, str(no), "accept")
    assert done.returncode == 0, done.stderr
    assert "settled the conflict on status" in done.stdout
    assert "⚠冲突" not in _cli("list", path).stdout


def test_the_command_result_names_the_conflicts_it_settled(tmp_path: Path) -> None:
    a, b, pid = _conflicted_pair(tmp_path)
    try:
        changed = a.annotations.set_opinion(pid, "秘书处：立案")
        assert changed.cleared_conflicts == {("proposal", pid, "opinion")}
        assert a.annotations.set_opinion(pid, "再改").cleared_conflicts == set()
    finally:
        a.close()
        b.close()


# --- breakages that once passed the whole suite ------------------------------------------


def test_the_sync_summary_counts_new_field_conflicts(tmp_path: Path) -> None:
    share, _ = make_share(tmp_path)
    a, b = reviewers(tmp_path, share, 2)
    try:
        pid = a.list_ids()[0]
        a.annotations.set_opinion(pid, "甲")
        b.annotations.set_opinion(pid, "乙")
        SyncService(a).sync()
        summary = SyncService(b).sync()
        assert (summary.new_conflicts, summary.conflicts) == (1, 1)
        assert SyncService(b).sync().new_conflicts == 0
    finally:
        a.close()
        b.close()


def test_the_conflicts_filter_finds_the_conflicted_proposal(tmp_path: Path) -> None:
    a, b, pid = _conflicted_pair(tmp_path)
    try:
        assert a.list_ids(ProposalFilter(has_conflicts=True)) == [pid]
        rest = a.list_ids(ProposalFilter(has_conflicts=False))
        assert pid not in rest and len(rest) == len(a.list_ids()) - 1
        assert a.rows([pid])[0].conflict
    finally:
        a.close()
        b.close()


def test_removing_a_member_leaves_no_pointer_to_its_old_lead(desk: Desk) -> None:
    lead, m1, m2 = desk.list_ids()[:3]
    desk.merging.merge(lead, [m1, m2])
    desk.merging.remove_member(m1)
    row = desk.detail(m1).row
    assert (row.status, row.merged_into) == ("pending", None)
    assert desk.detail(lead).merged_members == (desk.detail(m2).row.intake_no,)
    with desk.store.reading() as conn:
        assert violations(conn) == []
        merged_into = conn.exec_driver_sql(
            "SELECT merged_into FROM proposal WHERE id = ?", (m1,)).scalar()
    assert merged_into is None


def test_undo_after_sync_leaves_a_value_changed_since(tmp_path: Path) -> None:
    share, _ = make_share(tmp_path)
    a, b = reviewers(tmp_path, share, 2)
    try:
        pid = a.list_ids()[0]
        a.annotations.set_opinion(pid, "甲的意见")
        for d in (a, b):
            SyncService(d).sync()
        b.annotations.set_opinion(pid, "乙改过的意见")
        for d in (b, a):
            SyncService(d).sync()
        a.undo.undo()  # takes back 甲's opinion only where it still stands: nowhere
        assert a.detail(pid).opinion == "乙改过的意见"
        with a.store.reading() as conn:
            assert conflicts(conn) == []
    finally:
        a.close()
        b.close()


def test_dissolving_a_merge_group_after_numbering_is_final_is_refused(desk: Desk) -> None:
    lead, member = desk.list_ids()[:2]
    desk.merging.merge(lead, [member])
    desk.numbering.number()
    desk.numbering.finalise()
    with pytest.raises(NumberingFinalError):
        desk.merging.dissolve(lead)
    with pytest.raises(NumberingFinalError):
        desk.merging.remove_member(member)
    assert desk.detail(member).row.status == "merged"


# --- undo of a bulk brings back what each proposal held before ----------------------------


def test_undo_of_a_bulk_brings_back_each_value_it_replaced(desk: Desk) -> None:
    ids = desk.list_ids()
    before = {row.id: (row.category, row.status) for row in desk.rows(ids)}
    desk.decisions.decide(ids[:2], "accept")  # two fields already set once, the rest not
    accepted = {row.id: (row.category, row.status) for row in desk.rows(ids)}
    desk.annotations.set_category(ids, "经济建设")
    desk.decisions.decide(ids, "withdraw")
    assert {row.status for row in desk.rows(ids)} == {"withdrawn"}
    desk.undo.undo()
    desk.undo.undo()
    assert {row.id: (row.category, row.status) for row in desk.rows(ids)} == accepted
    assert len({category for category, _ in before.values()}) > 1  # not one default for all
    desk.undo.undo()
    assert {row.id: (row.category, row.status) for row in desk.rows(ids)} == before
