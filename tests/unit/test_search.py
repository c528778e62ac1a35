"""Search finds every proposal containing the text, and nothing else, for any length."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from review_desk.demo import generate
from review_desk.desk import Desk
from review_desk.review.queries import ProposalFilter
from tests.helpers.search_fold import reviewer_fold


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    path = tmp_path_factory.mktemp("search") / "demo.rdesk"
    with Desk.create(path, generate(proposals=150, archive=50, seed=7)) as desk:
        yield desk


def searchable_texts(desk: Desk) -> dict[str, str]:
    """Every proposal's searchable fields, read straight from the tables."""
    parts: dict[str, list[str]] = {pid: [] for pid in desk.list_ids()}
    with desk.store.reading() as conn:
        for row in conn.exec_driver_sql(
            "SELECT id, title, background, problems, suggestions, opinion, collective_name,"
            " (SELECT group_concat(value, ' ') FROM json_each(suggested_units))"
            " FROM proposal WHERE present"):
            parts[row[0]] += [str(v or "") for v in row[1:]]
        for row in conn.exec_driver_sql(
            "SELECT proposal_id, name, sector FROM proposer WHERE present"):
            parts[row[0]] += [row[1], row[2]]
        for row in conn.exec_driver_sql(
            "SELECT a.proposal_id, u.name, u.short_name FROM assignment a"
            " JOIN unit u ON u.id = a.unit_id WHERE a.present"):
            parts[row[0]] += [row[1], row[2]]
    return {pid: reviewer_fold("\n".join(values)) for pid, values in parts.items()}


def brute_force(desk: Desk, query: str) -> list[str]:
    terms = reviewer_fold(query).split()
    texts = searchable_texts(desk)
    return [pid for pid in desk.list_ids() if all(t in texts[pid] for t in terms)]


QUERIES = ["养", "老", "养老", "停车", "教育", "社区", "老旧小区", "高质量发展", "提案",
           "九三学社", "民盟", "经济界", "市民政局", "5G", "PM2.5", "养老 服务", "停车 小区"]


@pytest.mark.parametrize("query", QUERIES)
def test_search_matches_brute_force(demo: Desk, query: str) -> None:
    expected = brute_force(demo, query)
    assert demo.list_ids(ProposalFilter(search=query)) == expected


def test_two_character_queries_find_real_matches(demo: Desk) -> None:
    for query in ("养老", "停车", "教育"):
        found = demo.list_ids(ProposalFilter(search=query))
        assert found, query
        assert found == brute_force(demo, query)


@pytest.mark.parametrize("query", ['"', '"养老', "养老*", "*", "-养老", "养老 AND 服务",
                                   "NEAR(养老", "养老 OR", "a:b", "^养", "(", "''", "NOT",
                                   "%", "_", "养%老", "\\"])
def test_fts_syntax_is_literal_text(demo: Desk, query: str) -> None:
    found = demo.list_ids(ProposalFilter(search=query))
    assert found == brute_force(demo, query)


def test_search_combines_with_filters(demo: Desk) -> None:
    found = demo.list_ids(ProposalFilter(search="发展"))
    some = found[:3]
    demo.decisions.decide(some, "accept")
    accepted = demo.list_ids(ProposalFilter(search="发展", status="accepted"))
    assert accepted == some
    demo.undo.undo()


def test_index_follows_edits(demo: Desk) -> None:
    pid = demo.list_ids()[0]
    word = "独一无二的审查意见词"
    assert demo.list_ids(ProposalFilter(search="独一")) == []
    demo.annotations.set_opinion(pid, word)
    assert demo.list_ids(ProposalFilter(search="独一")) == [pid]
    assert demo.list_ids(ProposalFilter(search=word)) == [pid]
    demo.annotations.set_opinion(pid, "")
    assert demo.list_ids(ProposalFilter(search="独一")) == []
    unit = demo.unit_catalogue()[-1]
    before = set(demo.list_ids(ProposalFilter(search=unit.name)))
    demo.units.assign_split(pid, [unit.name])
    assert set(demo.list_ids(ProposalFilter(search=unit.name))) == before | {pid}
    demo.undo.undo()
    assert set(demo.list_ids(ProposalFilter(search=unit.name))) == before


def test_empty_query_is_everything(demo: Desk, tmp_path: Path) -> None:
    assert demo.list_ids(ProposalFilter(search="   ")) == demo.list_ids()
