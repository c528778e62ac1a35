"""Subcommands that open the Qt window: `review-desk` alone and `review-desk open FILE`.

Qt is imported only inside the handlers, so every other command (and `--help`) stays
headless and works with no display.
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path


def open_window(file: Path | None, reviewer: str | None = None) -> int:
    """Start the review desk window, on `file` when given (the welcome page otherwise)."""
    app = importlib.import_module("review_desk.ui.app")  # Qt only now; ui/ is not type-checked
    return int(app.run(file, reviewer))


def window_args(argv: list[str]) -> tuple[Path | None, str | None] | None:
    """(file, reviewer) when the command line only asks for the window, else None (then
    the full parser handles it: --help, --version, other commands, mistakes)."""
    parser = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    parser.add_argument("--reviewer")
    parser.add_argument("words", nargs="*")
    try:
        args, rest = parser.parse_known_args(argv)
    except (argparse.ArgumentError, SystemExit):
        return None
    if rest or (args.reviewer is not None and not args.reviewer.strip()):
        return None  # the full parser refuses a blank --reviewer in words
    if not args.words or args.words == ["open"]:  # `open` alone: the desktop entry's
        return None, args.reviewer                 # `Exec=review-desk open %f`, no file
    if len(args.words) == 2 and args.words[0] == "open":
        return Path(args.words[1]), args.reviewer
    return None


def _open(args: argparse.Namespace) -> int:
    return open_window(Path(args.file), getattr(args, "reviewer", None))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `open`."""
    from review_desk.cli.common import nonblank  # not on the window's way: see __init__

    p = sub.add_parser("open", help="open a session file in the review desk window")
    p.add_argument("file", metavar="FILE", help="the session file (.rdesk)")
    p.add_argument("--reviewer", type=nonblank, default=argparse.SUPPRESS,
                   help="your name as it appears in the history")
    p.set_defaults(handler=_open)
