"""History and conflicts in the office's words (core, no Qt): values before and after,
ids named, a merge seen from its lead, a rejection with its remark, local time."""

from __future__ import annotations

from pathlib import Path

from review_desk.desk import Desk
from review_desk.review.plain_words import local_time


def test_history_lines(session_path: Path) -> None:
    with Desk.open(session_path, "李四") as desk:
        a, b, c = desk.list_ids()[:3]
        desk.decisions.decide([a], "accept")
        desk.units.add(a, "U01", "lead")
        desk.units.set_role(a, "U01", "joint")
        desk.merging.merge(a, [c])
        desk.decisions.decide([b], "reject", "内容空泛、没有具体建议", None, "建议转有关部门")
        lines = [(e.action, e.reviewer, e.lines) for e in desk.plain_history(a)]
        assert lines[0][2] == ("收到提案",)
        assert ("立案", "李四", ("状态：待审 → 立案",)) in lines
        assert ("增加承办单位", "李四", ("增加承办单位：市民政局（主办）",)) in lines
        assert any("市民政局：承办角色：主办 → 会办" in ls for _a, _r, ls in lines)
        assert any(ls[0].startswith("流水号 3 并入本案") for _a, _r, ls in lines)
        rejected = desk.plain_history(b)[-1]
        assert rejected.lines == ("状态：待审 → 不予立案", "不予立案理由：内容空泛、没有具体建议",
                                  "说明：建议转有关部门")
        assert rejected.this_device and "UTC" in rejected.time
        english = desk.plain_history(b, "en")[-1]
        assert english.lines[0] == "Status: pending → not accepted"


def test_undo_names_what_it_takes_back(session_path: Path) -> None:
    with Desk.open(session_path, "李四") as desk:
        ids = desk.list_ids()
        desk.decisions.decide(ids[:4], "accept")
        undo, redo = desk.undo_scopes()
        assert undo is not None and undo.proposals == 4 and undo.intake_no is None
        desk.decisions.decide([ids[5]], "withdraw")
        undo, _ = desk.undo_scopes()
        assert undo is not None and undo.intake_no == 6 and redo is None


def test_local_time_shows_the_zone() -> None:
    shown = local_time("2026-02-20T06:03:00+00:00")
    assert shown.startswith("2026-02-2") and "UTC" in shown
