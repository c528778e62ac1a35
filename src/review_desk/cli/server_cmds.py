"""`review-desk server …`: set up an office server and its reviewers, and bridge a share.

    review-desk server init postgresql://SECRETARIAT@HOST/DB
    review-desk server add-reviewer postgresql://SECRETARIAT@HOST/DB 张三 --login zhang_san
    review-desk server devices postgresql://SECRETARIAT@HOST/DB
    review-desk server bridge SHARE postgresql://SECRETARIAT@HOST/DB [--watch]
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from typing import Any

from review_desk.cli.common import add_json, nonblank, print_json
from review_desk.cli.sync_cmds import ask_password, not_a_folder
from review_desk.sync.credentials import password_for
from review_desk.sync.errors import ShareLocationError
from review_desk.sync.location import ServerLocation, parse_location


def _server(url: str) -> ServerLocation:
    location = parse_location(url)
    if not isinstance(location, ServerLocation):
        raise ShareLocationError(
            f"{url!r} is not a server address; write postgresql://USER@HOST[:PORT]/DATABASE.",
            f"“{url}”不是服务器地址，格式为 postgresql://用户@主机[:端口]/数据库。",
        )
    return location


def _init(args: argparse.Namespace) -> int:
    from review_desk.server.connection import connect, server_errors
    from review_desk.server.schema import init_schema

    location = _server(args.url)
    conn = connect(location, password_for(location, ask_password))
    try:
        with server_errors(location):
            before, after = init_schema(conn, location, args.allow_other_tables)
    finally:
        conn.close()
    if before == after:
        print(f"{location.url()} is ready (schema {after})（服务器结构已是最新）")
    else:
        print(f"{location.url()}: schema {before} → {after}（服务器结构已创建或升级）")
    return 0


def _add_reviewer(args: argparse.Namespace) -> int:
    from review_desk.server.connection import connect, server_errors
    from review_desk.server.roles import add_reviewer, generate_password, role_exists, role_for

    location = _server(args.url)
    role = role_for(args.name, args.login)
    conn = connect(location, password_for(location, ask_password))
    password: str | None = None
    try:
        existing = role_exists(conn, role)
        if not existing and args.generate_password:
            password = generate_password()
        elif not existing:
            password = ask_password(f"New password for {role} (新审查员的密码): ")
            if len(password) < 8:
                raise ShareLocationError("Choose a password of at least 8 characters.",
                                         "密码至少需要 8 个字符。")
        with server_errors(location):
            add_reviewer(conn, location, args.name, password, role)
    finally:
        conn.close()
    url = location.as_user(role).url()
    print(f"reviewer {args.name} can now connect as {role}（审查员 {args.name} 已可登录）")
    if existing:
        print(f"the role {role} existed on this server; its password is unchanged"
              "（该角色已存在，密码未改变）")
    print(f"give them: review-desk login {url}")
    print(f"      then: review-desk checkout {url} SESSION.rdesk")
    if password is not None and args.generate_password:
        print(f"password (shown once, hand it over in person; 仅显示一次): {password}")
    return 0


def _devices(args: argparse.Namespace) -> int:
    from review_desk.server.connection import connect, server_errors
    from review_desk.server.roles import devices, register_device

    location = _server(args.url)
    conn = connect(location, password_for(location, ask_password))
    try:
        with server_errors(location):
            if args.assign:
                register_device(conn, *args.assign)
            found = devices(conn)
    finally:
        conn.close()
    if args.json:
        print_json([{"device": d.device, "role": d.role, "registered": d.registered}
                    for d in found])
    for d in [] if args.json else found:
        print(f"{d.device}  {d.role}  {d.registered}")
    return 0


def _bridge(args: argparse.Namespace) -> int:
    from review_desk.server.bridge import BridgePass, mirror, watch
    from review_desk.server.listener import Listener
    from review_desk.server.remote import ServerRemote
    from review_desk.sync.service import connect as connect_share

    if (refused := not_a_folder(args.share)) is not None:
        return refused
    share = parse_location(args.share)
    if isinstance(share, ServerLocation):
        raise ShareLocationError("The first address of a bridge is the share (a folder or "
                                 "smb://…).", "桥接的第一个地址应为共享位置（文件夹或 smb://…）。")
    location = _server(args.url)
    password = password_for(location, ask_password)
    transport = connect_share(share, ask_password)
    remote = ServerRemote(location, password)

    def report(done: BridgePass) -> None:
        print(f"to server: {done.to_server} batches ({done.rows_to_server} changes); "
              f"to share: {done.to_share} batches ({done.rows_to_share} changes)"
              f"（已同步到服务器 {done.rows_to_server}，到共享 {done.rows_to_share}）",
              flush=True)
        for bad in done.set_aside:
            print(f"set aside {bad.path}: {bad.reason}", file=sys.stderr)

    try:
        if not args.watch:
            report(mirror(transport, remote))
            return 0
        listener = Listener(location, password)
        _stop_on_signals()
        try:
            watch(transport, remote, listener.wait, threading.Event(), report=report)
        except KeyboardInterrupt:
            return 0
        finally:
            listener.close()
    finally:
        remote.close()
        transport.close()
    return 0


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def _stop_on_signals() -> None:
    """A watching bridge stops cleanly on Ctrl+C and on a service manager's SIGTERM, also
    when it was started with SIGINT ignored (a background job of a script: Python then
    leaves Ctrl+C ignored, and the bridge could not be stopped but by killing it)."""
    for name in ("SIGINT", "SIGTERM"):
        signal.signal(getattr(signal, name), _interrupt)


def register(sub: Any) -> None:
    """Add `server` and its subcommands."""
    p = sub.add_parser("server", help="the office server (PostgreSQL): set up, reviewers, bridge")
    inner = p.add_subparsers(dest="server_command", metavar="SUBCOMMAND", required=True)

    q = inner.add_parser("init", help="create or upgrade the server's schema (idempotent)")
    q.add_argument("url", metavar="URL", help="postgresql://SECRETARIAT@HOST[:PORT]/DATABASE")
    q.add_argument("--allow-other-tables", action="store_true",
                   help="add the schema to a database that holds other tables")
    q.set_defaults(handler=_init)

    q = inner.add_parser("add-reviewer", help="create a reviewer's role; prints what to give")
    q.add_argument("url", metavar="URL", help="postgresql://SECRETARIAT@HOST[:PORT]/DATABASE")
    q.add_argument("name", metavar="NAME", type=nonblank, help="the reviewer's name (e.g. 张三)")
    q.add_argument("--login", type=nonblank, help="the login role (lower-case letters, digits, _)")
    q.add_argument("--generate-password", action="store_true",
                   help="make a password and print it once (else it is asked)")
    q.set_defaults(handler=_add_reviewer)

    q = inner.add_parser("devices", help="the devices registered on the server")
    q.add_argument("url", metavar="URL")
    q.add_argument("--assign", nargs=2, metavar=("DEVICE", "ROLE"),
                   help="register a device to a reviewer's role (e.g. a replaced laptop's)")
    add_json(q)
    q.set_defaults(handler=_devices)

    q = inner.add_parser("bridge", help="mirror a share and the server (one pass or --watch)")
    q.add_argument("share", metavar="SHARE", help="a folder or smb://USER@HOST/SHARE/FOLDER")
    q.add_argument("url", metavar="URL", help="postgresql://SECRETARIAT@HOST[:PORT]/DATABASE")
    q.add_argument("--watch", action="store_true", help="keep mirroring until stopped")
    q.set_defaults(handler=_bridge)
