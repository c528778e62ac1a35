"""The data layer: what the documents show, gathered from a reviewed session."""

from __future__ import annotations

from datetime import date

import pytest

from review_desk.desk import Desk
from review_desk.documents.gather import gather_documents
from review_desk.documents.model import DocumentData
from review_desk.errors import NotFoundError
from tests.unit.test_documents_support import Reviewed


def _data(reviewed: Reviewed, units: list[str] | None = None) -> DocumentData:
    with Desk.open(reviewed.path) as desk, desk.store.reading() as conn:
        return gather_documents(conn, units)


def test_cases_in_number_order_with_merge_marks(reviewed: Reviewed) -> None:
    data = _data(reviewed)
    assert [(c.intake_no, c.case_no) for c in data.cases] == [
        (1, "第0001号"), (2, "第0002号"), (5, "第0003号"), (8, "第0004号"), (3, "第0005号"),
        (9, "第0006号"), (10, "第0007号"), (11, "第0008号")]
    lead, member5, member8 = data.cases[1:4]
    assert (lead.merge_role, member5.merge_role, member8.merge_role) == ("主并", "被并", "被并")
    for case in (lead, member5, member8):
        assert case.group_case_nos == ("第0002号", "第0003号", "第0004号")
        assert case.lead_case_no == "第0002号"
        # the assignment follows the lead
        assert [(u.name, u.role) for u in case.units] == [
            ("市城市管理和综合执法局", "lead"), ("市民政局", "assist")]
    assert member5.title == "关于解决老旧小区停车位不足的提案"  # its own title is kept
    assert member5.proposers_label == "民盟测试市委会"
    assert lead.proposers_label == "领衔2等3人"  # no spaces
    assert data.cases[0].merge_role == "" and data.cases[0].group_case_nos == ()


def test_deadlines_roles_and_key(reviewed: Reviewed) -> None:
    data = _data(reviewed)
    by_intake = {c.intake_no: c for c in data.cases}
    assert by_intake[1].deadline == date(2026, 4, 30)  # its own deadline
    assert by_intake[1].key and by_intake[1].lead_leader == "副市长甲"
    assert by_intake[3].deadline == date(2026, 5, 20)  # three months after 交办
    assert [u.role for u in by_intake[3].units] == ["split", "split"]
    assert by_intake[3].handling_mode == "split"


def test_sheets_per_unit_in_catalogue_order(reviewed: Reviewed) -> None:
    data = _data(reviewed)
    names = [s.unit.name for s in data.sheets]
    assert names == ["市民政局", "市财政局", "市城市管理和综合执法局", "市教育局",
                     "市卫生健康委员会"]
    civil = data.sheets[0]
    assert [(r.seq, r.case.case_no, r.role) for r in civil.rows] == [
        (1, "第0001号", "lead"), (2, "第0002号", "assist"), (3, "第0003号", "assist"),
        (4, "第0004号", "assist"), (5, "第0007号", "joint")]
    assert [u.labelled for u in civil.rows[0].other_units] == ["市财政局（会办）"]
    assert civil.count("assist") == 3
    # the common deadline first, then the exception (case 1 has its own)
    assert [(d, [r.case.case_no for r in rows]) for d, rows in civil.deadlines] == [
        (date(2026, 5, 20), ["第0002号", "第0003号", "第0004号", "第0007号"]),
        (date(2026, 4, 30), ["第0001号"])]
    assert civil.deadline == date(2026, 5, 20)
    only = _data(reviewed, ["民政局"])
    assert [s.unit.name for s in only.sheets] == ["市民政局"]
    assert only.summary.by_unit == data.summary.by_unit  # the summary stays whole
    with pytest.raises(NotFoundError):
        _data(reviewed, ["没有这个单位"])


def test_catalogue_groups_by_category_in_number_order(reviewed: Reviewed) -> None:
    data = _data(reviewed)
    assert [(g.name, [c.case_no for c in g.cases]) for g in data.catalogue] == [
        ("经济建设", ["第0006号"]),
        ("社会建设", ["第0001号", "第0002号", "第0003号", "第0004号", "第0005号", "第0007号",
                  "第0008号"])]


def test_summary_counts_and_lists(reviewed: Reviewed) -> None:
    s = _data(reviewed).summary
    assert s.received == 12
    assert s.by_outcome == {"accepted": 6, "merged": 2, "rejected": 2, "withdrawn": 1,
                            "pending": 1}
    social = next(r for r in s.by_category if r.name == "社会建设")
    assert social.counts["accepted"] == 5 and social.counts["merged"] == 2
    assert sum(r.total for r in s.by_sector) == 12
    assert dict((r.name, r.total) for r in s.by_sector)["集体提案"] == 4
    assert [(g.lead.case_no, [m.case_no for m in g.members]) for g in s.merged_groups] == [
        ("第0002号", ["第0003号", "第0004号"])]
    assert [(n.intake_no, n.reason, n.disposition) for n in s.not_accepted] == [
        (4, "宣传推介具体作品或产品", "转为意见和建议"), (6, "超越本级事权", "转为委员来信")]
    assert [c.case_no for c in s.key_cases] == ["第0001号"]
    civil = next(r for r in s.by_unit if r.name == "市民政局")
    assert civil.counts == {"lead": 1, "joint": 1, "assist": 3, "split": 0}
    assert s.unnumbered == 0


def test_notice_recipients(reviewed: Reviewed) -> None:
    data = _data(reviewed)
    accepted = [(n.case.case_no, n.recipient.salutation) for n in data.acceptance_notices]
    assert accepted[:5] == [("第0001号", "委员1委员"), ("第0002号", "领衔2委员"),
                            ("第0002号", "附议2甲委员"), ("第0002号", "附议2乙委员"),
                            ("第0003号", "民盟测试市委会")]
    # the co-signer of proposal 11 who declined gets no notice
    assert ("第0008号", "附议11乙委员") not in accepted
    assert ("第0008号", "附议11甲委员") in accepted
    collective = next(n for n in data.acceptance_notices if n.case.case_no == "第0003号")
    assert collective.recipient.contact == "联系人5"
    rejected = [(n.item.intake_no, n.recipient.name) for n in data.rejection_notices]
    assert rejected == [(4, "委员4"), (6, "民盟测试市委会")]


def test_unnumbered_cases_are_warned_about(tmp_path_factory: pytest.TempPathFactory) -> None:
    from tests.unit.test_documents_support import reviewed_bundle

    path = tmp_path_factory.mktemp("raw") / "raw.rdesk"
    with Desk.create(path, reviewed_bundle(), reviewer="测试员") as desk:
        desk.decisions.decide([desk.proposal_id(1)], "accept")
        with desk.store.reading() as conn:
            data = gather_documents(conn)
    assert data.cases[0].case_no == "" and data.cases[0].label == "流水号1"
    assert any("尚未编号" in w for w in data.warnings)
    assert any("尚未指定承办单位" in w for w in data.warnings)
