"""Rows of a table (a sheet, a CSV file, an SQLite table): finding the header row
(banner rows above it, two-row headers under merged cells) and turning each data row
into field -> value."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice

from review_desk.importing.fields import map_headers, normalise_header

HEADER_SEARCH_ROWS = 20


@dataclass
class TableRow:
    """One row as read: its number in the source and its cells (0-based columns)."""

    number: int
    cells: Sequence[object]
    spans: dict[int, int] = field(default_factory=dict)  # merge origin col -> last col
    formula_missing: tuple[str, ...] = ()  # formula cells without a computed value
    label: str = ""  # how a person finds the row; default "row N" from `number`


@dataclass(frozen=True)
class Header:
    """The header found: where it is, what each column means."""

    row_number: int
    headers: tuple[str, ...]
    columns: dict[int, str]  # column -> field

    def described(self) -> dict[str, str]:
        """Header text -> field, for the report."""
        return {self.headers[i]: f for i, f in sorted(self.columns.items())}


@dataclass
class DataRow:
    """A data row mapped onto fields."""

    row: TableRow
    values: dict[str, object]
    section: str = ""  # the latest banner row above it (e.g. "一、经济建设类")


def is_blank(value: object) -> bool:
    """Whether a cell is empty (None, "", only spaces)."""
    return value is None or (isinstance(value, str) and not value.strip())


def _filled(row: TableRow) -> list[object]:
    """The row with horizontally merged header cells repeated across their span."""
    cells = list(row.cells)
    for origin, last in row.spans.items():
        while len(cells) <= last:
            cells.append(None)
        for col in range(origin + 1, last + 1):
            if is_blank(cells[col]):
                cells[col] = cells[origin]
    return cells


def _score(cells: Sequence[object], fields: Mapping[str, Sequence[str]],
           manual: Mapping[str, str], key: frozenset[str]) -> int:
    mapped = set(map_headers(cells, fields, manual).values())
    if not key <= mapped:
        return 0
    return len(mapped)


def find_header(rows: Iterator[TableRow], fields: Mapping[str, Sequence[str]],
                manual: Mapping[str, str], key: frozenset[str]
                ) -> tuple[Header | None, list[TableRow]]:
    """The best header among the first rows, and the rows after it read so far."""
    head = list(islice(rows, HEADER_SEARCH_ROWS))
    best, best_score = -1, 1 if not manual else 0
    for index, row in enumerate(head):
        score = _score(row.cells, fields, manual, key)
        if score > best_score:
            best, best_score = index, score
    if best < 0:
        return None, head
    chosen = head[best]
    cells = _filled(chosen)
    consumed = best + 1
    if chosen.spans and consumed < len(head):
        combined = _two_row_header(cells, head[consumed], fields, manual)
        if _score(combined, fields, manual, key) > best_score:
            cells, consumed = combined, consumed + 1
    headers = tuple("" if is_blank(c) else str(c).strip() for c in cells)
    columns = map_headers(headers, fields, manual)
    return Header(chosen.number, headers, columns), head[consumed:]


def _two_row_header(parent: list[object], sub: TableRow, fields: Mapping[str, Sequence[str]],
                    manual: Mapping[str, str]) -> list[object]:
    """Under a merged "提案人" spanning 姓名 / 界别 / 单位, the sub-headers name the
    columns; a sub-header that means nothing alone is read with its parent."""
    out: list[object] = []
    for col in range(max(len(parent), len(sub.cells))):
        top = parent[col] if col < len(parent) else None
        below = sub.cells[col] if col < len(sub.cells) else None
        if is_blank(below):
            out.append(top)
            continue
        joined = f"{normalise_header(top)}{normalise_header(below)}" if not is_blank(top) else ""
        if joined and map_headers([joined], fields, manual):
            out.append(joined)
        else:
            out.append(below)
    return out


def _banner(row: TableRow, nonblank: list[int]) -> str:
    """A row that only carries one merged title across the table (e.g. "二、社会建设类")."""
    if len(nonblank) == 1:
        col = nonblank[0]
        if row.spans.get(col, col) - col >= 2:
            return str(row.cells[col]).strip()
    return ""


def data_rows(header: Header, rows: Iterable[TableRow], key: frozenset[str]
              ) -> Iterator[DataRow | TableRow]:
    """Each row after the header as field -> value; banner rows set the section and rows
    with nothing under a mapped column are skipped. A TableRow is yielded (instead of a
    DataRow) for a row that holds a single stray value, for the report to mention."""
    section = ""
    for row in rows:
        nonblank = [i for i, v in enumerate(row.cells) if not is_blank(v)]
        if not nonblank:
            continue
        banner = _banner(row, nonblank)
        if banner:
            section = banner
            continue
        values = {f: row.cells[i] for i, f in header.columns.items()
                  if i < len(row.cells) and not is_blank(row.cells[i])}
        if not values:
            continue
        if len(values) == 1 and len(nonblank) == 1 and not key & values.keys():
            yield row
            continue
        yield DataRow(row, values, section)
