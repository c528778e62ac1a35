"""A small synthetic `DocumentData` with every field filled and every condition true once.

Templates are checked against it before an export writes anything, so a typo in a
placeholder inside a branch the real data would not reach is still caught.
"""

from __future__ import annotations

from datetime import date

from review_desk.documents.model import (
    MERGE_LEAD,
    MERGE_MEMBER,
    AcceptanceNotice,
    Case,
    CategoryGroup,
    CountRow,
    DocumentData,
    MergedGroup,
    NotAccepted,
    Recipient,
    RejectionNotice,
    SessionHeader,
    SheetRow,
    Summary,
    UnitInfo,
    UnitPart,
    UnitSheet,
)
from review_desk.review.queries import Person

_HEADER = SessionHeader("中国人民政治协商会议示例市委员会", "十四届", "五次会议", 2026,
                        date(2026, 2, 20), True)
_LEAD = UnitPart("u1", "市民政局", "lead")
_JOINT = UnitPart("u2", "市财政局", "joint")
_ASSIST = UnitPart("u3", "市卫生健康委员会", "assist")
_PERSON = Person("张三", "first", "经济界", "示例公司", "示例路1号", "13800000000", True)
_COSIGNER = Person("李四", "cosigner", "教育界", "示例学校", "示例路2号", "13900000000", True)


def _case(n: int, role: str, key: bool, kind: str = "joint") -> Case:
    group = ("第0001号", "第0002号")
    return Case(
        proposal_id=f"p{n}", intake_no=10 + n, number=n, case_no=f"第{n:04d}号",
        title=f"关于示例事项{n}的提案", category="社会建设", kind=kind,
        collective_name="示例党派市委员会" if kind == "collective" else "",
        proposers_label="张三等2人" if kind == "joint" else "示例党派市委员会",
        people=(_PERSON, _COSIGNER), sector="经济界", merge_role=role,
        lead_case_no=group[0] if role else "", lead_title="关于示例事项1的提案",
        group_case_nos=group if role else (), units=(_LEAD, _JOINT, _ASSIST),
        handling_mode="lead", deadline=date(2026, 5, 20), key=key,
        lead_leader="副市长" if key else "", supervise_leader="政协副主席" if key else "")


def sample_data() -> DocumentData:
    """The synthetic data (two merged cases, one key collective case, one rejection)."""
    lead = _case(1, MERGE_LEAD, True)
    member = _case(2, MERGE_MEMBER, True)
    single = _case(3, "", True, kind="collective")
    cases = (lead, member, single)
    unit = UnitInfo("u1", "001", "市民政局", "民政局", 0)
    rows = tuple(SheetRow(i, case, "lead", (_JOINT, _ASSIST))
                 for i, case in enumerate(cases, start=1))
    sheet = UnitSheet(unit, rows)
    rejected = NotAccepted("p9", 99, "关于示例个人事项的提案", "社会建设", "individual", "",
                           "王五", (_PERSON,), "为本人或亲属解决个人问题", "转为委员来信",
                           "所反映问题属个人事项，已转有关部门研究答复")
    summary = Summary(
        received=5, by_outcome={"accepted": 2, "merged": 1, "rejected": 1, "withdrawn": 1,
                                "pending": 0},
        by_category=(CountRow("社会建设", {"accepted": 2, "merged": 1, "rejected": 1,
                                          "withdrawn": 1, "pending": 0}),),
        by_sector=(CountRow("经济界", {"total": 4}), CountRow("集体提案", {"total": 1})),
        by_unit=(CountRow("市民政局", {"lead": 3, "joint": 0, "assist": 0, "split": 0}),),
        merged_groups=(MergedGroup(lead, (member,)),), not_accepted=(rejected,),
        key_cases=(lead, single), unnumbered=0)
    recipient = Recipient("张三", "张三委员", "示例路1号", "示例公司", "", 0)
    return DocumentData(
        header=_HEADER, cases=cases, sheets=(sheet,),
        catalogue=(CategoryGroup("社会建设", cases),), summary=summary,
        acceptance_notices=(AcceptanceNotice(recipient, lead),),
        rejection_notices=(RejectionNotice(recipient, rejected),))
