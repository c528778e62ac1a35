"""Applying a plan: dry run writes nothing, the report, all-or-nothing, idempotent
re-import, late additions, cancel, and the `review-desk import` command."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from review_desk.cli import main
from review_desk.desk import Desk
from review_desk.importing import (
    CancelToken,
    ImportCancelledError,
    ImportRefusedError,
    ReportTargetError,
    apply_plan,
    context_from_desk,
    read_source,
    write_report,
)
from tests.unit.test_import_support import ROWS, journal_size, new_session, proposal_workbook


@pytest.fixture()
def session(tmp_path: Path) -> Path:
    return new_session(tmp_path / "s.rdesk")


def _read(desk: Desk, source: Path, cancel: CancelToken | None = None):  # type: ignore[no-untyped-def]
    return read_source([source], context=context_from_desk(desk), cancel=cancel)


def test_dry_run_writes_nothing_and_the_report_lists_every_row(session: Path,
                                                               tmp_path: Path) -> None:
    rows = [*ROWS, (None, "刘洋", "", "经济界", "社会建设", "2026-01-05", "内容")]
    source = proposal_workbook(tmp_path / "p.xlsx", rows=rows)
    before = session.read_bytes()
    with Desk.open(session, reviewer="测试") as desk:
        plan = _read(desk, source)
    report = write_report(plan, tmp_path / "out" / "检查.xlsx")
    assert session.read_bytes() == before
    book = openpyxl.load_workbook(report)
    lines = list(book["导入检查"].iter_rows(values_only=True))
    assert lines[0][:3] == ("文件", "行", "结果")
    assert [line[2] for line in lines[1:]] == ["正常", "正常", "正常", "错误"]
    assert lines[4][5] == "缺少案由。"
    summary = {r[0]: r[1] for r in book["汇总"].iter_rows(values_only=True)}
    assert summary["将导入"] == 3 and summary["错误"] == 1


def test_a_report_replaces_an_earlier_report_and_nothing_else(session: Path,
                                                              tmp_path: Path) -> None:
    source = proposal_workbook(tmp_path / "p.xlsx", rows=ROWS[:2])
    other = new_session(tmp_path / "other.rdesk")
    list_of_proposals = proposal_workbook(tmp_path / "名单.xlsx", rows=ROWS)
    text = tmp_path / "notes.txt"
    text.write_text("会议记录", encoding="utf-8")
    kept = {p: p.read_bytes() for p in (other, list_of_proposals, text)}
    with Desk.open(session, reviewer="测试") as desk:
        plan = _read(desk, source)
    for target in kept:
        with pytest.raises(ReportTargetError, match="not an import report"):
            write_report(plan, target)
        code = main(["import", str(session), str(source), "--dry-run", "--report", str(target)])
        assert code != 0
    assert {p: p.read_bytes() for p in kept} == kept
    earlier = write_report(plan, tmp_path / "检查.xlsx")
    assert write_report(_read_again(session, ROWS), earlier) == earlier  # replaced
    assert len(list(openpyxl.load_workbook(earlier)["导入检查"].iter_rows())) == len(ROWS) + 1


def test_a_session_is_not_imported_into_itself(session: Path) -> None:
    before = {p.name: p.read_bytes() for p in session.parent.iterdir()}
    for extra in ([], ["--table", "proposal"], ["--dry-run", "--table", "0"]):
        assert main(["import", str(session), str(session), *extra]) == 2
    # a refusal leaves nothing behind (the file opened twice had left its -wal and -shm)
    assert {p.name: p.read_bytes() for p in session.parent.iterdir()} == before


def _read_again(session: Path, rows: list[tuple[object, ...]]):  # type: ignore[no-untyped-def]
    with Desk.open(session, reviewer="测试") as desk:
        return _read(desk, proposal_workbook(session.parent / "again.xlsx", rows=rows))


def test_import_is_idempotent_and_late_additions_get_next_intake_numbers(
        session: Path, tmp_path: Path) -> None:
    source = proposal_workbook(tmp_path / "p.xlsx", rows=ROWS[:2])
    with Desk.open(session, reviewer="测试") as desk:
        result = apply_plan(desk, _read(desk, source))
        assert result.added == 2 and result.summary is not None
        assert (result.summary.first_intake, result.summary.last_intake) == (1, 2)
        size = journal_size_of(desk)
        again = _read(desk, source)
        assert again.counts()["duplicate"] == 2 and again.counts()["to_add"] == 0
        assert apply_plan(desk, again).changed is None
        assert journal_size_of(desk) == size
        stale = _read(desk, proposal_workbook(tmp_path / "late.xlsx", rows=ROWS))
        result = apply_plan(desk, stale)
        assert result.summary is not None and result.summary.first_intake == 3
        assert result.added == 1
        # a plan read before its rows were written is checked again when applied
        assert apply_plan(desk, stale).skipped_now == 1
        titles = [r.title for r in desk.rows(desk.list_ids())]
        assert titles == [ROWS[0][0], ROWS[1][0], ROWS[2][0]]
        detail = desk.detail(desk.proposal_id(1))
        assert detail.people[0].work_unit == "江川大学"  # filled from the roster


def journal_size_of(desk: Desk) -> int:
    from sqlalchemy import text

    with desk.store.reading() as conn:
        return int(conn.execute(text("SELECT count(*) FROM change")).scalar() or 0)


def test_rows_with_errors_refuse_the_import_unless_skipped(session: Path,
                                                           tmp_path: Path) -> None:
    rows = [*ROWS, (None, "刘洋", "", "经济界", "社会建设", "2026-01-05", "内容")]
    source = proposal_workbook(tmp_path / "p.xlsx", rows=rows)
    size = journal_size(session)
    with Desk.open(session, reviewer="测试") as desk:
        plan = _read(desk, source)
        with pytest.raises(ImportRefusedError) as caught:
            apply_plan(desk, plan)
        assert "第 6 行" in caught.value.message_zh
        assert journal_size_of(desk) == size
        assert apply_plan(desk, plan, skip_errors=True).added == 3


def test_cancel_while_reading_and_while_writing_leaves_the_file_unchanged(
        session: Path, tmp_path: Path) -> None:
    rows = [(f"关于第{i}项工作的提案", f"委员{i}", "", "经济界", "经济建设", "2026-01-05", "建议。")
            for i in range(300)]
    source = proposal_workbook(tmp_path / "p.xlsx", rows=rows)
    size = journal_size(session)
    with Desk.open(session, reviewer="测试") as desk:
        token = CancelToken()
        token.cancel()
        with pytest.raises(ImportCancelledError):
            _read(desk, source, token)
        plan = _read(desk, source)
        token = CancelToken()
        stages: list[str] = []

        def progress(stage: str, done: int, total: int) -> None:
            stages.append(stage)
            if stage == "proposals":
                token.cancel()

        with pytest.raises(ImportCancelledError):
            apply_plan(desk, plan, progress=progress, cancel=token)
        assert "proposals" in stages
        assert journal_size_of(desk) == size
        assert desk.list_ids() == []


def test_cli_dry_run_json_then_import_then_reimport(session: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    source = proposal_workbook(tmp_path / "p.xlsx")
    report = tmp_path / "r.xlsx"
    code = main(["import", str(session), str(source), "--dry-run", "--json",
                 "--report", str(report)])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["written"] is False and out["counts"]["to_add"] == 3
    assert report.exists() and journal_size(session) == journal_size(session)
    assert main(["import", str(session), str(source)]) == 0
    assert "流水号 1–3" in capsys.readouterr().out
    assert main(["import", str(session), str(source)]) == 0
    assert "没有需要导入的新内容" in capsys.readouterr().out


def test_cli_refuses_bad_input_with_exit_2(session: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook", "utf-8")
    size = journal_size(session)
    assert main(["import", str(session), str(fake)]) == 2
    assert "fake.xlsx" in capsys.readouterr().err
    rows = [(None, "刘洋", "", "经济界", "社会建设", "2026-01-05", "内容")]
    bad = proposal_workbook(tmp_path / "bad.xlsx", rows=rows)
    assert main(["import", str(session), str(bad), "--dry-run"]) == 1
    assert main(["import", str(session), str(bad)]) == 2
    assert "缺少案由" in capsys.readouterr().err
    assert journal_size(session) == size


def test_cli_mapping_profile_saved_and_reused(session: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("REVIEW_DESK_CONFIG_DIR", str(tmp_path / "config"))
    source = proposal_workbook(tmp_path / "odd.xlsx", ("编码", "议题", "谁", "伙伴", "圈子",
                                                       "归类", "哪天", "说了啥"), banner=None)
    assert main(["import", str(session), str(source), "--dry-run"]) == 2
    args = ["--map", "议题=title", "--map", "谁=proposer", "--map", "归类=category",
            "--map", "说了啥=body", "--map", "伙伴=cosigners"]
    assert main(["import", str(session), str(source), "--dry-run", *args,
                 "--save-mapping", "某系统导出"]) == 0
    assert (tmp_path / "config" / "import-profiles" / "某系统导出.json").exists()
    assert main(["import", str(session), str(source), "--mapping", "某系统导出"]) == 0
    assert "已导入 3 条" in capsys.readouterr().out
    assert main(["import", str(session), str(source), "--map", "议题=nonsense"]) == 2
