"""What every subcommand shares: opening the file, printing, errors."""

from __future__ import annotations

import argparse
import errno
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

from review_desk.desk import Desk
from review_desk.errors import ReviewDeskError
from review_desk.logs import log_exception, log_file
from review_desk.store.upgrade_wait import OpenNotice, OpenProgress, UpgradingNotice

# exit statuses: a refusal (nothing was written) and an unexpected failure (logged)
REFUSED = 2
UNEXPECTED = 3
# the range of every whole number given on the command line (SQLite stores 64 bits;
# nothing in a session comes near a billion)
INT_LIMIT = 10**9
# how often the search index's count is printed while it is built
COUNT_EVERY_S = 2.0

Handler = Callable[[argparse.Namespace], int]


def open_desk(args: argparse.Namespace) -> Desk:
    """Open the FILE argument as the reviewer of --reviewer (saying so on stderr while
    another program upgrades the file)."""
    return Desk.open(Path(args.file), reviewer=getattr(args, "reviewer", None),
                     progress=tell_waiting())


def tell_waiting(every_s: float = 15.0) -> OpenProgress:
    """Print why opening waits: at once, then every `every_s` seconds; what this program
    upgrades, once, then the search index's count every `COUNT_EVERY_S` and at its end."""
    told: list[float] = []
    counted: list[float] = []

    def tell(notice: OpenNotice | UpgradingNotice) -> None:
        if isinstance(notice, UpgradingNotice) and notice.count is not None:
            now = time.monotonic()
            if notice.count[0] == notice.count[1] or not counted or \
                    now - counted[-1] >= COUNT_EVERY_S:
                counted.append(now)
                print(f"review-desk: {notice.message_zh} ({notice.message})", file=sys.stderr,
                      flush=True)
        elif isinstance(notice, UpgradingNotice):
            print(f"review-desk: {notice.message_zh}\n{notice.message}", file=sys.stderr,
                  flush=True)
        elif not told or notice.waited_s - told[-1] >= every_s:
            told.append(notice.waited_s)
            print(f"review-desk: {notice.message_zh}\n{notice.message}", file=sys.stderr,
                  flush=True)

    return tell


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


def fail(message: str, status: int = REFUSED) -> int:
    """Print an error sentence to stderr; the exit status to return."""
    print(f"review-desk: {message}", file=sys.stderr)
    return status


class OutputWriteError(ReviewDeskError):
    """Standard output could not be written (`> /dev/full`, a full disk under a redirect):
    not the session file's disk."""

    def __init__(self, error: OSError) -> None:
        reason = error.strerror or type(error).__name__
        super().__init__(
            f"the command's output could not be written ({reason}); check the file or device "
            "the output goes to.",
            f"无法写出命令的输出（{reason}）；请检查输出所写入的文件或设备。")


class _GuardedOutput:
    """sys.stdout while a command runs: a failed write is an OutputWriteError, so it is
    not worded as the failure of a file the command works on."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return int(self._stream.write(text))
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputWriteError(error) from error

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputWriteError(error) from error

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def run_command(args: argparse.Namespace) -> int:
    """Run the subcommand's handler: typed errors become a sentence and exit 2; anything
    else is written to the log with its traceback and shown as one sentence (exit 3)."""
    handler: Handler = args.handler
    stdout = sys.stdout
    if stdout is not None:  # None: started with stdout closed; print() writes nothing
        sys.stdout = _GuardedOutput(stdout)
    try:
        status = handler(args)
        if sys.stdout is not None:
            sys.stdout.flush()
        return status
    except ReviewDeskError as error:
        return fail(f"{error.message_zh}\n{error.message}")
    except KeyboardInterrupt:
        return fail("interrupted; nothing half-written was kept (已中断，未保存半截的修改)")
    except BrokenPipeError:
        return 0
    except OSError as error:
        words = os_error_words(error)
        if words is not None:
            return fail(words)
        return unexpected(args, error)
    except Exception as error:
        return unexpected(args, error)
    finally:
        sys.stdout = stdout


def unexpected(args: argparse.Namespace, error: BaseException) -> int:
    """Log an unexpected failure with its traceback; one sentence for the person."""
    log_exception(type(error), error, error.__traceback__,
                  where=f"review-desk {getattr(args, 'command', '')} failed")
    detail = f"{type(error).__name__}: {error}"[:300]
    return fail(f"出现意外错误（{detail}），详细信息已写入日志 {log_file()}；"
                "请把日志发给技术支持。\n"
                f"unexpected error ({detail}); the details were written to the log "
                f"{log_file()}; please send it to support.", UNEXPECTED)


def os_error_words(error: OSError) -> str | None:
    """A sentence for the file-system failures a person can act on, or None."""
    where = error.filename if error.filename is not None else "the file"
    if error.errno == errno.ENOSPC:
        return (f"{where} 所在的磁盘已满；请清理空间后重试（会议文件中已保存的内容不受影响）。\n"
                f"the disk holding {where} is full; free some space and try again (what is "
                "saved in the session file is not affected).")
    if error.errno == errno.EROFS:
        return (f"{where} 位于只读介质上，无法写入；请选择可写的位置。\n"
                f"{where} is on read-only media and cannot be written; choose a writable "
                "place.")
    if error.errno in (errno.EACCES, errno.EPERM):
        return (f"没有写入 {where} 的权限；请选择其他位置或检查权限。\n"
                f"no permission to write {where}; choose another place or check the "
                "permissions.")
    if error.errno == errno.ENOENT:
        return f"{where} 不存在。\n{where} does not exist."
    if error.errno == errno.EISDIR:
        return f"{where} 是文件夹，需要文件。\n{where} is a folder; a file is needed."
    if error.errno == errno.ENOTDIR:
        return (f"{where} 的路径中有一部分是文件而不是文件夹。\n"
                f"part of the path {where} is a file, not a folder.")
    if error.errno == errno.EEXIST:
        return (f"{where} 已存在，且不是所需的文件夹。\n"
                f"{where} exists already, and is not the folder needed there.")
    if error.errno == errno.ENAMETOOLONG:
        return f"文件名过长：{where}\nthe file name is too long: {where}"
    return None


def bounded_int(text: str) -> int:
    """A whole number within ±INT_LIMIT (argparse type)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a whole number (不是整数)") from None
    if not -INT_LIMIT <= value <= INT_LIMIT:
        raise argparse.ArgumentTypeError(
            f"{text} is out of range (数字超出范围: ±{INT_LIMIT:,})")
    return value


def nonblank(text: str) -> str:
    """A name that is not empty or blank, without its outer spaces (argparse type)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("must not be empty (不能为空)")
    return text.strip()


def count_arg(text: str) -> int:
    """A count: a whole number ≥ 0 (argparse type)."""
    value = bounded_int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} must be 0 or more (不能为负数)")
    return value


def ranged_int(low: int, high: int) -> Callable[[str], int]:
    """An argparse type for a whole number from `low` to `high`."""
    def parse(text: str) -> int:
        value = bounded_int(text)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{text} is not between {low:,} and {high:,} (应在 {low:,} 到 {high:,} 之间)")
        return value
    parse.__name__ = f"whole number {low}..{high}"
    return parse


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update(action.choices)
    return found


def bound_every_int(parser: argparse.ArgumentParser) -> None:
    """Give every `type=int` argument of every subcommand the ±INT_LIMIT range, so a
    number too big for SQLite is refused in words instead of crashing a command."""
    for action in parser._actions:
        if action.type is int:
            action.type = bounded_int
    for sub in _subparsers(parser).values():
        bound_every_int(sub)


def _text_options(parser: argparse.ArgumentParser) -> set[str]:
    """Option strings taking one free-text value."""
    return {
        name
        for action in parser._actions
        if isinstance(action, argparse._StoreAction | argparse._AppendAction)
        and action.option_strings and action.nargs is None and action.type in (None, nonblank)
        and action.choices is None
        for name in action.option_strings
    }


def _value_options(parser: argparse.ArgumentParser) -> set[str]:
    """Option strings that take a value."""
    return {name for action in parser._actions if action.option_strings and action.nargs != 0
            for name in action.option_strings}


# what a file named on the command line ends with (a name may begin with "-")
FILE_SUFFIXES = frozenset({".rdesk", ".csv", ".xlsx", ".xls", ".docx", ".db", ".sqlite",
                           ".sqlite3", ".json", ".md", ".txt", ".pdf"})


def _names_a_file(token: str, parser: argparse.ArgumentParser) -> bool:
    """Whether `token` is a file name beginning with one "-" ("-初稿.rdesk"), not an
    option or a negative number: argparse would take it for an unknown option and
    then say FILE is missing."""
    if not token.startswith("-") or token.startswith("--") or token == "-":
        return False
    if token in parser._option_string_actions:
        return False
    try:
        float(token)
    except ValueError:
        return Path(token).suffix.lower() in FILE_SUFFIXES or Path(token).exists()
    return False


def glue_dash_values(parser: argparse.ArgumentParser, argv: Sequence[str]) -> list[str]:
    """`--search -养老` as `--search=-养老`: argparse would take a value that begins with
    "-" for an option. Only options taking one free-text value are glued. A file name
    that begins with "-" is given as ./-name."""
    subs = _subparsers(parser)
    current = parser
    text_opts, value_opts = _text_options(parser), _value_options(parser)
    out: list[str] = []
    i = 0
    while i < len(argv):
        token = argv[i]
        if token == "--":
            out.extend(argv[i:])
            break
        if token in text_opts and i + 1 < len(argv) and argv[i + 1].startswith("-"):
            out.append(f"{token}={argv[i + 1]}")
            i += 2
            continue
        if token in value_opts and i + 1 < len(argv):
            out.extend(argv[i:i + 2])
            i += 2
            continue
        if token in subs and subs:
            current = subs[token]
            text_opts, value_opts = _text_options(current), _value_options(current)
            subs = {}
        out.append(f"./{token}" if _names_a_file(token, current) else token)
        i += 1
    return out


def add_file(parser: argparse.ArgumentParser) -> None:
    """The FILE argument."""
    parser.add_argument("file", metavar="FILE", help="the session file (.rdesk)")
    parser.add_argument("--reviewer", type=nonblank, default=argparse.SUPPRESS,
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
