"""Worked examples read as catalogue evidence, and the catalogue as it stood in a given year."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from review_desk.assist import catalogue
from review_desk.assist.catalogue import CatalogueMatcher, units_at
from review_desk.assist.examples import ExampleReading, WorkedExample, builtin_examples
from review_desk.assist.standard_units import BY_KEY, LEVELS

REAL_TITLES = Path(__file__).resolve().parents[1] / "data" / "real_titles.csv"
FRAME = frozenset({"关于", "加强", "建设"})


def _bigrams(text: str) -> set[str]:
    text = "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
    for word in ("关于", "的提案", "的建议", "建议", "提案"):
        text = text.replace(word, "")
    return {text[i:i + 2] for i in range(len(text) - 1)}


def test_builtin_examples_are_well_formed() -> None:
    examples = builtin_examples()
    assert len(examples) >= 80
    assert all(e.unit_type in BY_KEY for e in examples)
    assert {e.form for e in examples} == {"title", "topics"}
    assert {e.level for e in examples} <= set(LEVELS)
    assert all(e.source_url.startswith("http") and e.text for e in examples)
    assert len({e.unit_type for e in examples}) >= 15


def test_builtin_examples_stay_apart_from_the_evaluation_set() -> None:
    with REAL_TITLES.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    pages = {r["source_url"].strip() for r in rows}
    titles = [_bigrams(r["title"]) for r in rows]
    for example in builtin_examples():
        assert example.source_url not in pages, example.text
        grams = _bigrams(example.text)
        for other in titles:
            if grams and other:
                shared = len(grams & other)
                assert shared / len(grams | other) <= 0.4, example.text
                if example.form == "title":
                    assert shared / min(len(grams), len(other)) <= 0.6, example.text


def test_a_worked_example_is_evidence_for_its_kind() -> None:
    # a made-up matter that no cue or duties text knows: only the example can place it
    example = WorkedExample("sport", "title", "city", "关于推进喵喵喵喵工程的建议", "http://x")
    units = units_at("city")
    # the reading of meaning is left out: this is the examples' reading on its own
    with_example = CatalogueMatcher(units, examples=ExampleReading([example], FRAME),
                                    meaning=False)
    without = CatalogueMatcher(units, examples=ExampleReading([], FRAME), meaning=False)
    title = "关于加快喵喵喵喵工程的提案"
    assert with_example.rank(title)[0][0].key == "sport"
    assert without.rank(title)[0][0].key != "sport"


def test_the_builtin_examples_are_read_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    matcher = CatalogueMatcher(units_at("city"), meaning=False)
    example = next(e for e in builtin_examples() if e.form == "title")
    keys = [u.key for u in matcher.units]
    scores = matcher._examples.scores(example.text, keys)
    assert scores[keys.index(example.unit_type)] == pytest.approx(max(scores))
    assert max(scores) > 0.9  # an example is closest to itself
    before = matcher.score(example.text).total
    monkeypatch.setattr(catalogue, "EXAMPLE_WEIGHT", 0.0)
    after = matcher.score(example.text).total
    assert before[keys.index(example.unit_type)] > after[keys.index(example.unit_type)]


def test_the_catalogue_before_the_2018_reform_has_no_new_departments() -> None:
    old = {u.key for u in units_at("city", year=2016)}
    assert not {"veterans", "healthcare_security"} & old
    assert "emergency" in old  # the 安监 bureau maps onto the same kind
    assert {"veterans", "healthcare_security"} <= {u.key for u in units_at("city", year=2020)}
    # the ministries came in 2018, the local bureaus in 2019
    assert "veterans" in {u.key for u in units_at("national", year=2018)}
    assert "veterans" not in {u.key for u in units_at("city", year=2018)}
    assert "social_work_dept" not in {u.key for u in units_at("city", year=2023)}


def test_matters_go_to_the_unit_that_held_them_in_that_year() -> None:
    by_key = {u.key: u for u in units_at("city", year=2015)}
    assert "烈士" in by_key["civil_affairs"].cues
    assert "消防" in by_key["public_security"].cues and "消防" not in by_key["emergency"].cues
    assert "医保" in by_key["human_resources"].cues
    assert "新农合" in by_key["health"].cues
    assert "农田水利" in by_key["water"].cues
    today = {u.key: u for u in units_at("city")}
    assert "消防" in today["emergency"].cues and "消防" not in today["public_security"].cues
    assert units_at("city") == units_at("city", year=None)


@pytest.mark.parametrize(("year", "key"), [(2014, "public_security"), (2022, "emergency")])
def test_fire_safety_was_the_police_before_the_reform(year: int, key: str) -> None:
    matcher = CatalogueMatcher(units_at("city", year=year))
    assert matcher.rank("关于加强老城区消防安全管理的提案")[0][0].key == key
