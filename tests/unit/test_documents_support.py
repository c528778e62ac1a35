"""A reviewed session built in code for the document tests (no tests of its own here).

Twelve proposals decided through the public commands: cases on their own, a merge group
of three (a joint lead, a collective and a joint member), 分办, a key case with its own
deadline, two not accepted (one with the reviewer's 说明), one withdrawn, one pending and
a co-signer who declined.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from review_desk.desk import Desk
from review_desk.review.records import PersonRecord, ProposalRecord, SessionBundle, SessionInfo
from review_desk.review.standard_lists import STANDARD_LISTS
from tests.conftest import UNITS

INFO = SessionInfo("中国人民政治协商会议测试市委员会", "十四届", "五次会议", 2026, "2026-02-20")
TITLES = (
    "关于加快发展社区养老服务的提案", "关于破解老旧小区停车难的提案",
    "关于推进学前教育普惠发展的提案", "关于发布个人作品推介会的提案",
    "关于解决老旧小区停车位不足的提案", "关于修改上位法律的提案", "关于个人事项的提案",
    "关于规范小区停车管理的提案", "关于支持中小企业融资的提案", "关于加强社区卫生服务的提案",
    "关于推进职业教育产教融合的提案", "关于改善夜间公交的提案",
)
KINDS = ("individual", "joint", "collective", "individual", "collective", "collective",
         "individual", "joint", "collective", "individual", "joint", "individual")
# the 说明 of proposal 6's rejection: brackets, digits and Latin letters for the line breaking
REMARK = ("该事项涉及《中华人民共和国城乡规划法》第47条的修改，属全国人大常委会立法权限，"
          "建议通过社情民意信息渠道反映（可参照GB50180-2018标准）")
CATEGORIES = ("社会建设", "社会建设", "社会建设", "文化建设", "社会建设", "政治建设",
              "社会建设", "社会建设", "经济建设", "社会建设", "社会建设", "经济建设")


def _proposal(i: int) -> ProposalRecord:
    kind = KINDS[i]
    people: tuple[PersonRecord, ...] = ()
    contact = None
    body = ""
    if kind == "individual":
        people = (PersonRecord(f"委员{i + 1}", "经济界", "某公司", f"测试路{i + 1}号"),)
    elif kind == "joint":
        people = (PersonRecord(f"领衔{i + 1}", "教育界", "某学校", "学府路1号", confirmed=True),
                  PersonRecord(f"附议{i + 1}甲", "医药卫生界", confirmed=True),
                  PersonRecord(f"附议{i + 1}乙", "农业界", confirmed=False if i == 10 else None))
    else:
        body = "民盟测试市委会" if i != 8 else "测试市工商联/总商会"
        contact = PersonRecord(f"联系人{i + 1}", "", body, "民主路8号")
    return ProposalRecord(
        title=TITLES[i], category=CATEGORIES[i], background="背景。", problems="问题。",
        suggestions="建议。", submitted_at=f"2026-01-{1 + i:02d}T09:00:00", kind=kind,
        proposers=people, collective_name=body, contact=contact)


def reviewed_bundle() -> SessionBundle:
    """The twelve proposals before review."""
    return SessionBundle(info=INFO, lists=STANDARD_LISTS, units=UNITS,
                         proposals=tuple(_proposal(i) for i in range(12)))


def review(desk: Desk) -> dict[int, str]:
    """Decide the session as the module docstring says; intake number -> proposal id."""
    ids = {n: desk.proposal_id(n) for n in range(1, 13)}
    desk.decisions.decide([ids[n] for n in (1, 2, 3, 9, 10, 11)], "accept")
    desk.merging.merge(ids[2], [ids[5], ids[8]])
    desk.decisions.decide([ids[4]], "reject", reason="宣传推介具体作品或产品",
                          disposition="转为意见和建议")
    desk.decisions.decide([ids[6]], "reject", reason="超越本级事权", disposition="转为委员来信",
                          remark=REMARK)
    desk.decisions.decide([ids[7]], "withdraw")
    desk.units.assign_lead_joint(ids[1], "市民政局", joint=["市财政局"])
    desk.annotations.set_key(ids[1], True, lead_leader="副市长甲", supervise_leader="副主席乙")
    desk.units.set_deadline(ids[1], "2026-04-30")
    desk.units.assign_lead_joint(ids[2], "市城管局", assist=["市民政局"])
    desk.units.assign_split(ids[3], ["市教育局", "市卫健委"])
    desk.units.assign_lead_joint(ids[9], "市财政局")
    desk.units.assign_lead_joint(ids[10], "市卫健委", joint=["市民政局"])
    desk.units.assign_lead_joint(ids[11], "市教育局")
    desk.numbering.number(order="intake")
    return ids


@dataclass(frozen=True)
class Reviewed:
    """The reviewed session file and its proposal ids by intake number."""

    path: Path
    ids: dict[int, str]


_CACHE: dict[str, Reviewed] = {}


def reviewed_session(tmp_path_factory: pytest.TempPathFactory) -> Reviewed:
    """A fresh copy of the reviewed session (built once per test run)."""
    if "file" not in _CACHE:
        folder = tmp_path_factory.mktemp("reviewed")
        path = folder / "reviewed.rdesk"
        with Desk.create(path, reviewed_bundle(), reviewer="测试员") as desk:
            ids = review(desk)
        _CACHE["file"] = Reviewed(path, ids)
    original = _CACHE["file"]
    copy = tmp_path_factory.mktemp("copy") / "reviewed.rdesk"
    shutil.copy(original.path, copy)
    return Reviewed(copy, original.ids)
