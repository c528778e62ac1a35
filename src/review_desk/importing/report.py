"""The dry run's report: as plain data (for --json and the wizard) and as an .xlsx file."""

from __future__ import annotations

import io
import zipfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill

from review_desk.importing.errors import ReportTargetError
from review_desk.importing.model import ImportPlan, RowReport
from review_desk.whole_files import write_whole

SEVERITY_ZH = {"ok": "正常", "warning": "警告", "error": "错误"}
_FILLS = {"warning": "FFF2CC", "error": "F8CBAD", "duplicate": "DDEBF7"}
REPORT_SHEET = "导入检查"


def outcome_zh(row: RowReport) -> str:
    """The row's outcome as the report words it."""
    return "重复（跳过）" if row.duplicate else SEVERITY_ZH[row.severity]


def plan_summary(plan: ImportPlan) -> dict[str, Any]:
    """The plan as JSON-ready data: counts, column mappings, notes and every row."""
    return {
        "kind": plan.kind,
        "sources": [str(s) for s in plan.sources],
        "counts": plan.counts(),
        "mappings": plan.mappings,
        "notes": plan.notes,
        "rows": [
            {"source": r.source, "row": r.row, "title": r.title, "proposer": r.proposer,
             "severity": r.severity, "duplicate": r.duplicate, "will_add": r.will_add,
             "issues": [asdict(i) for i in r.issues]}
            for r in plan.rows
        ],
    }


def check_report_target(path: Path | str) -> None:
    """Refuse a report path that holds something other than an earlier import report: a
    mistyped name must not turn a session file or a workbook of proposals into a report."""
    target = Path(path)
    if not target.exists() or target.is_dir() or target.stat().st_size == 0:
        return  # nothing to replace (a folder: the write says so)
    try:
        with zipfile.ZipFile(target) as book:
            if REPORT_SHEET in book.read("xl/workbook.xml").decode("utf-8", "replace"):
                return  # a report of an earlier dry run: replaced
    except (OSError, zipfile.BadZipFile, KeyError):
        pass
    raise ReportTargetError(
        target, "the file exists and is not an import report; it is left as it is. Choose "
        "another name for the report.",
        "该文件已存在且不是导入检查报告，未覆盖；请为报告另选文件名。")


def write_report(plan: ImportPlan, path: Path | str) -> Path:
    """Save the report as an .xlsx workbook: one line per row, and a summary sheet (an
    earlier report is replaced, any other file refused: `check_report_target`)."""
    target = Path(path)
    check_report_target(target)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(REPORT_SHEET)
    sheet.append(["文件", "行", "结果", "案由/名称", "提案人", "说明", "将导入"])
    for row in plan.rows:
        messages = "；".join(i.message_zh for i in row.issues)
        line = [row.source, row.row, outcome_zh(row), row.title, row.proposer, messages,
                "是" if row.will_add else "否"]
        key: str = "duplicate" if row.duplicate else row.severity
        if key in _FILLS:
            cells = []
            for value in line:
                cell = WriteOnlyCell(sheet, value=value)
                cell.fill = PatternFill("solid", fgColor=_FILLS[key])
                cells.append(cell)
            sheet.append(cells)
        else:
            sheet.append(line)
    summary = book.create_sheet("汇总")
    counts = plan.counts()
    bold = Font(bold=True)
    title = WriteOnlyCell(summary, value="导入检查汇总")
    title.font = bold
    summary.append([title])
    for label, name in (("总行数", "rows"), ("正常", "ok"), ("警告", "warning"), ("错误", "error"),
                       ("重复（跳过）", "duplicate"), ("将导入", "to_add")):
        summary.append([label, counts[name]])
    summary.append([])
    summary.append(["来源", "列名", "对应字段"])
    for source, mapping in plan.mappings.items():
        for header, name in mapping.items():
            summary.append([source, header, name])
    for note in plan.notes:
        summary.append(["备注", note])
    # made whole in memory first: a write-only workbook that fails to save half-way
    # leaves generators that print tracebacks when collected
    data = io.BytesIO()
    book.save(data)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_whole(target, data.getvalue())
    return target
