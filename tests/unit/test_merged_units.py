"""A merged county bureau (教育体育局, 文化和旅游体育局) stands for every unit it joins."""

from __future__ import annotations

from pathlib import Path

import pytest

from review_desk.assist.catalogue import UnitCatalogue, standard_keys
from review_desk.assist.corpus import UnitText
from review_desk.assist.merged_units import covered_keys


# names as real county and district governments write them (the units of tests/data's rows)
@pytest.mark.parametrize(("name", "keys"), [
    ("灞桥区文化和旅游体育局", ("culture_tourism", "sport")),
    ("迪庆州教育体育局", ("education", "sport")),
    ("天桥区教育和体育局", ("education", "sport")),
    ("卫生健康和体育局", ("health", "sport")),
    ("文化体育旅游和广播电视局", ("culture_tourism", "sport", "radio_tv")),
    ("科技和工业信息化局", ("science_technology", "industry_it")),
    ("县农业农村和水利局", ("agriculture_rural", "water")),
    ("县住房城乡建设和交通运输局", ("housing_construction", "transport")),
    ("县教育局（县体育局）", ("education", "sport")),  # a second plaque
    ("市发展和改革委员会(市粮食和物资储备局)", ("development_reform", "grain_reserves")),
    ("市自然资源和规划局（市林业局）", ("natural_resources", "forestry")),
])
def test_a_merged_bureau_joins_the_units_its_name_reads(name: str, keys: tuple[str, ...]) -> None:
    assert covered_keys(name) == keys


@pytest.mark.parametrize("name", [
    "住房和城乡建设局", "人力资源和社会保障局", "宝山区发展和改革委员会", "县自然资源和规划局",
    "市城市管理和综合执法局", "市场监督管理局", "国家林业和草原局",  # one unit each
    "县科学技术协会", "中共某县委宣传部", "教育工委", "县体育事业发展中心",  # not a bureau
    "县文广旅体局", "", "局",  # an abbreviation is left to the ordinary mapping
    "县教育局（挂牌）", "市商务局（市口岸办）", "（）",  # a bracket that names no second bureau
])
def test_a_name_that_is_one_unit_or_not_read_whole_joins_nothing(name: str) -> None:
    assert covered_keys(name) == ()


def test_the_mapped_unit_comes_first() -> None:
    assert standard_keys(("县文化和旅游体育局",)) == ("culture_tourism", "sport")
    assert standard_keys(("县教育局",)) == ("education",)
    assert standard_keys(("江川投资集团",)) == ()


def _county() -> list[UnitText]:
    names = ("县教育体育局", "县卫生健康局", "县文化和旅游局", "县住房和城乡建设局", "县民政局")
    return [UnitText(f"u{i}", "", n, "", (), "", True) for i, n in enumerate(names)]


def test_a_county_without_a_sport_bureau_gives_sport_to_its_merged_bureau() -> None:
    catalogue = UnitCatalogue.of(_county())
    assert catalogue.keys[0] == "education"
    scores = catalogue.scores(["关于加强全民健身设施建设的提案", "关于加强学前教育的提案"])
    assert scores[0].argmax() == 0  # 全民健身: the 教育体育局
    assert scores[1].argmax() == 0  # 学前教育: still the 教育体育局
    alone = UnitCatalogue.of([_county()[0]]).scores(["关于加强全民健身设施建设的提案"])
    plain = UnitCatalogue.of([UnitText("e", "", "县教育局", "", (), "", True)])
    assert alone[0, 0] > plain.scores(["关于加强全民健身设施建设的提案"])[0, 0]


def _county_session(tmp_path: Path, names: tuple[str, ...]) -> Path:
    from review_desk.desk import Desk
    from review_desk.review.records import MasterLists, SessionBundle, SessionInfo, UnitRecord
    from tests.unit.test_import_support import new_session

    path = new_session(tmp_path / "county.rdesk")
    with Desk.open(path, reviewer="测试") as desk:
        desk.importer.import_bundle(SessionBundle(
            info=SessionInfo("政协某县委员会", "十届", "四次会议", 2026), lists=MasterLists(),
            units=tuple(UnitRecord(code=f"W{i:02}", name=n) for i, n in enumerate(names))))
    return path


def test_seeding_a_county_adds_no_bureau_its_merged_one_already_is(tmp_path: Path) -> None:
    from review_desk.assist.catalogue import units_at
    from review_desk.assist.seed import seed_units
    from review_desk.desk import Desk

    path = _county_session(tmp_path, ("某县文化和旅游体育局",))
    with Desk.open(path, reviewer="测试") as desk:
        added = seed_units(desk, "city")
        assert added == len(units_at("city")) - 2  # neither 文化和旅游 nor 体育 is added
        with desk.store.reading() as conn:
            names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM unit")}
        assert "市体育局" not in names and "市文化广电旅游局" not in names
        assert "某县文化和旅游体育局" in names and "市教育局" in names


@pytest.mark.parametrize(("title", "lead"), [
    ("关于加强小型水库除险加固的建议", "某县农业农村和水利局"),
    ("关于推进中小河流治理的建议", "某县农业农村和水利局"),
    ("关于建设工业园区标准化厂房的建议", "某县科技和工业信息化局"),
])
def test_a_county_catalogue_of_names_suggests_the_merged_bureau(
        tmp_path: Path, title: str, lead: str) -> None:
    from review_desk.assist import Assistant
    from review_desk.desk import Desk

    path = _county_session(tmp_path, (
        "某县农业农村和水利局", "某县科技和工业信息化局", "某县自然资源局", "某县生态环境局",
        "某县交通运输局", "某县住房和城乡建设局", "某县发展和改革局", "某县市场监督管理局"))
    with Desk.open(path, reviewer="测试") as desk:
        assert Assistant(desk).suggest_text(title)[0].name == lead
