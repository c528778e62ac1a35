"""Master lists from a workbook: categories, 界别, reasons and dispositions, one column (or
one sheet) each, named by its header or by the sheet's name."""

from __future__ import annotations

from pathlib import Path

from review_desk.importing.cells import one_line
from review_desk.importing.checks import SessionContext
from review_desk.importing.csv_source import read_csv
from review_desk.importing.errors import HeaderError
from review_desk.importing.fields import LIST_FIELDS, guess_field
from review_desk.importing.model import CancelToken, ImportOptions, ImportPlan, RowReport
from review_desk.importing.tables import TableRow, is_blank
from review_desk.importing.xlsx_source import open_workbook, sheet_rows
from review_desk.review.records import MasterLists

LIST_KIND = {"categories": "category", "sectors": "sector", "reasons": "reason",
             "dispositions": "disposition"}
LIST_ZH = {"categories": "类别", "sectors": "界别", "reasons": "不予立案理由",
           "dispositions": "处理方式"}


def _collect(label: str, title: str, rows: list[TableRow], found: dict[str, list[tuple[str,
             int]]]) -> bool:
    """Entries of one sheet: columns whose header names a list, else the whole first column
    when the sheet's name does."""
    filled = [r for r in rows if any(not is_blank(c) for c in r.cells)]
    if not filled:
        return False
    head = filled[0]
    columns: dict[int, str] = {}
    for index, cell in enumerate(head.cells):
        name = guess_field(cell, LIST_FIELDS) if not is_blank(cell) else None
        if name:
            columns[index] = name
    body = filled[1:]
    if not columns:
        by_title = guess_field(title, LIST_FIELDS)
        if by_title is None:
            return False
        columns, body = {0: by_title}, filled
    for index, name in columns.items():
        for row in body:
            if index < len(row.cells) and not is_blank(row.cells[index]):
                found.setdefault(name, []).append((one_line(row.cells[index]), row.number))
    return True


def read_lists(path: Path, plan: ImportPlan, options: ImportOptions, context: SessionContext,
               cancel: CancelToken) -> None:
    """Add a workbook's (or CSV's) list entries to the plan, one report row per entry."""
    found: dict[str, list[tuple[str, int]]] = {}
    any_list = False
    if path.suffix.lower() in (".csv", ".tsv", ".txt"):
        _used, lines = read_csv(path, options.limits, options.encoding)
        any_list = _collect(path.name, path.stem, [TableRow(n, c) for n, c in lines], found)
    else:
        with open_workbook(path, options.limits) as book:
            for name in book.sheetnames:
                rows = list(sheet_rows(book, book[name], path, options.limits, cancel))
                any_list = _collect(path.name, name, rows, found) or any_list
    if not any_list:
        raise HeaderError(path, "no column or sheet is named 类别, 界别, 理由 or 处理方式.",
                          "没有名为“类别”“界别”“不予立案理由”或“处理方式”的列或工作表。")
    lists = {k: list(getattr(plan.lists, k)) for k in LIST_KIND}
    for name, entries in found.items():
        known = context.list_names.get(LIST_KIND[name], frozenset())
        for value, number in entries:
            report = RowReport(source=path.name, row=str(number), title=value,
                               proposer=LIST_ZH[name])
            if value in known or value in lists[name]:
                report.duplicate = True
                report.add("warning", "duplicate", "Already in the list; skipped.",
                           "已在列表中，跳过。")
            else:
                lists[name].append(value)
            plan.rows.append(report)
    plan.lists = MasterLists(**{k: tuple(v) for k, v in lists.items()})
