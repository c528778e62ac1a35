"""The proposal search index: substring search for Chinese queries of any length.

SQLite's FTS5 ``trigram`` tokenizer finds substrings of three or more characters, but
one- and two-character queries (养老, 停车) return nothing through it. A second,
contentless FTS5 table indexes every one- and two-character gram of each document
(``detail=none``: row ids only), so those queries are index look-ups too. Queries with
characters the gram table does not cover fall back to a scan of the documents.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, text

SEARCH_DDL = (
    # narrow twin of search_doc: turning matched row ids into proposals reads no text
    "CREATE TABLE IF NOT EXISTS search_key ("
    " rowid INTEGER PRIMARY KEY, proposal_id TEXT NOT NULL UNIQUE)",
    "CREATE TABLE IF NOT EXISTS search_doc ("
    " rowid INTEGER PRIMARY KEY, proposal_id TEXT NOT NULL UNIQUE, body TEXT NOT NULL)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_tri USING fts5("
    " body, content='search_doc', content_rowid='rowid', tokenize='trigram')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_gram USING fts5("
    " grams, content='', detail=none, tokenize='unicode61 remove_diacritics 0')",
)

# characters the gram table indexes: ASCII letters and digits, and CJK ideographs
# (its unicode61 tokenizer folds ASCII case itself)
_GRAM_CHAR = r"0-9A-Za-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_NON_GRAM = re.compile(f"[^{_GRAM_CHAR}]+")
_ONLY_GRAM_CHARS = re.compile(f"^[{_GRAM_CHAR}]+$")
_TERM_SPLIT = re.compile(r"\s+")
_GAP = "\x00"


def fold(value: str) -> str:
    """Fold ASCII case the way SQLite does (other letters are left as they are)."""
    return value.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def grams_of(body: str) -> str:
    """The distinct one- and two-character grams of a document, space separated."""
    marked = _NON_GRAM.sub(_GAP, body)
    grams = set(marked)
    grams.update(map(str.__add__, marked, marked[1:]))
    # the order does not matter to FTS5 with detail=none
    return " ".join(gram for gram in grams if _GAP not in gram)


def create_search_tables(conn: Connection) -> None:
    """Create the search tables if they are missing."""
    for statement in SEARCH_DDL:
        conn.exec_driver_sql(statement)


def _documents(conn: Connection, proposal_ids: Iterable[str] | None) -> dict[str, str]:
    """The searchable text of proposals: 案由, body, opinion, proposers, 界别, units."""
    parts: dict[str, list[str]] = defaultdict(list)
    where = ""
    params: dict[str, object] = {}
    id_list: list[str] | None = None
    if proposal_ids is not None:
        id_list = sorted(set(proposal_ids))
        if not id_list:
            return {}
        where = " AND p.id IN (SELECT value FROM json_each(:ids))"
        params = {"ids": _json_list(id_list)}
    for row in conn.execute(
        text(
            "SELECT p.id, p.title, p.background, p.problems, p.suggestions, p.opinion,"
            " p.collective_name, p.suggested_units FROM proposal p WHERE p.present" + where
        ),
        params,
    ):
        parts[row[0]].extend(
            [row[1], row[2], row[3], row[4], row[5], row[6], " ".join(_loads_list(row[7]))]
        )
    for row in conn.execute(
        text(
            "SELECT p.id, r.name, r.sector FROM proposer r JOIN proposal p ON p.id = r.proposal_id"
            " WHERE p.present AND r.present" + where
        ),
        params,
    ):
        parts[row[0]].extend([row[1], row[2]])
    for row in conn.execute(
        text(
            "SELECT p.id, u.name, u.short_name FROM assignment a"
            " JOIN proposal p ON p.id = a.proposal_id JOIN unit u ON u.id = a.unit_id"
            " WHERE p.present AND a.present" + where
        ),
        params,
    ):
        parts[row[0]].extend([row[1], row[2]])
    docs = {pid: "\n".join(part for part in values if part) for pid, values in parts.items()}
    if id_list is not None:
        for pid in id_list:
            docs.setdefault(pid, "")
    return docs


def _json_list(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False)


def _loads_list(raw: str | None) -> list[str]:
    if not raw:
        return []
    value = json.loads(raw)
    return [str(v) for v in value] if isinstance(value, list) else []


def rebuild_search(conn: Connection) -> None:
    """Build the whole index from the tables."""
    create_search_tables(conn)
    conn.exec_driver_sql("DELETE FROM search_doc")
    conn.exec_driver_sql("DELETE FROM search_key")
    conn.exec_driver_sql("INSERT INTO search_tri(search_tri) VALUES('delete-all')")
    conn.exec_driver_sql("INSERT INTO search_gram(search_gram) VALUES('delete-all')")
    raw = conn.connection.driver_connection
    assert raw is not None
    cursor = raw.cursor()
    _insert_documents(cursor, sorted(_documents(conn, None).items()))
    cursor.close()


def refresh_search(conn: Connection, proposal_ids: Iterable[str]) -> None:
    """Bring the index up to date for some proposals (in the caller's transaction)."""
    docs = _documents(conn, proposal_ids)
    raw = conn.connection.driver_connection
    assert raw is not None
    cursor = raw.cursor()
    fresh: list[tuple[str, str]] = []
    for pid, body in docs.items():
        old = cursor.execute(
            "SELECT rowid, body FROM search_doc WHERE proposal_id = ?", (pid,)
        ).fetchone()
        if old is None:
            fresh.append((pid, body))
            continue
        rowid, old_body = old
        if old_body == body:
            continue
        cursor.execute(
            "INSERT INTO search_tri(search_tri, rowid, body) VALUES('delete', ?, ?)",
            (rowid, old_body),
        )
        cursor.execute(
            "INSERT INTO search_gram(search_gram, rowid, grams) VALUES('delete', ?, ?)",
            (rowid, grams_of(old_body)),
        )
        cursor.execute("UPDATE search_doc SET body = ? WHERE rowid = ?", (body, rowid))
        cursor.execute("INSERT INTO search_tri(rowid, body) VALUES (?, ?)", (rowid, body))
        cursor.execute(
            "INSERT INTO search_gram(rowid, grams) VALUES (?, ?)", (rowid, grams_of(body))
        )
    if fresh:
        _insert_documents(cursor, fresh)
    cursor.close()


def _insert_documents(cursor: sqlite3.Cursor, docs: list[tuple[str, str]]) -> None:
    """Index documents that are not in the index yet, in bulk."""
    start = int(cursor.execute("SELECT coalesce(max(rowid), 0) FROM search_doc").fetchone()[0])
    rows = [(start + i, pid, body) for i, (pid, body) in enumerate(docs, start=1)]
    cursor.executemany("INSERT INTO search_doc(rowid, proposal_id, body) VALUES (?, ?, ?)", rows)
    cursor.executemany("INSERT INTO search_key(rowid, proposal_id) VALUES (?, ?)",
                       [(rowid, pid) for rowid, pid, _body in rows])
    cursor.executemany("INSERT INTO search_tri(rowid, body) VALUES (?, ?)",
                       [(rowid, body) for rowid, _pid, body in rows])
    cursor.executemany("INSERT INTO search_gram(rowid, grams) VALUES (?, ?)",
                       [(rowid, grams_of(body)) for rowid, _pid, body in rows])


def split_terms(query: str) -> list[str]:
    """The whitespace-separated terms of a query, each matched literally."""
    return [term for term in _TERM_SPLIT.split(query.strip()) if term]


def _quote_phrase(term: str) -> str:
    """An FTS5 string literal: the user's quotes, stars and operators become plain text."""
    return '"' + term.replace('"', '""') + '"'


def term_subquery(term: str, index: int) -> tuple[str, dict[str, str]]:
    """SQL selecting the search_doc rowids whose text contains `term` literally."""
    name = f"t{index}"
    folded = fold(term)
    if len(term) >= 3:
        return (
            f"SELECT rowid FROM search_tri WHERE search_tri MATCH :{name}",
            {name: _quote_phrase(term)},
        )
    if _ONLY_GRAM_CHARS.match(folded):
        return (
            f"SELECT rowid FROM search_gram WHERE search_gram MATCH :{name}",
            {name: _quote_phrase(folded)},
        )
    return (f"SELECT rowid FROM search_doc WHERE instr(lower(body), lower(:{name})) > 0",
            {name: term})


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
