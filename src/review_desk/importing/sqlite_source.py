"""Another SQLite file (a submission system's database, an export) read through a column
mapping, never written: it is opened read-only."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from review_desk.importing.containers import sniff
from review_desk.importing.errors import (
    ColumnsNotFoundError,
    CorruptContainerError,
    HeaderError,
    SourceTooLargeError,
    WrongFileTypeError,
)
from review_desk.importing.fields import map_headers
from review_desk.importing.model import CancelToken, Limits
from review_desk.importing.tables import Header, TableRow
from review_desk.store.engine import connect_raw


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _connect(path: Path) -> sqlite3.Connection:
    with path.open("rb") as stream:
        found = sniff(stream.read(16))
    if found != "sqlite":
        raise WrongFileTypeError(str(path), f"this is not an SQLite database (it looks like "
                                 f"{found}).", f"该文件不是 SQLite 数据库（看起来是 {found}）。")
    # immutable when no -wal is beside it: reading then leaves no -wal/-shm behind
    return connect_raw(path, read_only=True, immutable=not Path(f"{path}-wal").exists())


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(f"PRAGMA table_info({_quote(table)})")]


def choose_table(conn: sqlite3.Connection, fields: Mapping[str, Sequence[str]],
                 manual: Mapping[str, str], key: frozenset[str], wanted: str | None,
                 display: str) -> tuple[str, Header]:
    """The table (or view) to read and its column mapping: the one asked for, else the one
    whose columns map best."""
    names = [str(r[0]) for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE "
        "'sqlite_%' ORDER BY name")]
    if wanted is not None and wanted not in names:
        raise HeaderError(display, f"no table {wanted!r}; tables: {', '.join(names)}.",
                          f"没有名为“{wanted}”的表；现有的表：{'、'.join(names)}。")
    best: tuple[int, str, Header] | None = None
    for name in [wanted] if wanted else names:
        columns = _columns(conn, name)
        mapping = map_headers(columns, fields, manual)
        score = len(mapping) if key <= set(mapping.values()) else 0
        if score and (best is None or score > best[0]):
            best = (score, name, Header(0, tuple(columns), mapping))
    if best is None:
        raise ColumnsNotFoundError(
            display, f"no table has columns for {', '.join(sorted(key))}; give a column "
            "mapping (e.g. --map 列名=title).",
            "没有能对应“案由”等字段的表，请指定列映射（例如 --map 列名=title）。")
    return best[1], best[2]


def read_sqlite(path: Path, fields: Mapping[str, Sequence[str]], manual: Mapping[str, str],
                key: frozenset[str], wanted: str | None, limits: Limits, cancel: CancelToken
                ) -> tuple[str, Header, Iterator[TableRow]]:
    """The table chosen, its header and its rows (numbered from 1)."""
    display = str(path)
    try:
        conn = _connect(path)
        table, header = choose_table(conn, fields, manual, key, wanted, display)
        count = int(conn.execute(f"SELECT count(*) FROM {_quote(table)}").fetchone()[0])
    except sqlite3.DatabaseError as error:
        raise CorruptContainerError(display, f"the database cannot be read ({error}).",
                                    f"数据库无法读取（{error}）。") from error
    if count > limits.max_rows:
        conn.close()
        raise SourceTooLargeError(display, f"table {table} has {count} rows, over the cap.",
                                  f"表“{table}”有 {count} 行，超出上限。")

    def rows() -> Iterator[TableRow]:
        try:
            cursor = conn.execute(f"SELECT * FROM {_quote(table)}")
            for number, values in enumerate(cursor, start=1):
                if number % 100 == 0:
                    cancel.check()
                yield TableRow(number, list(values))
        except sqlite3.DatabaseError as error:
            raise CorruptContainerError(display, f"the database is damaged ({error}).",
                                        f"数据库已损坏（{error}）。") from error
        finally:
            conn.close()

    return table, header, rows()
