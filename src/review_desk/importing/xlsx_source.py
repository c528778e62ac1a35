"""Excel workbooks (.xlsx) through openpyxl's read-only mode, with what read-only mode
does not give: merged cells, and formula cells that have no computed value."""

from __future__ import annotations

import re
import warnings
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils.cell import column_index_from_string, get_column_letter

from review_desk.importing.containers import open_checked_zip
from review_desk.importing.errors import CorruptContainerError, SourceTooLargeError
from review_desk.importing.model import CancelToken, Limits
from review_desk.importing.tables import TableRow

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REF = re.compile(r"^([A-Z]+)(\d+)$")


def _cell(ref: str) -> tuple[int, int]:
    match = _REF.match(ref.upper())
    if not match:
        raise ValueError(ref)
    return int(match.group(2)), column_index_from_string(match.group(1)) - 1


@dataclass
class SheetScan:
    """What a pass over the sheet XML found."""

    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1
    missing_formulas: dict[int, list[str]] = field(default_factory=dict)  # row -> cell refs


def scan_sheet(archive: zipfile.ZipFile, member: str) -> SheetScan:
    """Merged ranges and formula cells without a cached value, in one streaming pass."""
    scan = SheetScan()
    missing: defaultdict[int, list[str]] = defaultdict(list)
    with archive.open(member) as stream:
        for _event, element in ET.iterparse(stream, events=("end",)):
            tag = element.tag
            if tag == f"{_MAIN}c":
                formula = element.find(f"{_MAIN}f")
                if formula is not None:
                    value = element.find(f"{_MAIN}v")
                    if value is None or not (value.text or "").strip():
                        ref = element.get("r", "")
                        row, _col = _cell(ref)
                        missing[row].append(ref)
                element.clear()
            elif tag == f"{_MAIN}row":
                element.clear()
            elif tag == f"{_MAIN}mergeCell":
                first, _, last = element.get("ref", "").partition(":")
                if first and last:
                    (r0, c0), (r1, c1) = _cell(first), _cell(last)
                    scan.merged.append((r0, c0, r1, c1))
    scan.missing_formulas = dict(missing)
    return scan


@contextmanager
def open_workbook(path: Path, limits: Limits) -> Iterator[Any]:
    """The workbook in read-only mode with cached values, after the container checks."""
    display = str(path)
    open_checked_zip(path, display, limits, ".xlsx", "xl/workbook.xml").close()
    # a file object, not the path: openpyxl refuses a path whose name does not end in
    # .xlsx (an office export saved as .dat or with no extension, checked above as a zip)
    handle = path.open("rb")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions
            book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on damaged parts
        handle.close()
        raise CorruptContainerError(display, f"the workbook cannot be read ({error}).",
                                    f"工作簿无法读取（{error}），文件可能已损坏。") from error
    try:
        yield book
    finally:
        book.close()
        handle.close()


def sheet_rows(book: Any, sheet: Any, path: Path, limits: Limits, cancel: CancelToken
               ) -> Iterator[TableRow]:
    """The sheet's rows with vertically merged cells filled down and horizontal merges
    recorded as spans."""
    member = getattr(sheet, "_worksheet_path", None)
    scan = SheetScan()
    if member:
        with zipfile.ZipFile(path) as archive:
            try:
                scan = scan_sheet(archive, member)
            except (ET.ParseError, zipfile.BadZipFile, ValueError, KeyError) as error:
                raise CorruptContainerError(
                    str(path), f"sheet {sheet.title} cannot be read ({error}).",
                    f"工作表“{sheet.title}”无法读取（{error}）。") from error
    spans: defaultdict[int, dict[int, int]] = defaultdict(dict)
    fill_down: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)  # row -> (col, r0)
    for r0, c0, r1, c1 in scan.merged:
        if c1 > c0:
            spans[r0][c0] = c1
        for row in range(r0 + 1, min(r1, r0 + limits.max_rows) + 1):
            fill_down[row].append((c0, r0))
    origins: dict[tuple[int, int], object] = {}
    needed = {(r0, c0) for r0, c0, r1, _c1 in scan.merged if r1 > r0}
    sheet.reset_dimensions()
    try:
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > limits.max_rows:
                raise SourceTooLargeError(
                    str(path), f"more than {limits.max_rows} rows.",
                    f"超过 {limits.max_rows} 行，超出上限。", row=number)
            if number % 100 == 0:
                cancel.check()
            cells = list(values)
            for col, r0 in fill_down.get(number, ()):
                while len(cells) <= col:
                    cells.append(None)
                if cells[col] is None:
                    cells[col] = origins.get((r0, col))
            for col in range(len(cells)):
                if (number, col) in needed:
                    origins[(number, col)] = cells[col]
            yield TableRow(number, cells, spans.get(number, {}),
                           tuple(scan.missing_formulas.get(number, ())))
    except (zipfile.BadZipFile, ET.ParseError, KeyError, ValueError, EOFError) as error:
        raise CorruptContainerError(
            str(path), f"sheet {sheet.title} is damaged ({error}).",
            f"工作表“{sheet.title}”已损坏（{error}）。") from error


def column_letter(index: int) -> str:
    """The letter of a 0-based column."""
    return get_column_letter(index + 1)
