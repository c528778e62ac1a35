"""What every subcommand shares: opening the file, printing, errors."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

from review_desk.desk import Desk
from review_desk.errors import ReviewDeskError

Handler = Callable[[argparse.Namespace], int]


def open_desk(args: argparse.Namespace) -> Desk:
    """Open the FILE argument as the reviewer of --reviewer."""
    return Desk.open(Path(args.file), reviewer=getattr(args, "reviewer", None))


def print_json(value: Any) -> None:
    """Print a value (dataclasses included) as JSON with Chinese left readable."""
    def default(obj: Any) -> Any:
        if is_dataclass(obj) and not isinstance(obj, type):
            return asdict(obj)
        if isinstance(obj, set | frozenset | tuple):
            return list(obj)
        if isinstance(obj, Path):
            return str(obj)
        raise TypeError(type(obj).__name__)

    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=default)
    sys.stdout.write("\n")


def fail(message: str) -> int:
    """Print an error sentence to stderr; the exit status to return."""
    print(f"review-desk: {message}", file=sys.stderr)
    return 2


def run_command(args: argparse.Namespace) -> int:
    """Run the subcommand's handler, turning typed errors into a sentence and exit 2."""
    handler: Handler = args.handler
    try:
        return handler(args)
    except ReviewDeskError as error:
        return fail(f"{error.message_zh}\n{error.message}")
    except KeyboardInterrupt:
        return fail("interrupted; nothing half-written was kept (已中断，未保存半截的修改)")
    except BrokenPipeError:
        return 0


def add_file(parser: argparse.ArgumentParser) -> None:
    """The FILE argument."""
    parser.add_argument("file", metavar="FILE", help="the session file (.rdesk)")
    parser.add_argument("--reviewer", default=argparse.SUPPRESS,
                        help="your name as it appears in the history")


def add_json(parser: argparse.ArgumentParser) -> None:
    """The --json flag."""
    parser.add_argument("--json", action="store_true", help="print JSON")


class TerminalProgress:
    """A one-line progress report on stderr."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled and sys.stderr.isatty()

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.enabled:
            sys.stderr.write(f"\r{stage}: {done}/{total}   ")
            sys.stderr.flush()

    def finish(self) -> None:
        """End the progress line."""
        if self.enabled:
            sys.stderr.write("\n")
