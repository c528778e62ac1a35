"""Fixtures shared by every test: small session files built in code."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from review_desk.desk import Desk
from review_desk.review.records import (
    PersonRecord,
    ProposalRecord,
    SessionBundle,
    SessionInfo,
    UnitRecord,
)
from review_desk.review.standard_lists import STANDARD_LISTS
from tests.helpers.postgres import PgServer, start_server

# Hypothesis: under CI a fixed run (derandomized, so every CI run tries the same
# examples; a failure prints the blob that reproduces it); `HYPOTHESIS_PROFILE=manual`
# for a long run with fresh random examples (the seed is printed on failure).
settings.register_profile("ci", derandomize=True, print_blob=True, deadline=None)
settings.register_profile("manual", max_examples=2000, print_blob=True, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE",
                                     "ci" if os.environ.get("CI") else "default"))

UNITS = (
    UnitRecord("U01", "市民政局", "民政局", "政府部门",
               "负责养老服务、社会救助、社区治理。", ("民政",)),
    UnitRecord("U02", "市财政局", "财政局", "政府部门", "负责财政预算和资金保障。"),
    UnitRecord("U03", "市城市管理和综合执法局", "市城管局", "政府部门",
               "负责市容环境、停车秩序和占道经营管理。",
               ("城管局", "城市管理局", "综合行政执法局")),
    UnitRecord("U04", "市教育局", "教育局", "政府部门", "负责学前教育、义务教育和职业教育。"),
    UnitRecord("U05", "市卫生健康委员会", "市卫健委", "政府部门", "负责医疗卫生和健康服务。",
               ("卫健委", "卫生局")),
)

TOPICS = (
    ("关于加快发展社区养老服务的提案", "社会建设", "老龄化加快，社区养老设施不足。",
     "护理人员短缺，服务质量参差。", "一是增加养老床位；二是培训护理员。"),
    ("关于破解老旧小区停车难的提案", "社会建设", "老旧小区停车位缺口大。",
     "占道停车影响消防通道。", "一是挖潜共享车位；二是建设立体停车库。"),
    ("关于推进学前教育普惠发展的提案", "社会建设", "普惠性幼儿园覆盖率不高。",
     "教师待遇偏低。", "一是扩大普惠学位；二是提高教师待遇。"),
    ("关于加强PM2.5与臭氧协同治理的提案", "生态文明建设", "空气质量改善进入攻坚期。",
     "VOCs排放监管薄弱。", "一是加强监测；二是推动企业治理。"),
    ("关于优化营商环境支持中小企业发展的提案", "经济建设", "中小企业融资难。",
     "审批环节多。", "一是完善信贷支持；二是压缩审批时限。"),
)


def small_bundle(count: int = 12) -> SessionBundle:
    """A session with `count` proposals over a few topics, all three proposer kinds."""
    proposals = []
    for i in range(count):
        title, category, background, problems, suggestions = TOPICS[i % len(TOPICS)]
        kind = ("individual", "joint", "collective")[i % 3]
        people: tuple[PersonRecord, ...] = ()
        contact = None
        if kind == "individual":
            people = (PersonRecord(f"委员{i}", "经济界", "某公司", phone="13800000000"),)
        elif kind == "joint":
            people = (PersonRecord(f"委员{i}", "教育界"), PersonRecord(f"附议{i}", "医药卫生界",
                                                                   confirmed=True))
        else:
            contact = PersonRecord(f"联系人{i}", "", "民盟市委会")
        proposals.append(ProposalRecord(
            title=title if i < len(TOPICS) else f"{title[:-3]}（{i}）的提案",
            category=category, background=background, problems=problems,
            suggestions=suggestions, submitted_at=f"2026-01-{1 + i % 28:02d}T09:00:00",
            kind=kind, proposers=people, collective_name="民盟市委会" if contact else "",
            contact=contact, suggested_units=("民政局",) if i % 5 == 0 else (),
        ))
    return SessionBundle(
        info=SessionInfo("中国人民政治协商会议测试市委员会", "十四届", "五次会议", 2026,
                         "2026-02-20"),
        lists=STANDARD_LISTS, units=UNITS, proposals=tuple(proposals),
    )


@pytest.fixture
def session_path(tmp_path: Path) -> Path:
    """A fresh small session file."""
    path = tmp_path / "test.rdesk"
    Desk.create(path, small_bundle(), reviewer="测试员").close()
    return path


@pytest.fixture
def desk(session_path: Path) -> Iterator[Desk]:
    """The small session, open."""
    with Desk.open(session_path, reviewer="测试员") as opened:
        yield opened


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A PostgreSQL server started for this test run; missing PostgreSQL fails under CI
    (`.ci/run` installs it) and skips elsewhere."""
    server = start_server()
    if server is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed (apt-get install postgresql)")
        pytest.skip("PostgreSQL is not installed")
    try:
        yield server
    finally:
        server.stop("immediate")
        shutil.rmtree(server.root, ignore_errors=True)


pytest_plugins = ["tests.helpers.hypothesis_profiles"]
