"""Every review action, and the refusals that write nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from review_desk.desk import Desk
from review_desk.errors import (
    ActionError,
    InvalidActionError,
    NotFoundError,
    NothingToUndoError,
    NumberingFinalError,
)
from review_desk.review.projection import snapshot
from review_desk.review.queries import ProposalFilter


def journal_size(desk: Desk) -> int:
    with desk.store.reading() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM change").scalar() or 0)


def refused(desk: Desk, error: type[ActionError], action: Callable[[], Any]) -> ActionError:
    """The action raises `error` and neither the journal nor any table changes."""
    with desk.store.reading() as conn:
        before = snapshot(conn)
    size = journal_size(desk)
    with pytest.raises(error) as caught:
        action()
    assert journal_size(desk) == size
    with desk.store.reading() as conn:
        assert snapshot(conn) == before
    assert caught.value.message and caught.value.message_zh
    return caught.value


def ids(desk: Desk) -> list[str]:
    return desk.list_ids()


def test_accept_reject_withdraw_pending(desk: Desk) -> None:
    a, b, c = ids(desk)[:3]
    desk.decisions.decide([a], "accept")
    desk.decisions.decide([b], "reject", reason="内容空泛、没有具体建议",
                          disposition="转为意见和建议")
    desk.decisions.decide([c], "withdraw")
    assert desk.detail(a).row.status == "accepted"
    rejected = desk.detail(b)
    assert (rejected.row.status, rejected.reason, rejected.disposition) == (
        "rejected", "内容空泛、没有具体建议", "转为意见和建议")
    assert desk.detail(c).row.status == "withdrawn"
    desk.decisions.decide([b], "pending")
    back = desk.detail(b)
    assert (back.row.status, back.reason, back.disposition) == ("pending", None, None)


def test_reject_needs_a_known_reason(desk: Desk) -> None:
    pid = ids(desk)[0]
    refused(desk, InvalidActionError, lambda: desk.decisions.decide([pid], "reject"))
    refused(desk, NotFoundError,
            lambda: desk.decisions.decide([pid], "reject", reason="没有这个理由"))


def test_bulk_decision_is_all_or_nothing(desk: Desk) -> None:
    a, b, c = ids(desk)[:3]
    desk.merging.merge(a, [b])
    refused(desk, InvalidActionError, lambda: desk.decisions.decide([c, b], "accept"))
    assert desk.detail(c).row.status == "pending"


def test_merge_keeps_originals_and_follows_the_lead(desk: Desk) -> None:
    a, b, c, d = ids(desk)[:4]
    desk.units.assign_lead_joint(b, "民政局")
    desk.merging.merge(a, [b, c])
    lead = desk.detail(a)
    assert lead.row.status == "accepted"
    assert lead.merged_members == (desk.detail(b).row.intake_no, desk.detail(c).row.intake_no)
    member = desk.detail(b)
    assert member.row.status == "merged"
    assert member.row.merged_into == lead.row.intake_no
    assert member.row.units == ()  # the assignment follows the lead
    assert member.row.title and member.people  # the original is intact
    # a lead merged into another brings its members along
    desk.merging.merge(d, [a])
    assert {desk.detail(x).row.merged_into for x in (a, b, c)} == {desk.detail(d).row.intake_no}
    desk.merging.remove_member(c)
    assert desk.detail(c).row.status == "pending"
    desk.merging.dissolve(d)
    assert all(desk.detail(x).row.status == "pending" for x in (a, b))


def test_merge_refusals(desk: Desk) -> None:
    a, b, c, d = ids(desk)[:4]
    refused(desk, InvalidActionError, lambda: desk.merging.merge(a, [a]))
    desk.merging.merge(a, [b])
    refused(desk, InvalidActionError, lambda: desk.merging.merge(b, [c]))  # into a member
    refused(desk, InvalidActionError, lambda: desk.merging.merge(b, [a]))  # a cycle
    refused(desk, InvalidActionError, lambda: desk.merging.merge(c, [b]))  # already merged
    refused(desk, InvalidActionError, lambda: desk.decisions.decide([b], "accept"))
    refused(desk, InvalidActionError, lambda: desk.decisions.decide([a], "reject",
                                                                    reason="学术研讨"))
    desk.decisions.decide([d], "withdraw")
    refused(desk, InvalidActionError, lambda: desk.merging.merge(d, [c]))
    refused(desk, InvalidActionError, lambda: desk.merging.remove_member(c))
    refused(desk, NotFoundError, lambda: desk.merging.merge("no-such-id", [c]))


def test_units_lead_joint_and_split(desk: Desk) -> None:
    pid = ids(desk)[0]
    desk.units.assign_lead_joint(pid, "民政", ["财政局"], ["城管局"])
    row = desk.detail(pid).row
    assert [(u.name, u.role) for u in row.units] == [
        ("市民政局", "lead"), ("市财政局", "joint"), ("市城市管理和综合执法局", "assist")]
    desk.units.move(pid, "城市管理局", 0)
    assert desk.detail(pid).row.units[0].name == "市城市管理和综合执法局"
    desk.units.set_role(pid, "财政局", "lead")
    roles = {u.name: u.role for u in desk.detail(pid).row.units}
    assert roles == {"市民政局": "joint", "市财政局": "lead", "市城市管理和综合执法局": "assist"}
    desk.units.remove(pid, "U03")
    desk.units.add(pid, "卫健委", "joint")
    assert [u.name for u in desk.detail(pid).row.units] == ["市民政局", "市财政局",
                                                             "市卫生健康委员会"]
    desk.units.assign_split(pid, ["教育局", "民政局"])
    detail = desk.detail(pid)
    assert detail.handling_mode == "split"
    assert [(u.name, u.role) for u in detail.row.units] == [("市教育局", "split"),
                                                             ("市民政局", "split")]


def test_deadline_defaults_to_three_months_after_handover(desk: Desk) -> None:
    pid = ids(desk)[0]
    desk.units.assign_lead_joint(pid, "民政局")
    assert desk.detail(pid).deadline == "2026-05-20"
    desk.units.set_deadline(pid, "2026-04-30")
    assert desk.detail(pid).deadline == "2026-04-30"
    refused(desk, InvalidActionError, lambda: desk.units.set_deadline(pid, "下个月"))
    desk.units.set_deadline(pid, None)
    assert desk.detail(pid).deadline == "2026-05-20"


def test_unit_refusals(desk: Desk) -> None:
    pid, other = ids(desk)[:2]
    refused(desk, InvalidActionError,
            lambda: desk.units.assign(pid, "lead", [("民政局", "lead"), ("财政局", "lead")]))
    refused(desk, NotFoundError, lambda: desk.units.assign_lead_joint(pid, "市外星局"))
    refused(desk, InvalidActionError,
            lambda: desk.units.assign(pid, "lead", [("民政局", "lead"), ("民政", "joint")]))
    desk.merging.merge(pid, [other])
    refused(desk, InvalidActionError, lambda: desk.units.assign_lead_joint(other, "民政局"))


def test_category_opinion_key_notes(desk: Desk) -> None:
    pid = ids(desk)[0]
    desk.annotations.set_category([pid], "经济建设")
    refused(desk, NotFoundError, lambda: desk.annotations.set_category([pid], "外星建设"))
    desk.annotations.set_opinion(pid, "建议立案，交市民政局办理。")
    desk.annotations.set_key(pid, True, lead_leader="王副市长", supervise_leader="李副主席")
    note_id, _ = desk.annotations.add_note(pid, "只给自己看", shared=False)
    desk.annotations.add_note(pid, "给大家看", shared=True)
    detail = desk.detail(pid)
    assert detail.row.category == "经济建设"
    assert detail.opinion == "建议立案，交市民政局办理。"
    assert (detail.row.key, detail.lead_leader, detail.supervise_leader) == (
        True, "王副市长", "李副主席")
    assert sorted((n.text, n.shared) for n in detail.notes) == [("只给自己看", False),
                                                               ("给大家看", True)]
    with desk.store.reading() as conn:
        flags = {bool(r[0]) for r in conn.exec_driver_sql(
            "SELECT local_only FROM change WHERE entity_id = ?", (note_id,))}
    assert flags == {True}  # a private note never leaves this device
    desk.annotations.edit_note(note_id, "改过了")
    desk.annotations.delete_note(note_id)
    assert [n.text for n in desk.detail(pid).notes] == ["给大家看"]
    assert desk.list_ids(ProposalFilter(has_notes=True)) == [pid]
    assert desk.list_ids(ProposalFilter(key=True)) == [pid]


def test_numbering_in_order_then_frozen(desk: Desk) -> None:
    a, b, c, d = ids(desk)[:4]
    desk.decisions.decide([d, a], "accept")
    desk.merging.merge(a, [c])
    desk.numbering.number(order="intake", fmt="第{n:04d}号")
    numbers = [desk.detail(x).row.case_no for x in (a, c, d)]
    assert numbers == ["第0001号", "第0002号", "第0003号"]
    assert desk.detail(b).row.case_no == ""
    refused(desk, InvalidActionError, lambda: desk.numbering.number(fmt="第{m}号"))
    desk.numbering.finalise()
    refused(desk, NumberingFinalError, lambda: desk.numbering.number())
    refused(desk, NumberingFinalError, lambda: desk.numbering.finalise())
    refused(desk, NumberingFinalError, lambda: desk.decisions.decide([d], "withdraw"))


def test_review_groups(desk: Desk) -> None:
    gid, _ = desk.lists.add_group("第一组", ["测试员", "王五"])
    other, _ = desk.lists.add_group("第二组", ["赵六"])
    desk.lists.assign_groups_by_category({"社会建设": gid, "经济建设": other})
    mine = desk.list_ids(ProposalFilter(reviewer="测试员"))
    assert mine and all(desk.detail(x).row.category == "社会建设" for x in mine)
    pid = ids(desk)[0]
    desk.lists.assign_group([pid], other)
    assert desk.detail(pid).group == "第二组"


def test_master_lists_are_commands(desk: Desk) -> None:
    cid, _ = desk.lists.add_item("category", "党的建设")
    assert "党的建设" in [c.name for c in desk.list_items("category")]
    refused(desk, InvalidActionError, lambda: desk.lists.add_item("category", "党的建设"))
    desk.lists.edit_item("category", cid, name="党建", active=False)
    item = next(c for c in desk.list_items("category") if c.id == cid)
    assert (item.name, item.active) == ("党建", False)
    from review_desk.review.records import UnitRecord

    desk.lists.add_unit(UnitRecord("U99", "市数据局", "数据局", aliases=("大数据局",)))
    desk.lists.edit_unit("大数据局", {"short_name": "市数据局", "aliases": ["政数局"]})
    unit = next(u for u in desk.unit_catalogue() if u.code == "U99")
    assert (unit.short_name, unit.aliases) == ("市数据局", ("政数局",))
    refused(desk, InvalidActionError,
            lambda: desk.lists.add_unit(UnitRecord("U98", "市数据局")))


def test_undo_and_redo_restore_values(desk: Desk) -> None:
    a, b = ids(desk)[:2]
    desk.decisions.decide([a], "accept")
    desk.merging.merge(a, [b])
    desk.units.assign_lead_joint(a, "民政局", ["财政局"])
    assert desk.undo.state().undo == "units.assign"
    desk.undo.undo()
    assert desk.detail(a).row.units == ()
    desk.undo.undo()
    assert desk.detail(b).row.status == "pending"
    assert desk.undo.state().redo == "merge.add"
    desk.undo.redo()
    assert desk.detail(b).row.status == "merged"
    desk.undo.redo()
    assert [u.name for u in desk.detail(a).row.units] == ["市民政局", "市财政局"]
    refused(desk, NothingToUndoError, desk.undo.redo)
    # a new action clears the redo stack
    desk.undo.undo()
    desk.annotations.set_opinion(a, "新意见")
    assert desk.undo.state().redo is None


def test_undo_walks_back_through_every_action(desk: Desk) -> None:
    pid = ids(desk)[0]
    desk.decisions.decide([pid], "accept")
    desk.decisions.decide([pid], "pending")
    desk.annotations.set_opinion(pid, "一")
    desk.undo.undo()
    assert desk.detail(pid).opinion == ""
    desk.undo.undo()
    assert desk.detail(pid).row.status == "accepted"
    desk.undo.undo()
    assert desk.detail(pid).row.status == "pending"
    desk.undo.redo()
    assert desk.detail(pid).row.status == "accepted"
    desk.undo.undo()
    assert desk.detail(pid).row.status == "pending"
    desk.undo.redo()
    desk.undo.redo()
    desk.undo.redo()
    assert (desk.detail(pid).row.status, desk.detail(pid).opinion) == ("pending", "一")


def test_undo_of_an_import_hides_its_records(tmp_path: Any) -> None:
    from tests.conftest import small_bundle

    with Desk.create(tmp_path / "u.rdesk") as desk:  # creating is not undoable; importing is
        desk.importer.import_bundle(small_bundle(3))
        assert len(desk.list_ids()) == 3
        desk.undo.undo()
        assert desk.list_ids() == []
        desk.undo.redo()
        assert len(desk.list_ids()) == 3


def test_history_names_reviewer_device_time(desk: Desk) -> None:
    a, b = ids(desk)[:2]
    desk.decisions.decide([a], "accept")
    other = Desk.open(desk.path, reviewer="另一位审查员")
    other.merging.merge(a, [b])
    other.close()
    entries = desk.history(a)
    assert [e.action for e in entries] == ["import", "decide.accept", "merge.add"]
    assert [e.reviewer for e in entries[1:]] == ["测试员", "另一位审查员"]
    assert all(e.device and e.time.startswith("20") for e in entries)


def test_key_marks_of_a_selection_are_one_action(desk: Desk) -> None:
    a, b, c = ids(desk)[:3]
    desk.annotations.set_key(a, True, lead_leader="王副市长")
    size = journal_size(desk)
    desk.annotations.set_keys([a, b, c], True)
    # a, already marked, keeps its leader and takes no change
    assert journal_size(desk) == size + 2
    assert [desk.detail(p).row.key for p in (a, b, c)] == [True, True, True]
    assert desk.detail(a).lead_leader == "王副市长"
    assert desk.undo.state().undo == "proposal.key"
    desk.undo.undo()  # one step takes back the whole selection
    assert [desk.detail(p).row.key for p in (a, b, c)] == [True, False, False]
    desk.undo.redo()
    desk.annotations.set_keys([a, b], False)
    assert [desk.detail(p).row.key for p in (a, b, c)] == [False, False, True]
    assert desk.detail(a).lead_leader == ""
    refused(desk, NotFoundError, lambda: desk.annotations.set_keys([c, "no-such"], False))
    assert desk.detail(c).row.key  # refused whole: nothing written
