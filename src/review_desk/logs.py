"""The app's log: a rotating file in the user's log folder.

`setup_logging()` is called by the command line's `main` and by the window's start; it
is idempotent (calling it again replaces its own handler). The folder is platformdirs'
user log folder, or $REVIEW_DESK_LOG_DIR when set (support, tests). Passwords are never
written: nothing in the app logs one, and the formatter masks anything that looks like a
password or a password in a URL all the same (the SMB password lives in the keychain).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import re
import sys
from pathlib import Path
from types import TracebackType

import platformdirs

from review_desk import __version__

APP_NAME = "review-desk"
LOG_DIR_ENV = "REVIEW_DESK_LOG_DIR"
LOG_FILE = "review-desk.log"
MAX_BYTES = 2_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-8s %(process)d %(name)s: %(message)s"
# third-party loggers that chatter (or print protocol details) below WARNING
QUIET = ("smbprotocol", "smbclient", "spnego", "urllib3", "PIL", "fontTools")

_SECRETS = (
    # password=…, pw: …, 密码=…
    re.compile(r"(?i)((?:password|passwd|pwd|pw|secret|密码)\s*['\"]?\s*[=:]\s*['\"]?)"
               r"([^\s'\",;&]+)"),
    # scheme://user:password@host
    re.compile(r"(\b[a-z][a-z0-9+.-]*://[^/\s:@]+:)([^@\s/]+)(@)"),
)
_HANDLER_NAME = "review-desk-file"

logger = logging.getLogger("review_desk")


def log_dir() -> Path:
    """The folder the log file lives in (not created here)."""
    env = os.environ.get(LOG_DIR_ENV)
    return Path(env) if env else platformdirs.user_log_path(APP_NAME, appauthor=False)


def log_file() -> Path:
    """The current log file."""
    return log_dir() / LOG_FILE


def redact(text: str) -> str:
    """`text` with anything that looks like a password replaced by ***."""
    text = _SECRETS[0].sub(r"\1***", text)
    return _SECRETS[1].sub(r"\1***\3", text)


class RedactingFormatter(logging.Formatter):
    """A formatter that masks passwords in the message and in tracebacks."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def setup_logging(level: int = logging.INFO, folder: Path | None = None) -> Path | None:
    """Log to a rotating file in the user log folder; the file, or None when the folder
    cannot be written (the app then runs without a log rather than not at all).

    Called again with the same file and level it changes nothing."""
    path = (folder or log_dir()) / LOG_FILE
    root = logging.getLogger()
    ours = [h for h in root.handlers if h.get_name() == _HANDLER_NAME]
    if (len(ours) == 1 and isinstance(ours[0], logging.FileHandler)
            and Path(ours[0].baseFilename) == path.absolute() and ours[0].level == level):
        return path
    for old in ours:
        root.removeHandler(old)
        old.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8",
            errors="backslashreplace")  # a file name that is not UTF-8 is logged, not lost
    except OSError:
        return None
    handler.set_name(_HANDLER_NAME)
    handler.setLevel(level)
    handler.setFormatter(RedactingFormatter(FORMAT))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    for name in QUIET:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))
    logger.info("review-desk %s on Python %s, %s%s; log %s", __version__,
                platform.python_version(), platform.platform(),
                " (packaged)" if getattr(sys, "frozen", False) else "", path)
    return path


def log_exception(exc_type: type[BaseException], exc: BaseException,
                  tb: TracebackType | None, where: str = "unexpected error") -> None:
    """Write an exception with its traceback to the log."""
    logger.critical("%s: %s", where, exc_type.__name__, exc_info=(exc_type, exc, tb))
