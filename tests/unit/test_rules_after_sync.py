"""Every review rule a command enforces still holds after two reviewers' work is merged,
or the break is listed as a conflict with the values and who made them, and resolving
it (on either laptop) leaves `check` empty everywhere."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from review_desk.desk import Desk
from review_desk.review.conflicts import Conflict
from review_desk.review.rules import violations
from review_desk.sync.service import SyncService
from tests.unit.test_sync_support import make_share, reviewers

U1, U2, U3 = "市民政局", "市财政局", "市教育局"
REASON = "内容空泛、没有具体建议"


def sync_all(*desks: Desk) -> None:
    """Everyone sends, then everyone receives everything."""
    for desk in (*desks, *desks):
        SyncService(desk).sync()


def broken(desk: Desk) -> list[str]:
    with desk.store.reading() as conn:
        return sorted(v.rule for v in violations(conn))


def rule_conflict(desk: Desk, rule: str) -> Conflict:
    found = [c for c in SyncService(desk).conflicts() if c.rule == rule]
    assert len(found) == 1, [c.rule for c in SyncService(desk).conflicts()]
    return found[0]


def value_by(conflict: Conflict, reviewer: str, containing: str = "") -> str:
    """The id of the value `reviewer` made (whose label holds `containing`)."""
    ids = [v.id for v in conflict.values
           if v.reviewer == reviewer and containing in str(v.value)]
    assert len(ids) == 1, conflict.values
    return ids[0]


@pytest.fixture
def pair(tmp_path: Path):  # type: ignore[no-untyped-def]
    share, _ = make_share(tmp_path, proposals=6)
    a, b = reviewers(tmp_path, share, 2)
    yield a, b
    a.close()
    b.close()


def later() -> None:
    """Let the wall clock move, so the next change is later than the last."""
    time.sleep(0.01)


def test_two_leads_become_a_conflict_resolved_with_one_lead(pair: tuple[Desk, Desk]) -> None:
    a, b = pair
    pid = a.list_ids()[0]
    a.units.assign_lead_joint(pid, U1)
    b.units.assign_lead_joint(pid, U2)
    sync_all(a, b)
    assert broken(a) == broken(b) == ["one_lead"]
    conflict = rule_conflict(b, "one_lead")
    assert conflict.intake_no == a.detail(pid).row.intake_no
    assert {(str(v.value), v.reviewer) for v in conflict.values} == {
        (f"{U1}（主办）", "甲"), (f"{U2}（主办）", "乙")}
    SyncService(b).resolve(conflict.id, take=value_by(conflict, "甲"))
    sync_all(a, b)
    assert broken(a) == broken(b) == []
    roles = {(u.name, u.role) for u in a.detail(pid).row.units}
    assert roles == {(U1, "lead"), (U2, "joint")}


def test_a_new_lead_can_be_written_instead(pair: tuple[Desk, Desk]) -> None:
    a, b = pair
    pid = a.list_ids()[0]
    a.units.assign_lead_joint(pid, U1)
    b.units.assign_lead_joint(pid, U2)
    sync_all(a, b)
    SyncService(a).resolve(rule_conflict(a, "one_lead").id, value=U3)
    sync_all(a, b)
    assert broken(b) == []
    assert {(u.name, u.role) for u in b.detail(pid).row.units} == {
        (U1, "joint"), (U2, "joint"), (U3, "lead")}


def test_split_mode_and_a_lead_unit_become_a_conflict(pair: tuple[Desk, Desk]) -> None:
    a, b = pair
    pid = a.list_ids()[0]
    a.units.assign_split(pid, [U1, U2])
    b.units.assign_lead_joint(pid, U3)
    sync_all(a, b)
    assert broken(a) == ["roles_fit_mode"]
    conflict = rule_conflict(a, "roles_fit_mode")
    SyncService(a).resolve(conflict.id, take=value_by(conflict, "甲", "分办"))
    sync_all(a, b)
    assert broken(a) == broken(b) == []
    assert {u.role for u in b.detail(pid).row.units} == {"split"}


def test_a_member_decided_on_one_laptop_and_merged_on_another(pair: tuple[Desk, Desk]) -> None:
    a, b = pair
    lead, member = a.list_ids()[:2]
    a.merging.merge(lead, [member])
    later()
    b.decisions.decide([member], "accept")
    sync_all(a, b)
    assert "merged_has_lead" in broken(a)
    conflict = rule_conflict(a, "merged_has_lead")
    SyncService(a).resolve(conflict.id, take=value_by(conflict, "甲", "并入"))
    sync_all(a, b)
    assert broken(a) == broken(b) == []
    assert b.detail(member).row.status == "merged"


def test_a_merge_cycle_across_laptops(pair: tuple[Desk, Desk]) -> None:
    a, b = pair
    x, y = a.list_ids()[:2]
    a.merging.merge(x, [y])  # y joins x
    b.merging.merge(y, [x])  # x joins y
    sync_all(a, b)
    assert "lead_not_merged" in broken(a)
    conflict = next(c for c in SyncService(a).conflicts() if c.rule == "lead_not_merged")
    SyncService(a).resolve(conflict.id, take=conflict.values[0].id)
    sync_all(a, b)
    for desk in (a, b):
        for c in SyncService(desk).conflicts():  # what the resolution left is a field
            assert not c.rule                    # conflict of the same decision
    assert broken(a) == broken(b) == []


def test_a_lead_rejected_while_members_were_merged_into_it(pair: tuple[Desk, Desk]) -> None:
    a, b = pair
    lead, member = a.list_ids()[:2]
    b.merging.merge(lead, [member])
    later()
    a.decisions.decide([lead], "reject", reason=REASON)
    sync_all(a, b)
    assert "lead_is_open" in broken(b)
    conflict = rule_conflict(b, "lead_is_open")
    SyncService(b).resolve(conflict.id, take=value_by(conflict, "甲", "不予立案"))
    sync_all(a, b)
    assert broken(a) == broken(b) == []
    assert a.detail(member).row.status == "pending"


def test_units_given_to_a_member_merged_elsewhere(pair: tuple[Desk, Desk]) -> None:
    a, b = pair
    lead, member = a.list_ids()[:2]
    a.merging.merge(lead, [member])
    b.units.assign_lead_joint(member, U1)
    sync_all(a, b)
    assert broken(a) == ["member_has_no_units"]
    conflict = rule_conflict(a, "member_has_no_units")
    SyncService(a).resolve(conflict.id, take=value_by(conflict, "甲"))
    sync_all(a, b)
    assert broken(b) == [] and b.detail(member).row.units == ()


def test_a_case_number_given_twice(pair: tuple[Desk, Desk]) -> None:
    a, b = pair
    p1, p2 = a.list_ids()[:2]
    a.decisions.decide([p1], "accept")
    a.numbering.number()
    b.decisions.decide([p2], "accept")
    b.numbering.number()
    sync_all(a, b)
    assert broken(a) == ["number_once"]
    conflict = rule_conflict(a, "number_once")
    SyncService(b).resolve(conflict.id, take=value_by(conflict, "乙"))
    sync_all(a, b)
    assert broken(a) == broken(b) == []
    assert {a.detail(p1).row.case_no, a.detail(p2).row.case_no} == {"第0001号", "第0002号"}
    assert a.detail(p2).row.case_no == "第0001号"


def test_a_numbered_case_rejected_elsewhere(pair: tuple[Desk, Desk]) -> None:
    a, b = pair
    pid = a.list_ids()[0]
    a.decisions.decide([pid], "accept")
    a.numbering.number()
    later()
    b.decisions.decide([pid], "reject", reason=REASON)
    sync_all(a, b)
    assert "number_only_for_cases" in broken(a)
    conflict = rule_conflict(a, "number_only_for_cases")
    SyncService(a).resolve(conflict.id, take=value_by(conflict, "乙"))
    sync_all(a, b)
    assert broken(a) == broken(b) == []
    assert b.detail(pid).row.case_no == ""


def test_numbering_finalised_while_another_laptop_changes_an_outcome(
    pair: tuple[Desk, Desk],
) -> None:
    a, b = pair
    pid = a.list_ids()[0]
    a.decisions.decide([pid], "accept")
    a.numbering.number()
    sync_all(a, b)
    a.numbering.finalise()
    SyncService(a).sync()
    later()
    b.decisions.decide([pid], "withdraw")  # b has not seen the finalisation
    sync_all(a, b)
    assert broken(a) == broken(b) == ["final_numbers_kept"]
    conflict = rule_conflict(b, "final_numbers_kept")
    assert {v.reviewer for v in conflict.values} == {"甲", "乙"}
    SyncService(b).resolve(conflict.id, take=value_by(conflict, "甲", "定稿"))
    sync_all(a, b)
    assert broken(a) == broken(b) == []
    row = a.detail(pid).row
    assert (row.status, row.case_no) == ("accepted", "第0001号")


def test_keeping_a_change_made_after_finalising_is_a_choice_that_holds(
    pair: tuple[Desk, Desk],
) -> None:
    a, b = pair
    pid = a.list_ids()[0]
    a.decisions.decide([pid], "accept")
    a.numbering.number()
    sync_all(a, b)
    a.numbering.finalise()
    SyncService(a).sync()
    later()
    b.decisions.decide([pid], "withdraw")
    sync_all(a, b)
    conflict = rule_conflict(a, "final_numbers_kept")
    # 乙's withdrawal changed the outcome and took the number: either value keeps both
    take = next(v.id for v in conflict.values if v.reviewer == "乙")
    SyncService(a).resolve(conflict.id, take=take)
    sync_all(a, b)
    assert broken(a) == broken(b) == []
    assert b.detail(pid).row.status == "withdrawn"


def test_resolving_a_field_conflict_into_a_rejection_without_reason(
    pair: tuple[Desk, Desk],
) -> None:
    a, b = pair
    pid = a.list_ids()[0]
    a.decisions.decide([pid], "reject", reason=REASON)
    sync_all(a, b)
    a.decisions.decide([pid], "accept")
    b.decisions.decide([pid], "withdraw")
    sync_all(a, b)
    status = next(c for c in SyncService(a).conflicts() if c.field == "status")
    SyncService(a).resolve(status.id, value="rejected")
    assert broken(a) == ["rejected_has_reason"]
    conflict = rule_conflict(a, "rejected_has_reason")
    SyncService(a).resolve(conflict.id, value=REASON)
    sync_all(a, b)
    assert broken(a) == broken(b) == []
    assert b.detail(pid).reason == REASON


def test_the_sync_summary_counts_broken_rules_as_new_conflicts(
    pair: tuple[Desk, Desk],
) -> None:
    a, b = pair
    pid = a.list_ids()[0]
    a.units.assign_lead_joint(pid, U1)
    b.units.assign_lead_joint(pid, U2)
    SyncService(a).sync()
    summary = SyncService(b).sync()
    assert (summary.new_conflicts, summary.broken_rules, summary.conflicts) == (1, 1, 1)
    again = SyncService(b).sync()
    assert (again.new_conflicts, again.conflicts) == (0, 1)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "review_desk", "--reviewer", "秘书处", *args],
                          capture_output=True, text=True)


def test_check_and_resolve_on_the_command_line(pair: tuple[Desk, Desk]) -> None:
    a, b = pair
    pid = a.list_ids()[0]
    a.units.assign_lead_joint(pid, U1)
    b.units.assign_lead_joint(pid, U2)
    sync_all(a, b)
    path = str(b.path)
    b.close()
    found = _cli("check", path, "--json")
    assert found.returncode == 1, found.stderr
    (item,) = json.loads(found.stdout)
    assert item["rule"] == "one_lead" and {v["reviewer"] for v in item["values"]} == {
        "甲", "乙"}
    text = _cli("check", path)
    assert "one_lead" in text.stdout and "主办" in text.stdout
    listed = _cli("conflicts", path, "--json")
    assert [c["id"] for c in json.loads(listed.stdout)] == [item["id"]]
    take = next(v["id"] for v in item["values"] if v["reviewer"] == "乙")
    done = _cli("resolve", path, item["id"], "--take", take)
    assert done.returncode == 0, done.stderr
    healthy = _cli("check", path)
    assert healthy.returncode == 0 and "every review rule holds" in healthy.stdout
    assert _cli("check", path, "--json").stdout.strip() == "[]"
