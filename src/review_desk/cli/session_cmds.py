"""Subcommands on whole session files: demo, new, rebuild, undo, redo, numbering, groups."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import text

from review_desk.cli.common import (
    TerminalProgress,
    add_file,
    add_json,
    fail,
    nonblank,
    open_desk,
    print_json,
    ranged_int,
)
from review_desk.desk import Desk
from review_desk.errors import UpgradeNeedsWritingError
from review_desk.review.labels import action_label_zh
from review_desk.review.records import SessionBundle, SessionInfo
from review_desk.review.standard_lists import STANDARD_LISTS

# a demo beyond the national scale (6,000 + 100,000) would only fill the disk
MAX_DEMO_PROPOSALS = 50_000
MAX_DEMO_ARCHIVE = 1_000_000


def _demo(args: argparse.Namespace) -> int:
    from review_desk.demo import generate

    started = time.perf_counter()
    bundle = generate(proposals=args.proposals, archive=args.archive, seed=args.seed)
    progress = TerminalProgress()
    with Desk.create(Path(args.out), bundle, reviewer=args.reviewer, overwrite=args.force,
                     progress=progress) as desk:
        progress.finish()
        report_set_aside(desk)
    print(f"demo session written to {args.out}: {args.proposals} proposals, "
          f"{args.archive} archived cases, {len(bundle.units)} units "
          f"({time.perf_counter() - started:.1f} s)")
    return 0


def _new(args: argparse.Namespace) -> int:
    info = SessionInfo(committee=args.committee, term=args.term, session=args.session,
                       year=args.year, handover_date=args.handover_date)
    with Desk.create(Path(args.out), SessionBundle(info=info, lists=STANDARD_LISTS),
                     reviewer=args.reviewer, overwrite=args.force) as desk:
        report_set_aside(desk)
    print(f"new session file {args.out}")
    return 0


def report_set_aside(desk: Desk) -> None:
    """Tell the person about leftovers of an earlier file that were moved aside."""
    for moved in desk.set_aside:
        en, zh = moved.describe()
        print(f"review-desk: {zh}\n{en}", file=sys.stderr)


def _copy(args: argparse.Namespace) -> int:
    progress = TerminalProgress()
    try:
        desk = open_desk(args)
    except UpgradeNeedsWritingError:
        # the message asks for a copy on a writable disk: this is one (upgraded when opened)
        Desk.copy_unopened(Path(args.file), Path(args.out), progress, overwrite=args.force)
    else:
        with desk:
            desk.save_copy(Path(args.out), progress, overwrite=args.force)
    progress.finish()
    print(f"copied {args.file} to {args.out}（已复制）")
    return 0


def _rebuild(args: argparse.Namespace) -> int:
    progress = TerminalProgress()
    with open_desk(args) as desk:
        started = time.perf_counter()
        desk.rebuild(progress)
        progress.finish()
        print(f"rebuilt the tables from the journal in {time.perf_counter() - started:.1f} s")
    return 0


def _undo(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        changed = desk.undo.redo() if args.redo else desk.undo.undo()
        print(f"{action_label_zh(changed.action)} ({changed.change_count} changes)")
    return 0


def _number(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        if args.finalise:
            desk.numbering.finalise()
            print("case numbers are final (提案号已确定)")
        else:
            changed = desk.numbering.number(order=args.order, fmt=args.format)
            print(f"numbered accepted cases ({changed.change_count} numbers changed)")
    return 0


def _groups(args: argparse.Namespace) -> int:
    if args.reviewers is not None and args.add is None:
        return fail("--reviewers 只能与 --add 一起使用（新建小组时指定其审查人）。\n"
                    "--reviewers goes with --add (the reviewers of the group it creates).")
    with open_desk(args) as desk:
        if args.add is not None:
            if any(g["name"] == args.add for g in _group_rows(desk)):
                return fail(f"审查小组“{args.add}”已存在。\nthe review group {args.add!r} exists "
                            "already.")
            gid, _ = desk.lists.add_group(args.add, args.reviewers or [])
            print(gid)
            return 0
        if args.by_category is not None:
            groups = {g["name"]: g["id"] for g in _group_rows(desk)}
            mapping: dict[str, str] = {}
            for pair in args.by_category or [""]:
                category, sep, group = pair.partition("=")
                if not sep or not category.strip():
                    return fail("--by-category 的格式应为 类别=小组，实际为"
                                f"“{pair}”。\n--by-category wants CATEGORY=GROUP, got {pair!r}.")
                if group not in groups:
                    return fail(f"unknown group {group!r} (未知的审查小组)")
                mapping[category] = groups[group]
            changed = desk.lists.assign_groups_by_category(mapping)
            print(f"{changed.change_count} proposals handed to groups")
            return 0
        rows = _group_rows(desk)
        if args.json:
            print_json(rows)
        else:
            for g in rows:
                print(f"{g['name']}\t{', '.join(g['reviewers'])}\t{g['proposals']}")
    return 0


def _group_rows(desk: Desk) -> list[dict[str, Any]]:
    with desk.store.reading() as conn:
        return [
            {"id": r[0], "name": r[1], "reviewers": json.loads(r[2] or "[]"),
             "proposals": int(r[3])}
            for r in conn.execute(text(
                "SELECT g.id, g.name, g.reviewers, (SELECT count(*) FROM proposal p WHERE"
                " p.group_id = g.id AND p.present) FROM review_group g WHERE g.present"
                " ORDER BY g.name"))
        ]


def register(sub: Any) -> None:
    """Add this module's subcommands."""
    p = sub.add_parser("demo", help="create a realistic demo session file")
    p.add_argument("out", metavar="OUT")
    p.add_argument("--proposals", type=ranged_int(0, MAX_DEMO_PROPOSALS), default=600)
    p.add_argument("--archive", type=ranged_int(0, MAX_DEMO_ARCHIVE), default=5000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    p.set_defaults(handler=_demo)

    p = sub.add_parser("new", help="start an empty session file with the standard lists")
    p.add_argument("out", metavar="OUT")
    p.add_argument("--committee", type=nonblank, default="中国人民政治协商会议委员会")
    p.add_argument("--term", default="")
    p.add_argument("--session", default="")
    p.add_argument("--year", type=ranged_int(0, 9999), default=time.localtime().tm_year)
    p.add_argument("--handover-date", default=None, help="交办 date, YYYY-MM-DD")
    p.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    p.set_defaults(handler=_new)

    p = sub.add_parser("copy", help="save a consistent copy of a session file (also while "
                       "it is open)")
    add_file(p)
    p.add_argument("out", metavar="OUT", help="the copy")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.set_defaults(handler=_copy)

    p = sub.add_parser("rebuild", help="rebuild the tables from the journal")
    add_file(p)
    p.set_defaults(handler=_rebuild)

    p = sub.add_parser("undo", help="undo your latest action in this file")
    add_file(p)
    p.set_defaults(handler=_undo, redo=False)
    p = sub.add_parser("redo", help="redo the action undone last")
    add_file(p)
    p.set_defaults(handler=_undo, redo=True)

    p = sub.add_parser("number", help="give accepted cases their case numbers (提案号)")
    add_file(p)
    p.add_argument("--order", choices=("intake", "category", "submitted"), default="intake")
    p.add_argument("--format", default=None, help="e.g. 第{n:04d}号")
    p.add_argument("--finalise", action="store_true", help="freeze the numbers")
    p.set_defaults(handler=_number)

    p = sub.add_parser("groups", help="list or set up review groups")
    add_file(p)
    add_json(p)
    p.add_argument("--add", metavar="NAME", type=nonblank, help="create a group")
    p.add_argument("--reviewers", nargs="*", type=nonblank, help="with --add: its reviewers")
    p.add_argument("--by-category", nargs="*", metavar="CATEGORY=GROUP",
                   help="hand each category's proposals to a group")
    p.set_defaults(handler=_groups)
