"""Proposals without a category (未分类): imported, filtered, counted, then numbering and
export refuse while an accepted one is still unclassified, and name it."""

from __future__ import annotations

from pathlib import Path

import pytest

from review_desk.desk import Desk
from review_desk.documents.export import export_documents
from review_desk.importing import apply_plan, context_from_desk, read_source
from review_desk.review.queries import ProposalFilter
from review_desk.review.unclassified import UNCLASSIFIED, UnclassifiedError
from tests.unit.test_import_support import form_document, journal_size, new_session

TOPICS = ("社区养老服务", "老旧小区改造", "学前教育", "公交线网", "垃圾分类", "河道治理",
          "就业创业", "食品安全", "文物保护", "全民健身", "医保报销", "乡村振兴", "消防安全",
          "停车管理", "科技创新")


@pytest.fixture()
def imported(tmp_path: Path) -> Path:
    """A session holding 15 table-form proposals that had no 类别 field."""
    session = new_session(tmp_path / "s.rdesk")
    folder = tmp_path / "forms"
    folder.mkdir()
    for n, topic in enumerate(TOPICS):
        (folder / f"{n:02d}.docx").write_bytes(form_document(
            title=f"关于加强{topic}的提案", proposer=["张伟", "李娜", "王芳"][n % 3], category=""))
    with Desk.open(session, reviewer="测试") as desk:
        plan = read_source([folder], context=context_from_desk(desk))
        assert not plan.has_errors
        assert {i.code for r in plan.rows for i in r.issues} >= {"unclassified"}
        assert all(r.severity == "warning" for r in plan.rows)
        apply_plan(desk, plan)
    return session


def test_forms_without_a_category_import_as_unclassified(imported: Path) -> None:
    with Desk.open(imported, reviewer="测试") as desk:
        everything = desk.list_ids()
        assert len(everything) == len(TOPICS)
        assert desk.list_ids(ProposalFilter(category=UNCLASSIFIED)) == everything
        assert {r.category for r in desk.rows(everything)} == {""}
        assert desk.stats().by_category == {UNCLASSIFIED: {"pending": len(TOPICS)}}
        desk.annotations.set_category(everything[:5], "社会建设")
        assert len(desk.list_ids(ProposalFilter(category=UNCLASSIFIED))) == len(TOPICS) - 5
        assert len(desk.list_ids(ProposalFilter(category="社会建设"))) == 5


def test_numbering_refuses_while_an_accepted_proposal_is_unclassified(imported: Path) -> None:
    with Desk.open(imported, reviewer="测试") as desk:
        ids = desk.list_ids()
        desk.annotations.set_category(ids[:3], "社会建设")
        desk.decisions.decide(ids[:5], "accept")
        desk.decisions.decide(ids[5:7], "reject", "内容空泛、没有具体建议",
                              desk.list_items("disposition")[0].name)
        before = journal_size(imported)
        with pytest.raises(UnclassifiedError) as caught:
            desk.numbering.number()
        named = [r.intake_no for r in desk.rows(ids[3:5])]
        assert caught.value.intake_nos == named
        assert all(str(n) in caught.value.message_zh for n in named)
        assert journal_size(imported) == before  # refused before anything was written
        desk.annotations.set_category(ids[3:5], "经济建设")  # the pending ones may stay open
        desk.numbering.number()
        assert all(r.case_no for r in desk.rows(ids[:5]))


def test_export_refuses_while_an_accepted_proposal_is_unclassified(imported: Path,
                                                                   tmp_path: Path) -> None:
    out = tmp_path / "out"
    with Desk.open(imported, reviewer="测试") as desk:
        ids = desk.list_ids()
        desk.decisions.decide(ids[:2], "accept")
        with pytest.raises(UnclassifiedError, match="no category"):
            export_documents(desk, out)
        assert not out.exists() or not any(out.iterdir())


def test_cli_categorize_sets_the_category_of_many_proposals_at_once(imported: Path) -> None:
    import json
    import subprocess
    import sys

    with Desk.open(imported, reviewer="测试") as desk:
        numbers = [r.intake_no for r in desk.rows(desk.list_ids())][:4]
    done = subprocess.run(
        [sys.executable, "-m", "review_desk", "--reviewer", "王审查", "categorize",
         str(imported), *map(str, numbers), "--category", "社会建设", "--json"],
        capture_output=True, text=True, check=False, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"category": "社会建设", "intake_no": numbers}
    with Desk.open(imported, reviewer="测试") as desk:
        assert len(desk.list_ids(ProposalFilter(category="社会建设"))) == 4
        assert len(desk.list_ids(ProposalFilter(category=UNCLASSIFIED))) == len(TOPICS) - 4
    bad = subprocess.run(
        [sys.executable, "-m", "review_desk", "--reviewer", "王审查", "categorize",
         str(imported), str(numbers[0]), "--category", "没有这个类别"],
        capture_output=True, text=True, check=False, encoding="utf-8")
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
    assert bad.stderr.strip()
