"""The list as shown, to an .xlsx a reviewer opens in Excel: the columns shown, in the
order shown, the rows of the filter and search in the list's order."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from review_desk.desk import Desk
from review_desk.ui.proposal_model import COL_INTAKE, display_text

PAGE = 500
WIDE = {2: 60, 7: 40}  # the title and the units: wide columns in Excel


def export_list(desk: Desk, ids: list[str], columns: list[tuple[int, str]], path: Path,
                progress: Callable[[str, int, int], None]) -> int:
    """Write the rows of `ids` with `columns` ((column, heading), in order) to `path`;
    how many rows were written."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "提案列表"
    sheet.append([heading for _c, heading in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    written = 0
    for start in range(0, len(ids), PAGE):
        for row in desk.rows(ids[start:start + PAGE]):
            sheet.append([row.intake_no if c == COL_INTAKE else display_text(row, c)
                          for c, _h in columns])
            written += 1
        progress("list", written, len(ids))
    for i, (column, heading) in enumerate(columns, start=1):
        letter = get_column_letter(i)
        sheet.column_dimensions[letter].width = WIDE.get(column, max(8, len(heading) * 2 + 4))
    sheet.freeze_panes = "A2"
    book.save(path)
    return written
