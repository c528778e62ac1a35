"""`review-desk import`: read spreadsheets, CSV, Word forms, another SQLite file, master
lists or the archive into a session file, after a check of every row."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from review_desk.cli.common import (
    TerminalProgress,
    add_file,
    add_json,
    fail,
    nonblank,
    open_desk,
    print_json,
)
from review_desk.importing import (
    FIELDS_BY_KIND,
    SOURCE_KINDS,
    ImportOptions,
    ImportPlan,
    ImportSourceError,
    MappingProfile,
    MappingProfileError,
    apply_plan,
    context_from_desk,
    load_profile,
    plan_summary,
    read_source,
    save_profile,
    target_of,
    write_report,
)
from review_desk.importing.plan import detect_kind
from review_desk.importing.report import check_report_target, outcome_zh

SHOWN_ROWS = 40


class _Progress:
    """The core's (stage, done, total) callback on one terminal line; total 0 = unknown."""

    def __init__(self, enabled: bool) -> None:
        self.line = TerminalProgress(enabled)

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.line.enabled:
            return
        shown = f"{done}/{total}" if total else f"{done}"
        sys.stderr.write(f"\r{stage}: {shown}      ")
        sys.stderr.flush()

    def finish(self) -> None:
        self.line.finish()


def _mapping(pairs: list[str] | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs or []:
        header, sep, name = pair.partition("=")
        if not sep or not header.strip():
            raise MappingProfileError(f"--map wants HEADER=FIELD, got {pair!r}.",
                                      f"--map 的格式应为 列名=字段，实际为“{pair}”。")
        out[header.strip()] = name.strip()
    return out


def _options(args: argparse.Namespace, target: str) -> ImportOptions:
    profile = load_profile(args.mapping) if args.mapping else MappingProfile(name="",
                                                                             target=target)
    if args.mapping and profile.target != target:
        raise MappingProfileError(
            f"Profile {profile.name!r} is for {profile.target}, not {target}.",
            f"映射方案“{profile.name}”用于{profile.target}，不适用于{target}。")
    mapping = {**profile.mapping, **_mapping(args.map)}
    options = ImportOptions(
        encoding=args.encoding or profile.encoding, mapping=mapping,
        sheet=args.sheet or profile.sheet, table=args.table or profile.table,
        default_category=args.category or profile.default_category, year=args.year)
    if args.save_mapping:
        saved = save_profile(replace(profile, name=args.save_mapping, target=target,
                                     mapping=mapping, encoding=options.encoding,
                                     sheet=options.sheet, table=options.table,
                                     default_category=options.default_category))
        print(f"mapping profile saved: {saved}", file=sys.stderr)
    return options


def _print_plan(plan: ImportPlan) -> None:
    counts = plan.counts()
    for source, mapping in plan.mappings.items():
        columns = ", ".join(f"{h}→{f}" for h, f in mapping.items())
        print(f"{source}: {columns}")
    for note in plan.notes:
        print(f"  note: {note}")
    flagged = [r for r in plan.rows if r.issues or r.duplicate]
    for row in flagged[:SHOWN_ROWS]:
        where = row.source if row.row == "-" else f"{row.source} 第{row.row}行"
        reasons = "；".join(i.message_zh for i in row.issues)
        print(f"  [{outcome_zh(row)}] {where} {row.title or row.proposer}: {reasons}")
    if len(flagged) > SHOWN_ROWS:
        print(f"  … {len(flagged) - SHOWN_ROWS} more rows flagged (see --report)")
    print(f"{counts['rows']} rows: {counts['ok']} ok (正常), {counts['warning']} warnings (警告), "
          f"{counts['error']} errors (错误), {counts['duplicate']} duplicates (重复), "
          f"{counts['to_add']} to add (将导入)")


def _import(args: argparse.Namespace) -> int:
    sources = [Path(s) for s in args.sources]
    if args.report and any(_same(Path(args.report), p) for p in (Path(args.file), *sources)):
        return fail(f"报告不能写在 {args.report} 上：它是会议文件或导入的来源。\n"
                    f"the report cannot be written over {args.report}: it is the session file "
                    "or a source of the import.")
    if any(_same(Path(args.file), p) for p in sources):
        return fail(f"{args.file} 是本会议文件，不能导入它自身。\n"
                    f"{args.file} is the session file itself; it cannot be imported into itself.")
    if args.report:
        check_report_target(args.report)  # before the sources are read, not after
    for source in sources:  # a device or a pipe would be read for ever (/dev/zero)
        if source.exists() and not (source.is_file() or source.is_dir()):
            return fail(f"{source} 不是普通文件或文件夹，无法导入。\n"
                        f"{source} is not a regular file or a folder; it cannot be imported.")
    kind = args.kind or detect_kind(sources[0])
    formats = {_format(p, args.kind) for p in sources}
    for option, value, fmt, what in (("--sheet", args.sheet, "xlsx", ".xlsx"),
                                     ("--table", args.table, "sqlite", "SQLite"),
                                     ("--encoding", args.encoding, "csv", "CSV")):
        if value is not None and fmt not in formats:
            return fail(f"{option} 只用于 {what} 来源，本次导入中没有。\n"
                        f"{option} is for {what} sources, and this import has none.")
    options = _options(args, target_of(kind))
    progress = _Progress(not args.json)
    with open_desk(args) as desk:
        plan = read_source(sources, args.kind, options, context_from_desk(desk), progress)
        progress.finish()
        if args.report:
            write_report(plan, args.report)
        summary: dict[str, Any] = plan_summary(plan)
        if not args.json:
            _print_plan(plan)
            if args.report:
                print(f"report saved: {args.report}")
        if args.dry_run:
            summary["written"] = False
            if args.json:
                print_json(summary)
            else:
                print("dry run: nothing written (试运行，未写入)")
            return 1 if plan.has_errors else 0
        result = apply_plan(desk, plan, skip_errors=args.skip_errors, progress=progress)
        progress.finish()
        summary.update(written=result.changed is not None, added=result.added,
                       skipped_now=result.skipped_now,
                       first_intake=result.summary.first_intake if result.summary else None,
                       last_intake=result.summary.last_intake if result.summary else None)
        if args.json:
            print_json(summary)
        elif result.changed is None:
            print("nothing new to import (没有需要导入的新内容)")
        else:
            intakes = ""
            if result.summary and result.summary.first_intake is not None:
                intakes = (f", 流水号 {result.summary.first_intake}–"
                           f"{result.summary.last_intake}")
            print(f"imported {result.added} (已导入 {result.added} 条{intakes})")
    return 0


def register(sub: Any) -> None:
    """Add this module's subcommands."""
    p = sub.add_parser(
        "import", help="check and import proposals, forms, master lists or the archive",
        description="Read the sources, check every row (OK / warning / error), and unless "
                    "--dry-run write them in one all-or-nothing import. Fields for --map: "
                    + "; ".join(f"{k}: {', '.join(v)}" for k, v in FIELDS_BY_KIND.items()))
    add_file(p)
    p.add_argument("sources", nargs="+", metavar="SOURCE",
                   help=".xlsx, .csv, .docx, a folder or .zip of .docx forms, an SQLite file")
    p.add_argument("--kind", choices=SOURCE_KINDS,
                   help="what the sources are (default: from the file names; proposals)")
    p.add_argument("--dry-run", action="store_true", help="check only; write nothing")
    p.add_argument("--report", metavar="OUT.xlsx", help="save the row-by-row report")
    add_json(p)
    p.add_argument("--mapping", metavar="PROFILE", help="a saved mapping profile (name or .json)")
    p.add_argument("--map", action="append", metavar="HEADER=FIELD",
                   help="map a column by hand (FIELD empty: ignore the column); repeatable")
    p.add_argument("--save-mapping", metavar="NAME", type=nonblank,
                   help="save this mapping as a profile")
    p.add_argument("--encoding", help="CSV encoding (default: detect UTF-8 or GB18030/GBK)")
    p.add_argument("--sheet", help="xlsx: read only this sheet")
    p.add_argument("--table", help="sqlite: the table or view to read")
    p.add_argument("--category", help="category for rows that have none")
    p.add_argument("--year", type=int, help="year for dates typed without one")
    p.add_argument("--skip-errors", action="store_true",
                   help="import the good rows even when some rows have errors")
    p.set_defaults(handler=_import)


def _format(path: Path, kind: str | None) -> str:
    """The file format a source is read as (xlsx, csv, sqlite, docx), or "" if unknown."""
    if kind in ("xlsx", "csv", "sqlite", "docx"):
        return kind
    try:
        return detect_kind(path)
    except ImportSourceError:
        return ""


def _same(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False
