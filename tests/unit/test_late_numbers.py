"""Cases accepted after the numbers were made final get the numbers after the last one, and
finalising is refused while an accepted case has no number."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from review_desk.desk import Desk
from review_desk.errors import InvalidActionError, NumberingFinalError
from review_desk.review.rules import violations
from review_desk.sync.service import SyncService
from tests.unit.test_actions import refused
from tests.unit.test_rules_after_sync import pair, sync_all  # noqa: F401  (pair: a fixture)


def _numbers(desk: Desk, ids: list[str]) -> list[str]:
    return [desk.detail(pid).row.case_no for pid in ids]


def test_finalising_is_refused_while_an_accepted_case_has_no_number(desk: Desk) -> None:
    a, b, c = desk.list_ids()[:3]
    desk.decisions.decide([a, b], "accept")
    error = refused(desk, InvalidActionError, desk.numbering.finalise)
    intake = sorted(desk.detail(x).row.intake_no for x in (a, b))
    assert f"{intake[0]}、{intake[1]}" in error.message_zh and "先编号" in error.message_zh
    desk.numbering.number()
    desk.decisions.decide([c], "accept")  # accepted after numbering, before finalising
    refused(desk, InvalidActionError, desk.numbering.finalise)
    desk.numbering.number()
    desk.numbering.finalise()


def test_a_case_accepted_after_finalising_gets_the_next_number(desk: Desk) -> None:
    a, b, c, d, e = desk.list_ids()[:5]
    desk.decisions.decide([a, b], "accept")
    desk.merging.merge(a, [c])
    desk.numbering.number(fmt="第{n:04d}号")
    desk.numbering.finalise()
    before = _numbers(desk, [a, c, b])
    assert before == ["第0001号", "第0002号", "第0003号"]
    desk.decisions.decide([e, d], "accept")
    preview = desk.numbering_preview("intake", None)
    assert preview.final and preview.late == 2
    assert [n for _, n, _ in preview.first] == ["第0004号", "第0005号"]
    refused(desk, NumberingFinalError, lambda: desk.numbering.number(fmt="{n}号"))
    desk.numbering.number()
    assert _numbers(desk, [a, c, b]) == before  # nothing final moved
    assert _numbers(desk, [d, e]) == ["第0004号", "第0005号"]  # intake order, after the last
    refused(desk, NumberingFinalError, desk.numbering.number)  # nothing left to number
    with desk.store.reading() as conn:
        assert violations(conn) == []


def test_two_laptops_numbering_late_cases_meet_as_one_number_given_twice(
        pair: tuple[Desk, Desk]) -> None:  # noqa: F811
    a, b = pair
    first, late_a, late_b = a.list_ids()[:3]
    a.decisions.decide([first], "accept")
    a.numbering.number()
    a.numbering.finalise()
    sync_all(a, b)
    a.decisions.decide([late_a], "accept")
    a.numbering.number()
    b.decisions.decide([late_b], "accept")
    b.numbering.number()
    sync_all(a, b)
    conflict = next(c for c in SyncService(a).conflicts() if c.rule == "number_once")
    SyncService(a).resolve(conflict.id, take=conflict.values[0].id)
    sync_all(a, b)
    for desk in (a, b):
        assert sorted(_numbers(desk, [first, late_a, late_b])) == [
            "第0001号", "第0002号", "第0003号"]
        with desk.store.reading() as conn:
            assert violations(conn) == []


def test_the_number_command_numbers_late_cases(tmp_path: Path, session_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "review_desk", *args, str(session_path)],
                              capture_output=True, text=True, check=False, encoding="utf-8")

    with Desk.open(session_path, reviewer="测试") as desk:
        first, late = desk.list_ids()[:2]
        desk.decisions.decide([first], "accept")
    assert run("number").returncode == 0
    assert run("number", "--finalise").returncode == 0
    with Desk.open(session_path, reviewer="测试") as desk:
        desk.decisions.decide([late], "accept")
    done = run("number")
    assert done.returncode == 0, done.stderr
    with Desk.open(session_path, reviewer="测试") as desk:
        assert desk.detail(late).row.case_no == "第0002号"
    again = run("number")
    assert again.returncode == 2 and "所有立案提案均已编号" in again.stderr


def test_finalising_before_any_case_is_numbered_is_refused(desk: Desk) -> None:
    error = refused(desk, InvalidActionError, desk.numbering.finalise)
    assert "尚无" in error.message_zh
