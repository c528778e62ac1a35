"""Review assistance on the demo session, and on hand-written titles no generator wrote."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from review_desk.assist import Assistant
from review_desk.assist.evaluate import evaluate
from review_desk.desk import Desk

# Realistic 案由 of the kind city committees receive, with the units that would lead.
TITLES = (
    ("关于加快推进老旧小区加装电梯的提案", ("市住建局",)),
    ("关于规范校外培训机构管理、切实减轻学生负担的提案", ("市教育局",)),
    ("关于加强电动自行车停放充电安全管理的提案", ("市消防救援支队", "市应急局")),
    ("关于推进生活垃圾分类减量的提案", ("市城管局",)),
    ("关于提升基层医疗卫生服务能力的提案", ("市卫健委",)),
    ("关于加强未成年人网络保护的提案", ("市委网信办", "市民政局")),
    ("关于发展银发经济、完善居家养老服务的提案", ("市民政局",)),
    ("关于加强古树名木保护的提案", ("市林业局",)),
    ("关于推进人防工程平战结合利用的提案", ("市人防办",)),
    ("关于提高灵活就业人员住房公积金缴存比例的提案", ("市公积金中心",)),
    ("关于加大对退役军人就业创业扶持力度的提案", ("市退役军人局",)),
    ("关于防范化解地方金融风险的提案", ("市金融局",)),
    ("关于打击电信网络诈骗犯罪的提案", ("市公安局",)),
    ("关于提升12345热线办理质效的提案", ("市数据局",)),
    ("关于治理城市内涝的提案", ("市水务局",)),
    ("关于完善医保异地就医结算的提案", ("市医保局",)),
    ("关于扩大婴幼儿托育服务供给的提案", ("市卫健委",)),
    ("关于完善社区矫正工作机制的提案", ("市司法局",)),
    ("关于提升全民科学素质的提案", ("市科协",)),
    ("关于推动全民健身设施进社区的提案", ("市体育局",)),
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    from review_desk.demo import generate

    path = tmp_path_factory.mktemp("assist-demo") / "demo.rdesk"
    with Desk.create(path, generate(proposals=60, archive=3000, seed=5)) as desk:
        assistant = Assistant(desk)
        assistant.build()
        yield assistant


def test_lead_unit_accuracy_on_the_latest_archive_session(demo: Assistant) -> None:
    result = evaluate(demo.index)
    assert result.lead_top3 >= 0.85
    assert result.lead_top1 >= 0.7


def test_hand_written_titles(demo: Assistant) -> None:
    hits = 0
    for title, leads in TITLES:
        shorts = {demo.index.units.units[demo.index.units.position[s.unit_id]].short_name
                  for s in demo.suggest_text(title)[:3]}
        hits += bool(shorts & set(leads))
    assert hits >= 0.8 * len(TITLES)


def test_candidates_of_a_demo_proposal_share_its_matter(demo: Assistant) -> None:
    desk = demo.desk
    pid = desk.proposal_id(1)
    found = demo.similar(pid)
    assert found
    assert all(c.score >= 0.3 for c in found if c.source == "session")
    assert any(c.phrases for c in found)
