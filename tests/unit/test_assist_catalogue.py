"""The built-in catalogue of standard units, title-first matching, and scoring real titles."""

from __future__ import annotations

import csv
import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

from review_desk.assist.catalogue import CatalogueMatcher, UnitCatalogue, standard_key, units_at
from review_desk.assist.corpus import UnitText
from review_desk.assist.standard_units import BY_KEY, LEVELS, STANDARD_UNITS, Level
from review_desk.assist.title_eval import (
    TitleFileError,
    evaluate_titles,
    read_titles,
)

DATA = Path(__file__).resolve().parents[1] / "data"
REAL_TITLES = DATA / "real_titles.csv"


def test_catalogue_covers_every_level_and_kind() -> None:
    keys = [u.key for u in STANDARD_UNITS]
    assert len(keys) == len(set(keys))
    for level in LEVELS:
        assert len(units_at(level)) >= 60
    groups = {u.group for u in STANDARD_UNITS}
    assert {"government", "court", "procuratorate", "people_org", "party"} <= groups
    for unit in STANDARD_UNITS:
        assert unit.duties and unit.cues, unit.key


@pytest.mark.parametrize(("name", "key"), [
    ("江川市教育局", "education"), ("北京市教育委员会", "education"),
    ("省环保厅", "ecology_environment"),
    ("市城市管理和综合执法局", "city_management"), ("国家发展改革委", "development_reform"),
    ("最高人民法院", "court"), ("市人民检察院", "procuratorate"), ("团市委", "youth_league"),
    ("市残联", "disabled_federation"), ("市卫健委", "health"), ("区水务局", "water"),
    # merged county bureaus map onto the kind that leads them
    ("龙陵县文化广电旅游体育局", "culture_tourism"), ("迪庆州教育体育局", "education"),
    ("昆明市城市管理和综合执法局", "city_management"),
    # a county prefix that runs into the name (富源县 + 城市管理…), a squad under a bureau
    ("富源县城市管理综合行政执法局", "city_management"),
    ("镇远县公安局交通警察大队", "public_security"),
])
def test_an_office_unit_maps_onto_the_standard_catalogue(name: str, key: str) -> None:
    assert standard_key([name]) == key


def test_a_unit_the_catalogue_does_not_know_stays_unmapped() -> None:
    assert standard_key(["江川高新技术产业开发区管理委员会"]) is None


@pytest.mark.parametrize(("title", "key"), [
    ("关于加快老旧小区加装电梯的提案", "housing_construction"),
    ("关于加强中小学课后服务的建议", "education"),
    ("关于严厉打击电信网络诈骗的提案", "public_security"),
    ("关于完善居家养老服务体系的提案", "civil_affairs"),
    ("关于推进生活垃圾分类的建议", "city_management"),
    ("关于破解法院执行难的提案", "court"),
])
def test_the_title_alone_finds_the_unit(title: str, key: str) -> None:
    ranked = CatalogueMatcher(units_at("city")).rank(title)
    assert ranked[0][0].key == key


def test_the_body_supports_a_title_that_says_little() -> None:
    matcher = CatalogueMatcher()
    title = "关于进一步改善民生的建议"
    body = "我市公交线路覆盖不足，公交站台设置不合理，群众出行不便，建议优化公交线网。"
    assert matcher.rank(title, body)[0][0].key == "transport"


@pytest.mark.parametrize(("title", "key"), [
    ("关于推进四好农村路建设的提案", "transport"),
    ("关于加强河道采砂管理的建议", "water"),
    ("关于推进农村厕所革命的提案", "agriculture_rural"),
    ("关于推进紧密型县域医共体建设的提案", "health"),
    ("关于治理散埋乱葬的建议", "civil_affairs"),
    ("关于支持集体林权制度改革的建议", "forestry"),
])
def test_the_duties_alone_find_the_unit(title: str, key: str) -> None:
    bare = [dataclasses.replace(u, cues=()) for u in units_at("city")]
    assert CatalogueMatcher(bare).rank(title)[0][0].key == key


def test_a_whole_phrase_of_the_duties_outweighs_its_pieces() -> None:
    # 历史文化街区 is in 住建's duties whole; 文化旅游's duties hold 历史, 文化 and 街区 apart
    bare = [dataclasses.replace(u, cues=()) for u in units_at("city")]
    ranked = CatalogueMatcher(bare).rank("关于加强历史文化街区保护的建议")
    assert ranked[0][0].key == "housing_construction"


def test_every_unit_has_a_rich_duties_text() -> None:
    for unit in STANDARD_UNITS:
        assert len(unit.duties) >= 60, unit.key


def test_unit_catalogue_scores_only_mapped_units() -> None:
    units = [UnitText("u1", "", "江川市教育局", "", (), "", True),
             UnitText("u2", "", "江川投资集团", "", (), "", True)]
    scores = UnitCatalogue.of(units).scores(["关于加强学前教育的提案"])
    assert scores[0, 0] > 0.3
    assert scores[0, 1] == 0.0


def _top(title: str, level: Level = "city") -> str:
    return CatalogueMatcher(units_at(level)).rank(title)[0][0].key


def test_a_cue_with_one_character_inside_it_still_counts() -> None:
    matcher = CatalogueMatcher(units_at("city"))
    scores = dict((u.key, s) for u, s in matcher.rank("关于解决山区饮用水困难的提案"))
    assert scores["water"] > 0.5  # 饮水 met as 饮用水
    assert _top("关于解决山区饮用水困难的提案") == "water"


def test_a_short_name_inside_another_units_cue_does_not_name_its_unit() -> None:
    # 交通 (the transport bureau's short name) inside 交通事故 (a police matter)
    assert _top("关于减少城区交通事故的建议") == "public_security"


def test_an_ethnic_township_is_a_place_not_an_ethnic_matter() -> None:
    assert _top("关于解决某某民族乡饮用水不足问题的提案") == "water"
    assert _top("关于促进民族团结进步的提案") == "ethnic_religious"


def test_the_handler_prior_breaks_ties_but_never_creates_evidence() -> None:
    matcher = CatalogueMatcher(units_at("city"))
    assert not matcher.score("关于龘龘龘龘的提案").total.any()
    scores = matcher.score("关于加强审计和统计工作的提案").total
    keys = [u.key for u in matcher.units]
    assert scores[keys.index("housing_construction")] == 0.0


def test_real_titles_file_is_well_formed() -> None:
    cases = read_titles(REAL_TITLES)
    assert len(cases) >= 150
    assert {c.kind for c in cases} == {"cppcc", "npc"}
    assert {c.batch for c in cases} == {"1", "2", "3", "4", "5", "6", "7", "8", "9"}
    assert all(c.split == "heldout" for c in cases if c.batch in ("5", "6", "7", "8", "9"))
    titles = [c.title for c in cases]
    assert len(titles) == len(set(titles))
    assert {c.split for c in cases} == {"tune", "heldout"}
    assert all(c.source_url.startswith("http") for c in cases)
    assert all(c.unit for c in cases)
    assert {c.level for c in cases} == set(LEVELS)


def test_evaluation_counts_hits_by_type(tmp_path: Path) -> None:
    path = tmp_path / "titles.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["title", "unit", "unit_type", "level", "split"])
        title = "关于加快老旧小区加装电梯的提案"
        writer.writerow([title, "某市住建局", "housing_construction", "city", "heldout"])
        writer.writerow([title, "某市气象局", "meteorology", "city", "tune"])
    cases = read_titles(path)
    result = evaluate_titles(cases)
    assert (result.overall.cases, result.overall.top1) == (2, 1)
    assert result.by_type["housing_construction"].top1 == 1
    assert result.by_type["meteorology"].top1 == 0
    assert evaluate_titles(cases, split="heldout").overall.cases == 1


@pytest.mark.parametrize(("row", "word"), [
    (["关于x的提案", "某局", "no_such_type", "city"], "unit type"),
    (["关于x的提案", "某局", "education", "county"], "level"),
    (["", "某局", "education", "city"], "title"),
    (["关于x的提案", "某局", "education", "city", "senate"], "kind"),
])
def test_a_bad_titles_file_names_the_row(tmp_path: Path, row: list[str], word: str) -> None:
    path = tmp_path / "bad.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["title", "unit", "unit_type", "level", "kind"])
        writer.writerow(row)
    with pytest.raises(TitleFileError, match=word) as caught:
        read_titles(path)
    assert "row 2" in str(caught.value)


@pytest.mark.parametrize("encoding", ["gbk", "utf-16", "utf-8-sig"])
def test_a_titles_file_saved_by_excel_reads(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "titles.csv"
    path.write_text("title,unit,unit_type,level\r\n关于加强农村饮水安全的提案,水务局,water,city\r\n",
                    encoding=encoding)
    cases = read_titles(path)
    assert [(c.title, c.unit_type) for c in cases] == [("关于加强农村饮水安全的提案", "water")]


def test_a_titles_file_of_two_encodings_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes("title,unit_type,level\n关于一的提案,water,city\n".encode()
                     + "关于二的提案,water,city\n".encode("gbk"))
    with pytest.raises(TitleFileError, match="mixed encodings"):
        read_titles(path)


def test_cli_evaluate_titles_without_a_session() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "from review_desk.cli import main; main()", "evaluate",
         "--titles", str(REAL_TITLES), "--json"],
        capture_output=True, text=True, check=False, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["overall"]["cases"] == len(read_titles(REAL_TITLES))
    assert set(report["by_level"]) == set(LEVELS)
    assert all(k in BY_KEY for k in report["by_type"])


def _rows(**match: str) -> int:
    with REAL_TITLES.open(encoding="utf-8-sig", newline="") as handle:
        return sum(all(row[k] == v for k, v in match.items()) for row in csv.DictReader(handle))


@pytest.mark.parametrize("options", [
    {}, {"kind": "cppcc"}, {"kind": "npc"}, {"batch": "3"}, {"split": "heldout", "batch": "3"}])
def test_cli_evaluate_titles_reads_every_row_it_is_asked_for(options: dict[str, str]) -> None:
    flags = [part for k, v in options.items() for part in (f"--{k}", v)]
    done = subprocess.run(
        [sys.executable, "-c", "from review_desk.cli import main; main()", "evaluate",
         "--titles", str(REAL_TITLES), *flags, "--json"],
        capture_output=True, text=True, check=False, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["overall"]["cases"] == _rows(**options) > 0
    assert sum(t["cases"] for t in report["by_type"].values()) == _rows(**options)


def test_seeding_a_session_with_the_standard_units_of_its_level(tmp_path: Path) -> None:
    from review_desk.assist import Assistant
    from review_desk.assist.seed import seed_units
    from review_desk.desk import Desk
    from tests.unit.test_import_support import new_session

    path = new_session(tmp_path / "seed.rdesk")
    with Desk.open(path, reviewer="测试") as desk:
        added = seed_units(desk, "city")
        assert added == len(units_at("city"))
        assert seed_units(desk, "city") == 0  # what the session has is not added twice
        assistant = Assistant(desk)
        found = assistant.suggest_text("关于加快老旧小区加装电梯进程的提案")
        assert found[0].name == "市住房和城乡建设局"
    done = subprocess.run(
        [sys.executable, "-c", "from review_desk.cli import main; main()", "evaluate",
         str(path), "--titles", str(REAL_TITLES), "--split", "heldout", "--json"],
        capture_output=True, text=True, check=False, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["overall"]["cases"] == sum(
        c.split == "heldout" for c in read_titles(REAL_TITLES))


@pytest.mark.parametrize(("title", "key"), [
    ("关于遏制农村天价彩礼的建议", "publicity_dept"),
    ("关于推进广播电视户户通工程的提案", "radio_tv"),
    ("关于解决门诊慢特病待遇的建议", "healthcare_security"),
    ("关于扶持核桃板栗等经济林的提案", "forestry"),
])
def test_the_clerks_matter_words_name_the_unit(title: str, key: str) -> None:
    from review_desk.assist.matter_words import MATTER_WORDS

    assert all(k in BY_KEY for k in MATTER_WORDS)
    ranked = CatalogueMatcher(units_at("city")).rank(title)
    assert ranked[0][0].key == key
