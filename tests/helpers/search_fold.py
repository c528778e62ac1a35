"""How a reviewer expects search to compare text, written out character by character
(independently of `store.search_index.fold`) for the tests' brute-force scans."""

from __future__ import annotations

from unittest.mock import patch

from sqlalchemy import Connection

from review_desk.store import search_index

FULL_WIDTH_OFFSET = 0xFF01 - ord("!")  # U+FF01..U+FF5E are "!".."~" in full width


def reviewer_fold(value: str) -> str:
    """Full-width ASCII forms as ASCII, the ideographic space as a space, ASCII letters in
    lower case; every other character (ｶ, ①, 﨑, 豈) as it is."""
    out = []
    for char in value:
        code = ord(char)
        if 0xFF01 <= code <= 0xFF5E:
            char = chr(code - FULL_WIDTH_OFFSET)
        elif char == "\u3000":
            char = " "
        out.append(char.lower() if char.isascii() else char)
    return "".join(out)


def make_index_unfolded(conn: Connection) -> None:
    """Turn the file's search index into one the previous program wrote: documents
    stored as written (no folding at all) with their grams, and no folding mark."""
    with patch.object(search_index, "fold", lambda value: value):
        search_index.rebuild_search(conn)
    conn.exec_driver_sql("DELETE FROM meta WHERE key = ?", (search_index.FOLDING_KEY,))
    assert not search_index.index_folded(conn)
