"""Subcommands that talk to the office share: login, checkout, sync, conflicts, resolve,
publish."""

from __future__ import annotations

import argparse
import getpass
import sys
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
from review_desk.review.rules import RULES, violations
from review_desk.sync.credentials import store_password
from review_desk.sync.errors import ShareLocationError
from review_desk.sync.location import FolderLocation, ServerLocation, parse_location
from review_desk.sync.protocol import SyncSummary
from review_desk.sync.service import SyncService, checkout


def ask_password(prompt: str) -> str:
    """Ask for a password for this run: without echo on a terminal, else one stdin line."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def _login(args: argparse.Namespace) -> int:
    location = parse_location(args.url)
    if isinstance(location, FolderLocation):
        raise ShareLocationError(
            "login is for smb:// shares and postgresql:// servers; a folder needs no password.",
            "login 仅用于 smb:// 共享和 postgresql:// 服务器；文件夹无需密码。",
        )
    password = ask_password(f"Password for {location.keychain_user()} (密码): ")
    if isinstance(location, ServerLocation):
        from review_desk.server.connection import connect

        connect(location, password).close()  # raises LoginError when refused
    else:
        from review_desk.sync.smb import SmbTransport

        SmbTransport(location, password).close()  # raises LoginError when refused
    if store_password(location, password):
        print(f"password checked and kept in the system keychain for {location.url()}"
              "（密码已验证并存入系统钥匙串）")
    else:
        print("password checked; this computer has no keychain, so sync will ask for it"
              " each time"
              "（密码正确；本机没有系统钥匙串，同步时会再次询问）")
    return 0


def _print_summary(summary: SyncSummary, as_json: bool) -> None:
    if as_json:
        print_json(summary_dict(summary))
        return
    print(f"sent {summary.sent} changes, received {summary.received}, "
          f"conflicts {summary.conflicts} ({summary.new_conflicts} new"
          f"{f', {summary.broken_rules} broken rules' if summary.broken_rules else ''})"
          f"（发送 {summary.sent}，接收 {summary.received}，冲突 {summary.conflicts}，"
          f"其中新增 {summary.new_conflicts}）")
    if summary.conflicts:
        print("see them with `review-desk conflicts FILE`, settle each with `review-desk "
              "resolve FILE ID`（用 conflicts 查看，用 resolve 逐一解决）")
    if summary.waiting_batches:
        print(f"{summary.waiting_batches} batches wait for earlier changes not on the share yet")
    for bad in summary.set_aside:
        where = f", moved to {bad.moved_to}" if bad.moved_to else ""
        print(f"set aside {bad.path}: {bad.reason}{where}（已隔离：{bad.path}）",
              file=sys.stderr)
    for held in summary.held:
        who = "、".join(held.reviewers)
        print(f"held {held.path}: the clock of {who} (device {held.device}) runs "
              f"{held.ahead_hours:.0f} hours ahead; those changes wait until that time — ask "
              f"{who} to set the laptop's clock right"
              f"（{who} 的电脑时钟快了约 {held.ahead_hours:.0f} 小时，其修改暂不采用；"
              "请校准该电脑的时间）", file=sys.stderr)


def summary_dict(summary: SyncSummary) -> dict[str, Any]:
    """The JSON form of a sync summary."""
    return {
        "share": summary.share, "sent": summary.sent, "sent_batches": summary.sent_batches,
        "received": summary.received, "received_batches": summary.received_batches,
        "conflicts": summary.conflicts, "new_conflicts": summary.new_conflicts,
        "broken_rules": summary.broken_rules,
        "waiting_batches": summary.waiting_batches,
        "set_aside": [{"path": s.path, "reason": s.reason, "moved_to": s.moved_to}
                      for s in summary.set_aside],
        "held": [{"path": h.path, "device": h.device, "reviewers": list(h.reviewers),
                  "ahead_hours": round(h.ahead_hours, 1)} for h in summary.held],
    }


def not_a_folder(share: str) -> int | None:
    """Refuse a share given as the name of a file (the folder share is a folder)."""
    location = parse_location(share)
    if isinstance(location, FolderLocation) and location.path.is_file():
        return fail(f"{share} 是文件，不是共享文件夹；请指定共享文件夹。\n"
                    f"{share} is a file, not a share folder; give the share's folder.")
    return None


def _sync(args: argparse.Namespace) -> int:
    if args.to is not None and (refused := not_a_folder(args.to)) is not None:
        return refused
    progress = TerminalProgress()
    with open_desk(args) as desk:
        summary = SyncService(desk, ask=ask_password).sync(progress, to=args.to)
    progress.finish()
    _print_summary(summary, args.json)
    return 0


def _checkout(args: argparse.Namespace) -> int:
    if (refused := not_a_folder(args.share)) is not None:
        return refused
    if args.rescue is not None and not Path(args.rescue).is_file():
        return fail(f"要救回的文件 {args.rescue} 不存在或不是文件。\n"
                    f"the file to rescue, {args.rescue}, does not exist or is not a file.")
    progress = TerminalProgress()
    done = checkout(args.share, Path(args.out), reviewer=getattr(args, "reviewer", None),
                    ask=ask_password, progress=progress, overwrite=args.force,
                    rescue_from=Path(args.rescue) if args.rescue else None)
    progress.finish()
    source = (f"snapshot generation {done.snapshot.generation}" if done.snapshot.generation
              else "the change batches")
    for moved in done.snapshot.leftovers:
        en, zh = moved.describe()
        print(f"review-desk: {zh}\n{en}", file=sys.stderr)
    print(f"checked out {done.path} from {source}")
    if done.rescued is not None:
        r = done.rescued
        print(f"rescued {r.merged} changes of {args.rescue} that the share lacked "
              f"({r.read} readable, {r.left} after a gap could not be taken"
              f"{'; reading stopped at: ' + r.unreadable if r.unreadable else ''})"
              f"（已从损坏文件救回 {r.merged} 条修改）")
    _print_summary(done.sync, False)
    for bad in done.snapshot.set_aside:
        print(f"set aside {bad.path}: {bad.reason}", file=sys.stderr)
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        found = SyncService(desk).conflicts()
    if args.json:
        print_json([{
            "id": c.id, "intake_no": c.intake_no, "entity": c.entity,
            "entity_id": c.entity_id, "field": c.field, "rule": c.rule or None,
            "message": c.message or None, "message_zh": c.message_zh or None,
            "values": [{"id": v.id, "value": v.value, "reviewer": v.reviewer,
                        "device": v.device, "time": v.time, "shown": v.shown}
                       for v in c.values],
        } for c in found])
        return 0
    if not found:
        print("no conflicts（没有冲突）")
    for c in found:
        where = f"提案 {c.intake_no}" if c.intake_no is not None else f"{c.entity} {c.entity_id}"
        print(f"{c.id}  {where}  {c.field}")
        if c.rule:
            print(f"  {c.message}")
            print(f"  {c.message_zh}")
        for v in c.values:
            mark = "*" if v.shown else " "
            print(f"  {mark} {v.id}  {v.value!r}  {v.reviewer}  {v.device}  {v.time}")
    return 0


def _check(args: argparse.Namespace) -> int:
    with open_desk(args) as desk, desk.store.reading() as conn:
        broken = violations(conn)
    if args.json:
        print_json([{
            "id": v.id, "rule": v.rule, "entity": v.entity, "entity_id": v.entity_id,
            "message": v.message, "message_zh": v.message_zh,
            "values": [{"id": o.id, "value": o.label,
                        "reviewer": o.change.reviewer if o.change else None,
                        "device": o.change.device if o.change else None}
                       for o in v.options],
        } for v in broken])
    elif not broken:
        print(f"every review rule holds ({len(RULES)} rules)（{len(RULES)} 条审查规则均满足）")
    else:
        for v in broken:
            print(f"{v.id}  {v.rule}: {v.message}")
            print(f"  {v.message_zh}")
            for o in v.options:
                who = f"  {o.change.reviewer}  {o.change.device}" if o.change else ""
                print(f"    {o.id}  {o.label}{who}")
        print(f"{len(broken)} broken; settle each with `review-desk resolve FILE ID --take "
              f"VALUE_ID`（{len(broken)} 处违反审查规则，请逐一解决）")
    return 1 if broken else 0


def _resolve(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        changed = SyncService(desk).resolve(args.conflict_id, take=args.take, value=args.value)
    print(f"resolved {args.conflict_id} ({changed.change_count} change)（冲突已解决）")
    return 0


def _publish(args: argparse.Namespace) -> int:
    progress = TerminalProgress()
    with open_desk(args) as desk:
        summary, published = SyncService(desk, ask=ask_password).publish(progress)
    progress.finish()
    _print_summary(summary, False)
    print(f"published snapshot generation {published.generation} "
          f"({published.changes} changes, {published.size} bytes)（快照已发布）")
    return 0


def register(sub: Any) -> None:
    """Add the share subcommands."""
    p = sub.add_parser("login", help="check a password and keep it in the keychain")
    p.add_argument("url", metavar="URL",
                   help="smb://USER@HOST[:PORT]/SHARE/FOLDER or postgresql://USER@HOST/DB")
    p.set_defaults(handler=_login)

    p = sub.add_parser("checkout", help="make a session file from the office share or server")
    p.add_argument("share", metavar="SHARE", help="a folder, smb://USER@HOST/SHARE/FOLDER or "
                   "postgresql://USER@HOST/DB")
    p.add_argument("out", metavar="OUT", help="the new session file")
    p.add_argument("--force", action="store_true", help="overwrite OUT")
    p.add_argument("--rescue", metavar="DAMAGED",
                   help="also take the readable changes of a damaged session file that the "
                        "share lacks")
    p.add_argument("--reviewer", type=nonblank, default=argparse.SUPPRESS,
                   help="your name in the history")
    p.set_defaults(handler=_checkout)

    p = sub.add_parser("sync", help="send your changes and receive everyone else's")
    add_file(p)
    add_json(p)
    p.add_argument("--to", metavar="SHARE", type=nonblank,
                   help="the share or server (remembered after the first sync)")
    p.set_defaults(handler=_sync)

    p = sub.add_parser("conflicts", help="fields on which reviewers disagree")
    add_file(p)
    add_json(p)
    p.set_defaults(handler=_conflicts)

    p = sub.add_parser(
        "check", help="list every review rule the file breaks (exit status 1 if any)",
        description="Rules: " + "; ".join(f"{r.name}: {r.en}" for r in RULES) + ".")
    add_file(p)
    add_json(p)
    p.set_defaults(handler=_check)

    p = sub.add_parser("resolve", help="settle a conflict or a broken rule")
    add_file(p)
    p.add_argument("conflict_id", metavar="CONFLICT_ID")
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--take", metavar="VALUE_ID", help="keep one of the values")
    choice.add_argument("--value", metavar="V", help="write a new value")
    p.set_defaults(handler=_resolve)

    p = sub.add_parser("publish", help="sync, then publish a consolidated snapshot")
    add_file(p)
    p.set_defaults(handler=_publish)
