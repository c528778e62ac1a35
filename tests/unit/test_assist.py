"""Review assistance: known answers on a small session built in code."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from review_desk.assist import Assistant
from review_desk.assist.aliases import UnitResolver
from review_desk.assist.corpus import UnitText
from review_desk.assist.evaluate import NotEnoughArchiveError, evaluate
from review_desk.desk import Desk
from review_desk.review.journal import Set
from review_desk.review.records import (
    ArchiveCaseRecord,
    MasterLists,
    PersonRecord,
    ProposalRecord,
    SessionBundle,
    SessionInfo,
    UnitRecord,
)

UNITS = (
    UnitRecord("U01", "市民政局", "市民政局", "政府部门",
               "负责拟订全市养老服务体系建设规划并组织实施。负责社会救助和婚姻登记工作。",
               ("民政局",)),
    UnitRecord("U02", "市城市管理和综合执法局", "市城管局", "政府部门",
               "负责城市市容环境卫生、生活垃圾分类和市政设施管理。承担占道经营管理工作。",
               ("城管局",)),
    UnitRecord("U03", "市公安局", "市公安局", "政府部门",
               "负责社会治安管理和道路交通安全管理。", ("公安局",)),
    UnitRecord("U04", "市教育局", "市教育局", "政府部门",
               "负责全市各级各类教育的统筹规划和协调管理，负责中小学校安全管理。", ("教育局",)),
    UnitRecord("U05", "市人民防空办公室", "市人防办", "政府部门",
               "负责全市人民防空工程建设和管理。承担人防工程平战结合利用和防空警报设施管理工作。",
               ("人防办",)),
    UnitRecord("U06", "市卫生健康委员会", "市卫健委", "政府部门",
               "负责医疗卫生服务体系建设和公共卫生管理。", ("卫健委",)),
)

# (title, summary, lead as recorded then, joint units as recorded)
_PAST = (
    ("关于完善居家养老服务的提案", "建议扩大居家养老服务覆盖面，建设社区养老服务站。",
     "市民政局", ("市卫生健康委员会",)),
    ("关于加快发展社区养老服务的提案", "建议推进社区嵌入式养老服务设施建设，发展助餐服务。",
     "民政局", ()),
    ("关于推进生活垃圾分类的提案", "建议完善生活垃圾分类投放收运体系，加强垃圾分类宣传。",
     "城市管理局", ()),  # not a name the catalogue knows: an abbreviation to resolve
    ("关于提高垃圾分类实效的提案", "建议加强生活垃圾分类设施建设，推行定时定点投放。",
     "城管局", ()),
    ("关于破解老旧小区停车难的提案", "建议挖潜停车资源，规范路内停车管理，建设公共停车场。",
     "市公安局", ("城管局",)),
    ("关于缓解医院周边停车难的提案", "建议错时共享停车泊位，加强医院周边停车秩序管理。",
     "公安局", ("市城市管理局",)),
    ("关于加强中小学校园安全管理的提案", "建议完善校园安全防控体系，加强校园周边治理。",
     "市教育局", ()),
)


def _archive() -> tuple[ArchiveCaseRecord, ...]:
    cases = []
    for year, label in ((2023, "十四届二次"), (2024, "十四届三次"), (2025, "十四届四次")):
        for number, (title, summary, lead, joints) in enumerate(_PAST, start=1):
            cases.append(ArchiveCaseRecord(
                session_label=label, year=year, case_no=f"第{number:04d}号", title=title,
                category="社会建设", proposer="张三", summary=summary, lead_unit=lead,
                joint_units=joints, merge_group=f"{label}并001" if number <= 2 else ""))
    return tuple(cases)


def _proposal(title: str, background: str, suggestions: str, units: tuple[str, ...] = ()
              ) -> ProposalRecord:
    return ProposalRecord(
        title=title, category="社会建设", background=background, problems="",
        suggestions=suggestions, submitted_at="2026-01-05T10:00:00", kind="individual",
        proposers=(PersonRecord("李四", "社会福利和社会保障界"),), suggested_units=units)


PROPOSALS = (
    _proposal("关于完善居家养老服务体系的提案",
              "我市老龄化程度加深，居家养老服务供给不足，社区养老服务站覆盖率不高。",
              "建议扩大居家养老服务覆盖面，建设社区养老服务站，发展老年助餐服务。"),
    _proposal("关于加快发展社区居家养老服务的提案",
              "社区居家养老服务是老年人最需要的服务，目前社区养老服务设施仍然不足。",
              "建议推进社区嵌入式养老服务设施建设，扩大居家养老服务供给。"),
    _proposal("关于加强中小学生近视防控的提案",
              "近年来中小学生近视率居高不下，户外活动时间不足，电子产品使用过多。",
              "建议保障学生每天户外活动两小时，定期开展视力筛查。"),
    _proposal("关于推进人防工程平战结合利用的提案",
              "我市人防工程数量较多，但平时闲置较多，利用率不高。",
              "建议推进人防工程平战结合利用，开放为停车和便民服务场所。"),
    _proposal("关于深入推进生活垃圾分类的提案",
              "生活垃圾分类工作推进中，居民分类投放准确率不高。",
              "建议完善生活垃圾分类投放收运体系，推行定时定点投放。"),
    _proposal("关于破解老城区停车难问题的提案",
              "老城区停车位严重不足，路内停车秩序混乱。",
              "建议挖潜停车资源，建设公共停车场，规范路内停车管理。"),
)

INFO = SessionInfo(committee="中国人民政治协商会议某某市委员会", term="十四届",
                   session="五次会议", year=2026, handover_date="2026-02-20")


def make_bundle(proposals: tuple[ProposalRecord, ...] = PROPOSALS,
                archive: tuple[ArchiveCaseRecord, ...] | None = None) -> SessionBundle:
    return SessionBundle(info=INFO, lists=MasterLists(categories=("社会建设", "经济建设")),
                         units=UNITS, proposals=proposals,
                         archive=_archive() if archive is None else archive)


@pytest.fixture()
def desk(tmp_path: Path) -> Iterator[Desk]:
    with Desk.create(tmp_path / "assist.rdesk", make_bundle(), reviewer="测试") as opened:
        yield opened


@pytest.fixture()
def assistant(desk: Desk) -> Assistant:
    helper = Assistant(desk)
    helper.build()
    return helper


def _unit_id(desk: Desk, short: str) -> str:
    return next(u.id for u in desk.unit_catalogue() if u.short_name == short)


def test_two_proposals_on_the_same_matter_are_found(desk: Desk, assistant: Assistant) -> None:
    first, second = desk.proposal_id(1), desk.proposal_id(2)
    found = [c for c in assistant.similar(first) if c.source == "session"]
    assert [c.id for c in found][:1] == [second]
    assert found[0].intake_no == 2 and found[0].score > 0.3
    assert any("养老服务" in p.text for p in found[0].phrases)
    unrelated = {desk.proposal_id(n) for n in (3, 4)}
    assert not unrelated & {c.id for c in found}


def test_earlier_cases_come_with_their_units(desk: Desk, assistant: Assistant) -> None:
    past = [c for c in assistant.similar(desk.proposal_id(1)) if c.source == "archive"]
    assert past and "养老" in past[0].title
    assert past[0].units[0] == "市民政局" and past[0].unit_roles[0] == "lead"
    assert past[0].label.endswith("号") and past[0].session_label


def test_a_unit_with_no_history_is_suggested_from_its_responsibilities(
        desk: Desk, assistant: Assistant) -> None:
    best = assistant.suggest(desk.proposal_id(4))[0]
    assert best.unit_id == _unit_id(desk, "市人防办")
    assert not best.past_cases
    assert "平战结合" in best.responsibility and "职责" in best.reason


def test_recorded_names_resolve_through_aliases_and_abbreviations(
        desk: Desk, assistant: Assistant) -> None:
    best = assistant.suggest(desk.proposal_id(5))[0]
    assert best.unit_id == _unit_id(desk, "市城管局")
    assert best.past_cases  # the archive wrote 城市管理局 and 城管局: both count
    assert "往届" in best.reason


def test_lead_and_joint_units_are_suggested_together(desk: Desk, assistant: Assistant) -> None:
    pid = desk.proposal_id(6)
    best = assistant.suggest(pid)[0]
    assert best.unit_id == _unit_id(desk, "市公安局")
    assert [j.unit_id for j in best.joint] == [_unit_id(desk, "市城管局")]
    assistant.apply(pid, best)
    units = desk.rows([pid])[0].units
    assert [(u.unit_id, u.role) for u in units] == [(best.unit_id, "lead"),
                                                    (best.joint[0].unit_id, "joint")]


def test_the_resolver_understands_names_as_records_write_them() -> None:
    resolver = UnitResolver([
        UnitText("u1", "U01", "市城市管理和综合执法局", "市城管局", ("城管局",), "", True),
        UnitText("u2", "U02", "市卫生健康委员会", "市卫健委", (), "", True),
        UnitText("u3", "U03", "市市场监督管理局", "市市场监管局", (), "", True),
    ])
    assert resolver.resolve("城管局") == "u1"
    assert resolver.resolve("城市管理局") == "u1"
    assert resolver.resolve("江川市城市管理局") == "u1"
    assert resolver.resolve("卫健委") == "u2"
    assert resolver.resolve("市场监管局") == "u3"
    assert resolver.resolve("市交通运输局") is None


def test_an_edit_through_the_journal_reaches_the_index(desk: Desk, assistant: Assistant) -> None:
    third, first = desk.proposal_id(3), desk.proposal_id(1)
    assert third not in {c.id for c in assistant.similar(first)}
    desk.writer.run("test.edit", lambda _conn: [
        Set("proposal", third, "title", "关于扩大社区居家养老服务供给的提案"),
        Set("proposal", third, "background", "社区养老服务站不足，居家养老服务供给不足。")])
    assert third in {c.id for c in assistant.similar(first)}


def test_refresh_and_imports_update_the_session_part(desk: Desk, assistant: Assistant) -> None:
    before = len(assistant.index.session.ids)
    desk.importer.import_bundle(make_bundle(proposals=(_proposal(
        "关于大力发展居家养老服务的提案", "居家养老服务需求大，社区养老服务站少。",
        "建议建设社区养老服务站，扩大居家养老服务覆盖面。"),), archive=()))
    new_id = desk.proposal_id(7)
    assistant.refresh([new_id])
    assert len(assistant.index.session.ids) == before + 1
    assert new_id in {c.id for c in assistant.similar(desk.proposal_id(1))}


def test_clusters_group_the_same_matter_and_follow_the_threshold(
        desk: Desk, assistant: Assistant) -> None:
    groups = assistant.clusters(0.3)
    together = [g for g in groups if {m.intake_no for m in g.members} >= {1, 2}]
    assert together and together[0].lead_id == desk.proposal_id(1)
    assert all(3 not in {m.intake_no for m in g.members} for g in groups)
    assert assistant.clusters(0.99) == []


def test_hand_written_titles_get_sensible_units(assistant: Assistant) -> None:
    assert assistant.suggest_text("关于规范中小学校园周边安全管理的提案")[0].name == "市教育局"
    assert assistant.suggest_text("关于提升社区养老服务水平的提案")[0].name == "市民政局"
    # the fixture's units say nothing of dogs; the standard catalogue knows 犬只 is 公安's
    assert assistant.suggest_text("关于犬只管理的提案")[0].name == "市公安局"
    assert assistant.suggest_text("关于龘龘龘龘的提案") == []  # nothing known points anywhere


def test_evaluation_trains_on_earlier_sessions(desk: Desk, assistant: Assistant) -> None:
    result = evaluate(assistant.index)
    assert result.test_session == "十四届四次" and result.test_cases == len(_PAST)
    assert result.train_cases == 2 * len(_PAST)
    assert result.lead_top1 == 1.0 and result.lead_top3 == 1.0
    assert result.merge_queries == 2 and result.similar_recall_at5 == 1.0


def test_evaluation_needs_two_sessions(tmp_path: Path) -> None:
    with (Desk.create(tmp_path / "one.rdesk", make_bundle(archive=_archive()[:3])) as desk,
          pytest.raises(NotEnoughArchiveError)):
        evaluate(Assistant(desk).index)


def test_queries_and_a_rebuild_on_two_threads(desk: Desk, assistant: Assistant) -> None:
    import threading

    first, second = desk.proposal_id(1), desk.proposal_id(2)
    errors: list[BaseException] = []

    def rebuild() -> None:
        try:
            for _ in range(3):
                assistant.build()
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    worker = threading.Thread(target=rebuild)
    worker.start()
    for _ in range(5):
        assert assistant.similar(first)[0].id == second
    worker.join()
    assert not errors
