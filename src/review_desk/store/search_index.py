"""The proposal search index: substring search for Chinese queries of any length.

One contentless FTS5 table indexes every one- and two-character gram of each document
(``detail=none``: row ids only). A query term of one or two characters is a look-up
of its gram; a longer term is the look-up of all its two-character grams, then a check
that the document holds the term itself (most Chinese words are two characters, and a
trigram index of every proposal's full text cost more space than the text itself).
Terms with characters the gram table does not cover are checked against the
documents. Each document is kept zlib-compressed (`search_text` in SQL reads it): it is
what the gram table was fed, so an edit can take exactly those grams out again.

Documents and queries are folded alike (`fold`): ASCII case, full-width ASCII forms
(U+FF01-U+FF5E) to their ASCII twins and the ideographic space to a space, so ``５Ｇ`` and
``5G`` find each other. An index written by a program that folded ASCII case only lacks
the ``search.folding`` mark in `meta`; a term holding ASCII then folds each document as
it reads it (slower, still exact) until the file is opened for writing and re-indexed.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
import zlib
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, text
from sqlalchemy.exc import DatabaseError

from review_desk.store.integrity import Progress

# proposals indexed per batch of a whole build: a national file's 6,000 in about 25
# steps of a few MB each (all at once held every document, its grams and its packed
# copy in memory together)
REBUILD_BATCH = 250
SEARCH_STAGE = "search"

# the mark of an index whose documents were folded as `fold` folds; every write to
# search_doc removes it (SQL triggers, so an older program writing unfolded documents
# removes it too) and this program puts it back after its own writes
FOLDING_KEY = "search.folding"
FOLDING = "ascii-case,width"
_FOLDED = (f"EXISTS (SELECT 1 FROM meta WHERE key = '{FOLDING_KEY}'"
           f" AND value = '{FOLDING}')")
INDEX_STATE = f"(SELECT {_FOLDED} AS folded) AS state"

SEARCH_DDL = (
    # narrow twin of search_doc: turning matched row ids into proposals reads no text
    "CREATE TABLE IF NOT EXISTS search_key ("
    " rowid INTEGER PRIMARY KEY, proposal_id TEXT NOT NULL UNIQUE)",
    "CREATE TABLE IF NOT EXISTS search_doc ("
    " rowid INTEGER PRIMARY KEY, proposal_id TEXT NOT NULL UNIQUE, packed BLOB NOT NULL)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_gram USING fts5("
    " grams, content='', detail=none, tokenize='unicode61 remove_diacritics 0')",
    *(f"CREATE TRIGGER IF NOT EXISTS search_doc_{event.lower()} AFTER {event} ON search_doc"
      f" BEGIN DELETE FROM meta WHERE key = '{FOLDING_KEY}'; END"
      for event in ("INSERT", "UPDATE", "DELETE")),
)

# characters the gram table indexes: ASCII letters and digits, and CJK ideographs
# (its unicode61 tokenizer folds ASCII case itself)
_GRAM_CHAR = r"0-9A-Za-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
NON_GRAM = re.compile(f"[^{_GRAM_CHAR}]+")
ONLY_GRAM_CHARS = re.compile(f"^[{_GRAM_CHAR}]+$")
_ONE = re.compile(f"[{_GRAM_CHAR}]")
_PAIR = re.compile(f"(?=([{_GRAM_CHAR}]{{2}}))")  # overlapping: each pair of neighbours


# one character for one (a document keeps its length): not NFKC, which also turns ①
# into 1, ㍻ into 平成 and 460 CJK compatibility ideographs (U+F900-U+FAFF) into unified
# ones; those stay as written (豈 U+F900 finds itself, not every 豈 U+8C48)
_FOLDS = {
    **{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)},
    **{chr(c): chr(c - 0xFEE0).lower() for c in range(0xFF01, 0xFF5F)},
    # a query splits at either space, so this changes no answer: kept so that a document
    # is folded exactly as its query is
    "\u3000": " ",
}
_FOLDABLE = frozenset(_FOLDS)
# what folds to each character: "g" -> "GｇＧ"
_FOLDED_FROM = {target: "".join(k for k, v in _FOLDS.items() if v == target)
                for target in set(_FOLDS.values())}


def fold(value: str) -> str:
    """`value` as the index compares it: ASCII letters in lower case, full-width ASCII
    forms as ASCII (ＡＩ -> ai, ５Ｇ -> 5g, （ -> "("), the ideographic space as a space."""
    if value.isascii():
        return value.lower()
    # faster than str.translate: a document holds few distinct foldable characters
    for char in _FOLDABLE.intersection(value):
        value = value.replace(char, _FOLDS[char])
    return value


def pack(body: str) -> bytes:
    """A document as search_doc keeps it."""
    return zlib.compress(body.encode(), 6)


def unpack(packed: bytes | None) -> str:
    """The text of a packed document (the SQL function `search_text`)."""
    return zlib.decompress(packed).decode() if packed else ""


def holds_folded(packed: bytes | None, folded: str) -> bool:
    """Whether a packed document, folded, contains the folded term (the SQL function
    `search_holds`): for an index written before width folding. Only the characters
    that fold to one of the term's are folded, which finds the same and is much faster."""
    body = unpack(packed)
    for char in _sources(folded):
        if char in body:
            body = body.replace(char, _FOLDS[char])
    return folded in body


@functools.lru_cache(maxsize=64)
def _sources(folded: str) -> tuple[str, ...]:
    """The characters that fold to one of the term's."""
    return tuple({source for char in folded for source in _FOLDED_FROM.get(char, "")})


def register_functions(conn: sqlite3.Connection) -> None:
    """Make `search_text(packed)` and `search_holds(packed, folded)` known to a
    connection (every session connection has them)."""
    conn.create_function("search_text", 1, unpack, deterministic=True)
    conn.create_function("search_holds", 2, holds_folded, deterministic=True)


def grams_of(body: str) -> str:
    """The distinct one- and two-character grams of a document, space separated."""
    grams = set(_PAIR.findall(body))
    grams.update(_ONE.findall(body))
    # the order does not matter to FTS5 with detail=none
    return " ".join(grams)


def create_search_tables(conn: Connection) -> None:
    """Create the search tables (and the triggers that unmark the index) if missing."""
    for statement in SEARCH_DDL:
        conn.exec_driver_sql(statement)


def index_folded(conn: Connection) -> bool:
    """Whether the index holds folded documents only (written by this program)."""
    return bool(conn.exec_driver_sql(f"SELECT {_FOLDED}").scalar())


def _mark_folded(conn: Connection) -> None:
    conn.exec_driver_sql("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                         (FOLDING_KEY, FOLDING))


def _documents(conn: Connection, proposal_ids: Iterable[str] | None) -> dict[str, str]:
    """The searchable text of proposals (案由, body, opinion, proposers, 界别, units),
    folded: what the index stores."""
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
    docs = {pid: fold("\n".join(part for part in values if part))
            for pid, values in parts.items()}
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


def rebuild_search(conn: Connection, progress: Progress | None = None) -> None:
    """Build the whole index from the tables, `REBUILD_BATCH` proposals at a time (what
    is held in memory stays bounded); `progress("search", done, total)` hears the count
    of proposals indexed, from 0 to all of them."""
    create_search_tables(conn)
    conn.exec_driver_sql("DELETE FROM search_doc")
    conn.exec_driver_sql("DELETE FROM search_key")
    conn.exec_driver_sql("INSERT INTO search_gram(search_gram) VALUES('delete-all')")
    ids = [str(row[0]) for row in conn.exec_driver_sql(
        "SELECT id FROM proposal WHERE present ORDER BY id")]
    raw = conn.connection.driver_connection
    assert raw is not None
    cursor = raw.cursor()
    if progress is not None:
        progress(SEARCH_STAGE, 0, len(ids))
    for start in range(0, len(ids), REBUILD_BATCH):
        batch = ids[start:start + REBUILD_BATCH]
        _insert_documents(cursor, sorted(_documents(conn, batch).items()))
        if progress is not None:
            progress(SEARCH_STAGE, start + len(batch), len(ids))
    cursor.close()
    _mark_folded(conn)


def update_search(conn: Connection, progress: Progress | None = None) -> None:
    """Bring the whole index up to date with the tables, rewriting only the documents
    that differ (after a rebuild from the journal most do not). An index that FTS5 finds
    damaged, or whose two tables disagree, is built again whole, and so is one written
    before width folding (nearly every document differs: a bulk build is 3x faster than
    taking each one's grams out and in again). `progress("search", done, total)` hears
    the count of proposals compared (or built), `REBUILD_BATCH` at a time."""
    create_search_tables(conn)
    if not _index_sound(conn) or not index_folded(conn):
        rebuild_search(conn, progress)
        return
    ids = [str(row[0]) for row in conn.exec_driver_sql(
        "SELECT id FROM proposal WHERE present ORDER BY id")]
    gone = {str(row[0]) for row in conn.exec_driver_sql(
        "SELECT proposal_id FROM search_doc")} - set(ids)
    if progress is not None:
        progress(SEARCH_STAGE, 0, len(ids))
    for start in range(0, len(ids), REBUILD_BATCH):
        batch = ids[start:start + REBUILD_BATCH]
        docs = _documents(conn, batch)
        stored = {str(pid): packed for pid, packed in conn.exec_driver_sql(
            "SELECT proposal_id, packed FROM search_doc WHERE proposal_id IN"
            " (SELECT value FROM json_each(?))", (_json_list(batch),))}
        differ = [pid for pid in batch
                  if pid not in stored or unpack(stored[pid]) != docs.get(pid, "")]
        if differ:
            refresh_search(conn, differ)
        if progress is not None:
            progress(SEARCH_STAGE, start + len(batch), len(ids))
    if gone:  # documents of proposals no longer present
        refresh_search(conn, sorted(gone))
    _mark_folded(conn)


def _index_sound(conn: Connection) -> bool:
    keys, documents = conn.exec_driver_sql(
        "SELECT (SELECT count(*) FROM search_key), (SELECT count(*) FROM search_doc)").one()
    if keys != documents:
        return False
    try:
        conn.exec_driver_sql("INSERT INTO search_gram(search_gram) VALUES('integrity-check')")
    except DatabaseError:
        return False
    return True


def refresh_search(conn: Connection, proposal_ids: Iterable[str]) -> None:
    """Bring the index up to date for some proposals (in the caller's transaction). An
    index that was not marked folded stays unmarked: its other documents may be not."""
    folded = index_folded(conn)
    wrote = False
    docs = _documents(conn, proposal_ids)
    raw = conn.connection.driver_connection
    assert raw is not None
    cursor = raw.cursor()
    fresh: list[tuple[str, str]] = []
    for pid, body in docs.items():
        old = cursor.execute(
            "SELECT rowid, packed FROM search_doc WHERE proposal_id = ?", (pid,)
        ).fetchone()
        if old is None:
            fresh.append((pid, body))
            continue
        rowid, old_packed = old
        old_body = unpack(old_packed)
        if old_body == body:
            continue
        wrote = True
        cursor.execute(
            "INSERT INTO search_gram(search_gram, rowid, grams) VALUES('delete', ?, ?)",
            (rowid, grams_of(old_body)),
        )
        cursor.execute("UPDATE search_doc SET packed = ? WHERE rowid = ?", (pack(body), rowid))
        cursor.execute(
            "INSERT INTO search_gram(rowid, grams) VALUES (?, ?)", (rowid, grams_of(body))
        )
    if fresh:
        _insert_documents(cursor, fresh)
    cursor.close()
    if folded and (wrote or fresh):
        _mark_folded(conn)


def _insert_documents(cursor: sqlite3.Cursor, docs: list[tuple[str, str]]) -> None:
    """Index documents that are not in the index yet, in bulk."""
    start = int(cursor.execute("SELECT coalesce(max(rowid), 0) FROM search_doc").fetchone()[0])
    rows = [(start + i, pid, body) for i, (pid, body) in enumerate(docs, start=1)]
    cursor.executemany("INSERT INTO search_doc(rowid, proposal_id, packed) VALUES (?, ?, ?)",
                       [(rowid, pid, pack(body)) for rowid, pid, body in rows])
    cursor.executemany("INSERT INTO search_key(rowid, proposal_id) VALUES (?, ?)",
                       [(rowid, pid) for rowid, pid, _body in rows])
    cursor.executemany("INSERT INTO search_gram(rowid, grams) VALUES (?, ?)",
                       [(rowid, grams_of(body)) for rowid, _pid, body in rows])
