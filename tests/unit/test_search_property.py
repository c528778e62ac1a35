"""Property: search finds exactly the proposals a brute-force substring scan finds.

Texts are drawn from a small alphabet holding the characters that matter to the search
index: ideographs the gram table covers (common, Extension A, compatibility), ones it
does not (Extension B and later, which Python sees as one character and UTF-16 as two),
ASCII in both cases beside their full-width forms (which search folds to ASCII), forms
it must not fold (half-width kana, ①, the full-width white parenthesis past U+FF5E, a
compatibility ideograph beside its unified twin), the characters LIKE, FTS5 and SQL
treat specially, kana and marks, and the spaces that split a query (the ideographic
space included). Proposals are written through the Desk (an import, then opinions set
and changed, so the index also takes documents' grams out again); every query of one,
two and more characters must then give what scanning the written texts gives, folded
as a reviewer expects (`tests/helpers/search_fold.py`). The same queries run again on
the index an older program wrote (unfolded), after an edit on it, and once it was
folded anew as opening the file does.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from review_desk.desk import Desk
from review_desk.review.queries import ProposalFilter
from review_desk.review.records import PersonRecord, ProposalRecord, SessionBundle, SessionInfo
from review_desk.review.standard_lists import STANDARD_LISTS
from review_desk.store.search_index import index_folded
from review_desk.store.session_file import refold_search
from tests.helpers.hypothesis_profiles import examples
from tests.helpers.search_fold import make_index_unfolded, reviewer_fold

# common, Extension A, 﨑 (U+FA11: a unified ideograph in the compatibility block), and
# 豈 U+F900 beside 豈 U+8C48 (NFKC would make them one; search keeps them apart)
GRAM = "养老中国㐀䶵﨑\uf900\u8c48"
RARE = "𠮷𡈽𪚥𰀀"  # Extensions B, B, C, G: outside the gram table
ASCII = "aAbB15Gg~"
FULL_WIDTH = "ａＡｂＢ１５Ｇｇ（）％＿＂＼～"
NOT_FOLDED = "｟｡ｶ①"  # U+FF5F, U+FF61, half-width katakana, a circled digit
SPECIAL = "%_\"'\\*-()^:,。，々ー"
SPACE = " \u3000"
WORD = GRAM + RARE + ASCII + FULL_WIDTH + NOT_FOLDED + SPECIAL  # no space: one query term
ALPHABET = WORD + SPACE

texts = st.text(alphabet=ALPHABET, max_size=10)
words = st.text(alphabet=WORD, min_size=1, max_size=3)


@dataclass(frozen=True)
class Drawn:
    """What one proposal was written with: its texts, and the opinions set on it later."""

    title: str
    background: str
    problems: str
    suggestions: str
    proposer: str
    sector: str


proposals = st.builds(Drawn, texts, texts, texts, texts, words, texts)
# opinions set in turn, often on the same proposal (an edit takes the old grams out)
opinions = st.lists(st.tuples(st.integers(0, 3), texts), max_size=5)
# a query: one to several terms of one, two and more characters
lone = st.one_of(st.text(alphabet=WORD, min_size=1, max_size=1),
                 st.text(alphabet=WORD, min_size=2, max_size=2),
                 st.text(alphabet=WORD, min_size=3, max_size=6))
queries = st.lists(st.one_of(lone, st.lists(lone, min_size=2, max_size=3).map(" ".join)),
                   min_size=1, max_size=6)


def bundle(drawn: Sequence[Drawn]) -> SessionBundle:
    """A session of the drawn proposals (individual ones, no category)."""
    return SessionBundle(
        info=SessionInfo("测试市委员会", "十四届", "五次会议", 2026),
        lists=STANDARD_LISTS,
        proposals=tuple(
            ProposalRecord(title=d.title, category="", background=d.background,
                           problems=d.problems, suggestions=d.suggestions,
                           submitted_at="2026-01-05T09:00:00", kind="individual",
                           proposers=(PersonRecord(d.proposer, d.sector),))
            for d in drawn))


def scan(written: dict[str, list[str]], query: str) -> set[str]:
    """Brute force: the proposals holding every whitespace-separated term of the query
    in one of their texts."""
    terms = reviewer_fold(query).split()
    return {pid for pid, fields in written.items()
            if all(any(t in reviewer_fold(f) for f in fields) for t in terms)}


def substrings(every: list[str]) -> list[str]:
    """Pieces of every text written, replaced opinions included, so that most queries
    find something and some look for what is no longer there."""
    return sorted({f[i:i + n] for f in every for n in (1, 2, 3, 5)
                   for i in range(0, max(len(f) - n + 1, 0), 2) if f[i:i + n].strip()})


@settings(max_examples=examples(40))
@given(st.lists(proposals, min_size=1, max_size=4), opinions, queries, st.data())
# once-interesting shapes: a rare character alone and as a pair, a term that is all
# LIKE/FTS syntax, a full-width letter beside its ASCII twin, a removed opinion's word
@example([Drawn("𠮷野", "𠮷𠮷", "", "", "a", ""), Drawn("吉", "", "", "", "A", "")],
         [(0, "养老%_"), (0, "")], ["𠮷", "𠮷𠮷", "%_", "Ａ a", '"', "养"], None)
# width: ５Ｇ and 5G, ＡＩ written and asked in both forms, an ideographic space
@example([Drawn("５Ｇ养老", "ＡＩ", "", "", "b", ""), Drawn("5g中国", "", "", "", "B", "")],
         [(1, "ａｉ（试点）")], ["5G", "５ｇ", "ai", "ＡＩ", "养老\u3000ai", "(试", "ｂ"],
         None)
def test_search_equals_a_substring_scan(drawn: list[Drawn], edits: list[tuple[int, str]],
                                        asked: list[str], data: st.DataObject | None) -> None:
    with (tempfile.TemporaryDirectory() as folder,
          Desk.create(Path(folder) / "s.rdesk", bundle(drawn)) as desk):
        ids = desk.list_ids()
        written = {pid: [d.title, d.background, d.problems, d.suggestions, d.proposer,
                         d.sector] for pid, d in zip(ids, drawn, strict=True)}
        opinion = dict.fromkeys(ids, "")
        every = [f for fields in written.values() for f in fields]
        for index, value in edits:
            pid = ids[index % len(ids)]
            desk.annotations.set_opinion(pid, value)
            opinion[pid] = value.strip()  # the command keeps the opinion stripped
            every.append(value)
        for pid in ids:
            written[pid].append(opinion[pid])
        pieces = substrings([*every, "ＡＩ", "5g"])
        if data is not None and pieces:
            asked = [*asked, *data.draw(st.lists(st.sampled_from(pieces), max_size=4))]

        def found_as_expected() -> None:
            for query in asked:
                expected = [pid for pid in ids if pid in scan(written, query)]
                assert desk.list_ids(ProposalFilter(search=query)) == expected, query

        found_as_expected()
        with desk.store.writing() as conn:  # as an older program left the index
            make_index_unfolded(conn)
        found_as_expected()
        # an edit on that index (a file that could not be folded anew: busy, full disk)
        edited = "ＡＩ" + opinion[ids[0]] + "5g"
        desk.annotations.set_opinion(ids[0], edited)
        written[ids[0]][-1] = edited
        found_as_expected()
        assert refold_search(desk.store)  # what opening the file does
        with desk.store.reading() as conn:
            assert index_folded(conn)
        found_as_expected()
