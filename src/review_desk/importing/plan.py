"""Reading sources into an ImportPlan: every row with its record and report, nothing
written. `read_source` is what the CLI and the import wizard call first."""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from pathlib import Path

from review_desk.importing import checks, masters
from review_desk.importing.checks import ProposalChecks, SessionContext
from review_desk.importing.containers import docx_members, open_checked_zip, sniff
from review_desk.importing.csv_source import read_csv
from review_desk.importing.docx_form import read_form
from review_desk.importing.errors import (
    ColumnsNotFoundError,
    HeaderError,
    ImportSourceError,
    SourceTooLargeError,
    WrongFileTypeError,
)
from review_desk.importing.fields import FIELDS_BY_KIND, KEY_FIELDS
from review_desk.importing.lists_source import read_lists
from review_desk.importing.model import (
    NO_CANCEL,
    PROPOSAL_KINDS,
    CancelToken,
    ImportOptions,
    ImportPlan,
    Progress,
    RowReport,
    SourceKind,
    no_progress,
)
from review_desk.importing.profiles import validate_mapping
from review_desk.importing.proposals import FIELD_ZH, build_proposal
from review_desk.importing.sqlite_source import read_sqlite
from review_desk.importing.tables import (
    HEADER_SEARCH_ROWS,
    Header,
    TableRow,
    data_rows,
    find_header,
    is_blank,
)
from review_desk.importing.xlsx_source import open_workbook, sheet_rows

# the key column of the other lists, named as their headers name it ("name" showed in
# the Chinese sentence)
_NAME_ZH = {"members": {"name": "姓名"}, "units": {"name": "单位名称"}}

_BY_SUFFIX: dict[str, SourceKind] = {
    ".xlsx": "xlsx", ".xlsm": "xlsx", ".csv": "csv", ".tsv": "csv", ".txt": "csv",
    ".docx": "docx", ".zip": "docx", ".db": "sqlite", ".sqlite": "sqlite",
    ".sqlite3": "sqlite", ".rdesk": "sqlite",
}
_LEGACY = (".doc", ".wps")


def target_of(kind: SourceKind) -> str:
    """What a kind of source fills: proposals, members, units, lists or archive."""
    return "proposals" if kind in PROPOSAL_KINDS else kind


def detect_kind(path: Path) -> SourceKind:
    """The kind of a source from its name (a folder is a folder of Word forms)."""
    if path.is_dir():
        return "docx"
    kind = _BY_SUFFIX.get(path.suffix.lower())
    if kind is not None:
        return kind
    try:
        with path.open("rb") as stream:
            found = sniff(stream.read(16))
    except OSError as error:
        raise WrongFileTypeError(path, f"cannot be read ({error.strerror}).",
                                 f"无法读取（{error.strerror}）。") from error
    if found == "sqlite":
        return "sqlite"
    raise WrongFileTypeError(path, "cannot tell what kind of source this is; choose the kind.",
                             "无法判断文件类型，请指定导入类型（--kind）。")


class _Reader:
    """One read: the plan being filled, the checks, progress and cancel."""

    def __init__(self, plan: ImportPlan, options: ImportOptions, context: SessionContext,
                 progress: Progress, cancel: CancelToken) -> None:
        self.plan = plan
        self.options = options
        self.context = context
        self.progress = progress
        self.cancel = cancel
        self.target = target_of(plan.kind)
        self.proposal_checks = ProposalChecks(context, options)
        self.seen_members: set[str] = set()
        self.seen_units: set[str] = set()
        self.seen_cases: set[tuple[str, str, str]] = set()

    # --- tables -------------------------------------------------------------------------

    def table(self, path: Path, kind: SourceKind) -> None:
        before = len(self.plan.rows)
        self._table(path, kind)
        if len(self.plan.rows) == before:
            raise HeaderError(path, "has no rows under its column names; nothing to import.",
                              "只有列名，没有数据行，没有可导入的内容。")

    def _table(self, path: Path, kind: SourceKind) -> None:
        fields = FIELDS_BY_KIND[self.target]
        key = KEY_FIELDS[self.target]
        manual = self.options.mapping
        if kind == "sqlite":
            table, header, rows = read_sqlite(path, fields, manual, key, self.options.table,
                                              self.options.limits, self.cancel)
            self._rows(f"{path.name} [{table}]", header, rows, path)
            return
        if kind == "csv" or path.suffix.lower() in (".csv", ".tsv", ".txt"):
            used, lines = read_csv(path, self.options.limits, self.options.encoding)
            self.plan.notes.append(f"{path.name}: encoding {used}")
            rows = (TableRow(n, cells) for n, cells in lines)
            found_header, rest = find_header(rows, fields, manual, key)
            if found_header is None:
                raise self._no_header(path, rest, len(rest) < HEADER_SEARCH_ROWS)
            self._rows(path.name, found_header, _chain(rest, rows), path)
            return
        with open_workbook(path, self.options.limits) as book:
            names = [self.options.sheet] if self.options.sheet else list(book.sheetnames)
            found = False
            seen: list[TableRow] = []
            ended = True  # every sheet ended within the rows searched for a header
            for name in names:
                if name not in book.sheetnames:
                    raise HeaderError(path, f"no sheet {name!r}.", f"没有名为“{name}”的工作表。")
                sheet = book[name]
                sheet_iter = sheet_rows(book, sheet, path, self.options.limits, self.cancel)
                sheet_header, rest = find_header(sheet_iter, fields, manual, key)
                if sheet_header is None:
                    seen += rest
                    ended = ended and len(rest) < HEADER_SEARCH_ROWS
                    self.plan.notes.append(f"{path.name} [{name}]: no header row, skipped")
                    continue
                found = True
                label = path.name if len(book.sheetnames) == 1 else f"{path.name} [{name}]"
                self._rows(label, sheet_header, _chain(rest, sheet_iter), path, sheet=name)
            if not found:
                raise self._no_header(path, seen, ended)

    def _no_header(self, path: Path, rows: Sequence[TableRow], ended: bool) -> HeaderError:
        """Why no header was found: nothing at all (only when the source ended within the
        rows searched: blank rows may stand above the table), or no header naming the
        key columns."""
        if ended and not any(not is_blank(cell) for row in rows for cell in row.cells):
            return HeaderError(path, "is empty: no rows at all.", "是空的，没有任何内容。")
        zh = FIELD_ZH | _NAME_ZH.get(self.target, {})
        wanted = "、".join(zh.get(k, k) for k in sorted(KEY_FIELDS[self.target])) or "字段"
        return ColumnsNotFoundError(
            path, "no header row naming the columns was found in the first rows; map the "
            "columns by hand (a mapping profile or --map HEADER=FIELD).",
            f"前几行中找不到含“{wanted}”等列名的表头，"
            "请手动指定列映射（映射方案或 --map 列名=字段）。")

    def _rows(self, label: str, header: Header, rows: Iterator[TableRow], path: Path,
              sheet: str = "") -> None:
        self.plan.mappings[label] = header.described()
        unmapped = [h for i, h in enumerate(header.headers) if h and i not in header.columns]
        if unmapped:
            self.plan.notes.append(f"{label}: columns not imported: {', '.join(unmapped)}")
        count = 0
        key = KEY_FIELDS[self.target]
        for item in data_rows(header, rows, key):
            count += 1
            if count % 50 == 0:
                self.cancel.check()
                self.progress("reading", count, 0)
            if isinstance(item, TableRow):
                stray = next(str(c) for c in item.cells if c not in (None, ""))
                self.plan.notes.append(f"{label} row {item.number}: only {stray[:40]!r}, "
                                       "skipped")
                continue
            if len(self.plan.rows) >= self.options.limits.max_rows:
                raise SourceTooLargeError(path, "too many rows.", "行数超出上限。",
                                          row=item.row.number)
            report = RowReport(source=label, row=str(item.row.number))
            for ref in item.row.formula_missing:
                column = _column_of(ref)
                if column in header.columns:
                    name = header.columns[column]
                    report.add("error", "formula_without_value",
                               f"cell {ref} is a formula with no computed value; open and save "
                               "the file in Excel first.",
                               f"单元格 {ref} 是公式但没有计算结果，请先用 Excel 打开并保存。",
                               name)
            self._record(item.values, report, item.section or sheet)
        self.progress("reading", count, count)

    def _record(self, values: dict[str, object], report: RowReport, section: str) -> None:
        target = self.target
        if target == "proposals":
            record = build_proposal(values, report, self.options)
            if record is not None:
                record = self.proposal_checks.check(record, report, section)
            report.record = record if report.severity != "error" else None
        elif target == "members":
            member = masters.build_member(values, report)
            if member is not None:
                member = checks.check_member(member, report, self.context, self.seen_members)
            report.record = member
        elif target == "units":
            unit = masters.build_unit(values, report)
            if unit is not None:
                checks.check_unit(unit, report, self.context, self.seen_units)
            report.record = unit
        else:
            case = masters.build_archive_case(values, report, self.options)
            if case is not None:
                checks.check_archive(case, report, self.context, self.seen_cases)
            report.record = case
        self.plan.rows.append(report)

    # --- Word forms -----------------------------------------------------------------

    def forms(self, path: Path) -> None:
        limits = self.options.limits
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(
                ("~$", "._")) and p.suffix.lower() in (".docx", *_LEGACY))
            total = len(files)
            if not files:
                raise WrongFileTypeError(path, "no Word proposal form (.docx) was found in this "
                                         "folder.", "此文件夹中没有找到 Word 提案表（.docx）。")
            for done, file in enumerate(files, start=1):
                self.cancel.check()
                self.progress("reading", done - 1, total)
                label = str(file.relative_to(path.parent))
                if file.suffix.lower() in _LEGACY:
                    self._unreadable(label, WrongFileTypeError(
                        label, "an old Word (.doc/.wps) file; save it as .docx.",
                        "旧版 Word（.doc/.wps）文件，请另存为 .docx。"))
                    continue
                with file.open("rb") as stream:
                    self._form(label, stream)
            self.progress("reading", total, total)
        elif path.suffix.lower() == ".zip":
            with open_checked_zip(path, str(path), limits, ".zip") as archive:
                members = list(docx_members(archive, str(path), limits))
            if not members:
                raise WrongFileTypeError(path, "no Word proposal form (.docx) was found in this "
                                         ".zip.", "此压缩包中没有找到 Word 提案表（.docx）。")
            for done, (name, data) in enumerate(members, start=1):
                self.cancel.check()
                self.progress("reading", done - 1, len(members))
                self._form(f"{path.name}/{name}", io.BytesIO(data))
            self.progress("reading", len(members), len(members))
        else:
            values, found = read_form(path, str(path), limits)
            self._form_values(path.name, values, found)

    def _form(self, label: str, stream: io.BufferedIOBase | io.BytesIO) -> None:
        try:
            values, found = read_form(stream, label, self.options.limits)
        except ImportSourceError as error:
            self._unreadable(label, error)
            return
        self._form_values(label, values, found)

    def _unreadable(self, label: str, error: ImportSourceError) -> None:
        report = RowReport(source=label, row="-", title=Path(label).name)
        report.add("error", "unreadable_file", error.message, error.message_zh)
        self.plan.rows.append(report)

    def _form_values(self, label: str, values: dict[str, object], found: bool) -> None:
        report = RowReport(source=label, row="-")
        if not found:
            report.add("warning", "sections_not_found", "No 情况分析 / 存在问题 / 具体建议 "
                       "headings found; the whole text is kept as 情况分析.",
                       "未找到“情况分析/存在问题/具体建议”等标题，全文放入“情况分析”。", "body")
        self._record(values, report, "")


def _chain(first: Sequence[TableRow], rest: Iterator[TableRow]) -> Iterator[TableRow]:
    yield from first
    yield from rest


def _column_of(ref: str) -> int:
    letters = "".join(c for c in ref if c.isalpha()).upper()
    index = 0
    for char in letters:
        index = index * 26 + ord(char) - 64
    return index - 1


def read_source(sources: Sequence[Path | str], kind: SourceKind | None = None,
                options: ImportOptions | None = None, context: SessionContext | None = None,
                progress: Progress | None = None, cancel: CancelToken | None = None
                ) -> ImportPlan:
    """Read every source into one plan (rows, records, per-row reports); writes nothing.

    `kind` defaults to what each file's name says (a folder or a .zip holds Word forms);
    `context` (see `context_from_desk`) lets the checks see the session's lists, members
    and proposals. Raises a typed ImportSourceError for a source that cannot be read at
    all, ImportCancelledError when `cancel` is set.
    """
    paths = [Path(s) for s in sources]
    if not paths:
        raise WrongFileTypeError("-", "no source given.", "没有指定要导入的文件。")
    options = options or ImportOptions()
    kinds = [kind or detect_kind(p) for p in paths]
    targets = {target_of(k) for k in kinds}
    if len(targets) > 1:
        raise WrongFileTypeError(paths[0], "these sources fill different things "
                                 f"({', '.join(sorted(targets))}); import them one kind at a "
                                 "time.", "这些文件的导入类型不同，请按类型分别导入。")
    plan = ImportPlan(kind=kinds[0], sources=tuple(paths))
    validate_mapping(options.mapping, target_of(kinds[0]))
    reader = _Reader(plan, options, context or SessionContext(), progress or no_progress,
                     cancel or NO_CANCEL)
    for path, source_kind in zip(paths, kinds, strict=True):
        reader.cancel.check()
        if not path.exists():
            raise WrongFileTypeError(path, "no such file or folder.", "文件或文件夹不存在。")
        if source_kind == "lists":
            read_lists(path, plan, options, reader.context, reader.cancel)
        elif source_kind == "docx":
            reader.forms(path)
        else:
            reader.table(path, source_kind)
    return plan


