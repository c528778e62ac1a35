"""Writing a small output file (a report, a template copy) whole or not at all."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path


def write_whole(target: Path, data: bytes) -> None:
    """Write `data` under a temporary name beside `target`, then rename it into place: a
    full disk or a failing stick leaves no empty or half file at `target` (one that a
    later run would take for a finished report or a user's own template). An OSError
    names `target`, never the temporary name."""
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    temp = target.with_name(f".{target.name}.part")
    try:
        temp.write_bytes(data)
        os.replace(temp, target)
    except OSError as error:
        with contextlib.suppress(OSError):  # on read-only media even this is refused
            temp.unlink(missing_ok=True)
        raise type(error)(error.errno, error.strerror, str(target)) from error
