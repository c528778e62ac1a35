"""The first rows of a table source as text, for a person choosing a manual column mapping
(the import wizard); reads with the same checks as `read_source`, writes nothing."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from review_desk.importing.csv_source import read_csv
from review_desk.importing.errors import CorruptContainerError
from review_desk.importing.fields import FIELDS_BY_KIND, map_headers
from review_desk.importing.model import NO_CANCEL, ImportOptions
from review_desk.importing.plan import detect_kind, target_of
from review_desk.importing.sqlite_source import _columns, _connect, _quote
from review_desk.importing.xlsx_source import open_workbook, sheet_rows

TABLE_KINDS = frozenset({"xlsx", "csv", "sqlite", "members", "units", "archive"})


@dataclass(frozen=True)
class Peek:
    """The first rows of a source and what the automatic mapping makes of each row."""

    label: str  # the file (and the sheet or table read)
    rows: tuple[tuple[str, ...], ...]
    guessed: tuple[dict[int, str], ...]  # per row: column -> field if it were the header


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def peek_rows(path: Path | str, kind: str | None = None, options: ImportOptions | None = None,
              count: int = 12) -> Peek:
    """Up to `count` first rows of a spreadsheet, CSV file or SQLite table (for SQLite the
    column names come first). Raises the same typed errors as `read_source`."""
    source = Path(path)
    options = options or ImportOptions()
    found = kind or detect_kind(source)
    rows: list[tuple[str, ...]] = []
    label = source.name
    if found == "sqlite" or (found not in ("csv", "xlsx") and source.suffix.lower() in (
            ".db", ".sqlite", ".sqlite3", ".rdesk")):
        conn = _connect(source)
        try:
            names = [str(r[0]) for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT "
                "LIKE 'sqlite_%' ORDER BY name")]
            table = options.table or (names[0] if names else "")
            if table:
                label = f"{source.name} [{table}]"
                rows.append(tuple(_columns(conn, table)))
                for values in conn.execute(f"SELECT * FROM {_quote(table)} LIMIT ?",
                                           (count - 1,)):
                    rows.append(tuple(_text(v) for v in values))
        except sqlite3.DatabaseError as error:
            raise CorruptContainerError(str(source), f"the database cannot be read ({error}).",
                                        f"数据库无法读取（{error}）。") from error
        finally:
            conn.close()
    elif found == "csv" or source.suffix.lower() in (".csv", ".tsv", ".txt"):
        used, lines = read_csv(source, options.limits, options.encoding)
        label = f"{source.name} ({used})"
        rows = [tuple(_text(c) for c in cells) for _n, cells in islice(lines, count)]
    else:
        with open_workbook(source, options.limits) as book:
            name = options.sheet or book.sheetnames[0]
            sheet = book[name]
            if len(book.sheetnames) > 1:
                label = f"{source.name} [{name}]"
            for row in islice(sheet_rows(book, sheet, source, options.limits, NO_CANCEL),
                              count):
                rows.append(tuple(_text(c) for c in row.cells))
    fields = FIELDS_BY_KIND[target_of(found)]  # type: ignore[arg-type]
    guessed = tuple(map_headers(r, fields, options.mapping) for r in rows)
    return Peek(label, tuple(rows), guessed)


def source_parts(path: Path | str, options: ImportOptions | None = None) -> tuple[str, ...]:
    """The sheets of a workbook or the tables and views of an SQLite file, to choose from;
    () for any other source. Raises the same typed errors as `read_source`."""
    source = Path(path)
    options = options or ImportOptions()
    suffix = source.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        with open_workbook(source, options.limits) as book:
            return tuple(str(name) for name in book.sheetnames)
    if suffix in (".db", ".sqlite", ".sqlite3", ".rdesk"):
        conn = _connect(source)
        try:
            return tuple(str(r[0]) for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT "
                "LIKE 'sqlite_%' ORDER BY name"))
        except sqlite3.DatabaseError as error:
            raise CorruptContainerError(str(source), f"the database cannot be read ({error}).",
                                        f"数据库无法读取（{error}）。") from error
        finally:
            conn.close()
    return ()
