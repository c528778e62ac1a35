"""The headless face: `review-desk COMMAND …`.

Each module of this package adds its subcommands through `register(subparsers)`; the
list below is the one place that names them.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import sys
from collections.abc import Sequence
from typing import Any

from review_desk import __version__
from review_desk.cli import gui_cmds
from review_desk.logs import setup_logging

# imported when the parser is built, so opening the window skips the headless commands'
# imports (numpy, openpyxl, python-docx …): start-up time of the window
COMMAND_MODULES = ("session_cmds", "review_cmds", "gui_cmds", "sync_cmds", "assist_cmds",
                   "import_cmds", "export_cmds", "server_cmds")


class _Parser(argparse.ArgumentParser):
    """argparse, but help, usage and --version that cannot be written are an error:
    argparse drops the text and exits 0 (`review-desk --help > /dev/full`)."""

    def _print_message(self, message: str, file: Any = None) -> None:
        if message:
            (file or sys.stderr).write(message)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = _Parser(
        prog="review-desk",
        description="Review Desk (提案审查台): review the proposals of a plenary session.",
    )
    parser.add_argument("--version", action="version", version=f"review-desk {__version__}")
    from review_desk.cli.common import bound_every_int, nonblank

    parser.add_argument("--reviewer", type=nonblank,
                        help="your name as it appears in the history")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"review_desk.cli.{name}").register(sub)
    bound_every_int(parser)
    return parser


def _print_any_name() -> None:
    """Printing never fails on a character the terminal cannot take: a file name that
    is not UTF-8 (GBK names on a USB stick) crashed the command after its work was done."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `review-desk` command."""
    _print_any_name()
    setup_logging()
    window = gui_cmds.window_args(sys.argv[1:] if argv is None else list(argv))
    if window is not None:  # `review-desk [--reviewer R]` or `review-desk open FILE …`
        return gui_cmds.open_window(*window)
    parser = build_parser()
    from review_desk.cli.common import glue_dash_values

    try:
        args = parser.parse_args(glue_dash_values(parser, sys.argv[1:] if argv is None
                                                  else list(argv)))
    except OSError as error:  # help or usage that cannot be written
        from review_desk.cli.common import REFUSED, OutputWriteError, fail

        if isinstance(error, BrokenPipeError):
            return 0
        written = OutputWriteError(error)
        with contextlib.suppress(OSError):
            return fail(f"{written.message_zh}\n{written.message}")
        return REFUSED
    if not getattr(args, "command", None):
        return gui_cmds.open_window(None, args.reviewer)  # bare `review-desk`: the window
    from review_desk.cli.common import run_command

    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
