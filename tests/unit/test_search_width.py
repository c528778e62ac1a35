"""Search ignores character width: what a reviewer types with a Chinese input method
(full-width ５Ｇ, ＡＩ, the ideographic space) finds what the proposal says (5G, AI), and
the other way round; files indexed by the previous program answer the same."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from review_desk.desk import Desk
from review_desk.review.queries import ProposalFilter
from review_desk.review.records import PersonRecord, ProposalRecord, SessionBundle, SessionInfo
from review_desk.review.standard_lists import STANDARD_LISTS
from review_desk.store import search_index, search_query
from tests.helpers.media import remount_read_only, tmpfs
from tests.helpers.search_fold import make_index_unfolded

TITLES = (
    "关于推进5G基站建设的提案",            # 0: ASCII as typed on a Western keyboard
    "关于ＡＩ辅助诊疗的提案",              # 1: full-width, as an input method gives it
    "关于５Ｇ网络覆盖乡村的提案",          # 2
    "关于发展ai产业的提案（试点）",        # 3: lower-case ASCII, full-width brackets
    "关于保护\uf900山古迹的提案",          # 4: 豈 U+F900, a compatibility ideograph
    "关于ｶ字与①号的提案",                # 5: half-width kana, a circled digit
)


def session() -> SessionBundle:
    return SessionBundle(
        info=SessionInfo("测试市委员会", "十四届", "五次会议", 2026), lists=STANDARD_LISTS,
        proposals=tuple(
            ProposalRecord(title=title, category="", background="", problems="",
                           suggestions="", submitted_at="2026-01-05T09:00:00",
                           kind="individual", proposers=(PersonRecord("张三", "经济界"),))
            for title in TITLES))


@pytest.fixture()
def desk(tmp_path: Path) -> Iterator[Desk]:
    with Desk.create(tmp_path / "宽度.rdesk", session()) as opened:
        yield opened


def found(desk: Desk, query: str) -> list[int]:
    """The positions in TITLES of what the query finds."""
    ids = desk.list_ids()
    return [ids.index(pid) for pid in desk.list_ids(ProposalFilter(search=query))]


WIDTH_CASES = [
    ("５Ｇ", [0, 2]), ("5G", [0, 2]), ("5g", [0, 2]), ("５", [0, 2]),
    ("ＡＩ", [1, 3]), ("ai", [1, 3]), ("AI", [1, 3]), ("ａｉ产业", [3]), ("ＡＩ辅助", [1]),
    ("5G\u3000基站", [0]), ("５Ｇ\u3000乡村", [2]), ("ai\u3000试点", [3]),
    ("(试点)", [3]), ("（试点）", [3]),
]


@pytest.mark.parametrize(("query", "expected"), WIDTH_CASES)
def test_full_width_and_ascii_find_each_other(desk: Desk, query: str,
                                              expected: list[int]) -> None:
    assert found(desk, query) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("\uf900山", [4]), ("\u8c48山", []),  # 豈 U+F900 and 豈 U+8C48 stay apart
    ("ｶ", [5]), ("カ", []), ("①", [5]), ("1", []),
])
def test_other_compatibility_forms_are_not_folded(desk: Desk, query: str,
                                                   expected: list[int]) -> None:
    assert found(desk, query) == expected


def table_digest(path: Path) -> str:
    """The journal and the proposals, row by row (what must never be lost)."""
    conn = sqlite3.connect(path)
    try:
        rows = [conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                for t in ("change", "proposal", "proposer")]
    finally:
        conn.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def unfold(path: Path) -> None:
    """Leave the file's index as the previous program wrote it."""
    with Desk.open(path) as desk, desk.store.writing() as conn:
        make_index_unfolded(conn)


def test_an_old_index_is_folded_anew_on_open(desk: Desk) -> None:
    path = desk.store.path
    desk.close()
    unfold(path)
    before = table_digest(path)
    with Desk.open(path) as reopened:
        with reopened.store.reading() as conn:
            assert search_index.index_folded(conn)
        for query, expected in WIDTH_CASES:
            assert found(reopened, query) == expected, query
    assert table_digest(path) == before


def test_folding_an_old_index_is_announced_once(desk: Desk) -> None:
    from review_desk.store.upgrade_wait import OpenNotice, UpgradingNotice

    path = desk.store.path
    desk.close()
    unfold(path)
    heard: list[OpenNotice | UpgradingNotice] = []
    Desk.open(path, progress=heard.append).close()
    # then the build counts (tests/unit/test_search_rebuild_progress.py)
    begun = [n for n in heard if not isinstance(n, UpgradingNotice) or n.count is None]
    assert [(type(n), getattr(n, "step", "")) for n in begun] == [(UpgradingNotice, "index")]
    assert "搜索索引" in heard[0].message_zh
    heard.clear()
    Desk.open(path, progress=heard.append).close()
    assert heard == []


def test_an_old_index_on_read_only_media_answers_alike(desk: Desk) -> None:
    desk.close()
    with tmpfs() as stick:
        path = stick / "旧.rdesk"
        path.write_bytes(desk.store.path.read_bytes())
        unfold(path)
        remount_read_only(stick)
        with Desk.open(path) as reopened:
            assert reopened.read_only
            with reopened.store.reading() as conn:
                assert not search_index.index_folded(conn)
            for query, expected in WIDTH_CASES:
                assert found(reopened, query) == expected, query


def test_an_older_program_writing_a_document_unmarks_the_index(desk: Desk) -> None:
    with desk.store.writing() as conn:
        assert search_index.index_folded(conn)
        # what the previous program's refresh wrote for an edited proposal: unfolded text
        conn.exec_driver_sql("UPDATE search_doc SET packed = ? WHERE rowid = 1",
                             (search_index.pack("关于推进5G基站建设的提案\nＡＩ"),))
        assert not search_index.index_folded(conn)


def test_a_folded_index_never_folds_documents_as_it_reads_them(desk: Desk) -> None:
    """The fallback for an old index costs a pass over every document: on a folded index
    its branch must not read one (SQLite tests the index's state before the loop)."""
    calls: list[str] = []

    def counted(packed: bytes, folded: str) -> bool:
        calls.append(folded)
        return search_index.holds_folded(packed, folded)

    def ask(query: str) -> list[str]:
        found = search_query.matching_proposals_sql(query)
        assert found is not None
        with desk.store.raw_connection() as raw:
            raw.create_function("search_holds", 2, counted, deterministic=True)
            try:
                return [row[0] for row in raw.execute(*found)]
            finally:
                search_index.register_functions(raw)  # the pooled connection as it was

    asked = ["５Ｇ", "ai", "(试点)", "5G\u3000基站"]
    answers = [sorted(ask(query)) for query in asked]
    assert not calls
    with desk.store.writing() as conn:
        make_index_unfolded(conn)
    assert [sorted(ask(query)) for query in asked] == answers
    assert calls
