"""The SQL that finds proposals by the search index (`search_index`): each term of a query
is matched literally, through the grams where the index is folded, else by folding each
document as it is read."""

from __future__ import annotations

import re

from review_desk.store.search_index import INDEX_STATE, NON_GRAM, ONLY_GRAM_CHARS, fold

_TERM_SPLIT = re.compile(r"\s+")


def split_terms(query: str) -> list[str]:
    """The whitespace-separated terms of a query, each matched literally."""
    return [term for term in _TERM_SPLIT.split(query.strip()) if term]


def _quote_phrase(term: str) -> str:
    """An FTS5 string literal: the user's quotes, stars and operators become plain text."""
    return '"' + term.replace('"', '""') + '"'


def _grams_of_term(folded: str) -> list[str]:
    """The distinct grams a document holding `folded` must hold: each gram-character run
    of one character, or the two-character grams of longer runs."""
    out: list[str] = []
    for run in NON_GRAM.split(folded):
        pieces = [run] if len(run) == 1 else [run[i:i + 2] for i in range(len(run) - 1)]
        out.extend(p for p in pieces if p and p not in out)
    return out


def term_subquery(term: str, index: int) -> tuple[str, dict[str, str]]:
    """SQL selecting the search_doc rowids whose text contains `term` (folded) literally:
    through the grams in a folded index, else folding each document as it is read."""
    name = f"t{index}"
    folded = fold(term)
    grams = _grams_of_term(folded)
    params = {name: folded}
    if grams:
        params[f"{name}g"] = " ".join(_quote_phrase(g) for g in grams)
    if len(folded) <= 2 and ONLY_GRAM_CHARS.match(folded):
        fast = ("search_gram", f"search_gram MATCH :{name}g")
    else:
        check = f"instr(search_text(search_doc.packed), :{name}) > 0"
        fast = ("search_doc", check if not grams else
                f"search_doc.rowid IN (SELECT rowid FROM search_gram"
                f" WHERE search_gram MATCH :{name}g) AND {check}")
    if not any(c.isascii() for c in folded):
        # nothing folds to a character that is not ASCII: the same in an index written
        # before width folding (its documents and grams hold these characters as written)
        return _select(*fast), params
    # such an index was fed the grams of unfolded text: only the grams without ASCII
    # (ideographs) are sure to be there
    sure = [g for g in grams if not any(c.isascii() for c in g)]
    slow = f"search_holds(search_doc.packed, :{name})"
    if sure:
        params[f"{name}s"] = " ".join(_quote_phrase(g) for g in sure)
        slow = (f"search_doc.rowid IN (SELECT rowid FROM search_gram"
                f" WHERE search_gram MATCH :{name}s) AND {slow}")
    return (f"{_select(*fast, when='state.folded')}"
            f" UNION ALL {_select('search_doc', slow, when='NOT state.folded')}", params)


def _select(table: str, where: str, when: str = "") -> str:
    """The rowids of `table` meeting `where`; with `when`, only if the index is in that
    state: the state is the outer loop of a join, so SQLite tests it once, before it
    reads the table (a constant condition beside `where` was tested on every row)."""
    if not when:
        return f"SELECT rowid FROM {table} WHERE {where}"
    return (f"SELECT {table}.rowid FROM {INDEX_STATE} CROSS JOIN {table}"
            f" WHERE {when} AND {where}")


def matching_proposals_sql(query: str) -> tuple[str, dict[str, str]] | None:
    """SQL selecting the ids of proposals matching every term of `query`, or None
    for an empty query."""
    terms = split_terms(query)
    if not terms:
        return None
    clauses: list[str] = []
    params: dict[str, str] = {}
    for i, term in enumerate(terms):
        sql, p = term_subquery(term, i)
        clauses.append(f"rowid IN ({sql})")
        params.update(p)
    return ("SELECT proposal_id FROM search_key WHERE " + " AND ".join(clauses), params)
