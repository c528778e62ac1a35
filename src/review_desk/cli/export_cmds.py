"""Subcommands for the documents: export, templates."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from review_desk.cli.common import add_file, add_json, fail, open_desk, print_json, ranged_int
from review_desk.errors import ReviewDeskError


class _ProgressLine:
    """One progress line on stderr: rewritten in place on a terminal, else a line per
    stage and per tenth of it (so logs stay short)."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.tty = sys.stderr.isatty()
        self._last: dict[str, int] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.quiet:
            return
        if self.tty:
            sys.stderr.write(f"\r{stage}：{done}/{total}      ")
            if done == total:
                sys.stderr.write("\n")
            sys.stderr.flush()
            return
        step = max(total // 10, 1)
        if done in (0, total) or done // step != self._last.get(stage, -1):
            self._last[stage] = done // step
            sys.stderr.write(f"{stage}：{done}/{total}\n")


def _fonts(values: list[str] | None) -> dict[str, str]:
    """--font ROLE=PATH values, each checked now: a font given for a document this export
    does not draw was silently ignored, a wrong one only found on a later export."""
    from review_desk.documents.fonts import ROLE_ALIASES, ROLE_NAMES_ZH, ROLES

    fonts: dict[str, str] = {}
    for value in values or ():
        role, sep, path = (part.strip() for part in value.partition("="))
        if not sep or not path:
            raise ReviewDeskError(f"--font wants ROLE=PATH, got {value!r}.",
                                  f"--font 的格式为 角色=路径，实际为“{value}”。")
        if ROLE_ALIASES.get(role, role) not in ROLES:
            raise ReviewDeskError(
                f"unknown font role {role!r}; use one of {', '.join(ROLES)} "
                f"({'、'.join(ROLE_NAMES_ZH.values())}).",
                f"未知的字体角色“{role}”，可用：{'、'.join(ROLE_NAMES_ZH.values())}。")
        if not Path(path.partition("#")[0]).expanduser().is_file():
            raise ReviewDeskError(f"the font file {path} does not exist.",
                                  f"字体文件 {path} 不存在。")
        fonts[role] = path
    return fonts


def _export(args: argparse.Namespace) -> int:
    from review_desk.documents.export import ExportOptions, export_documents

    what = tuple(args.what or ["all"])
    try:
        issue_date = date.fromisoformat(args.date) if args.date else None
    except ValueError:
        return fail(f"--date wants YYYY-MM-DD, got {args.date!r} (日期格式应为 YYYY-MM-DD)")
    outdir = Path(args.outdir)
    if not args.outdir.strip():
        return fail("请指定输出文件夹。\ngive the folder to write into.")
    if outdir.exists() and not outdir.is_dir():
        return fail(f"{outdir} 是文件而不是文件夹；请指定输出文件夹。\n"
                    f"{outdir} is a file, not a folder; give the folder to write into.")
    if args.templates and not Path(args.templates).is_dir():
        return fail(f"模板文件夹 {args.templates} 不存在；请指定存在的文件夹，或不加 --templates "
                    f"使用内置模板。\nthe templates folder {args.templates} does not exist; "
                    "give an existing folder, or leave --templates out to use the built-in "
                    "templates.")
    options = ExportOptions(
        what=what, units=tuple(args.unit or ()), overwrite=args.overwrite,
        templates=Path(args.templates) if args.templates else None, fonts=_fonts(args.font),
        issuer=args.issuer, issue_date=issue_date, adjust_window=args.adjust_window,
        workers=args.workers)
    progress = _ProgressLine(args.quiet or args.json)
    started = time.perf_counter()
    with open_desk(args) as desk:
        if args.demo_review:
            from review_desk.demo.review_script import review_demo

            review_demo(desk, progress=progress)
        result = export_documents(desk, Path(args.outdir), options, progress)
    elapsed = time.perf_counter() - started
    for warning in result.warnings:
        print(f"review-desk: 注意 warning: {warning}", file=sys.stderr)
    partial = 1 if result.not_made or not result.files else 0
    if args.json:
        print_json({"folder": str(result.folder), "counts": result.counts,
                    "files": [str(p) for p in result.files], "warnings": result.warnings,
                    "fallbacks": [{"character": u.character, "code": u.code, "font": u.font,
                                   "notices": u.notices, "example": u.example}
                                  for u in result.fallbacks],
                    "not_made": [{"notice": m.where, "file": str(m.path), "reason": m.reason}
                                 for m in result.not_made],
                    "removed": [str(p) for p in result.cleared.removed],
                    "moved": [[str(a), str(b)] for a, b in result.cleared.moved],
                    "seconds": round(elapsed, 2)})
        return partial
    if not result.files and not result.not_made:  # "wrote 0 files" said nothing of why
        who = f"（{'、'.join(options.units)}）" if options.units else ""
        return fail(f"没有可生成的文件：所选文件在本届尚无内容{who}（如交办单需要已立案并指定了"
                    "承办单位的提案）。\nnothing to write: the chosen documents have no content "
                    f"in this session yet{who} (交办单, for one, need accepted proposals with "
                    "a handling unit).", 1)
    parts = "，".join(f"{stage} {n}" for stage, n in result.counts.items())
    print(f"wrote {len(result.files)} files to {result.folder} in {elapsed:.1f} s ({parts})")
    if result.not_made:
        print(f"review-desk: {len(result.not_made)} 份通知未生成（见上）；其余文件均已写出。 / "
              f"{len(result.not_made)} notice(s) could not be made (listed above); "
              "everything else was written.", file=sys.stderr)
    return partial


def _templates(args: argparse.Namespace) -> int:
    from review_desk.documents.template_builder import TEMPLATE_FILES
    from review_desk.documents.templates import default_template_bytes, user_templates_folder
    from review_desk.whole_files import write_whole

    folder = Path(args.folder) if args.folder else user_templates_folder()
    if folder.exists() and not folder.is_dir():
        return fail(f"{folder} 是文件，不是模板文件夹。\n"
                    f"{folder} is a file, not a templates folder.")
    rows: list[dict[str, Any]] = []
    for name in (*TEMPLATE_FILES, "PLACEHOLDERS.md"):
        target = folder / name
        state = "user" if target.exists() else "default"
        if args.copy and not target.exists():
            folder.mkdir(parents=True, exist_ok=True)
            write_whole(target, default_template_bytes(name))  # never a half template
            state = "copied"
        rows.append({"name": name, "path": str(target), "state": state})
    if args.json:
        print_json({"folder": str(folder), "templates": rows})
        return 0
    print(f"user templates folder (用户模板文件夹): {folder}")
    for row in rows:
        print(f"  {row['name']}\t{row['state']}")
    if not args.copy:
        print("--copy puts editable copies of the defaults there (never overwrites).")
    return 0


def register(sub: Any) -> None:
    """Add this module's subcommands."""
    p = sub.add_parser(
        "export", help="write the 交办单, 提案目录, 审查情况汇总 (Word) and the notices (PDF)",
        description="Write the documents of a session into OUTDIR. Existing files are never "
                    "overwritten unless --overwrite is given; files an earlier export wrote "
                    "there and that are no longer current are removed (moved aside if changed "
                    "since). Exit status 1: some notices could not be made (a character no "
                    "installed font has); they are listed and everything else is written.")
    add_file(p)
    p.add_argument("outdir", metavar="OUTDIR", help="the folder to write into")
    p.add_argument("--what", action="append",
                   choices=("sheets", "catalogue", "summary", "notices", "all"),
                   help="which documents (repeatable; default all)")
    p.add_argument("--unit", action="append", metavar="NAME",
                   help="only this unit's 交办单 and 交办函 (name, short name, code or alias; "
                        "repeatable)")
    p.add_argument("--overwrite", action="store_true", help="replace existing files")
    p.add_argument("--templates", metavar="DIR",
                   help="your templates folder (default: the user templates folder)")
    p.add_argument("--font", action="append", metavar="ROLE=PATH",
                   help="a font file for a role: 仿宋, 宋体, 黑体, 楷体, 小标宋 "
                        "(fangsong, song, hei, kai, xiaobiaosong); FILE.ttc#INDEX for a face")
    p.add_argument("--issuer", help="the issuing body (default: 政协…委员会提案委员会)")
    p.add_argument("--date", help="the date the documents bear, YYYY-MM-DD (default: today)")
    p.add_argument("--adjust-window", default="5个工作日",
                   help="the window for asking to adjust an assignment (default: 5个工作日)")
    p.add_argument("--workers", type=ranged_int(1, 64), default=None,
                   help="processes drawing the PDFs (default: one per CPU, at most 4)")
    p.add_argument("--demo-review", action="store_true",
                   help="first decide a fresh demo session (trying the documents out)")
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    add_json(p)
    p.set_defaults(handler=_export)

    p = sub.add_parser("templates", help="show or copy the Word templates for editing")
    p.add_argument("folder", nargs="?", metavar="DIR",
                   help="the templates folder (default: the user templates folder)")
    p.add_argument("--copy", action="store_true",
                   help="copy the default templates there for editing (never overwrites)")
    add_json(p)
    p.set_defaults(handler=_templates)
